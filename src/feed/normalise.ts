/** Normalising a validated feed: lists sorted by start, so consumers can binary-search. */
import type { FeedOutput } from './schema.js';

/** Sorts lists by start so consumers can binary-search; stable for equal starts. */
export function normalise(feed: FeedOutput): void {
  sortByStart(feed.periods);
  sortByStart(feed.breaches);
  sortByStart(feed.maintenance);
  for (const a of feed.agreements) a.versions.sort((x, y) => x.effectiveFrom - y.effectiveFrom);
}

/**
 * Stable sort by `start`, in place. Lists that arrive sorted (most backends send them so) cost one
 * pass. Others are sorted natively, without a comparator (calling back into one costs several
 * times more on large lists): when the starts are whole milliseconds within a range that leaves
 * room, each start and its position are packed into one exact number, `(start - min) * n + i`, and
 * those are sorted; otherwise the starts alone are sorted and each record goes, in list order, to
 * the next free place of its start (found by binary search). Both are stable.
 */
function sortByStart(list: { start: number }[]): void {
  const n = list.length;
  let sorted = true;
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const start = list[i]!.start;
    if (i > 0 && list[i - 1]!.start > start) sorted = false;
    if (start < min) min = start;
    if (start > max) max = start;
    if (!Number.isInteger(start)) whole = false;
  }
  if (sorted) return;
  const copy = list.slice();
  if (whole && (max - min + 1) * n <= Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (copy[i]!.start - min) * n + i;
    packed.sort();
    for (let i = 0; i < n; i++) list[i] = copy[packed[i]! % n]!;
    return;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = copy[i]!.start;
  const ordered = keys.slice().sort();
  // taken[p]: how many records of the start first found at place p are placed already.
  const taken = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ordered[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    list[lo + taken[lo]!++] = copy[i]!;
  }
}
