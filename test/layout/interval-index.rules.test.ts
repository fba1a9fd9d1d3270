// The interval index of a lane: items sorted by (start, end); `overlapping` finds the items
// overlapping [from, to) and `hit` the item under a time, checked against linear scans of all
// items (the brute-force oracles) on random lanes with ties, points and long items.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IntervalIndex, type Interval } from '../../src/layout/interval-index.js';

interface Item extends Interval {
  readonly id: string;
}

const item = (id: string, start: number, end: number): Item => ({ id, start, end });
const ids = (index: IntervalIndex<Item>, found: readonly number[]) =>
  found.map((i) => index.item(i).id);

/** The oracle of `overlapping`: a linear filter (a point counts at or after `from`). */
function overlapsOracle(items: readonly Item[], from: number, to: number): Item[] {
  return items.filter((x) => {
    const end = Math.max(x.start, x.end);
    return x.start < to && (end > from || x.start >= from);
  });
}

/** The oracle of `hit`: a linear scan; ties go to the last in (start, end) order. */
function hitOracle(sorted: readonly Item[], t: number, tolerance: number): number {
  let best = -1;
  for (let i = 0; i < sorted.length; i++) {
    const x = sorted[i]!;
    const end = Math.max(x.start, x.end);
    if (x.start === t || (x.start < t && end > t)) best = i;
  }
  if (best >= 0) return best;
  let distance = Infinity;
  for (let i = 0; i < sorted.length; i++) {
    const x = sorted[i]!;
    const d = t < x.start ? x.start - t : t - Math.max(x.start, x.end);
    if (d <= distance) {
      distance = d;
      best = i;
    }
  }
  return distance <= Math.max(0, tolerance) ? best : -1;
}

const byStartThenEnd = (a: Item, b: Item) => a.start - b.start || a.end - b.end;

// Small integer coordinates, so ties, shared edges and points are frequent.
const lane = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: -3, max: 30 })), {
    maxLength: 80,
  })
  .map((pairs) => pairs.map(([start, length], k) => item(`i${k}`, start, start + length)));
const time = fc.integer({ min: -5, max: 100 });

