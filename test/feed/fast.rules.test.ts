// The fast path (fast.ts) against its oracle, valibot itself: for every schema kind it compiles, a
// value passes the compiled checker exactly when `v.safeParse` accepts it, with the same output.
// Each test compiles its own schema inside the test, so a wrong compile step is seen here and not
// hidden by a checker compiled earlier.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  compileChecker,
  FAIL,
  lastRunSawUnknownField,
  type ImpliesPattern,
} from '../../src/feed/fast.js';
import { buildFeedSchema } from '../../src/feed/index.js';
import { baseFeed } from '../fixtures/base-feed.js';

/** Values on the edges of the leaf kinds. */
const EDGES: unknown[] = [
  undefined,
  null,
  '',
  'a',
  'ab',
  'abcd',
  'abcde',
  'b',
  0,
  -0,
  1,
  -1,
  0.5,
  10,
  11,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  true,
  false,
  [],
  [1],
  {},
  { length: 1 },
];
const edgy = fc.oneof(fc.constantFrom(...EDGES), fc.anything());

/** Asserts that the compiled checker and valibot agree on `input`: same verdict, same output. */
function agreeOn(
  schema: v.GenericSchema,
  check: (value: unknown) => unknown,
  input: unknown,
): void {
  // the feed's own setting (schema-pass.ts): a pipe stops at its first failing step
  const slow = v.safeParse(schema, input, { abortPipeEarly: true });
  const quick = check(input);
  if (slow.success) expect(quick, `accepts ${shown(input)}`).to.deep.equal(slow.output);
  else expect(quick, `rejects ${shown(input)}`).to.equal(FAIL);
}

function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** Compiles `schema` and checks it against valibot on the edge values, `extra` and generated ones. */
function agrees(schema: v.GenericSchema, extra: unknown[] = [], runs = 200): void {
  const check = compileChecker(schema);
  for (const input of [...EDGES, ...extra]) agreeOn(schema, check, input);
  fc.assert(
    fc.property(edgy, (input) => agreeOn(schema, check, input)),
    { numRuns: runs },
  );
}

