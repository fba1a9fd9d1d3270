/**
 * Marks that share a pixel column in a lane merge into one: what a canvas lane draws at 100,000
 * breaches, so that drawing costs about the lane's width in pixels and not its number of records.
 */
import type { Interval, IntervalIndex } from './interval-index.js';
import type { LinearScale } from './scale.js';

/** One drawn mark: one item, or several that fell into the same pixel columns. */
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
 * [x0, x1] (clipped to the range, at least `minWidth` px wide, default 1); consecutive items whose
 * pixel spans reach into the same whole-pixel column (columns floor(x0) to ceil(x1) - 1) merge
 * into one mark (count, first / last index, worst = max of rank(item)). No two marks share a
 * column. A mirrored range (right to left) works the same way. Allocates only the marks.
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
  // The mark being built (count 0: none yet).
  let x0 = 0;
  let x1 = 0;
  let c0 = 0;
  let c1 = 0;
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
    // The columns a span reaches into; a span of no width (minWidth 0) is in the column on the
    // side it starts from, so that the columns follow start order in both directions.
    let from = Math.floor(lo);
    let to = Math.ceil(hi) - 1;
    if (to < from) {
      if (mirrored) from = to;
      else to = from;
    }
    const r = rank(item);
    if (count > 0 && from <= c1 && to >= c0) {
      x0 = Math.min(x0, lo);
      x1 = Math.max(x1, hi);
      c0 = Math.min(c0, from);
      c1 = Math.max(c1, to);
      last = i;
      count += 1;
      worst = Math.max(worst, r);
      return;
    }
    if (count > 0) marks.push({ x0, x1, first, last, count, worst });
    x0 = lo;
    x1 = hi;
    c0 = from;
    c1 = to;
    first = i;
    last = i;
    count = 1;
    worst = r;
  });
  if (count > 0) marks.push({ x0, x1, first, last, count, worst });
  return marks;
}
