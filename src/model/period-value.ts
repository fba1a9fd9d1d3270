/**
 * The value of a measured period. A period's `value` is what the provider measured; when it is
 * absent (or `null`) but the period carries raw `counts` of a ratio objective (unit `percent`), the
 * value is derived from them:
 * - higher-is-better (availability, success rate): good / total x 100;
 * - lower-is-better (error rate): (total - good) / total x 100;
 * rounded by the decimal rule. A `total` of 0 gives no value (no data). A value in the feed always
 * wins over the counts.
 */
import type { Direction, Unit } from '../feed/index.js';
import { decimal } from './decimal.js';

/** What the derivation needs to know about an objective. */
export interface ValueRules {
  readonly direction: Direction;
  /** Without a unit, counts are taken as those of a ratio. */
  readonly unit?: Unit | undefined;
}

/** What a period offers: its value and, optionally, its raw counts. */
export interface ValueSource {
  readonly value: number | null;
  readonly counts?: { readonly good: number; readonly total: number } | undefined;
}

/** The period's value, else the one its counts give (see the module rule), else `null`. */
export function periodValue(objective: ValueRules, period: ValueSource): number | null {
  const { value, counts } = period;
  if (value !== null && value !== undefined) return Number.isFinite(value) ? value : null;
  if (!counts || !(counts.total > 0)) return null;
  if (objective.unit !== undefined && objective.unit !== 'percent') return null;
  const good = Math.min(Math.max(0, counts.good), counts.total);
  const share = objective.direction === 'lower-is-better' ? counts.total - good : good;
  return decimal((share / counts.total) * 100);
}

/** True when the period's value is derived from its counts (no `value` in the feed). */
export function isDerivedValue(objective: ValueRules, period: ValueSource): boolean {
  return (
    (period.value === null || period.value === undefined) && periodValue(objective, period) !== null
  );
}
