/**
 * Net position: bonuses minus credits. Positive means the provider earned more in bonuses than it
 * owes in credits; negative means it owes. Per agreement period and summed over a range of them.
 */
import type { AgreementPeriod } from './agreement-periods.js';
import { agreementPeriodBonus, type AgreementPeriodBonus } from './bonus.js';
import { agreementPeriodCredit, type AgreementPeriodCredit } from './credit.js';
import type { ResolvedAgreement } from './resolve.js';

/** Credit, bonus and net of one agreement period. */
export interface NetPosition {
  readonly agreementId: string;
  readonly start: number;
  readonly end: number;
  readonly currency: string | undefined;
  readonly credit: AgreementPeriodCredit;
  readonly bonus: AgreementPeriodBonus;
  /** bonus amount - credit amount, `null` without a fee. */
  readonly net: number | null;
  /** bonus % - credit % of the agreement period's fee (of summed %, without a fee). */
  readonly netPercent: number;
}

/** Net position summed over a range of agreement periods. */
export interface NetPositionRange {
  readonly agreementId: string;
  readonly currency: string | undefined;
  /** Start of the first period, `null` for an empty range. */
  readonly from: number | null;
  /** End of the last period, `null` for an empty range. */
  readonly to: number | null;
  readonly periods: readonly NetPosition[];
  /** Sum of credit amounts, `null` without a fee. */
  readonly credit: number | null;
  /** Sum of bonus amounts, `null` without a fee. */
  readonly bonus: number | null;
  /** bonus - credit, `null` without a fee. */
  readonly net: number | null;
  /** Sum of recorded credits, `null` when none is recorded. */
  readonly recordedCredit: number | null;
  /** Number of periods whose recorded credit differs from the computed one. */
  readonly differingPeriods: number;
}

/** Credit, bonus and their net (bonus - credit) for one agreement period. */
export function netPosition(
  agreement: ResolvedAgreement,
  agreementPeriod: AgreementPeriod,
): NetPosition {
  const credit = agreementPeriodCredit(agreement, agreementPeriod);
  const bonus = agreementPeriodBonus(agreement, agreementPeriod);
  return {
    agreementId: agreement.id,
    start: agreementPeriod.start,
    end: agreementPeriod.end,
    currency: agreement.currency,
    credit,
    bonus,
    net: credit.amount === null || bonus.amount === null ? null : bonus.amount - credit.amount,
    netPercent: bonus.percent - credit.percent,
  };
}

/**
 * Net position over a range: every agreement period's credit and bonus (each capped per period),
 * summed. Pass the agreement periods of the range, e.g. from `agreementPeriodsBetween`.
 */
export function netPositionOverRange(
  agreement: ResolvedAgreement,
  agreementPeriods: readonly AgreementPeriod[],
): NetPositionRange {
  const periods = agreementPeriods.map((p) => netPosition(agreement, p));
  const hasFee = agreement.fee !== undefined;
  const credit = hasFee ? periods.reduce((s, p) => s + (p.credit.amount ?? 0), 0) : null;
  const bonus = hasFee ? periods.reduce((s, p) => s + (p.bonus.amount ?? 0), 0) : null;
  const recorded = periods.map((p) => p.credit.recorded).filter((r): r is number => r !== null);
  return {
    agreementId: agreement.id,
    currency: agreement.currency,
    from: periods.reduce<number | null>((m, p) => (m === null || p.start < m ? p.start : m), null),
    to: periods.reduce<number | null>((m, p) => (m === null || p.end > m ? p.end : m), null),
    periods,
    credit,
    bonus,
    net: credit === null || bonus === null ? null : bonus - credit,
    recordedCredit: recorded.length ? recorded.reduce((a, b) => a + b, 0) : null,
    differingPeriods: periods.filter((p) => p.credit.differs).length,
  };
}
