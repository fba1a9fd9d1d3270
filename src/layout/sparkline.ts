/**
 * Sparkline geometry (Tufte): a word-sized trend of the last periods with the minimum and target
 * as faint reference steps and the last point marked. Pure: numbers in, SVG path data out.
 */
import { linearScale } from './scale.js';

/**
 * The linear map of the sparkline: `linearScale` (./scale.ts). d3-scale's scaleLinear would do,
 * but it brings colour interpolation and number formatting (about 8 kB gzip) into every bundle
 * that draws a sparkline, for a map that needs no ticks, no clamping and no interpolation of
 * anything but numbers.
 */
export const linear: (
  domain: readonly [number, number],
  range: readonly [number, number],
) => (value: number) => number = linearScale;

export interface SparkPoint {
  /** Measured value, or null when the period has no data (drawn as a gap). */
  readonly value: number | null;
  /** Minimum in force for that period. */
  readonly minimum: number;
  /** Target in force for that period. */
  readonly target: number;
}

export interface SparklineLayout {
  readonly width: number;
  readonly height: number;
  /** Path of the measured values; gaps where a period has no data. Empty when no point has data. */
  readonly valuePath: string;
  /** Step path of the minimum in force, period by period. */
  readonly minimumPath: string;
  /** Step path of the target in force, period by period. */
  readonly targetPath: string;
  /** Every point with its position (null y for no data), for markers and focus. */
  readonly points: readonly { readonly x: number; readonly y: number | null }[];
  /** The last point with data, marked. */
  readonly last: { readonly x: number; readonly y: number } | null;
}

export interface SparklineOptions {
  readonly width: number;
  readonly height: number;
  /** Inner padding so the end marker and stroke are not clipped. */
  readonly padding?: number;
  /** Right-to-left layouts draw time from right to left. */
  readonly rtl?: boolean;
}

/** Lays out a sparkline of `points` (oldest first) in a `width` x `height` box. */
export function sparklineLayout(
  points: readonly SparkPoint[],
  { width, height, padding = 3, rtl = false }: SparklineOptions,
): SparklineLayout {
  const w = Math.max(0, width);
  const h = Math.max(0, height);
  const values: number[] = [];
  for (const p of points) {
    if (p.value !== null && Number.isFinite(p.value)) values.push(p.value);
    if (Number.isFinite(p.minimum)) values.push(p.minimum);
    if (Number.isFinite(p.target)) values.push(p.target);
  }
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const n = points.length;
  // A single period sits in the middle rather than at the start.
  const x =
    n === 1
      ? () => w / 2
      : linear([0, n - 1], rtl ? [w - padding, padding] : [padding, w - padding]);
  const y = linear([lo, hi], [h - padding, padding]);

  const placed = points.map((p, i) => ({
    x: round(x(i)),
    y: p.value === null || !Number.isFinite(p.value) ? null : round(y(p.value)),
  }));
  const hasValue = placed.some((p) => p.y !== null);
  let last: { x: number; y: number } | null = null;
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i]!;
    if (p.y !== null) {
      last = { x: p.x, y: p.y };
      break;
    }
  }
  return {
    width: w,
    height: h,
    valuePath: hasValue ? linePath(placed) : '',
    minimumPath: stepPath(
      points.map((p) => p.minimum),
      x,
      y,
    ),
    targetPath: stepPath(
      points.map((p) => p.target),
      x,
      y,
    ),
    points: placed,
    last,
  };
}

/**
 * SVG path data of a polyline through the points, broken at points without a value: what
 * d3-shape's `line().defined(...)` with its default linear curve writes, to the character (each
 * run of points starts with `M`, continues with `L`; a run of one point is `M x,yZ`, a dot with
 * round caps), without shipping d3-shape for one call.
 */
export function linePath(
  points: readonly { readonly x: number; readonly y: number | null }[],
): string {
  let d = '';
  let run = 0;
  for (const p of points) {
    if (p.y === null) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run ? 'L' : 'M'}${p.x},${p.y}`;
    run++;
  }
  if (run === 1) d += 'Z';
  return d;
}

/** A horizontal step per period, so a level raised mid-year shows as a step. */
function stepPath(
  levels: readonly number[],
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  if (!levels.length) return '';
  const half = levels.length > 1 ? Math.abs(x(1) - x(0)) / 2 : 0;
  const dir = levels.length > 1 && x(1) < x(0) ? -1 : 1;
  let d = '';
  levels.forEach((level, i) => {
    if (!Number.isFinite(level)) return;
    const x0 = round(i === 0 ? x(0) : x(i) - dir * half);
    const x1 = round(i === levels.length - 1 ? x(i) : x(i) + dir * half);
    const yy = round(y(level));
    d += `${d ? 'L' : 'M'}${x0},${yy}H${x1}`;
  });
  return d;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
