/**
 * Service credits: what the provider owes when objectives are missed.
 *
 * Rules, in order:
 * 1. Per objective and period, the credit % is the one of its credit tier (see `creditTier`). The
 *    tiers are the contract: the credit follows the tiers whatever the period's status, so a tier
 *    set stricter than the minimum still pays. No value (no data) earns no credit. A report-only
 *    objective (`reportOnly: true`, or category `key` set in the feed without `reportOnly: false`)
 *    earns no credit even if it lists tiers.
 * 2. Its amount = credit % x the fee of that period (see `feeForPeriod`). With an at-risk pool
 *    (`atRiskPercent`, see `pool.ts`) it is pool allocation % x credit % x the amount at risk
 *    (the period's fee x `atRiskPercent`), and `percent` is that share of the fee.
 * 3. The agreement period's credit = the sum of its objectives' credits, capped at
 *    `creditCapPercent` x the fee of the agreement period.
 * 4. A credit smaller than the minimum payable amount (`minimumPayable`) is waived: it becomes 0.
 * Credits are never negative and never above the cap. Without a fee there are no amounts, only
 * percentages (the sum of credit %, capped at the cap %).
 *
 * Multi-level agreements credit a shortfall once: an objective whose `countedIn` is another
 * agreement (an inherited objective shown here, owned by the level that measures it) is shown with
 * its tier but counts 0 here (`counted: false`); its credit is in the owning agreement's total.
 *
 * Earn-back is not applied here (it needs the periods that follow and an "as of" instant): see
 * `agreementLedger`, which also adds the credits recorded per breach.
 *
 * A recorded credit (`period.recordedCredit`, summed over the agreement period) is compared with the
 * computed amount in the currency's minor unit: it is flagged only when it is not a rounding of the
 * computed amount (more than half a minor unit apart, see `decimal.ts`).
 */
import { cappedSum } from './capped-sum.js';
import type { CreditTier, Period } from '../feed/index.js';
import type { AgreementPeriod } from './agreement-periods.js';
import { creditTier } from './credit-tier.js';
import { moneyDiffers } from './decimal.js';
import { findObjective } from './objective-lookup.js';
import { periodValue } from './period-value.js';
import { feeForPeriod, feeForSpan } from './fee.js';
import { creditShareOfFee, poolAllocation } from './pool.js';
import type { ResolvedAgreement, ResolvedObjective } from './resolve.js';
import { periodStatus, type PeriodStatus } from './status.js';

/**
 * Half a cent: the tolerance of a currency with two minor-unit digits. Kept for compatibility;
 * comparisons use the currency's own minor unit (see `moneyDiffers`).
 */
export const MONEY_TOLERANCE = 0.005;

/** The credit of one objective in one period, before the agreement's cap. */
export interface ObjectiveCredit {
  readonly objectiveId: string;
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  readonly status: PeriodStatus;
  /** False for report-only objectives (see `ResolvedObjective.reportOnly`). */
  readonly eligible: boolean;
  /**
   * False when another agreement counts this objective's shortfalls (`countedIn`): the tier is
   * shown, but percent and amount are 0 here.
   */
  readonly counted: boolean;
  /** The agreement whose credit total counts this objective. */
  readonly countedIn: string;
  /** The credit tier earned, `null` for none. */
  readonly tier: CreditTier | null;
  /**
   * Credit as a percentage of this period's fee (0 when no tier applies): the tier's percent, or
   * with an at-risk pool pool allocation % x tier % x at-risk % (see `pool.ts`).
   */
  readonly percent: number;
  /** The objective's share of the at-risk pool in %, `null` when the agreement has no pool. */
  readonly poolAllocationPercent: number | null;
  /** The fee basis of this period, `null` without a fee. */
  readonly fee: number | null;
  /** percent x fee, `null` without a fee. */
  readonly amount: number | null;
  /** Credit recorded by the provider for this period, `null` when not recorded. */
  readonly recorded: number | null;
}