describe('fast path rules (compiled checker against valibot)', () => {
  it('the fast path accepts a text, a number other than NaN and a boolean exactly where valibot does', () => {
    agrees(v.string());
    agrees(v.number());
    agrees(v.boolean());
    const check = compileChecker(v.number());
    expect(check(Number.NaN)).to.equal(FAIL);
    expect(check(Number.POSITIVE_INFINITY)).to.equal(Number.POSITIVE_INFINITY);
    expect(compileChecker(v.string())('')).to.equal('');
    expect(compileChecker(v.boolean())(false)).to.equal(false);
  });

  it('the fast path accepts a literal only for that very value, NaN for a NaN literal', () => {
    agrees(v.literal('a'));
    agrees(v.literal(0));
    agrees(v.literal(Number.NaN));
    expect(compileChecker(v.literal('a'))(Number.NaN)).to.equal(FAIL);
    expect(Number.isNaN(compileChecker(v.literal(Number.NaN))(Number.NaN))).to.equal(true);
    expect(compileChecker(v.literal(Number.NaN))(0)).to.equal(FAIL);
  });

  it('the fast path accepts a picklist value only when it is one of the options', () => {
    agrees(v.picklist(['a', 'b', 1]));
    expect(compileChecker(v.picklist(['a', 'b']))('c')).to.equal(FAIL);
  });

  it('an optional value may be missing, and a missing value takes its default, which must pass too', () => {
    agrees(v.optional(v.string()));
    agrees(v.optional(v.string(), 'fill'));
    agrees(v.optional(v.number(), () => 3));
    agrees(v.optional(v.pipe(v.string(), v.minLength(3)), 'ab'));
    expect(compileChecker(v.optional(v.number(), () => 3))(undefined)).to.equal(3);
    expect(compileChecker(v.optional(v.string()))(undefined)).to.equal(undefined);
    expect(
      compileChecker(v.optional(v.pipe(v.string(), v.minLength(3)), 'ab'))(undefined),
    ).to.equal(FAIL);
    // optional is about undefined only: null still goes to the wrapped schema
    expect(compileChecker(v.optional(v.string(), 'fill'))(null)).to.equal(FAIL);
  });

  it('a nullable value may be null, and null takes its default; undefined is no null', () => {
    agrees(v.nullable(v.string()));
    agrees(v.nullable(v.number(), 5));
    agrees(v.nullable(v.number(), () => 6));
    expect(compileChecker(v.nullable(v.string()))(null)).to.equal(null);
    expect(compileChecker(v.nullable(v.number(), 5))(null)).to.equal(5);
    expect(compileChecker(v.nullable(v.string()))(undefined)).to.equal(FAIL);
  });

  it('a list passes when every item passes, and its output holds the items as checked', () => {
    const items = v.array(
      v.pipe(
        v.string(),
        v.transform((s) => s.length),
      ),
    );
    agrees(v.array(v.number()), [[1, 2], [1, 'x'], ['x', 1], [Number.NaN], { 0: 1, length: 1 }]);
    agrees(items, [
      ['a', 'bcd'],
      ['a', 2],
    ]);
    expect(compileChecker(items)(['a', 'bcd'])).to.deep.equal([1, 3]);
    expect(compileChecker(v.array(v.number()))([1, 'x'])).to.equal(FAIL);
  });

  it('an object passes with its required fields, skips missing optional ones and fills defaults', () => {
    const schema = v.object({
      a: v.string(),
      b: v.optional(v.number()),
      c: v.optional(v.number(), 7),
      d: v.nullish(v.string()),
      e: v.nullish(v.string(), 'dflt'),
      f: v.exactOptional(v.string()),
      n: v.nullable(v.number()),
    });
    const records = fc.record(
      {
        a: edgy,
        b: edgy,
        c: edgy,
        d: edgy,
        e: edgy,
        f: edgy,
        n: edgy,
        zz: edgy,
      },
      { requiredKeys: [] },
    );
    const check = compileChecker(schema);
    const fine = { a: 'x', n: null };
    for (const input of [
      fine,
      { ...fine, b: 1, c: 2, d: null, e: undefined, f: 'f' },
      { a: 'x' },
      { n: null },
      { ...fine, b: 'x' },
      { ...fine, f: undefined },
      [],
      'x',
    ])
      agreeOn(schema, check, input);
    expect(check(fine)).to.deep.equal({ a: 'x', c: 7, e: 'dflt', n: null });
    fc.assert(
      fc.property(records, (input) => agreeOn(schema, check, input)),
      { numRuns: 500 },
    );
    // and near-valid ones, which mostly pass
    fc.assert(
      fc.property(
        fc.record(
          { b: fc.integer(), d: fc.option(fc.string()), zz: fc.anything() },
          {
            requiredKeys: [],
          },
        ),
        (extra) => agreeOn(schema, check, { ...fine, ...extra }),
      ),
      { numRuns: 200 },
    );
  });

  it('a missing field whose default does not pass its own checks fails the object', () => {
    const schema = v.object({ o: v.optional(v.pipe(v.string(), v.minLength(3)), 'ab') });
    agrees(schema, [{}, { o: 'abc' }, { o: 'ab' }]);
    expect(compileChecker(schema)({})).to.equal(FAIL);
    expect(compileChecker(schema)({ o: 'abc' })).to.deep.equal({ o: 'abc' });
  });

  it('an object with a fallback field is checked by valibot, which fills the fallback', () => {
    const schema = v.object({ a: v.string(), c: v.fallback(v.string(), 'x') });
    agrees(schema, [{ a: 'a' }, { a: 'a', c: 2 }, { a: 1 }, { c: 'c' }]);
    expect(compileChecker(schema)({ a: 'a' })).to.deep.equal({ a: 'a', c: 'x' });
  });

  it('a checker tells after each run whether some object held a field its schema does not name', () => {
    const schema = v.object({
      a: v.optional(v.string()),
      list: v.optional(v.array(v.object({ x: v.number() }))),
    });
    const check = compileChecker(schema);
    const cases: [unknown, boolean][] = [
      [{}, false],
      [{ a: 'x' }, false],
      [{ a: 'x', zz: 1 }, true],
      [{ a: 'x' }, false],
      [{ list: [{ x: 1 }, { x: 2 }] }, false],
      [{ list: [{ x: 1 }, { x: 2, zz: 1 }] }, true],
      [{ a: undefined }, false],
      [{ zz: undefined }, true],
      [{ list: [{ x: 1, zz: 1 }], zz: 2 }, true],
      [{}, false],
    ];
    for (const [input, unknown] of cases) {
      expect(check(input), JSON.stringify(input)).to.not.equal(FAIL);
      expect(lastRunSawUnknownField(), JSON.stringify(input)).to.equal(unknown);
    }
    // an inherited field is not an own one, so it is not counted as unknown
    expect(check(Object.create({ zz: 1 }) as object)).to.deep.equal({});
    expect(lastRunSawUnknownField()).to.equal(false);
  });

  it('a variant takes the first option whose tag matches and which passes as a whole', () => {
    const schema = v.variant('kind', [
      v.object({ kind: v.literal('a'), x: v.number() }),
      v.object({ kind: v.literal('b'), y: v.string() }),
      v.object({ kind: v.literal('a'), y: v.string() }),
    ]);
    const tagged = fc.record(
      { kind: fc.constantFrom('a', 'b', 'c', 1), x: edgy, y: edgy },
      { requiredKeys: [] },
    );
    agrees(schema, [{ kind: 'a', x: 1 }, { kind: 'a', y: 's' }, { kind: 'b', y: 's' }, { y: 's' }]);
    fc.assert(
      fc.property(tagged, (input) => agreeOn(schema, compileChecker(schema), input)),
      { numRuns: 300 },
    );
    const check = compileChecker(schema);
    expect(check({ kind: 'a', y: 's' })).to.deep.equal({ kind: 'a', y: 's' });
    expect(check({ kind: 'a', x: 1, y: 's' })).to.deep.equal({ kind: 'a', x: 1 });
    expect(check({ kind: 'b', x: 1 })).to.equal(FAIL);
    expect(check({ x: 1 })).to.equal(FAIL);
  });

  it('a variant whose options are not all tagged objects is checked by valibot', () => {
    const schema = v.variant('kind', [
      v.object({ kind: v.literal('a'), x: v.number() }),
      v.variant('sub', [v.object({ kind: v.literal('b'), sub: v.literal(1) })]),
    ]);
    agrees(schema, [
      { kind: 'a', x: 1 },
      { kind: 'b', sub: 1 },
      { kind: 'b', sub: 2 },
    ]);
    expect(compileChecker(schema)({ kind: 'b', sub: 1 })).to.deep.equal({ kind: 'b', sub: 1 });
  });

  it('a pipe runs its steps in order, each on the output of the one before', () => {
    agrees(v.pipe(v.string(), v.metadata({ note: 'n' }), v.minLength(2), v.maxLength(4)));
    agrees(v.pipe(v.string(), v.regex(/^a/)));
    agrees(v.pipe(v.number(), v.finite(), v.integer(), v.minValue(0), v.maxValue(10)));
    agrees(v.pipe(v.string(), v.transform(Number), v.number(), v.minValue(2)), ['1', '3', 'x']);
    agrees(v.pipe(v.pipe(v.string(), v.trim()), v.minLength(1)), [' ', ' a ']);
    expect(compileChecker(v.pipe(v.pipe(v.string(), v.trim()), v.minLength(1)))(' a ')).to.equal(
      'a',
    );
    expect(compileChecker(v.pipe(v.string(), v.transform(Number), v.number()))('3')).to.equal(3);
  });

  it('length and value bounds are inclusive', () => {
    const text = compileChecker(v.pipe(v.string(), v.minLength(2), v.maxLength(4)));
    expect(['a', 'ab', 'abcd', 'abcde'].map((s) => text(s) !== FAIL)).to.deep.equal([
      false,
      true,
      true,
      false,
    ]);
    const number = compileChecker(v.pipe(v.number(), v.minValue(0), v.maxValue(10)));
    expect([-0.001, 0, 10, 10.001].map((n) => number(n) !== FAIL)).to.deep.equal([
      false,
      true,
      true,
      false,
    ]);
    const whole = compileChecker(v.pipe(v.number(), v.finite(), v.integer()));
    expect([1, 1.5, Number.POSITIVE_INFINITY].map((n) => whole(n) !== FAIL)).to.deep.equal([
      true,
      false,
      false,
    ]);
  });

  it('value bounds that are no numbers and actions without a compiled form are checked by valibot', () => {
    agrees(v.pipe(v.string(), v.minValue('m'), v.maxValue('p')), ['a', 'm', 'n', 'p', 'q']);
    agrees(v.pipe(v.string(), v.email()), ['a@b.co', 'a@', 'x']);
    agrees(v.union([v.string(), v.number()]));
    agrees(
      v.pipe(
        v.unknown(),
        v.check((x) => x !== 1),
      ),
    );
    expect(compileChecker(v.pipe(v.string(), v.email()))('x')).to.equal(FAIL);
    expect(compileChecker(v.pipe(v.string(), v.email()))('a@b.co')).to.equal('a@b.co');
  });

  it('a value that fails a step is not handed to the next, also in the kinds valibot runs', () => {
    const guarded = v.union([
      v.pipe(
        v.unknown(),
        v.check((x) => typeof x === 'string'),
        v.check((x) => (x as string).length > 1),
      ),
    ]);
    agrees(guarded, ['ab', 'a']);
    expect(compileChecker(guarded)(null)).to.equal(FAIL);
  });

  it('a check runs on the value, and a failing check fails the pipe', () => {
    const even = compileChecker(
      v.pipe(
        v.number(),
        v.check((n) => n % 2 === 0),
      ),
    );
    expect(even(2)).to.equal(2);
    expect(even(3)).to.equal(FAIL);
  });

  it('a regex step is left out only before a check that implies that very pattern', () => {
    const pattern = /^[a-z]+$/;
    const impliesLetters = Object.assign((s: string) => s.length < 4, {
      impliesPattern: pattern,
    }) satisfies ImpliesPattern;
    // a check that says it implies the pattern stands in for it (here it does not, to see it)
    const implied = compileChecker(v.pipe(v.string(), v.regex(pattern), v.check(impliesLetters)));
    expect(implied('AB')).to.equal('AB');
    // a check that implies another pattern, or none, does not
    const other = Object.assign((s: string) => s.length < 4, { impliesPattern: /^[a-z]*$/ });
    expect(compileChecker(v.pipe(v.string(), v.regex(pattern), v.check(other)))('AB')).to.equal(
      FAIL,
    );
    const none = (s: string) => s.length < 4;
    expect(compileChecker(v.pipe(v.string(), v.regex(pattern), v.check(none)))('AB')).to.equal(
      FAIL,
    );
    // only a check stands in for a regex, not another step that carries the same claim
    const claiming = Object.assign(/^[A-Z]+$/, { impliesPattern: pattern });
    expect(compileChecker(v.pipe(v.string(), v.regex(pattern), v.regex(claiming)))('AB')).to.equal(
      FAIL,
    );
    // a regex at the end of a pipe has no next step
    expect(compileChecker(v.pipe(v.string(), v.regex(pattern)))('AB')).to.equal(FAIL);
    expect(compileChecker(v.pipe(v.string(), v.regex(pattern)))('ab')).to.equal('ab');
  });

  it('the fast path rejects what the schema rejects, and accepts what it accepts, on near-valid feeds', () => {
    const schema = buildFeedSchema();
    const check = compileChecker(schema);
    const feed = baseFeed();
    agreeOn(schema, check, feed);
    expect(check(feed)).to.not.equal(FAIL);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), edgy, (path, value) =>
        agreeOn(schema, check, replaced(feed, path, value)),
      ),
      { numRuns: 200 },
    );
  });
});

/** A deep copy of `feed` with one value, chosen by `choices`, replaced. */
function replaced(feed: unknown, choices: number[], value: unknown): unknown {
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
