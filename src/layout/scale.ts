/**
 * Linear and time scales, and 1-2-5 ticks for linear axes. Hand-written rather than d3-scale:
 * `scaleLinear` / `scaleTime` bring interpolators, colour parsing and number and time formatting
 * into every chart bundle for a map that needs none of it (docs/architecture.md, "Chart
 * foundations").
 */

/** A linear map from a domain to a range (not clamped), with its inverse. */
export interface LinearScale {
  /** Domain -> range, not clamped. */
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Range -> domain, not clamped. */
  invert(px: number): number;
}

/**
 * The linear map taking `domain` onto `range`. A zero-width domain maps every value to the middle
 * of the range (and a zero-width range inverts to the middle of the domain), so a flat series or a
 * single instant never gives NaN.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const extent = r1 - r0;
  const map =
    span === 0 ? () => (r0 + r1) / 2 : (value: number) => r0 + ((value - d0) / span) * extent;
  const invert =
    extent === 0 ? () => (d0 + d1) / 2 : (px: number) => d0 + ((px - r0) / extent) * span;
  return Object.assign(map, {
    domain: Object.freeze([d0, d1] as const),
    range: Object.freeze([r0, r1] as const),
    invert,
  });
}

/** The same map for epoch-millisecond domains: the name says the domain is time. */
export function timeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  return linearScale(domain, range);
}

/**
 * About `count` round ticks inside `domain` (ends included when they are round): multiples of a
 * step of 1, 2 or 5 times a power of ten, the one nearest to span / count. Ascending for an
 * ascending domain, descending for a descending one. Integers where the step is, with no
 * floating-point dust (0.1 * 3 is 0.3, not 0.30000000000000004).
 */
export function niceLinearTicks(domain: readonly [number, number], count: number): number[] {
  const [a, b] = domain;
  // a - b is not finite when either end is not (or the span overflows)
  if (!(count > 0) || count === Infinity || !Number.isFinite(a - b)) return [];
  if (a === b) return [a];
  const reverse = b < a;
  const lo = reverse ? b : a;
  const hi = reverse ? a : b;
  const raw = (hi - lo) / count;
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor = error >= SQRT50 ? 10 : error >= SQRT10 ? 5 : error >= SQRT2 ? 2 : 1;
  const step = factor * 10 ** power;
  // A step below 1 is kept as its inverse (10 / 2 = 5 steps per unit) so that i / inverse is
  // exact; the first and last multiple are rounded, then moved inside the domain.
  const inverse = power < 0 ? 10 ** -power / factor : 0;
  const at = inverse ? (i: number) => i / inverse : (i: number) => i * step;
  let first = Math.round(lo / step);
  if (at(first) < lo) first += 1;
  let last = Math.round(hi / step);
  if (at(last) > hi) last -= 1;
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(at(i));
  return reverse ? ticks.reverse() : ticks;
}

const SQRT50 = Math.sqrt(50);
const SQRT10 = Math.sqrt(10);
const SQRT2 = Math.sqrt(2);
