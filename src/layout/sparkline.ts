/**
 * Sparkline geometry (Tufte): a word-sized trend of the last periods with the minimum and target
 * as faint reference steps and the last point marked. Pure: numbers in, SVG path data out.
 */
import { line } from 'd3-shape';
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
  const valueLine = line<{ x: number; y: number | null }>()
    .defined((d) => d.y !== null)
    .x((d) => d.x)
    .y((d) => d.y ?? 0);
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
    valuePath: hasValue ? (valueLine(placed) ?? '') : '',
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
