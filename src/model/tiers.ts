/**
 * Order of credit and incentive tiers. Resolved objectives carry their tiers in these orders, so
 * "the first incentive tier" and "the most severe credit tier" mean the same thing everywhere.
 */
import type { CreditTier, Direction, IncentiveTier } from '../feed/index.js';
import { compareValues } from './compare.js';

/**
 * Credit tiers from least to most severe: the best threshold first (higher-is-better: 99.99 before
 * 99.0 before 95.0; lower-is-better: 200 ms before 500 ms). Equal thresholds: smaller credit first.
 */
export function sortCreditTiers(direction: Direction, tiers: readonly CreditTier[]): CreditTier[] {
  return [...tiers].sort(
    (a, b) =>
      compareValues(direction, a.threshold, b.threshold) || a.creditPercent - b.creditPercent,
  );
}

/**
 * Incentive tiers from least to most demanding: the worst threshold first (higher-is-better: 99.95
 * before 99.99; lower-is-better: 300 ms before 100 ms). Equal thresholds: smaller bonus first.
 */
export function sortIncentiveTiers(
  direction: Direction,
  tiers: readonly IncentiveTier[],
): IncentiveTier[] {
  return [...tiers].sort(
    (a, b) => compareValues(direction, b.threshold, a.threshold) || a.bonusPercent - b.bonusPercent,
  );
}
