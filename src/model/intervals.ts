/**
 * Half-open time intervals `[start, end)` in epoch milliseconds: merging overlaps, clipping and
 * measuring. Shared by breach normalisation and day buckets.
 */

/** A half-open interval `[start, end)` in epoch milliseconds. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Milliseconds per minute. */
export const MINUTE_MS = 60_000;

/**
 * The union of intervals as a sorted list of disjoint intervals. Overlapping or touching intervals
 * merge (shared time is counted once); empty intervals (end <= start) are dropped.
 */
export function unionIntervals(intervals: Iterable<Interval>): Interval[] {
  const sorted = [...intervals].filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) {
      if (i.end > last.end) last.end = i.end;
    } else {
      out.push({ start: i.start, end: i.end });
    }
  }
  return out;
}

/** The part of an interval inside `[from, to)`, or `null` when nothing is left. */
export function clipInterval(interval: Interval, from: number, to: number): Interval | null {
  const start = Math.max(interval.start, from);
  const end = Math.min(interval.end, to);
  return end > start ? { start, end } : null;
}

/** Total minutes covered by intervals, counting overlapping time once. */
export function unionMinutes(intervals: Iterable<Interval>): number {
  let ms = 0;
  for (const i of unionIntervals(intervals)) ms += i.end - i.start;
  return ms / MINUTE_MS;
}
