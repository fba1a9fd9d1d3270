/**
 * An index of intervals for culling and hit-testing a chart lane: sorted once by (start, end),
 * then every query is a binary search over the starts plus a walk down a max-of-ends tree, never a
 * scan of all items. Starts and ends live in typed arrays (Float64Array), so 100,000 breaches cost
 * about 4 MB and a query touches only what it reports.
 *
 * An item covers [start, end); an item with end <= start is a point at `start` (its end is read
 * as its start). Starts must be finite numbers.
 */

export interface Interval {
  readonly start: number;
  readonly end: number;
}

export class IntervalIndex<T extends Interval> {
  /** Number of items. */
  readonly size: number;
  readonly #items: readonly T[];
  readonly #starts: Float64Array;
  readonly #ends: Float64Array;
  /** Running max of the ends in start order: the last end before any start, in O(1). */
  readonly #prefixMax: Float64Array;
  /**
   * Max of ends over a perfect binary tree of the items in start order: node 1 is the root, the
   * children of node k are 2k and 2k + 1, leaf i is node `#leaves + i` (-Infinity past `size`).
   */
  readonly #tree: Float64Array;
  readonly #leaves: number;
  /** A reused stack for the tree walks that call nothing back (depth-first: two per level). */
  readonly #stack: Int32Array;

  /** Sorts `items` by (start, end) (stable, and skipped when they already are): O(n log n). */
  constructor(items: readonly T[]) {
    const sorted = isSorted(items) ? items.slice() : sortByStartThenEnd(items);
    const n = sorted.length;
    this.size = n;
    this.#items = sorted;
    this.#starts = new Float64Array(n);
    this.#ends = new Float64Array(n);
    this.#prefixMax = new Float64Array(n);
    let leaves = 1;
    while (leaves < n) leaves *= 2;
    this.#leaves = leaves;
    this.#tree = new Float64Array(2 * leaves).fill(-Infinity);
    for (let i = 0; i < n; i++) {
      const item = sorted[i]!;
      this.#starts[i] = item.start;
      // NaN ends (and ends before the start) become points.
      const end = item.end > item.start ? item.end : item.start;
      this.#ends[i] = end;
      this.#tree[leaves + i] = end;
      this.#prefixMax[i] = i > 0 ? Math.max(this.#prefixMax[i - 1]!, end) : end;
    }
    for (let k = leaves - 1; k >= 1; k--) {
      this.#tree[k] = Math.max(this.#tree[2 * k]!, this.#tree[2 * k + 1]!);
    }
    this.#stack = new Int32Array(2 * (Math.log2(leaves) + 1));
  }

  /** The i-th item in start order. */
  item(i: number): T {
    if (!(i >= 0 && i < this.size) || !Number.isInteger(i)) {
      throw new RangeError(`no item ${i} in an index of ${this.size}`);
    }
    return this.#items[i]!;
  }

  /**
   * Indices (start order, ascending) of the items overlapping [from, to): start < to, and
   * end > from, or a point at or after `from`. O(log n + k log n) for k items found.
   */
  overlapping(from: number, to: number): number[] {
    const out: number[] = [];
    this.forEachOverlapping(from, to, (i) => out.push(i));
    return out;
  }

  /** Calls visit(i) for each item overlapping [from, to), in ascending order, without an array. */
  forEachOverlapping(from: number, to: number, visit: (i: number) => void): void {
    const before = lowerBound(this.#starts, from); // items [0, before) start before `from`
    const stop = lowerBound(this.#starts, to); // items [0, stop) start before `to`
    // Those starting before `from` overlap when they end after it: walk the max-of-ends tree.
    const limit = Math.min(before, stop);
    if (limit > 0) {
      const tree = this.#tree;
      // Its own stack: `visit` may query this index again.
      const stack = new Int32Array(this.#stack.length);
      const leaves = this.#leaves;
      let top = 0;
      stack[top++] = 1;
      while (top > 0) {
        const node = stack[--top]!;
        if (tree[node]! <= from) continue;
        if (node >= leaves) {
          visit(node - leaves);
          continue;
        }
        // Depth-first, left child first: push the right one underneath, if it starts in range.
        const right = 2 * node + 1;
        if (firstLeaf(right, leaves) < limit) stack[top++] = right;
        stack[top++] = 2 * node;
      }
    }
    // Those starting in [from, to) all overlap.
    for (let i = before; i < stop; i++) visit(i);
  }

  /**
   * The item at time `t`: of the items containing it (start <= t < end, or a point at t), the
   * latest-starting one (the last in start order). Else the nearest item whose start or end is
   * within `tolerance` ms of t (on a tie, the last in start order). Else -1.
   */
  hit(t: number, tolerance = 0): number {
    // A NaN time finds no start and no end: -1 (as an empty index does).
    const after = upperBound(this.#starts, t); // items [0, after) start at or before t
    const at = lowerBound(this.#starts, t); // items [at, after) start at t: they contain it
    if (after > at) return after - 1;
    // The last item starting before t that ends after it.
    const containing = this.#lastEndingAfter(at, t);
    if (containing >= 0) return containing;
    const reach = tolerance > 0 ? tolerance : 0;
    // Nearest on the left: the largest end before t, the last item with it (none: -Infinity).
    const end = at > 0 ? this.#prefixMax[at - 1]! : -Infinity;
    let best = this.#lastEndingAfter(at, end, true);
    let bestDistance = t - end;
    // Nearest on the right: the first start after t; the last of the items starting there wins.
    if (after < this.size) {
      const start = this.#starts[after]!;
      const distance = start - t;
      if (distance <= bestDistance) {
        best = upperBound(this.#starts, start) - 1;
        bestDistance = distance;
      }
    }
    return bestDistance <= reach ? best : -1;
  }

  /** The first item starting at or after t (index), or -1. */
  nextAfter(t: number): number {
    const i = lowerBound(this.#starts, t);
    return i < this.size ? i : -1;
  }

  /** The last item starting before t (index), or -1. */
  prevBefore(t: number): number {
    return lowerBound(this.#starts, t) - 1;
  }

  /**
   * The last index in [0, limit) whose end is > `bound` (or >= it, when `inclusive`), or -1:
   * a walk down the tree, right child first.
   */
  #lastEndingAfter(limit: number, bound: number, inclusive = false): number {
    const tree = this.#tree;
    const leaves = this.#leaves;
    const stack = this.#stack;
    let top = 0;
    if (limit > 0) stack[top++] = 1;
    while (top > 0) {
      const node = stack[--top]!;
      const max = tree[node]!;
      if (inclusive ? max < bound : max <= bound) continue;
      if (node >= leaves) return node - leaves;
      const right = 2 * node + 1;
      stack[top++] = 2 * node;
      if (firstLeaf(right, leaves) < limit) stack[top++] = right;
    }
    return -1;
  }
}

/** The index of the first leaf under `node`. */
function firstLeaf(node: number, leaves: number): number {
  let k = node;
  while (k < leaves) k *= 2;
  return k - leaves;
}

function isSorted(items: readonly Interval[]): boolean {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!;
    const b = items[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/** A stable sort by (start, end). */
function sortByStartThenEnd<T extends Interval>(items: readonly T[]): T[] {
  return items.slice().sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The first index whose value is >= x (values ascending). */
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is > x (values ascending). */
function upperBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
