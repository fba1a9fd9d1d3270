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
 * pass; others are sorted through a typed array of keys, about three times faster on large lists
 * than comparing the records themselves (whose shapes vary with their optional fields).
 */
function sortByStart(list: { start: number }[]): void {
  const n = list.length;
  let sorted = true;
  for (let i = 1; i < n; i++) {
    if (list[i - 1]!.start > list[i]!.start) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  const keys = new Float64Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = list[i]!.start;
    order[i] = i;
  }
  order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  const copy = list.slice();
  for (let i = 0; i < n; i++) list[i] = copy[order[i]!]!;
}
