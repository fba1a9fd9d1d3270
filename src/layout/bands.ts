/**
 * Band-chart geometry (pure, no DOM): the zones of one objective laid out along a horizontal value
 * axis from worst (inline start) to best (inline end; mirrored right to left), with the target
 * tick, the selected period's marker and the range's periods as dots.
 *
 * The value scale keeps 99.9-versus-99.99 style objectives legible:
 * - `nines`, for availability-like percentages (higher is better, percent unit, every threshold
 *   between 90 and 100): positions follow the number of nines, `2 - log10(100 - value)` (99 -> 2,
 *   99.9 -> 3, 99.99 -> 4), so each tenfold drop in unavailability gets the same width;
 * - `linear` otherwise (in the direction of better).
 * Whatever the scale, every zone is at least `minZoneWidth` px wide, so the zones near the top
 * never collapse into a hairline: each zone gets the minimum, and the rest of the width is shared in
 * proportion to the zones' extents on the scale. The open zones at either end get the median extent
 * of the closed ones (or as much as the farthest value in them needs, up to three times that).
 * Inside a zone positions are linear on the scale.
 */

/** What the layout needs of a zone (see `incentiveZones` in src/model). */
export interface BandZoneInput {
  /** Values at least as good as this belong to the zone; `null`: open towards worse. */
  readonly worseBound: number | null;
  /** Values worse than this belong to the zone; `null`: open towards better. */
  readonly betterBound: number | null;
}

export interface BandChartOptions {
  readonly zones: readonly BandZoneInput[];
  readonly direction: 'higher-is-better' | 'lower-is-better';
  /** The objective's unit (`percent` may give the nines scale). */
  readonly unit: string;
  readonly minimum: number;
  readonly target: number;
  /** One value per period of the range, oldest first (`null`: no data, no dot). */
  readonly values: readonly (number | null)[];
  /** Index into `values` of the selected period, `null` for none. */
  readonly selected: number | null;
  /** Width of the plot in px. */
  readonly width: number;
  /** Smallest width of a zone in px (default 28; less when the width cannot hold them all). */
  readonly minZoneWidth?: number;
  /** Dot radius in px (default 4). */
  readonly dotRadius?: number;
  /** Right to left: the best zone at the left. */
  readonly rtl?: boolean;
}

export type BandScaleKind = 'nines' | 'linear';

export interface BandZoneBox {
  readonly index: number;
  /** Left edge in px. */
  readonly x: number;
  readonly width: number;
  /** Periods of the range whose value lies in the zone. */
  readonly count: number;
}

export interface BandTick {
  /** The threshold value (a zone boundary). */
  readonly value: number;
  readonly x: number;
  /** `minimum`, `target` or another tier threshold. */
  readonly kind: 'minimum' | 'target' | 'threshold';
}

export interface BandDot {
  /** Index of the period in `values`. */
  readonly index: number;
  readonly value: number;
  readonly zone: number;
  readonly cx: number;
  /** Stack level: 0 on the baseline, 1 above it, ... (dots closer than a diameter stack). */
  readonly level: number;
}

export interface BandChartLayout {
  readonly scale: BandScaleKind;
  readonly width: number;
  readonly zones: readonly BandZoneBox[];
  readonly ticks: readonly BandTick[];
  /** x of the target, `null` when it is no zone boundary shown. */
  readonly targetX: number | null;
  /** x of the selected period's value, `null` without one. */
  readonly markerX: number | null;
  readonly dots: readonly BandDot[];
  /** Highest stack level of the dots + 1 (0 without dots). */
  readonly levels: number;
}

const NINES_MIN = 90;

/** True when the nines scale applies: higher-is-better percentages with thresholds in [90, 100). */
export function usesNines(
  unit: string,
  direction: BandChartOptions['direction'],
  thresholds: readonly number[],
): boolean {
  return (
    unit === 'percent' &&
    direction === 'higher-is-better' &&
    thresholds.length > 0 &&
    thresholds.every((t) => t >= NINES_MIN && t < 100)
  );
}

/**
 * The position of a value on the scale (increasing towards better). On the nines scale,
 * unavailability never reaches 0: it stops at a tenth of the smallest threshold's.
 */
function scaleOf(
  kind: BandScaleKind,
  direction: BandChartOptions['direction'],
  thresholds: readonly number[],
): (v: number) => number {
  if (kind === 'nines') {
    const floor = Math.min(...thresholds.map((t) => 100 - t)) / 10;
    return (v) => 2 - Math.log10(Math.max(100 - v, floor));
  }
  return direction === 'lower-is-better' ? (v) => -v : (v) => v;
}

