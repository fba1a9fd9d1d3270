/**
 * The incremental parser (src/feed/incremental.ts): the oracle is the full parse. Whatever feed
 * came before, parsing B gives exactly what `parseFeed(B)` gives (feed, warnings, issues), while
 * the records that did not change keep their normalised objects and an equal input gives back
 * the same result.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createFeedParser, sameJson } from '../../src/feed/incremental.js';
import { parseFeed, type ParseResult } from '../../src/feed/index.js';
import { generateFeed } from '../fixtures/generate.js';
import { createRng, type Rng } from '../fixtures/prng.js';

type Raw = Record<string, unknown> & {
  periods: Record<string, unknown>[];
  breaches: Record<string, unknown>[];
  agreements: (Record<string, unknown> & { objectives: Record<string, unknown>[] })[];
  customers: Record<string, unknown>[];
  maintenance: Record<string, unknown>[];
};

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function small(seed: number): Raw {
  const rng = createRng(seed);
  return generateFeed({
    seed,
    customers: rng.int(1, 3),
    periods: rng.int(1, 4),
    breaches: rng.int(0, 12),
    maintenance: rng.int(0, 3),
    objectivesPerAgreement: rng.int(1, 3),
  }) as unknown as Raw;
}

/** One random edit of a raw feed, in place; some make it invalid, some add warnings. */
const EDITS: readonly ((feed: Raw, rng: Rng) => void)[] = [
  (f, r) => {
    const p = f.periods.length ? r.pick(f.periods) : undefined;
    if (p && typeof p.value === 'number') p.value = Math.max(0, p.value * 0.99);
  },
  (f, r) => {
    if (f.periods.length) f.periods.splice(r.int(0, f.periods.length - 1), 1);
  },
  (f, r) => {
    if (f.periods.length) f.periods.unshift(copy(r.pick(f.periods)));
  },
  (f) => f.periods.reverse(),
  (f, r) => {
    if (f.breaches.length) r.pick(f.breaches).title = `Edited ${r.int(0, 99)}`;
  },
  (f, r) => {
    if (f.breaches.length) r.pick(f.breaches).url = 'javascript:alert(1)';
  },
  (f, r) => {
    if (f.periods.length) r.pick(f.periods).evidenceUrl = 'javascript:void(0)';
  },
  (f, r) => {
    if (f.periods.length) r.pick(f.periods).valeu = 1;
  },
  (f, r) => {
    if (f.breaches.length) r.pick(f.breaches).start = 'not an instant';
  },
  (f, r) => {
    if (f.periods.length) r.pick(f.periods).agreementId = 'nowhere';
  },
  (f, r) => {
    const a = r.pick(f.agreements);
    const o = a.objectives.length ? r.pick(a.objectives) : undefined;
    if (o && typeof o.target === 'number') o.target = o.target + 0.001;
  },
  (f, r) => {
    if (f.customers.length) r.pick(f.customers).name = `Renamed ${r.int(0, 9)}`;
  },
  (f, r) => {
    if (f.maintenance.length) f.maintenance.push(copy(r.pick(f.maintenance)));
  },
  (f) => {
    (f.provider as Record<string, unknown>).url = 'ftp://example.org';
  },
];

function edited(feed: Raw, rng: Rng, count: number): Raw {
  const next = copy(feed);
  for (let i = 0; i < count; i++) rng.pick(EDITS)(next, rng);
  return next;
}

/** Results compared as data: the oracle's and the incremental parser's must be deep-equal. */
function expectSame(actual: ParseResult, expected: ParseResult, message: string): void {
  expect(JSON.parse(JSON.stringify(actual)), message).to.deep.equal(
    JSON.parse(JSON.stringify(expected)),
  );
  expect(actual.ok, message).to.equal(expected.ok);
}

