/**
 * Direction-aware comparison. Every "worse", "better" and "at least as good" in the kit goes
 * through these functions, so a lower-is-better objective (latency) and a higher-is-better one
 * (availability) follow the same rules.
 */
import type { Direction } from '../feed/index.js';
// The direction rule is shared with the parser (it checks minimum against target with it).
import { compareDecimal, isBetter, isWorse } from '../feed/semantics.js';

export { isBetter, isWorse };

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
