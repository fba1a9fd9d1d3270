// Column marks: the items of a lane overlapping the visible domain, as pixel spans clipped to the
// range and at least `minWidth` wide. An item reaching into one whole-pixel column is narrow, else
// wide; consecutive narrow items of one column merge into one mark with their count and worst
// rank, and a wide item is a mark of its own. Properties against brute force (each item's span
// worked out on its own): the counts add up to the visible items, [first, last] ranges cover them
// in order, a mark of several items lies in one column, and the marks are exactly the runs of
// narrow items of one column.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { columnMarks } from '../../src/layout/aggregate.js';
import { IntervalIndex, type Interval } from '../../src/layout/interval-index.js';
import { linearScale, timeScale, type LinearScale } from '../../src/layout/scale.js';
import { createRng } from '../fixtures/prng.js';

interface Item extends Interval {
  readonly rank: number;
}
const item = (start: number, end: number, rank = 0): Item => ({ start, end, rank });
const byRank = (x: Item) => x.rank;
/** 1 ms = 1 px over [0, 100). */
const px = linearScale([0, 100], [0, 100]);
const tenth = (n: number) => Math.round(n * 10) / 10;
const rounded = (marks: readonly { x0: number; x1: number }[]) =>
  marks.map((m) => ({ ...m, x0: tenth(m.x0), x1: tenth(m.x1) }));

/**
 * One item's span worked out on its own, the way the module doc says: clipped to the range, grown
 * to `minWidth` from its start edge inside the range; its first and last whole-pixel column (a
 * span of no width on a pixel edge is in the column on its start side).
 */
function span(x: Item, scale: LinearScale, minWidth: number) {
  const [r0, r1] = scale.range;
  const left = Math.min(r0, r1);
  const right = Math.max(r0, r1);
  const mirrored = r1 < r0;
  const min = Math.min(Math.max(0, minWidth), right - left);
  const a = scale(x.start);
  const b = scale(Math.max(x.start, x.end));
  let lo = Math.max(left, Math.min(a, b));
  let hi = Math.min(right, Math.max(a, b));
  if (hi - lo < min) {
    if (mirrored) [lo, hi] = [Math.max(left, hi - min), Math.max(left, hi - min) + min];
    else [lo, hi] = [Math.min(right, lo + min) - min, Math.min(right, lo + min)];
  }
  const from = Math.floor(lo);
  const to = Math.ceil(hi) - 1;
  if (to >= from) return { lo, hi, from, to };
  const at = mirrored ? to : from;
  return { lo, hi, from: at, to: at };
}

