/**
 * Incentive bonuses: what the customer pays extra when objectives are beaten.
 *
 * Rules, in order:
 * 1. Per objective and period, the bonus % is the one of the best incentive tier reached (see
 *    `incentiveTier`; equal reaches the tier). No data earns no bonus. A bonus-only objective
 *    (incentive tiers, no credit tiers) earns its bonus like any other; a report-only objective
 *    (`reportOnly: true`, or category `key` set in the feed without `reportOnly: false`) earns none.
 * 2. Its amount = bonus % x the fee of that period (see `feeForPeriod`).
 * 3. The agreement period's bonus = the sum of its objectives' bonuses, capped at `bonusCapPercent`
 *    x the fee of the agreement period. There is no minimum payable for bonuses.
 * Bonuses are never negative and never above the cap. Like credits, a bonus is counted once, in the
 * objective's `countedIn` agreement (`counted: false` and 0 elsewhere).
 */
import { cappedSum } from './capped-sum.js';
import type { IncentiveTier, Period } from '../feed/index.js';
import type { AgreementPeriod } from './agreement-periods.js';
import { agreementPeriodFee } from './credit.js';
import { incentiveTier } from './credit-tier.js';
import { findObjective } from './objective-lookup.js';
import { periodValue } from './period-value.js';
import { feeForPeriod } from './fee.js';
import type { ResolvedAgreement } from './resolve.js';
import { periodStatus, type PeriodStatus } from './status.js';

/** The bonus of one objective in one period, before the agreement's cap. */
export interface ObjectiveBonus {
  readonly objectiveId: string;
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  readonly status: PeriodStatus;
  /** False for report-only objectives (see `ResolvedObjective.reportOnly`). */
  readonly eligible: boolean;
  /** False when another agreement counts this objective (`countedIn`): percent and amount are 0. */
  readonly counted: boolean;
  /** The agreement whose bonus total counts this objective. */
  readonly countedIn: string;
  /** The incentive tier reached, `null` for none. */
  readonly tier: IncentiveTier | null;
  /** Bonus as a percentage of this period's fee (0 when no tier is reached). */
  readonly percent: number;
  readonly fee: number | null;
  /** percent x fee, `null` without a fee. */
  readonly amount: number | null;
}

/** The bonus of one agreement period, capped. */
export interface AgreementPeriodBonus {
  readonly agreementId: string;
  readonly start: number;
  readonly end: number;
  readonly currency: string | undefined;
  readonly fee: number | null;
  readonly objectives: readonly ObjectiveBonus[];
  readonly uncappedPercent: number;
  readonly uncappedAmount: number | null;
  readonly capPercent: number | null;
  readonly capAmount: number | null;
  readonly capped: boolean;
  /** Final bonus in % of the agreement period's fee (of the summed %, without a fee). */
  readonly percent: number;
  /** Final bonus amount, `null` without a fee. */
  readonly amount: number | null;
}

/**
 * The bonus of one measured period of an agreement's objective, before the agreement's cap.
 * `null` when the period's objective is not one of the agreement's.
 */
export function objectiveBonus(
  agreement: ResolvedAgreement,
  period: Period,
): ObjectiveBonus | null {
  const objective = findObjective(agreement.objectives, period.objectiveId);
  if (!objective) return null;
  const eligible = !objective.reportOnly;
  const value = periodValue(objective, period);
  const tier = eligible ? incentiveTier(objective, value) : null;
  const counted = objective.countedIn === agreement.id;
  const percent = tier && counted ? tier.bonusPercent : 0;
  const fee = feeForPeriod(agreement, period);
  return {
    objectiveId: objective.id,
    start: period.start,
    end: period.end,
    value,
    status: periodStatus(objective, period),
    eligible,
    counted,
    countedIn: objective.countedIn,
    tier,
    percent,
    fee,
    amount: fee === null ? null : (percent / 100) * fee,
  };
}

/**
 * The bonus amount of one objective-period: bonus % of the best tier reached x the period's fee,
 * before the agreement's cap. 0 when no tier is reached; `null` without a fee or for an unknown
 * objective.
 */
export function bonusAmount(agreement: ResolvedAgreement, period: Period): number | null {
  return objectiveBonus(agreement, period)?.amount ?? null;
}

/**
 * The bonus of one agreement period: objective bonuses summed, capped at `bonusCapPercent` of the
 * agreement period's fee. Never negative, never above the cap.
 */
export function agreementPeriodBonus(
  agreement: ResolvedAgreement,
  agreementPeriod: AgreementPeriod,
): AgreementPeriodBonus {
  const objectives: ObjectiveBonus[] = [];
  for (const p of agreementPeriod.periods) {
    const b = objectiveBonus(agreement, p);
    if (b) objectives.push(b);
  }
  const fee = agreementPeriodFee(agreement, agreementPeriod);
  const { uncappedPercent, uncappedAmount, capPercent, capAmount, capped, percent, amount } =
    cappedSum(objectives, fee, agreement.bonusCapPercent ?? null);
  return {
    agreementId: agreement.id,
    start: agreementPeriod.start,
    end: agreementPeriod.end,
    currency: agreement.currency,
    fee,
    objectives,
    uncappedPercent,
    uncappedAmount,
    capPercent,
    capAmount,
    capped,
    percent,
    amount,
  };
}
