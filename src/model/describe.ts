/**
 * Plain language as data. The model never writes English: it returns the facts a sentence needs
 * ("the portal is up at least 99.9 % of every calendar month; below 99.0 % you get 10 % back"),
 * and elements turn them into words with their message catalogues. Wording written in the feed is
 * passed through for elements to prefer.
 */
import { periodValue } from './period-value.js';
import type { CreditTier, IncentiveTier, Period } from '../feed/index.js';
import { valueBand, type ValueBand } from './band.js';
import { creditTier, incentiveTier } from './credit-tier.js';
import { levelsInForce } from './in-force.js';
import type { ResolvedObjective } from './resolve.js';
import { valueStatus, type PeriodStatus } from './status.js';

/** Everything a sentence about one objective (and optionally one period) needs. */
export interface ObjectiveDescription extends Pick<
  ResolvedObjective,
  | 'agreementId'
  | 'name'
  | 'serviceId'
  | 'category'
  | 'indicator'
  | 'unit'
  | 'direction'
  | 'window'
  | 'wording'
> {
  readonly kind: 'promise';
  readonly objectiveId: string;
  /** Minimum in force (the period's own when it carries levels). */
  readonly minimum: number;
  /** Target in force (the period's own when it carries levels). */
  readonly target: number;
  /** True when the period's levels differ from the objective's current ones. */
  readonly levelsChanged: boolean;
  /** Credit tiers, least severe first. */
  readonly creditTiers: readonly CreditTier[];
  /** Incentive tiers, least demanding first. */
  readonly incentiveTiers: readonly IncentiveTier[];
  /** The period described, `null` when describing the promise alone. */
  readonly period: { readonly start: number; readonly end: number } | null;
  /** Status of the period, `null` without a period. */
  readonly status: PeriodStatus | null;
  /** Measured value, `null` without a period or without data. */
  readonly value: number | null;
  /** Credit tier earned in the period, `null` for none. */
  readonly creditTier: CreditTier | null;
  /** Incentive tier reached in the period, `null` for none. */
  readonly incentiveTier: IncentiveTier | null;
  /** Qualitative band of the value, `null` without a value. */
  readonly band: ValueBand | null;
}

/**
 * Describes an objective as structured data (no sentences): its promise, levels, window and tiers,
 * and, when a period is given, its measured value, status, tiers reached and band.
 */
export function describeObjective(
  objective: ResolvedObjective,
  period?: Period,
): ObjectiveDescription {
  const levels = levelsInForce(objective, period);
  const value = period ? periodValue(objective, period) : null;
  return {
    kind: 'promise',
    objectiveId: objective.id,
    agreementId: objective.agreementId,
    name: objective.name,
    serviceId: objective.serviceId,
    category: objective.category,
    indicator: objective.indicator,
    unit: objective.unit,
    direction: objective.direction,
    window: objective.window,
    minimum: levels.minimum,
    target: levels.target,
    levelsChanged: levels.minimum !== objective.minimum || levels.target !== objective.target,
    creditTiers: objective.creditTiers,
    incentiveTiers: objective.incentiveTiers,
    wording: objective.wording,
    period: period ? { start: period.start, end: period.end } : null,
    status: period ? valueStatus(objective, value, levels) : null,
    value,
    creditTier: creditTier(objective, value),
    incentiveTier: incentiveTier(objective, value),
    band: valueBand(objective, value, levels),
  };
}