describe('interval index', () => {
  it('keeps the items sorted by start, then end, whatever order they come in', () => {
    const index = new IntervalIndex([
      item('c', 5, 9),
      item('a', 1, 4),
      item('b', 5, 6),
      item('d', 1, 2),
    ]);
    expect(index.size).to.equal(4);
    expect([0, 1, 2, 3].map((i) => index.item(i).id)).to.deep.equal(['d', 'a', 'b', 'c']);
  });

  it('items already in order keep their order (equal items stay as given)', () => {
    const items = [item('a', 1, 2), item('b', 1, 2), item('c', 3, 4)];
    const index = new IntervalIndex(items);
    expect([0, 1, 2].map((i) => index.item(i).id)).to.deep.equal(['a', 'b', 'c']);
    items.reverse();
    expect(index.item(0).id).to.equal('a');
  });

  it('the array passed in is left as it was', () => {
    const items = [item('b', 5, 6), item('a', 1, 2)];
    const index = new IntervalIndex(items);
    expect(items.map((x) => x.id)).to.deep.equal(['b', 'a']);
    expect(index.item(0).id).to.equal('a');
  });

  it('asking for an item that is not there is an error, not undefined', () => {
    const index = new IntervalIndex([item('a', 1, 2)]);
    expect(() => index.item(1)).to.throw(RangeError, 'no item 1 in an index of 1');
    expect(() => index.item(-1)).to.throw(RangeError);
    expect(() => index.item(0.5)).to.throw(RangeError);
    expect(() => new IntervalIndex<Item>([]).item(0)).to.throw(
      RangeError,
      'no item 0 in an index of 0',
    );
  });

  it('overlapping finds items that start before the end and end after the start, ascending', () => {
    const index = new IntervalIndex([
      item('long', 0, 100),
      item('before', 1, 10),
      item('edge', 10, 20), // starts at `to`: out
      item('inside', 12, 14),
      item('ends-at-from', 2, 5), // ends at `from`: out
    ]);
    expect(ids(index, index.overlapping(5, 10))).to.deep.equal(['long', 'before']);
    expect(ids(index, index.overlapping(5, 13))).to.deep.equal([
      'long',
      'before',
      'edge',
      'inside',
    ]);
    expect(index.overlapping(100, 200)).to.deep.equal([]);
    expect(index.overlapping(-10, 0)).to.deep.equal([]);
  });

  it('a point (end at or before its start) overlaps a range that contains its start', () => {
    const index = new IntervalIndex([item('point', 5, 5), item('backwards', 8, 3)]);
    expect(ids(index, index.overlapping(5, 6))).to.deep.equal(['point']);
    expect(ids(index, index.overlapping(0, 5))).to.deep.equal([]);
    expect(ids(index, index.overlapping(6, 9))).to.deep.equal(['backwards']);
    expect(ids(index, index.overlapping(8.5, 9))).to.deep.equal([]);
    // its one edge is its start: 1 ms from 9
    expect(ids(index, [index.hit(9, 1)])).to.deep.equal(['backwards']);
  });

  it('forEachOverlapping visits the same indices in the same order, and may query the index again', () => {
    const index = new IntervalIndex([
      item('a', 0, 50),
      item('b', 3, 4),
      item('c', 10, 60),
      item('d', 20, 21),
    ]);
    const seen: number[] = [];
    const nested: number[] = [];
    index.forEachOverlapping(15, 30, (i) => {
      seen.push(i);
      nested.push(index.overlapping(15, 30).length);
    });
    expect(seen).to.deep.equal(index.overlapping(15, 30));
    expect(seen).to.deep.equal([0, 2, 3]);
    expect(nested).to.deep.equal([3, 3, 3]);
  });

  it('an empty index finds nothing', () => {
    const index = new IntervalIndex<Item>([]);
    expect([
      index.size,
      index.hit(0, Infinity),
      index.nextAfter(0),
      index.prevBefore(0),
    ]).to.deep.equal([0, -1, -1, -1]);
    expect(index.overlapping(-Infinity, Infinity)).to.deep.equal([]);
  });

  it('hit gives the latest-starting item containing the time', () => {
    const index = new IntervalIndex([
      item('long', 0, 100),
      item('short', 40, 45),
      item('late', 44, 50),
    ]);
    expect(index.item(index.hit(42)).id).to.equal('short');
    expect(index.item(index.hit(44)).id).to.equal('late');
    expect(index.item(index.hit(45)).id).to.equal('late');
    expect(index.item(index.hit(60)).id).to.equal('long');
    expect(index.item(index.hit(0)).id).to.equal('long');
  });

  it('an item ending at the time does not contain it: the longer item under it wins', () => {
    const index = new IntervalIndex([item('long', 0, 100), item('short', 40, 45)]);
    expect(index.item(index.hit(45)).id).to.equal('long');
    expect(index.item(index.hit(44.9)).id).to.equal('short');
  });

  it('hit on a start shared by several items gives the last of them in (start, end) order', () => {
    const index = new IntervalIndex([item('a', 10, 30), item('b', 10, 20), item('c', 10, 10)]);
    expect(index.item(index.hit(10)).id).to.equal('a');
    expect(index.item(index.hit(15)).id).to.equal('a');
  });

  it('hit between items gives the nearest edge within the tolerance, else -1', () => {
    const index = new IntervalIndex([item('left', 0, 10), item('right', 20, 30)]);
    expect(index.hit(13)).to.equal(-1);
    expect(index.item(index.hit(13, 3)).id).to.equal('left');
    expect(index.item(index.hit(17, 3)).id).to.equal('right');
    expect(index.hit(13, 2.9)).to.equal(-1);
    // an end is exclusive, but at distance 0
    expect(index.item(index.hit(10)).id).to.equal('left');
    // halfway: the later item
    expect(index.item(index.hit(15, 5)).id).to.equal('right');
    expect(index.hit(35, -1)).to.equal(-1);
    // a tolerance that is no number is 0: the end of `right` is at distance 0
    expect(index.hit(30, Number.NaN)).to.equal(1);
    expect(index.hit(Number.NaN, Infinity)).to.equal(-1);
  });

  it('hit before all items and after all items reaches the first and the last within the tolerance', () => {
    const index = new IntervalIndex([item('a', 10, 12), item('b', 11, 20), item('c', 14, 15)]);
    expect(index.item(index.hit(5, 5)).id).to.equal('a');
    expect(index.hit(5, 4)).to.equal(-1);
    expect(index.item(index.hit(25, 5)).id).to.equal('b');
    expect(index.hit(25, 4)).to.equal(-1);
  });

  it('nextAfter and prevBefore step through starts (keyboard left and right)', () => {
    const index = new IntervalIndex([
      item('a', 10, 12),
      item('b', 20, 21),
      item('c', 20, 30),
      item('d', 40, 41),
    ]);
    expect([
      index.nextAfter(0),
      index.nextAfter(10),
      index.nextAfter(11),
      index.nextAfter(20),
      index.nextAfter(41),
    ]).to.deep.equal([0, 0, 1, 1, -1]);
    expect([
      index.prevBefore(10),
      index.prevBefore(11),
      index.prevBefore(20),
      index.prevBefore(21),
      index.prevBefore(100),
    ]).to.deep.equal([-1, 0, 0, 2, 3]);
  });

  it('overlapping equals a linear filter of all items (random lanes)', () => {
    fc.assert(
      fc.property(lane, time, time, (items, a, b) => {
        const index = new IntervalIndex(items);
        const from = Math.min(a, b);
        const to = Math.max(a, b) + (a === b ? 0 : 0.5);
        const sorted = items.slice().sort(byStartThenEnd);
        const expected = overlapsOracle(sorted, from, to).map((x) => sorted.indexOf(x));
        expect(index.overlapping(from, to)).to.deep.equal(expected);
        expect(index.overlapping(to, from)).to.deep.equal(
          overlapsOracle(sorted, to, from).map((x) => sorted.indexOf(x)),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('hit equals a linear scan of all items (random lanes, times and tolerances)', () => {
    fc.assert(
      fc.property(lane, time, fc.integer({ min: -1, max: 12 }), (items, t, tolerance) => {
        const index = new IntervalIndex(items);
        const sorted = items.slice().sort(byStartThenEnd);
        const probe = t + (tolerance % 2 === 0 ? 0 : 0.5);
        expect(index.hit(probe, tolerance)).to.equal(hitOracle(sorted, probe, tolerance));
      }),
      { numRuns: 600 },
    );
  });

  it('nextAfter and prevBefore equal linear scans of the starts', () => {
    fc.assert(
      fc.property(lane, time, (items, t) => {
        const index = new IntervalIndex(items);
        const starts = items.map((x) => x.start).sort((x, y) => x - y);
        expect(index.nextAfter(t)).to.equal(starts.findIndex((s) => s >= t));
        expect(index.prevBefore(t)).to.equal(starts.findLastIndex((s) => s < t));
      }),
      { numRuns: 200 },
    );
  });

  it('100,000 items: a one-hour query finds exactly the few hundred items of that hour', () => {
    const day = 86_400_000;
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const items = Array.from({ length: 100_000 }, (_, k) => {
      const start = Math.floor(next() * 90 * day);
      return item(`b${k}`, start, start + Math.floor(next() * 8 * 3_600_000));
    });
    const index = new IntervalIndex(items);
    expect(index.size).to.equal(100_000);
    let visited = 0;
    index.forEachOverlapping(45 * day, 45 * day + 3_600_000, () => (visited += 1));
    expect(visited).to.equal(overlapsOracle(items, 45 * day, 45 * day + 3_600_000).length);
    expect(visited).to.be.within(100, 1_000);
  });
});
