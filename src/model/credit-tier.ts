/**
 * Which credit tier and which incentive tier a value falls in.
 *
 * Credit tiers read "worse than threshold": the tier that applies is the most severe one (the one
 * with the worst threshold) whose threshold the value is worse than; a value exactly equal to a
 * threshold is not worse than it. Example (feed contract): 99.99 -> 10 %, 99.0 -> 30 %,
 * 95.0 -> 100 %: 99.0 earns 10 %, 98.99 earns 30 %, 99.99 earns nothing.
 *
 * Incentive tiers read "at least as good as threshold": the best (most demanding) tier reached
 * applies; equal reaches the tier.
 */
import type { CreditTier, IncentiveTier } from '../feed/index.js';
import { isAtLeastAsGood, isBetter, isWorse } from './compare.js';
import type { ResolvedObjective } from './resolve.js';

/** What credit rules need to know about an objective. */
export type CreditRules = Pick<ResolvedObjective, 'direction' | 'creditTiers'>;
/** What incentive rules need to know about an objective. */
export type IncentiveRules = Pick<ResolvedObjective, 'direction' | 'incentiveTiers'>;

/**
 * The credit tier a value earns: the most severe tier whose threshold the value is worse than
 * (equal is not worse). `null` when the value is worse than no threshold, or there is no value.
 * Among tiers with the same threshold the larger credit wins. Tier order in the input is irrelevant.
 */
export function creditTier(
  objective: CreditRules,
  value: number | null | undefined,
): CreditTier | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const { direction } = objective;
  let found: CreditTier | null = null;
  for (const tier of objective.creditTiers) {
    if (!isWorse(direction, value, tier.threshold)) continue;
    if (
      found === null ||
      isWorse(direction, tier.threshold, found.threshold) ||
      (tier.threshold === found.threshold && tier.creditPercent > found.creditPercent)
    ) {
      found = tier;
    }
  }
  return found;
}

/**
 * The incentive tier a value reaches: the most demanding tier whose threshold the value is at least
 * as good as (equal reaches it). `null` when no tier is reached, or there is no value. Among tiers
 * with the same threshold the larger bonus wins.
 */
export function incentiveTier(
  objective: IncentiveRules,
  value: number | null | undefined,
): IncentiveTier | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const { direction } = objective;
  let found: IncentiveTier | null = null;
  for (const tier of objective.incentiveTiers) {
    if (!isAtLeastAsGood(direction, value, tier.threshold)) continue;
    if (
      found === null ||
      isBetter(direction, tier.threshold, found.threshold) ||
      (tier.threshold === found.threshold && tier.bonusPercent > found.bonusPercent)
    ) {
      found = tier;
    }
  }
  return found;
}