describe('incremental parsing', () => {
  it('parsing B after A gives exactly the full parse of B (random feeds, random edits)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (seed, edits, asText) => {
          const rng = createRng(seed * 7 + edits);
          const a = small(seed);
          const b = edited(a, rng, edits);
          const c = edited(b, rng, rng.int(0, 3));
          const parser = createFeedParser();
          const input = (x: Raw): unknown => (asText ? JSON.stringify(x) : copy(x));
          parser.parse(input(a));
          expectSame(parser.parse(input(b)), parseFeed(input(b)), 'B after A');
          expectSame(parser.parse(input(c)), parseFeed(input(c)), 'C after B');
          expectSame(parser.parse(input(a)), parseFeed(input(a)), 'A after C');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the normalised records that did not change, and only those', () => {
    const a = small(3);
    const parser = createFeedParser();
    const first = parser.parse(JSON.stringify(a));
    const b = copy(a);
    const changed = b.periods.find((p) => typeof p.value === 'number')!;
    changed.value = (changed.value as number) * 0.99;
    const second = parser.parse(JSON.stringify(b));
    if (!first.ok || !second.ok) throw new Error('the generated feeds are valid');
    const before = new Set<object>(first.feed.periods);
    const fresh = second.feed.periods.filter((p) => !before.has(p));
    expect(fresh.map((p) => p.value)).to.deep.equal([changed.value]);
    expect(parser.stats).to.deep.equal({
      unchanged: false,
      checked: 1,
      reused:
        b.periods.length +
        b.breaches.length +
        b.maintenance.length +
        b.agreements.length +
        b.customers.length +
        (b.services as unknown[]).length -
        1,
    });
    expect(second.feed.agreements).to.deep.equal(first.feed.agreements);
    second.feed.agreements.forEach((x, i) => {
      expect(x).to.equal(first.feed.agreements[i]);
    });
    expect(second.feed, 'a new feed').to.not.equal(first.feed);
    expect(first.feed.periods, 'the previous feed is left as it was').to.not.include(fresh[0]);
  });

  it('finds a record moved to another place by its id (periods: agreement, objective, start)', () => {
    const a = small(5);
    const parser = createFeedParser();
    const first = parser.parse(copy(a));
    const b = copy(a);
    b.periods.reverse();
    b.breaches.reverse();
    const second = parser.parse(b);
    if (!first.ok || !second.ok) throw new Error('valid');
    expect(parser.stats.checked).to.equal(0);
    expect(second.feed.periods).to.have.length(first.feed.periods.length);
    second.feed.periods.forEach((p) => expect(first.feed.periods).to.include(p));
    expectSame(second, parseFeed(b), 'same as a full parse');
  });

  it('hands back the same result for an equal input: same text, or equal data in another order', () => {
    const a = small(8);
    const parser = createFeedParser();
    const text = JSON.stringify(a);
    const first = parser.parse(text);
    expect(parser.parse(text)).to.equal(first);
    expect(parser.stats.unchanged).to.equal(true);
    const reordered = Object.fromEntries(Object.entries(copy(a)).reverse());
    expect(parser.parse(reordered)).to.equal(first);
    expect(parser.parse(JSON.stringify(a, null, 2))).to.equal(first);
    expect(parser.stats).to.deep.equal({ unchanged: true, checked: 0, reused: 0 });
    const b = edited(a, createRng(1), 1);
    b.customers[0]!.name = 'Someone else';
    expect(parser.parse(b)).to.not.equal(first);
    expect(parser.stats.unchanged).to.equal(false);
  });

  it('checks a record whose unsafe link was dropped again, so the warning is given again', () => {
    const a = small(11);
    a.breaches.push({ ...copy(a.breaches[0] ?? {}), id: 'bad-link', url: 'javascript:x()' });
    if (!a.breaches[0]!.agreementId) throw new Error('the feed has breaches');
    const parser = createFeedParser();
    const first = parser.parse(copy(a));
    const b = copy(a);
    b.customers[0]!.name = 'Renamed';
    const second = parser.parse(b);
    expectSame(second, parseFeed(b), 'same as a full parse');
    if (!first.ok || !second.ok) throw new Error('valid');
    expect(second.warnings.map((w) => w.code)).to.include('unsafe-link');
    expect(parser.stats.checked).to.equal(2);
  });

  it('reuses nothing after the warnings were cut off at maxIssues (repairs may be unlisted)', () => {
    const a = small(12);
    for (const b of a.breaches) b.url = 'javascript:x()';
    if (a.breaches.length < 2) throw new Error('the feed has two breaches or more');
    const parser = createFeedParser({ maxIssues: 1 });
    parser.parse(copy(a));
    const b = copy(a);
    b.customers[0]!.name = 'Renamed';
    const second = parser.parse(b);
    expectSame(second, parseFeed(b, { maxIssues: 1 }), 'same as a full parse');
    expect(parser.stats.reused).to.equal(0);
  });

  it('warns about unknown fields of reused records as a full parse does', () => {
    const a = small(13);
    a.periods[0]!.valeu = 5;
    const parser = createFeedParser();
    parser.parse(copy(a));
    const b = copy(a);
    b.customers[0]!.name = 'Renamed';
    const second = parser.parse(b);
    expect(parser.stats.reused).to.be.greaterThan(0);
    expectSame(second, parseFeed(b), 'same as a full parse');
    expect(second.ok && second.warnings.map((w) => w.path)).to.include('periods[0].valeu');
  });

  it('rejects what a full parse rejects, and keeps the last good feed to compare with', () => {
    const a = small(14);
    const parser = createFeedParser();
    const first = parser.parse(copy(a));
    const bad = copy(a);
    bad.periods[0]!.start = 'yesterday';
    expectSame(parser.parse(bad), parseFeed(bad), 'invalid');
    expect(parser.parse('{')).to.deep.equal(parseFeed('{'));
    expect(parser.parse(copy(a))).to.equal(first);
  });

  it('does not even read the same text again as JSON', () => {
    const text = JSON.stringify(small(21));
    const parser = createFeedParser();
    const first = parser.parse(text);
    const parse = JSON.parse;
    let calls = 0;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
      calls++;
      return parse(...args) as unknown;
    }) as typeof JSON.parse;
    try {
      expect(parser.parse(text)).to.equal(first);
      expect(calls, 'no JSON.parse for the same text').to.equal(0);
      parser.parse(parse(text));
      expect(parser.parse(text), 'an object in between: the text is read again').to.equal(first);
      expect(calls).to.equal(1);
    } finally {
      JSON.parse = parse;
    }
  });

  it('rejects a broken top level after a good feed exactly as a full parse does', () => {
    const a = small(22);
    const broken: Record<string, unknown>[] = [
      { ...copy(a), schemaVersion: 2 },
      { ...copy(a), periods: 'not a list' },
      { ...copy(a), breaches: {} },
      { ...copy(a), provider: { id: 'p' } },
      { ...copy(a), customers: [{ id: 7 }] },
    ];
    for (const b of broken) {
      const parser = createFeedParser();
      parser.parse(copy(a));
      expectSame(parser.parse(b), parseFeed(b), JSON.stringify(Object.keys(b)));
      expect(parser.parse(b).ok).to.equal(false);
    }
  });

  it('never hands one previous record to two places', () => {
    const a = small(23);
    const parser = createFeedParser();
    parser.parse(copy(a));
    const b = copy(a);
    b.periods.push(copy(b.periods[0]!));
    b.maintenance = [];
    const result = parser.parse(b);
    expectSame(result, parseFeed(b), 'same as a full parse');
    if (!result.ok) throw new Error('valid');
    expect(new Set(result.feed.periods).size).to.equal(result.feed.periods.length);
    expect(parser.stats.checked).to.equal(1);
  });

  it('returns a feed it produced as it is, and words a hostile input as parseFeed does', () => {
    const parser = createFeedParser();
    const result = parser.parse(small(2));
    if (!result.ok) throw new Error('valid');
    expect(parser.parse(result.feed)).to.deep.equal({ ok: true, feed: result.feed, warnings: [] });
    const hostile = {
      get schemaVersion(): number {
        throw new Error('nope');
      },
    };
    expect(parser.parse(hostile)).to.deep.equal(parseFeed(hostile));
  });
});

