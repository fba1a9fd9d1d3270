/**
 * Direction-aware comparison. Every "worse", "better" and "at least as good" in the kit goes
 * through these functions, so a lower-is-better objective (latency) and a higher-is-better one
 * (availability) follow the same rules.
 */
import type { Direction } from '../feed/index.js';
import { compareDecimal } from './decimal.js';

/**
 * True when `value` is strictly worse than `threshold`. For higher-is-better this means
 * `value < threshold`; for lower-is-better `value > threshold`. A value exactly equal to the
 * threshold is NOT worse than it. Compared under the decimal rule (see `decimal.ts`): a derived
 * 99.89999999999999 is 99.9, not worse than 99.9.
 */
export function isWorse(direction: Direction, value: number, threshold: number): boolean {
  if (value === threshold) return false;
  const c = compareDecimal(value, threshold);
  return direction === 'lower-is-better' ? c > 0 : c < 0;
}

/**
 * True when `value` is strictly better than `threshold` (higher-is-better: `value > threshold`,
 * lower-is-better: `value < threshold`). Equal is not better.
 */
export function isBetter(direction: Direction, value: number, threshold: number): boolean {
  return isWorse(direction, threshold, value);
}

/**
 * True when `value` is at least as good as `threshold`: it is not worse than it. Equal counts as
 * reaching the threshold (this is how incentive tiers are read).
 */
export function isAtLeastAsGood(direction: Direction, value: number, threshold: number): boolean {
  return !isWorse(direction, value, threshold);
}

/**
 * Comparator that sorts better values first: negative when `a` is better than `b`, positive when
 * it is worse, 0 when equal. `values.sort((a, b) => compareValues(direction, a, b))` lists the
 * best value first and the worst last.
 */
export function compareValues(direction: Direction, a: number, b: number): number {
  if (compareDecimal(a, b) === 0) return 0;
  return isBetter(direction, a, b) ? -1 : 1;
}

/** The worse of two values in the given direction (the first one when they are equal). */
export function worseOf(direction: Direction, a: number, b: number): number {
  return isWorse(direction, b, a) ? b : a;
}

/** The better of two values in the given direction (the first one when they are equal). */
export function betterOf(direction: Direction, a: number, b: number): number {
  return isBetter(direction, b, a) ? b : a;
}