/** The credit of one agreement period, capped and with the minimum payable applied. */
export interface AgreementPeriodCredit {
  readonly agreementId: string;
  readonly start: number;
  readonly end: number;
  readonly currency: string | undefined;
  /** The fee of the whole agreement period, `null` without a fee. */
  readonly fee: number | null;
  readonly objectives: readonly ObjectiveCredit[];
  /** Sum of the objectives' credit % (meaningful as "% of fee" when they share one window). */
  readonly uncappedPercent: number;
  /** Sum of the objectives' credit amounts, `null` without a fee. */
  readonly uncappedAmount: number | null;
  /** The agreement's credit cap in % of the fee, `null` when it has none. */
  readonly capPercent: number | null;
  /** The cap as an amount, `null` without a cap or a fee. */
  readonly capAmount: number | null;
  /** True when the cap reduced the credit. */
  readonly capped: boolean;
  readonly minimumPayable: number | null;
  /** True when a positive credit was waived because it is smaller than the minimum payable. */
  readonly waived: boolean;
  /** Final credit in % of the agreement period's fee (of the summed %, without a fee). */
  readonly percent: number;
  /** Final credit amount, `null` without a fee. */
  readonly amount: number | null;
  /** Sum of recorded credits of the member periods, `null` when none is recorded. */
  readonly recorded: number | null;
  /** recorded - amount, `null` when either is unknown. */
  readonly difference: number | null;
  /** True when the recorded credit is not a rounding of the computed one to the currency's minor unit. */
  readonly differs: boolean;
}

function objectiveFor(
  agreement: ResolvedAgreement,
  objectiveId: string,
): ResolvedObjective | undefined {
  return findObjective(agreement.objectives, objectiveId);
}

/**
 * The credit of one measured period of an agreement's objective, before the agreement's cap and
 * minimum payable. `null` when the period's objective is not one of the agreement's.
 */
export function objectiveCredit(
  agreement: ResolvedAgreement,
  period: Period,
): ObjectiveCredit | null {
  const objective = objectiveFor(agreement, period.objectiveId);
  if (!objective) return null;
  const eligible = !objective.reportOnly;
  const value = periodValue(objective, period);
  const tier = eligible ? creditTier(objective, value) : null;
  const counted = objective.countedIn === agreement.id;
  const percent = tier && counted ? creditShareOfFee(agreement, objective, tier.creditPercent) : 0;
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
    poolAllocationPercent: poolAllocation(agreement, objective),
    fee,
    amount: fee === null ? null : (percent / 100) * fee,
    recorded: period.recordedCredit ?? null,
  };
}

/**
 * The credit amount of one objective-period: credit % of its tier x the period's fee, before the
 * agreement's cap. 0 when no tier applies; `null` without a fee or for an unknown objective.
 */
export function creditAmount(agreement: ResolvedAgreement, period: Period): number | null {
  return objectiveCredit(agreement, period)?.amount ?? null;
}

/**
 * The credit of one agreement period: objective credits summed, capped at `creditCapPercent` of the
 * agreement period's fee, then waived when smaller than `minimumPayable`. Never negative, never
 * above the cap. Also compares with the recorded credit.
 */
export function agreementPeriodCredit(
  agreement: ResolvedAgreement,
  agreementPeriod: AgreementPeriod,
): AgreementPeriodCredit {
  const objectives: ObjectiveCredit[] = [];
  for (const p of agreementPeriod.periods) {
    const c = objectiveCredit(agreement, p);
    if (c) objectives.push(c);
  }
  const fee = spanFee(agreement, agreementPeriod);
  const minimumPayable = agreement.minimumPayable ?? null;
  const {
    uncappedPercent,
    uncappedAmount,
    capPercent,
    capAmount,
    capped,
    waived,
    percent,
    amount,
  } = cappedSum(objectives, fee, agreement.creditCapPercent ?? null, minimumPayable);

  const recordedList = objectives.map((c) => c.recorded).filter((r): r is number => r !== null);
  const recorded = recordedList.length ? recordedList.reduce((a, b) => a + b, 0) : null;
  const difference = recorded === null || amount === null ? null : recorded - amount;
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
    minimumPayable,
    waived,
    percent,
    amount,
    recorded,
    difference,
    differs:
      recorded !== null && amount !== null && moneyDiffers(recorded, amount, agreement.currency),
  };
}

/**
 * The fee of a whole agreement period, from its start to its latest end, using the window of the
 * member period that ends last.
 */
export function agreementPeriodFee(
  agreement: ResolvedAgreement,
  agreementPeriod: AgreementPeriod,
): number | null {
  return spanFee(agreement, agreementPeriod);
}

function spanFee(agreement: ResolvedAgreement, agreementPeriod: AgreementPeriod): number | null {
  const last = agreementPeriod.periods.find((p) => p.end === agreementPeriod.end);
  const window = last ? objectiveFor(agreement, last.objectiveId)?.window : undefined;
  return feeForSpan(agreement.fee, agreementPeriod, window);
}