describe('sameJson', () => {
  it('compares JSON data by content, in any key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).to.equal(true);
    expect(sameJson([], [])).to.equal(true);
    expect(sameJson(null, null)).to.equal(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).to.equal(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).to.equal(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1, c: undefined })).to.equal(false);
    expect(sameJson({ a: 1 }, { a: 2 })).to.equal(false);
    expect(sameJson([1, 2], [1, 2, 3])).to.equal(false);
    expect(sameJson([1, 2], [2, 1])).to.equal(false);
    expect(sameJson([1], { 0: 1 })).to.equal(false);
    expect(sameJson({ 0: 1 }, [1])).to.equal(false);
    expect(sameJson(null, {})).to.equal(false);
    expect(sameJson({}, null)).to.equal(false);
    expect(sameJson('1', 1)).to.equal(false);
    expect(sameJson(Object.create(null), {})).to.equal(true);
    expect(sameJson({}, Object.create(null))).to.equal(true);
  });

  it('takes nothing but plain objects and arrays as containers', () => {
    expect(sameJson(new Date(0), new Date(0))).to.equal(false);
    expect(sameJson({}, new Date(0))).to.equal(false);
    expect(sameJson(new Map(), {})).to.equal(false);
    expect(sameJson(Number.NaN, Number.NaN)).to.equal(false);
    const inherited = Object.create({ a: 1 }) as object;
    expect(sameJson(inherited, {})).to.equal(false);
  });
});