/** The median of a list; NaN for an empty one. */
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Lays out a band chart. */
export function bandChartLayout(o: BandChartOptions): BandChartLayout {
  const width = Math.max(0, o.width);
  const radius = o.dotRadius ?? 4;
  const n = o.zones.length;
  const thresholds = o.zones.slice(1).map((z) => z.worseBound!);
  const kind: BandScaleKind = usesNines(o.unit, o.direction, thresholds) ? 'nines' : 'linear';
  const s = scaleOf(kind, o.direction, thresholds);

  const measured = o.values.flatMap((v, index) =>
    Number.isFinite(v) ? [{ index, value: v!, t: s(v!) }] : [],
  );
  const ts = measured.map((m) => m.t);
  const tMin = Math.min(...ts);
  const tMax = Math.max(...ts);
  // Zones are consecutive: zone 0 is open towards worse, every other one starts at a threshold.
  const zoneOf = (t: number): number => {
    let z = 0;
    thresholds.forEach((b, i) => {
      if (t >= s(b)) z = i + 1;
    });
    return z;
  };

  // Extents on the scale: closed zones their own, open ones the median (or what their values need).
  const typical = median(thresholds.slice(1).map((b, i) => s(b) - s(thresholds[i]!))) || 1;
  const lo: number[] = [];
  const hi: number[] = [];
  o.zones.forEach((z, i) => {
    if (n === 1) {
      // One zone (no thresholds): the values' extent (none: a point, drawn in the middle).
      lo.push(Number.isFinite(tMin) ? tMin : 0);
      hi.push(Number.isFinite(tMax) ? tMax : 0);
    } else if (i === 0) {
      const b = s(z.betterBound!);
      lo.push(b - Math.min(Math.max(typical, (b - tMin) * 1.1), typical * 3));
      hi.push(b);
    } else if (i === n - 1) {
      const a = s(z.worseBound!);
      // The nines scale ends at the floor (a decade beyond the best threshold).
      const cap = kind === 'nines' ? s(100) - a : typical * 3;
      lo.push(a);
      hi.push(a + Math.min(Math.max(typical, (tMax - a) * 1.1), cap));
    } else {
      lo.push(s(z.worseBound!));
      hi.push(s(z.betterBound!));
    }
  });

  const extents = lo.map((a, i) => hi[i]! - a);
  const total = extents.reduce((x, y) => x + y, 0);
  const minW = n ? Math.min(o.minZoneWidth ?? 28, width / n) : 0;
  const spare = width - minW * n;
  // Only a single zone of equal values has no extent: it gets the whole width.
  const widths = extents.map((e) => minW + (total > 0 ? (spare * e) / total : spare));
  const lefts: number[] = [];
  let acc = 0;
  for (const w of widths) {
    lefts.push(acc);
    acc += w;
  }
  const flip = (x: number): number => (o.rtl ? width - x : x);

  /** x (before mirroring) of a scale position inside zone i, clamped to the zone. */
  const along = (t: number, i: number): number => {
    const e = hi[i]! - lo[i]!;
    const f = e > 0 ? Math.min(1, Math.max(0, (t - lo[i]!) / e)) : 0.5;
    return lefts[i]! + f * widths[i]!;
  };
  const xOf = (v: number): number => flip(along(s(v), zoneOf(s(v))));

  const counts = new Array<number>(n).fill(0);
  for (const m of measured) counts[zoneOf(m.t)]!++;
  const zones: BandZoneBox[] = o.zones.map((_, i) => ({
    index: i,
    x: o.rtl ? width - lefts[i]! - widths[i]! : lefts[i]!,
    width: widths[i]!,
    count: counts[i]!,
  }));

  const ticks: BandTick[] = [];
  for (let i = 1; i < n; i++) {
    const value = o.zones[i]!.worseBound!;
    ticks.push({
      value,
      x: flip(lefts[i]!),
      kind: value === o.target ? 'target' : value === o.minimum ? 'minimum' : 'threshold',
    });
  }
  const targetTick = ticks.find((t) => t.kind === 'target');

  // Dots: oldest first along x; a dot closer than a diameter to one on a level goes a level up.
  const placed = measured
    .map((m) => ({ index: m.index, value: m.value, zone: zoneOf(m.t), cx: xOf(m.value) }))
    .sort((a, b) => a.cx - b.cx);
  const lastOnLevel: number[] = [];
  const dots: BandDot[] = placed.map((d) => {
    let level = 0;
    // A level with no dot yet compares with undefined: NaN, not closer, so the dot goes there.
    while (d.cx - lastOnLevel[level]! < radius * 2) level++;
    lastOnLevel[level] = d.cx;
    return { ...d, level };
  });
  dots.sort((a, b) => a.index - b.index);

  const sel = o.values[o.selected ?? -1];
  return {
    scale: kind,
    width,
    zones,
    ticks,
    targetX: targetTick ? targetTick.x : null,
    markerX: Number.isFinite(sel) ? xOf(sel!) : null,
    dots,
    levels: lastOnLevel.length,
  };
}
