// Column marks: the items of a lane overlapping the visible domain, as pixel spans clipped to the
// range and at least `minWidth` wide; consecutive items reaching into the same whole-pixel column
// merge into one mark with their count and worst rank. Properties against brute force: the counts
// add up to the visible items, and no two marks share a column.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { columnMarks } from '../../src/layout/aggregate.js';
import { IntervalIndex, type Interval } from '../../src/layout/interval-index.js';
import { linearScale } from '../../src/layout/scale.js';

interface Item extends Interval {
  readonly rank: number;
}
const item = (start: number, end: number, rank = 0): Item => ({ start, end, rank });
const byRank = (x: Item) => x.rank;
/** 1 ms = 1 px over [0, 100). */
const px = linearScale([0, 100], [0, 100]);

describe('column marks', () => {
  it('an item wider than a pixel is one mark from its start to its end', () => {
    const marks = columnMarks(new IntervalIndex([item(10, 20, 2)]), px, byRank);
    expect(marks).to.deep.equal([{ x0: 10, x1: 20, first: 0, last: 0, count: 1, worst: 2 }]);
  });

  it('items that share a pixel column merge: count, first and last index, worst rank', () => {
    const index = new IntervalIndex([
      item(10, 10.3, 1),
      item(10.5, 10.6, 3),
      item(10.7, 12, 2),
      item(30, 31, 0),
    ]);
    expect(columnMarks(index, px, byRank)).to.deep.equal([
      { x0: 10, x1: 12, first: 0, last: 2, count: 3, worst: 3 },
      { x0: 30, x1: 31, first: 3, last: 3, count: 1, worst: 0 },
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

  it('right to left, a chain of items each sharing a column with the one before merges into one mark', () => {
    const rtl = linearScale([0, 100], [100, 0]);
    // columns 89, 88-89, 87-88, 86-87: each reaches into the leftmost column of the one before
    const index = new IntervalIndex([
      item(10, 11, 1),
      item(10.5, 12, 2),
      item(11.5, 13, 1),
      item(12.5, 14, 0),
    ]);
    expect(columnMarks(index, rtl, byRank)).to.deep.equal([
      { x0: 86, x1: 90, first: 0, last: 3, count: 4, worst: 2 },
    ]);
  });

  it('the worst rank of a merged mark is the largest, whatever the order', () => {
    const index = new IntervalIndex([item(10, 10.1, 5), item(10.2, 10.3, 1), item(10.4, 10.5, 3)]);
    expect(columnMarks(index, px, byRank).map((m) => m.worst)).to.deep.equal([5]);
  });

  it('an empty lane or a domain with no item gives no mark', () => {
    expect(columnMarks(new IntervalIndex<Item>([]), px, byRank)).to.deep.equal([]);
    expect(columnMarks(new IntervalIndex([item(200, 300)]), px, byRank)).to.deep.equal([]);
  });

  it('counts add up to the visible items, and no two marks share a whole-pixel column (random lanes)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -50, max: 150, noNaN: true }),
            fc.double({ min: -1, max: 40, noNaN: true }),
            fc.integer({ min: 0, max: 3 }),
          ),
          { maxLength: 120 },
        ),
        fc.double({ min: -20, max: 60, noNaN: true }),
        fc.double({ min: 1, max: 120, noNaN: true }),
        fc.integer({ min: 10, max: 400 }),
        fc.boolean(),
        fc.constantFrom(0, 1, 2.5),
        (raw, d0, span, width, mirrored, minWidth) => {
          const items = raw.map(([start, length, rank]) => item(start, start + length, rank));
          const index = new IntervalIndex(items);
          const scale = linearScale([d0, d0 + span], mirrored ? [width, 0] : [0, width]);
          const marks = columnMarks(index, scale, byRank, minWidth);
          const visible = index.overlapping(d0, d0 + span);
          expect(marks.reduce((sum, m) => sum + m.count, 0)).to.equal(visible.length);
          // each mark's first..last cover its visible items, in order, without gaps
          let next = 0;
          for (const m of marks) {
            expect([m.first, m.last]).to.deep.equal([visible[next], visible[next + m.count - 1]]);
            next += m.count;
            const ranks = visible.slice(next - m.count, next).map((i) => index.item(i).rank);
            expect(m.worst).to.equal(Math.max(...ranks));
            expect(
              m.x0 >= -1e-9 &&
                m.x1 <= width + 1e-9 &&
                m.x1 - m.x0 >= Math.min(minWidth, width) - 1e-9,
            ).to.equal(true);
          }
          // whole-pixel columns; a mark of no width is in the column on its start side
          const columns = marks.map((m) => {
            const from = Math.floor(m.x0);
            const to = Math.ceil(m.x1) - 1;
            if (to >= from) return [from, to] as const;
            return mirrored ? ([to, to] as const) : ([from, from] as const);
          });
          const sorted = columns.slice().sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < sorted.length; i++)
            expect(sorted[i]![0]).to.be.greaterThan(sorted[i - 1]![1]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