describe('column marks', () => {
  it('an item wider than a pixel is one mark from its start to its end', () => {
    const marks = columnMarks(new IntervalIndex([item(10, 20, 2)]), px, byRank);
    expect(marks).to.deep.equal([{ x0: 10, x1: 20, first: 0, last: 0, count: 1, worst: 2 }]);
  });

  it('narrow items of one pixel column merge: count, first and last index, worst rank, their union', () => {
    const index = new IntervalIndex([
      item(10.1, 10.3, 1),
      item(10.5, 10.6, 3),
      item(10.7, 12, 2), // columns 10 and 11: wide
      item(30.2, 30.4, 0),
    ]);
    expect(rounded(columnMarks(index, px, byRank, 0))).to.deep.equal([
      { x0: 10.1, x1: 10.6, first: 0, last: 1, count: 2, worst: 3 },
      { x0: 10.7, x1: 12, first: 2, last: 2, count: 1, worst: 2 },
      { x0: 30.2, x1: 30.4, first: 3, last: 3, count: 1, worst: 0 },
    ]);
  });

  it('widened to 1 px, an item is narrow only when it starts on a pixel edge', () => {
    // [10, 11] twice: column 10; [10.5, 11.5] reaches into column 11 as well
    const index = new IntervalIndex([item(10, 10.2, 1), item(10, 10.5, 2), item(10.5, 10.6, 3)]);
    expect(columnMarks(index, px, byRank)).to.deep.equal([
      { x0: 10, x1: 11, first: 0, last: 1, count: 2, worst: 2 },
      { x0: 10.5, x1: 11.5, first: 2, last: 2, count: 1, worst: 3 },
    ]);
  });

  it('a wide item is a mark of its own and ends the narrow run: its column starts a new mark after it', () => {
    const index = new IntervalIndex([
      item(10.1, 10.2, 1),
      item(10.3, 12, 0),
      item(10.4, 10.5, 2),
      item(10.6, 10.7, 3),
      item(11.2, 11.3, 1),
    ]);
    expect(
      columnMarks(index, px, byRank, 0).map((m) => [m.first, m.last, m.count, m.worst]),
    ).to.deep.equal([
      [0, 0, 1, 1],
      [1, 1, 1, 0],
      [2, 3, 2, 3],
      [4, 4, 1, 1],
    ]);
  });

  it('items that only touch at a pixel edge stay apart', () => {
    const marks = columnMarks(new IntervalIndex([item(10, 11), item(11, 12)]), px, byRank);
    expect(marks.map((m) => [m.x0, m.x1, m.count])).to.deep.equal([
      [10, 11, 1],
      [11, 12, 1],
    ]);
  });

  it('a short item is widened to minWidth from its start (default 1 px), or none with 0', () => {
    const index = new IntervalIndex([item(10.2, 10.4)]);
    expect(columnMarks(index, px, byRank).map((m) => [m.x0, m.x1])).to.deep.equal([[10.2, 11.2]]);
    expect(columnMarks(index, px, byRank, 3).map((m) => [m.x0, m.x1])).to.deep.equal([
      [10.2, 13.2],
    ]);
    const thin = columnMarks(index, px, byRank, 0);
    expect(thin.map((m) => [Math.round(m.x0 * 10) / 10, Math.round(m.x1 * 10) / 10])).to.deep.equal(
      [[10.2, 10.4]],
    );
    // a negative width is 0
    expect(columnMarks(index, px, byRank, -5)).to.deep.equal(thin);
  });

  it('a widened item at the right edge is moved back inside the range', () => {
    const marks = columnMarks(new IntervalIndex([item(99.8, 99.9)]), px, byRank, 2);
    expect(marks.map((m) => [m.x0, m.x1])).to.deep.equal([[98, 100]]);
  });

  it('items reaching outside the domain are clipped to the range; items outside it are left out', () => {
    const s = linearScale([100, 200], [0, 500]);
    const index = new IntervalIndex([item(0, 50), item(80, 120), item(190, 300), item(200, 210)]);
    expect(columnMarks(index, s, byRank).map((m) => [m.x0, m.x1, m.first])).to.deep.equal([
      [0, 100, 1],
      [450, 500, 2],
    ]);
  });

  it('a mirrored range (right to left) lays the same marks out from the right', () => {
    const s = linearScale([0, 100], [100, 0]);
    const index = new IntervalIndex([item(10, 20, 1), item(50, 50.2, 2), item(99.9, 99.95, 3)]);
    expect(
      columnMarks(index, s, byRank).map((m) => [
        Math.round(m.x0 * 10) / 10,
        Math.round(m.x1 * 10) / 10,
        m.worst,
      ]),
    ).to.deep.equal([
      [80, 90, 1],
      [49, 50, 2], // widened leftwards from its start at 50
      [0, 1, 3], // widened, and kept inside at the left edge
    ]);
  });

  it('the minimum width never exceeds the range', () => {
    const s = linearScale([0, 100], [100, 103]);
    const marks = columnMarks(new IntervalIndex([item(50, 50)]), s, byRank, 10);
    expect(marks.map((m) => [m.x0, m.x1])).to.deep.equal([[100, 103]]);
  });

  it('an item whose end is before its start is a point at its start', () => {
    const marks = columnMarks(new IntervalIndex([item(10, 5, 1)]), px, byRank);
    expect(marks.map((m) => [m.x0, m.x1])).to.deep.equal([[10, 11]]);
  });

  it('with no minimum width, a point on a pixel edge is in the column on its start side', () => {
    // left to right, a point at 10 px is in column 10, after the span [9.5, 10] of column 9
    const index = new IntervalIndex([item(9.5, 10), item(10, 10)]);
    expect(columnMarks(index, px, byRank, 0).map((m) => m.count)).to.deep.equal([1, 1]);
    // right to left, a point at 90 px is in column 89, with the span [89.5, 90] that follows it
    const rtl = linearScale([0, 100], [100, 0]);
    const shared = new IntervalIndex([item(10, 10), item(10, 10.5)]);
    expect(columnMarks(shared, rtl, byRank, 0).map((m) => m.count)).to.deep.equal([2]);
  });

  it('right to left, narrow items of one column merge and an item across columns stays apart', () => {
    const rtl = linearScale([0, 100], [100, 0]);
    const index = new IntervalIndex([
      item(10.2, 10.4, 1), // [89.6, 89.8], column 89
      item(10.5, 10.9, 2), // [89.1, 89.5], column 89
      item(10.5, 12, 0), // [88, 89.5], columns 88 and 89
      item(11.2, 11.3, 3), // [88.7, 88.8], column 88
    ]);
    expect(rounded(columnMarks(index, rtl, byRank, 0))).to.deep.equal([
      { x0: 89.1, x1: 89.8, first: 0, last: 1, count: 2, worst: 2 },
      { x0: 88, x1: 89.5, first: 2, last: 2, count: 1, worst: 0 },
      { x0: 88.7, x1: 88.8, first: 3, last: 3, count: 1, worst: 3 },
    ]);
    // widened to 1 px leftwards from a start on a pixel edge: [89, 90], column 89
    const edge = new IntervalIndex([item(10, 10.3, 1), item(10, 10.6, 2), item(10.3, 10.4, 3)]);
    expect(columnMarks(edge, rtl, byRank).map((m) => m.count)).to.deep.equal([2, 1]);
  });

  it('the worst rank of a merged mark is the largest, whatever the order', () => {
    const index = new IntervalIndex([item(10, 10.1, 5), item(10.2, 10.3, 1), item(10.4, 10.5, 3)]);
    expect(columnMarks(index, px, byRank, 0).map((m) => m.worst)).to.deep.equal([5]);
    const rising = new IntervalIndex([item(10, 10.1, 1), item(10.2, 10.3, 3), item(10.4, 10.5, 5)]);
    expect(columnMarks(rising, px, byRank, 0).map((m) => m.worst)).to.deep.equal([5]);
  });

  it('an empty lane or a domain with no item gives no mark', () => {
    expect(columnMarks(new IntervalIndex<Item>([]), px, byRank)).to.deep.equal([]);
    expect(columnMarks(new IntervalIndex([item(200, 300)]), px, byRank)).to.deep.equal([]);
  });

  it('the marks are the runs of narrow items of one column, and wide items alone (random lanes)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.double({ min: -50, max: 150, noNaN: true }),
              fc.integer({ min: -50, max: 150 }),
            ),
            fc.oneof(
              fc.double({ min: -1, max: 40, noNaN: true }),
              fc.double({ min: 0, max: 1.5, noNaN: true }),
            ),
            fc.integer({ min: 0, max: 3 }),
          ),
          { maxLength: 120 },
        ),
        fc.double({ min: -20, max: 60, noNaN: true }),
        fc.double({ min: 1, max: 120, noNaN: true }),
        fc.integer({ min: 10, max: 400 }),
        fc.boolean(),
        fc.constantFrom(0, 1, 2.5),
        (raw, d0, length, width, mirrored, minWidth) => {
          const items = raw.map(([start, size, rank]) => item(start, start + size, rank));
          const index = new IntervalIndex(items);
          const scale = linearScale([d0, d0 + length], mirrored ? [width, 0] : [0, width]);
          const marks = columnMarks(index, scale, byRank, minWidth);
          const visible = index.overlapping(d0, d0 + length);
          const spans = visible.map((i) => span(index.item(i), scale, minWidth));
          const narrow = spans.map((s) => s.from === s.to);
          // counts add up to the visible items
          expect(marks.reduce((sum, m) => sum + m.count, 0)).to.equal(visible.length);
          // [first, last] ranges are ascending and contiguous, and cover each visible item once
          const markOf: number[] = [];
          let next = 0;
          marks.forEach((m, k) => {
            expect([m.first, m.last]).to.deep.equal([visible[next], visible[next + m.count - 1]]);
            const mine = spans.slice(next, next + m.count);
            for (let j = 0; j < m.count; j++) markOf.push(k);
            const ranks = visible.slice(next, next + m.count).map((i) => index.item(i).rank);
            expect(m.worst).to.equal(Math.max(...ranks));
            expect(m.x0).to.equal(Math.min(...mine.map((s) => s.lo)));
            expect(m.x1).to.equal(Math.max(...mine.map((s) => s.hi)));
            expect(
              m.x0 >= -1e-9 &&
                m.x1 <= width + 1e-9 &&
                m.x1 - m.x0 >= Math.min(minWidth, width) - 1e-9,
            ).to.equal(true);
            // a mark of several items lies in one column: all of them narrow, in that column
            if (m.count > 1) {
              expect(narrow.slice(next, next + m.count).every(Boolean)).to.equal(true);
              expect(new Set(mine.map((s) => s.from)).size).to.equal(1);
              expect(Math.floor(m.x0)).to.be.at.least(mine[0]!.from);
              expect(Math.ceil(m.x1) - 1).to.be.at.most(mine[0]!.from);
            }
            next += m.count;
          });
          // a wide item is a mark of its own
          spans.forEach((s, j) => {
            if (!narrow[j]) expect(marks[markOf[j]!]!.count).to.equal(1);
          });
          // consecutive items share a mark exactly when both are narrow and of one column
          for (let j = 1; j < spans.length; j++) {
            const together = narrow[j - 1]! && narrow[j]! && spans[j - 1]!.from === spans[j]!.from;
            expect(markOf[j] === markOf[j - 1]).to.equal(together);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('100,000 seeded breaches in 20 lanes over 90 days at 1200 px: no mark stands for a whole lane', () => {
    // Breaches of 3 minutes to 8 hours (as the fixture generator makes them) at 108 minutes a
    // pixel: most reach into two or more columns and are bars of their own.
    const MINUTE = 60_000;
    const DAY = 1440 * MINUTE;
    const start = Date.UTC(2026, 0, 1);
    const end = start + 90 * DAY;
    const rng = createRng(7);
    const lanes = Array.from({ length: 20 }, () => [] as Item[]);
    for (let i = 0; i < 100_000; i++) {
      const at = start + Math.floor((rng.next() * (end - start - DAY)) / MINUTE) * MINUTE;
      const minutes = rng.int(3, 8 * 60);
      lanes[rng.int(0, 19)]!.push(item(at, at + minutes * MINUTE, rng.int(1, 3)));
    }
    const scale = timeScale([start, end], [0, 1200]);
    const figures = (minWidth: number) => {
      let marks = 0;
      let items = 0;
      let largest = 0;
      for (const lane of lanes) {
        for (const m of columnMarks(new IntervalIndex(lane), scale, byRank, minWidth)) {
          marks += 1;
          items += m.count;
          largest = Math.max(largest, m.count);
        }
      }
      return { marks, items, largest };
    };
    // the rule of chains of items sharing columns gave 22 marks here (18 lanes one mark each,
    // the largest of 5,145 breaches)
    expect(figures(1)).to.deep.equal({ marks: 99_998, items: 100_000, largest: 2 });
    expect(figures(0)).to.deep.equal({ marks: 98_899, items: 100_000, largest: 5 });
  });
});
