// Normalising (normalise.ts): periods, breaches and maintenance sorted by start, stably, and each
// agreement's versions by the instant they took effect. The oracle is Array.prototype.sort with
// a comparator (stable by the language), on a copy.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalise } from '../../src/feed/normalise.js';
import type { FeedOutput } from '../../src/feed/schema.js';

interface Rec {
  id: number;
  start: number;
}

const stable = (list: Rec[]): number[] =>
  [...list].sort((a, b) => a.start - b.start).map((r) => r.id);

function sortedBy(starts: number[]): number[] {
  const periods: Rec[] = starts.map((start, id) => ({ id, start }));
  const breaches: Rec[] = starts.map((start, id) => ({ id, start: -start }));
  const expected = [stable(periods), stable(breaches)];
  const feed = { periods, breaches, maintenance: [], agreements: [] } as unknown as FeedOutput;
  normalise(feed);
  expect([periods.map((r) => r.id), breaches.map((r) => r.id)]).to.deep.equal(expected);
  return periods.map((r) => r.id);
}

describe('normalise rules', () => {
  it('lists come out sorted by start, records with the same start in feed order', () => {
    // whole milliseconds in a narrow range (the packed sort)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 30 }), (starts) => {
        sortedBy(starts);
      }),
      { numRuns: 300 },
    );
    // whole milliseconds of a real feed's range
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }), {
          maxLength: 20,
        }),
        (starts) => {
          sortedBy(starts);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('starts too far apart to pack, or not whole, are sorted the general way, stably too', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(-8e15, -1, 0, 0.5, 1, 2.25, 8e15, 9e15), { maxLength: 30 }),
        (starts) => {
          sortedBy(starts);
        },
      ),
      { numRuns: 300 },
    );
    expect(sortedBy([3, 1.5, 3, 1.5, 0])).to.deep.equal([4, 1, 3, 0, 2]);
    expect(sortedBy([9e15, -9e15, 9e15, 0])).to.deep.equal([1, 3, 0, 2]);
  });

  it('the packed sort is used right up to the largest exact number, and keeps ties in order there', () => {
    // (max - min + 1) * n just at and just above Number.MAX_SAFE_INTEGER
    const n = 2;
    const span = Math.floor(Number.MAX_SAFE_INTEGER / n) - 1;
    expect(sortedBy([span, 0])).to.deep.equal([1, 0]);
    expect(sortedBy([span + 1, 0])).to.deep.equal([1, 0]);
    expect(sortedBy([span, 0, span, 0])).to.deep.equal([1, 3, 0, 2]);
    expect(sortedBy([span + 2, 0, span + 2, 0])).to.deep.equal([1, 3, 0, 2]);
    // three records over a span whose packed numbers would pass 2^53: (max + 1) * 3 is above the
    // largest exact number, so the general path sorts them (packed, the first would round away)
    const wide = 3_002_399_751_580_331;
    expect((wide + 1) * 3 > Number.MAX_SAFE_INTEGER).to.equal(true);
    expect(sortedBy([wide, 0, 0])).to.deep.equal([1, 2, 0]);
    expect(sortedBy([0, wide, 0])).to.deep.equal([0, 2, 1]);
  });

  it('a sorted list stays as it is, and one out of order only at its end is sorted', () => {
    expect(sortedBy([1, 2, 2, 3])).to.deep.equal([0, 1, 2, 3]);
    expect(sortedBy([1, 2, 3, 0])).to.deep.equal([3, 0, 1, 2]);
    expect(sortedBy([5, 1, 2, 3])).to.deep.equal([1, 2, 3, 0]);
    expect(sortedBy([])).to.deep.equal([]);
    expect(sortedBy([7])).to.deep.equal([0]);
  });

  it('maintenance is sorted by start and versions by the instant they took effect', () => {
    const feed = {
      periods: [],
      breaches: [],
      maintenance: [
        { id: 'm2', start: 20 },
        { id: 'm1', start: 10 },
      ],
      agreements: [
        {
          versions: [
            { version: 'b', effectiveFrom: 30 },
            { version: 'a', effectiveFrom: 10 },
            { version: 'c', effectiveFrom: 30 },
          ],
        },
        { versions: [{ version: 'x', effectiveFrom: 1 }] },
      ],
    } as unknown as FeedOutput;
    normalise(feed);
    expect(feed.maintenance.map((m) => m.id)).to.deep.equal(['m1', 'm2']);
    expect(feed.agreements[0]!.versions.map((v) => v.version)).to.deep.equal(['a', 'b', 'c']);
    expect(feed.agreements[1]!.versions.map((v) => v.version)).to.deep.equal(['x']);
  });
});
