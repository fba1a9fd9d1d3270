/**
 * Column marks: what a canvas lane draws at 100,000 breaches. Items too short to reach past one
 * whole-pixel column, following each other in that column, merge into one mark (the aggregate's
 * tooltip says how many); an item that spans columns stays a mark of its own. A lane draws one
 * mark per item long enough to be seen as a bar, plus for the short ones at most one per pixel
 * column and one after each of those bars: not its number of records.
 */
import type { Interval, IntervalIndex } from './interval-index.js';
import type { LinearScale } from './scale.js';

/** One drawn mark: one item, or several short items that fell into the same pixel column. */
export interface ColumnMark {
  /** Left and right edge in px, clipped to the scale's range (x0 < x1 unless `minWidth` is 0). */
  readonly x0: number;
  readonly x1: number;
  /** Indices (start order) of the first and last item merged into the mark. */
  readonly first: number;
  readonly last: number;
  /** How many items the mark stands for. */
  readonly count: number;
  /** The largest `rank()` of those items (the worst severity). */
  readonly worst: number;
}

/**
 * For the items overlapping the scale's domain (via the index), in start order: each item becomes
 * [x0, x1] (clipped to the range, at least `minWidth` px wide, default 1). An item is narrow when
 * its span reaches into exactly one whole-pixel column (columns floor(x0) to ceil(x1) - 1; a span
 * of no width is in the column on the side it starts from), else wide. Consecutive narrow items
 * in the same column merge into one mark (count, first / last index, x0 / x1 their union,
 * worst = max of rank(item)); a wide item is always a mark of its own (count 1) and ends the run
 * of narrow items before it. So a mark with count > 1 lies within one pixel column, and the marks
 * follow the start order of their items with contiguous, ascending [first, last] ranges (an item
 * index is found among them by binary search). A wide mark may share columns with the marks next
 * to it. A mirrored range (right to left) works the same way. Allocates only the marks.
 */
export function columnMarks<T extends Interval>(
  index: IntervalIndex<T>,
  scale: LinearScale,
  rank: (item: T) => number,
  minWidth = 1,
): ColumnMark[] {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  const left = Math.min(r0, r1);
  const right = Math.max(r0, r1);
  const mirrored = r1 < r0;
  const min = Math.min(Math.max(0, minWidth), right - left);
  const marks: ColumnMark[] = [];
  // The mark being built (count 0: none yet), and the column of its narrow run (null: the mark
  // is a wide item, which nothing joins).
  let x0 = 0;
  let x1 = 0;
  let column: number | null = null;
  let first = 0;
  let last = 0;
  let count = 0;
  let worst = 0;
  index.forEachOverlapping(Math.min(d0, d1), Math.max(d0, d1), (i) => {
    const item = index.item(i);
    const a = scale(item.start);
    const b = scale(item.end > item.start ? item.end : item.start);
    let lo = Math.max(left, Math.min(a, b));
    let hi = Math.min(right, Math.max(a, b));
    if (hi - lo < min) {
      // Grow from the start edge towards the end, kept inside the range.
      if (mirrored) {
        lo = Math.max(left, hi - min);
        hi = lo + min;
      } else {
        hi = Math.min(right, lo + min);
        lo = hi - min;
      }
    }
    // The columns a span reaches into, floor(lo) to ceil(hi) - 1: one (narrow) or more (wide).
    // A span of no width on a pixel edge (minWidth 0) has ceil(hi) - 1 one below floor(lo): it is
    // narrow, in the column on the side it starts from, so that narrow columns follow start order
    // in both directions.
    const from = Math.floor(lo);
    const to = Math.ceil(hi) - 1;
    const narrow = to <= from;
    const at = mirrored ? to : from;
    const r = rank(item);
    if (narrow && column === at) {
      x0 = Math.min(x0, lo);
      x1 = Math.max(x1, hi);
      last = i;
      count += 1;
      worst = Math.max(worst, r);
      return;
    }
    if (count > 0) marks.push({ x0, x1, first, last, count, worst });
    x0 = lo;
    x1 = hi;
    column = narrow ? at : null;
    first = i;
    last = i;
    count = 1;
    worst = r;
  });
  if (count > 0) marks.push({ x0, x1, first, last, count, worst });
  return marks;
}
