import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { compileChecker, FAIL, type Checker } from '../../src/feed/fast.js';
import { buildFeedSchema, DEFAULT_LIMITS, FeedSchema } from '../../src/feed/index.js';
import {
  checkFeedSchema,
  lastCheckSawUnknownField,
} from '../../src/feed/schema-check.generated.js';
import { generateFeed } from '../fixtures/generate.js';
import minimal from '../fixtures/minimal-feed.json';
import sample from '../fixtures/sample-feed.json';

/** The fast path must agree with valibot: same verdict, and the same output when valid. */
function agrees(input: unknown, checker: Checker, schema = FeedSchema): boolean {
  const slow = v.safeParse(schema, input, { abortPipeEarly: true });
  const quick = checker(input);
  if (!slow.success) return quick === FAIL;
  expect(quick).to.deep.equal(slow.output);
  return true;
}

/** A deep copy of `feed` with one value, chosen by `choices`, replaced. */
function mutate(feed: unknown, choices: number[], value: unknown): unknown {
  const copy = structuredClone(feed) as Record<string, unknown>;
  let node: unknown = copy;
  for (let depth = 0; depth < choices.length; depth++) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choices[depth]! % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    if (depth === choices.length - 1 || child === null || typeof child !== 'object') {
      (node as Record<string, unknown>)[key] = value;
      break;
    }
    node = child;
  }
  return copy;
}

/** Values that sit on the edges of the schema's checks. */
const edgy = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    '',
    0,
    -0,
    -1,
    1,
    100,
    100.0001,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    true,
    [],
    {},
    '2026-10-01T00:00:00+02:00',
    '2026-10-01T00:00:00',
    '2026-02-30T00:00:00Z',
    '2026-10-01t00:00:00z',
    'calendar',
    'rolling',
    'month',
    'higher-is-better',
    'corporate',
    'EUR',
    'eur',
    'x'.repeat(201),
    'Europe/Berlin',
    'Mars/Phobos',
    'en-GB',
    '!!',
    'critical',
    'catastrophic',
  ),
  fc.anything(),
);

// Each test compiles its checker inside the test, not while the file loads (docs/testing.md,
// "Static mutants"), so a mutant in the compiler is run against the tests that reach it.
describe('fast path (compileChecker) against valibot', () => {
  it('gives the same output for the sample, the minimal and generated feeds', () => {
    const fast = compileChecker(FeedSchema);
    expect(agrees(sample, fast)).to.equal(true);
    expect(agrees(minimal, fast)).to.equal(true);
    expect(
      agrees(generateFeed({ customers: 4, serviceAgreementsPerCustomer: 1, breaches: 50 }), fast),
    ).to.equal(true);
  });

  it('gives the same verdict and output on feeds with one value replaced', function () {
    // 1,540 feeds through valibot and the checker: seconds under coverage on a busy machine.
    this.timeout(30_000);
    const small = generateFeed({
      customers: 2,
      serviceAgreementsPerCustomer: 1,
      objectivesPerAgreement: 2,
      periods: 2,
      breaches: 4,
      maintenance: 2,
      services: 3,
    });
    const fast = compileChecker(FeedSchema);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), edgy, (path, value) =>
        agrees(mutate(small, path, value), fast),
      ),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), edgy, (path, value) =>
        agrees(mutate(sample, path, value), fast),
      ),
      { numRuns: 40 },
    );
  });

  it('agrees with a caller-set text cap too', () => {
    const schema = buildFeedSchema(12);
    const checker = compileChecker(schema);
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.string({ maxLength: 20 }),
        (path, value) => agrees(mutate(minimal, path, value), checker, schema),
      ),
      { numRuns: 300 },
    );
  });

  it('fills defaults and drops unknown keys exactly like valibot', () => {
    const input = { ...structuredClone(minimal), extra: 1, customers: undefined };
    const fast = compileChecker(FeedSchema);
    expect(agrees(input, fast)).to.equal(true);
    const out = fast(input) as Record<string, unknown>;
    expect(out).to.not.have.property('extra');
    expect(out.customers).to.deep.equal([]);
  });

  it('falls back to valibot for schema kinds it does not compile', () => {
    const schema = v.object({
      a: v.union([v.string(), v.number()]),
      b: v.optional(v.date()),
      c: v.fallback(v.string(), 'x'),
    });
    const checker = compileChecker(schema);
    for (const input of [{ a: 1 }, { a: 's', b: new Date(0) }, { a: true }, { a: 1, c: 2 }, null]) {
      const slow = v.safeParse(schema, input);
      const quick = checker(input);
      if (slow.success) expect(quick).to.deep.equal(slow.output);
      else expect(quick).to.equal(FAIL);
    }
  });
});

describe('generated checker (schema-check.generated.ts) against valibot', () => {
  const generated =
    (maxText = DEFAULT_LIMITS.maxStringLength): Checker =>
    (input) =>
      checkFeedSchema(input, maxText);

  it('gives the same output for the sample, the minimal and generated feeds', () => {
    expect(agrees(sample, generated())).to.equal(true);
    expect(agrees(minimal, generated())).to.equal(true);
    expect(
      agrees(
        generateFeed({ customers: 4, serviceAgreementsPerCustomer: 1, breaches: 50 }),
        generated(),
      ),
    ).to.equal(true);
  });

  it('gives the same verdict and output on feeds with one value replaced', function () {
    // 1,540 feeds through valibot and the checker: seconds under coverage on a busy machine.
    this.timeout(30_000);
    const small = generateFeed({
      customers: 2,
      serviceAgreementsPerCustomer: 1,
      objectivesPerAgreement: 2,
      periods: 2,
      breaches: 4,
      maintenance: 2,
      services: 3,
    });
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), edgy, (path, value) =>
        agrees(mutate(small, path, value), generated()),
      ),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), edgy, (path, value) =>
        agrees(mutate(sample, path, value), generated()),
      ),
      { numRuns: 40 },
    );
  });

  it('applies the caller-set text cap', () => {
    const schema = buildFeedSchema(12);
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.string({ maxLength: 20 }),
        (path, value) => agrees(mutate(minimal, path, value), generated(12), schema),
      ),
      { numRuns: 300 },
    );
  });

  it('notices an unknown field at any depth and fills defaults like valibot', () => {
    const input = { ...structuredClone(minimal), customers: undefined };
    expect(agrees(input, generated())).to.equal(true);
    expect(lastCheckSawUnknownField()).to.equal(false);
    const out = checkFeedSchema({ ...input, extra: 1 }, 100) as Record<string, unknown>;
    expect(lastCheckSawUnknownField()).to.equal(true);
    expect(out).to.not.have.property('extra');
    expect(out.customers).to.deep.equal([]);
  });
});
