/**
 * Lane geometry of a breach timeline: how tall each lane is, where it sits, and where a mark of a
 * lane is drawn. Pure: counts and pixels in, plain numbers out.
 *
 * Rules:
 * - lanes share the height left after the axis, each between `minLane` and `maxLane` px; when
 *   the lanes do not fit at `minLane`, the plot grows (the element scrolls) rather than squeezing
 *   marks below legibility;
 * - a mark fills its lane but for a padding of a sixth of the lane height (at least 2 px) above
 *   and below, so neighbouring lanes never touch;
 * - a mark is at least `minMark` px wide so an instant breach stays visible and clickable.
 */

export interface LaneLayoutOptions {
  /** Height available for lanes and axis, px. */
  readonly height: number;
  /** Height of the time axis under the lanes, px (default 28). */
  readonly axisHeight?: number;
  /** Smallest lane, px (default 20). */
  readonly minLane?: number;
  /** Largest lane, px (default 44). */
  readonly maxLane?: number;
}

export interface LaneBox {
  readonly index: number;
  /** Top of the lane, px from the top of the plot. */
  readonly y: number;
  readonly height: number;
  /** Top and height of the marks drawn in it. */
  readonly markY: number;
  readonly markHeight: number;
}

export interface LaneLayout {
  readonly lanes: readonly LaneBox[];
  readonly laneHeight: number;
  /** Height of the lanes together, px. */
  readonly lanesHeight: number;
  /** Top of the axis, px. */
  readonly axisY: number;
  /** The whole plot: lanes and axis, px. */
  readonly height: number;
}

/** Lays out `count` lanes (see the module rules). */
export function laneLayout(count: number, options: LaneLayoutOptions): LaneLayout {
  const axis = options.axisHeight ?? 28;
  const minLane = options.minLane ?? 20;
  const maxLane = options.maxLane ?? 44;
  const n = Math.max(0, Math.floor(count));
  const available = Math.max(0, options.height - axis);
  const laneHeight = n === 0 ? 0 : Math.floor(Math.min(maxLane, Math.max(minLane, available / n)));
  const pad = Math.max(2, Math.round(laneHeight / 6));
  const lanes: LaneBox[] = [];
  for (let i = 0; i < n; i++) {
    const y = i * laneHeight;
    lanes.push({
      index: i,
      y,
      height: laneHeight,
      markY: y + pad,
      markHeight: Math.max(1, laneHeight - 2 * pad),
    });
  }
  const lanesHeight = n * laneHeight;
  return { lanes, laneHeight, lanesHeight, axisY: lanesHeight, height: lanesHeight + axis };
}

/**
 * The horizontal span of `[start, end)` under `x` (a time scale, either direction: right to left
 * in RTL), ordered left to right, at least `minMark` px wide (centred on the mark), not clipped.
 */
export function markSpan(
  x: (time: number) => number,
  start: number,
  end: number,
  minMark = 2,
): { readonly x0: number; readonly x1: number } {
  const a = x(start);
  const b = x(end);
  let x0 = Math.min(a, b);
  let x1 = Math.max(a, b);
  if (x1 - x0 < minMark) {
    const mid = (x0 + x1) / 2;
    x0 = mid - minMark / 2;
    x1 = mid + minMark / 2;
  }
  return { x0, x1 };
}

/** The lane under a y coordinate (px from the top of the plot), or -1 outside the lanes. */
export function laneAt(layout: LaneLayout, y: number): number {
  // No lanes: lanesHeight is 0, so every y is outside.
  if (!(y >= 0) || y >= layout.lanesHeight) return -1;
  return Math.floor(y / layout.laneHeight);
}
