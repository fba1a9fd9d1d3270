/**
 * The money ledger of an agreement over a range: per agreement period and objective, the credit
 * incurred, what earn-back waived or may still waive, the bonus, the recorded credit and whether
 * it differs; per period the capped totals, the net and the minimum payable; and the range's
 * totals. Every amount is exact in the currency's minor unit (cents for EUR, yen for JPY, fils for
 * KWD): each row's figures are rounded once to the minor unit (half away from zero, see
 * `roundMoney`), and everything above them is integer sums of minor units, so a total is always
 * the sum of what it totals.
 *
 * Rules, in order (the credit and bonus rules are those of `credit.ts` and `bonus.ts`):
 * 1. Rows: one per measured period of the agreement's objectives, in the agreement periods that
 *    start in `[range.start, range.end)`, oldest first. A row's credit incurred is the credit % of
 *    its tier x the period's fee (with an at-risk pool: pool allocation % x the tier's % x the
 *    amount at risk, see `pool.ts`), its bonus the bonus % of the best tier reached x the fee.
 *    Report-only objectives and objectives counted at another level (`counted: false`) show their
 *    tier's percentages but add 0.
 * 2. Earn-back (see `earn-back.ts`): of a row's credit incurred, `earnedBack` is waived, `pending`
 *    may still be waived (its window is open at `asOf`, or periods are missing), and `creditFinal`
 *    = incurred - earnedBack - pending is owed now.
 * 3. A period's `credits` = the rows' `creditFinal` summed, capped at `creditCapPercent` x the
 *    period's fee and, with a pool, at the amount at risk (the rows' rounding to the minor unit
 *    cannot make a pool pay out more than it holds), then 0 when smaller than `minimumPayable`; `bonuses` = the rows' bonuses summed,
 *    capped at `bonusCapPercent` x the fee; `net` = bonuses - credits.
 * 4. Recorded credits: a row's recorded credit is the period's `recordedCredit` plus the
 *    `recordedCredit` of the agreement's breaches of that objective that start in the period (a
 *    breach of several objectives is recorded against the first one it names).
 *    A row compares it with `creditFinal`, a period with `credits`; they differ only beyond
 *    rounding to the minor unit (`moneyDiffers`).
 * 5. Totals are the sums of the periods' figures.
 * Without a fee there are no amounts: every amount is 0 and `fee` is `null`; the percentages stay.
 */
import type { Breach, Period } from '../feed/index.js';
import {
  agreementPeriods,
  agreementPeriodsBetween,
  type AgreementPeriod,
} from './agreement-periods.js';
import { objectiveBonus } from './bonus.js';
import { agreementPeriodFee, objectiveCredit } from './credit.js';
import { decimal, minorUnitDigits, moneyDiffers } from './decimal.js';
import { earnBackOutcome, type EarnBackStatus } from './earn-back.js';
import { breachesOf, periodsOf, type FeedIndex } from './feed-index.js';
import { amountAtRisk } from './pool.js';
import { IdentityMemo } from './memo.js';
import type { ResolvedAgreement, ResolvedObjective } from './resolve.js';

export type { EarnBackStatus } from './earn-back.js';

/** One objective in one period of the ledger. Amounts in the currency, rounded to its minor unit. */
export interface LedgerObjectiveRow {
  readonly objectiveId: string;
  /** The measured period, epoch ms, `[start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  /** The credit % of the tier reached (shown even where the row adds 0), 0 for none. */
  readonly creditPercent: number;
  /** The credit incurred, before earn-back and the cap; 0 where the row is not counted here. */
  readonly creditIncurred: number;
  /** Waived by earn-back so far. */
  readonly earnedBack: number;
  /** May still be waived (the earn-back window is open at `asOf`, or periods are missing). */
  readonly pending: number;
  /** Owed now: incurred - earnedBack - pending (before the agreement's cap). */
  readonly creditFinal: number;
  readonly earnBack: EarnBackStatus;
  /**
   * How far the earn-back window is: periods met, periods needed, and the end of its last period
   * once the feed holds all of them. `null` without earn-back terms or credit incurred.
   */
  readonly earnBackProgress: {
    readonly met: number;
    readonly needed: number;
    readonly windowEnd: number | null;
  } | null;
  /** Recorded credits of the period and of its breaches summed, `null` when none is recorded. */
  readonly recordedCredit: number | null;
  /** True when the recorded credit is not a rounding of `creditFinal` to the minor unit. */
  readonly recordedDiffers: boolean;
  /** The bonus % of the best incentive tier reached (shown even where the row adds 0), 0 for none. */
  readonly bonusPercent: number;
  /** The bonus earned, before the agreement's cap; 0 where the row is not counted here. */
  readonly bonus: number;
  /** The objective's share of the at-risk pool; `null` when the agreement has no at-risk pool. */
  readonly poolAllocationPercent: number | null;
  /** False where another level counts this objective (its credit and bonus are there). */
  readonly counted: boolean;
  /** False for a report-only objective (no credit, no bonus). */
  readonly eligible: boolean;
}

/** One agreement period of the ledger. */
export interface LedgerPeriod {
  readonly start: number;
  /** The latest end of its measured periods. */
  readonly end: number;
  readonly rows: readonly LedgerObjectiveRow[];
  /** Credits owed now, after the cap and the minimum payable. */
  readonly credits: number;
  /** Bonuses earned, after the cap. */
  readonly bonuses: number;
  /** bonuses - credits. */
  readonly net: number;
  /** True when the credit cap (or, with a pool, the amount at risk) reduced the credits. */
  readonly creditCapApplied: boolean;
  readonly bonusCapApplied: boolean;
  /** True when a positive credit was waived for being smaller than the minimum payable. */
  readonly creditWaived: boolean;
  /** The rows' credits earned back, summed in minor units. */
  readonly earnedBack: number;
  /** The rows' credits that may still be earned back, summed in minor units. */
  readonly pending: number;
  /** The fee of the agreement period, `null` without a fee. */
  readonly fee: number | null;
  readonly minimumPayable: number | null;
  /** fee x atRiskPercent when the agreement uses an at-risk pool, else `null`. */
  readonly amountAtRisk: number | null;
  /** The rows' recorded credits summed, `null` when none is recorded. */
  readonly recordedCredit: number | null;
  /** True when the recorded credit is not a rounding of `credits` to the minor unit. */
  readonly recordedDiffers: boolean;
}

/** The ledger of one agreement over a range. */
export interface Ledger {
  readonly agreementId: string;
  /** The agreement's currency (the fee's, else the customer's), `''` when it has none. */
  readonly currency: string;
  /** Digits of the currency's minor unit (EUR 2, JPY 0, KWD 3). */
  readonly minorUnits: number;
  /** Oldest first, the agreement periods that start within the range. */
  readonly periods: readonly LedgerPeriod[];
  readonly total: {
    readonly credits: number;
    readonly bonuses: number;
    readonly net: number;
    readonly earnedBack: number;
    readonly pending: number;
  };
}

/**
 * An amount in whole minor units, rounded half away from zero on its decimal value: the product
 * is first kept to 15 significant digits, so 4,979.065 EUR (497,906.49999999994 cents in binary)
 * is 497,907 cents.
 */
function toMinor(amount: number | null, scale: number): number {
  // Ledger amounts are never negative; no amount (no fee) is 0.
  return Math.round(Number((Number(amount) * scale).toPrecision(15)));
}

/** Whole minor units back to an amount of the currency. */
function fromMinor(minor: number, scale: number): number {
  return decimal(minor / scale) || 0;
}

/**
 * The recorded credit of one objective-period: the period's own record plus those of the
 * agreement's breaches of the objective starting in it (see the module rule). `null` when none.
 * `breaches` are those that name the period's objective first.
 */
function recordedFor(period: Period, breaches: readonly Breach[]): number | null {
  let sum: number | null = period.recordedCredit ?? null;
  for (const b of breaches) {
    if (b.recordedCredit === undefined || b.start < period.start || b.start >= period.end) continue;
    sum = (sum ?? 0) + b.recordedCredit;
  }
  return sum;
}

interface Minor {
  earnedBack: number;
  pending: number;
  final: number;
  bonus: number;
}

type RowResult = { readonly row: LedgerObjectiveRow; readonly minor: Minor };

/** What the rows of one objective are computed from. */
interface ObjectiveInputs {
  /** The agreement as far as this objective goes: its only objective is this one. */
  readonly view: ResolvedAgreement;
  readonly objective: ResolvedObjective;
  /** The objective's measured periods, sorted by start. */
  readonly periods: readonly Period[];
  /** The agreement's breaches that name the objective first. */
  readonly breaches: readonly Breach[];
  readonly scale: number;
  readonly asOf: number;
}

function ledgerRow(ctx: ObjectiveInputs, period: Period): RowResult {
  const { view, objective, scale } = ctx;
  const credit = objectiveCredit(view, period)!;
  const bonus = objectiveBonus(view, period)!;
  const creditMinor = toMinor(credit.amount, scale);
  const bonusMinor = toMinor(bonus.amount, scale);
  const outcome = earnBackOutcome(objective, period, ctx.periods, creditMinor, ctx.asOf);
  const earnedBackMinor = outcome.earnedBack;
  const pendingMinor = outcome.pending;
  const finalMinor = creditMinor - earnedBackMinor - pendingMinor;
  const recorded = recordedFor(period, ctx.breaches);
  const creditFinal = fromMinor(finalMinor, scale);
  return {
    row: {
      objectiveId: credit.objectiveId,
      start: period.start,
      end: period.end,
      value: credit.value,
      creditPercent: credit.tier?.creditPercent ?? 0,
      creditIncurred: fromMinor(creditMinor, scale),
      earnedBack: fromMinor(earnedBackMinor, scale),
      pending: fromMinor(pendingMinor, scale),
      creditFinal,
      earnBack: outcome.status,
      earnBackProgress:
        outcome.status === 'none'
          ? null
          : {
              met: outcome.periodsMet,
              needed: outcome.periodsNeeded,
              windowEnd: outcome.windowEnd,
            },
      recordedCredit: recorded,
      recordedDiffers: recorded !== null && moneyDiffers(recorded, creditFinal, view.currency),
      bonusPercent: bonus.tier?.bonusPercent ?? 0,
      bonus: fromMinor(bonusMinor, scale),
      poolAllocationPercent: credit.poolAllocationPercent,
      counted: credit.counted,
      eligible: credit.eligible,
    },
    minor: {
      earnedBack: earnedBackMinor,
      pending: pendingMinor,
      final: finalMinor,
      bonus: bonusMinor,
    },
  };
}

/** The rows of every measured period of one objective, by period record. */
function objectiveRows(ctx: ObjectiveInputs): ReadonlyMap<Period, RowResult> {
  return new Map(ctx.periods.map((p) => [p, ledgerRow(ctx, p)] as const));
}

/**
 * Memos across feeds (see `memo.ts`): the rows of one objective, kept while the agreement, the
 * objective's period and breach records and the number of its periods ended at `asOf` are the
 * same; and the ledger per agreement, kept while its agreement periods in the range and those rows
 * are. An update that changes some periods recomputes the rows of their objectives only.
 * `computed` counts what was computed.
 */
export const ledgerMemos = {
  ledgers: new IdentityMemo<ResolvedAgreement, Ledger>(),
  objectives: new IdentityMemo<ResolvedObjective, ReadonlyMap<Period, RowResult>>(),
};

interface Context {
  readonly agreement: ResolvedAgreement;
  readonly scale: number;
  /** The rows of the agreement's objectives, by period record. */
  readonly rows: ReadonlyMap<Period, RowResult>;
}

function ledgerPeriod(
  ctx: Context,
  agreementPeriod: AgreementPeriod,
): { period: LedgerPeriod; minor: Minor & { net: number } } {
  const { agreement, scale } = ctx;
  const rows: LedgerObjectiveRow[] = [];
  const sum: Minor = { earnedBack: 0, pending: 0, final: 0, bonus: 0 };
  for (const p of agreementPeriod.periods) {
    const r = ctx.rows.get(p);
    // A period of an objective the agreement does not carry (an inherited one of another service).
    if (!r) continue;
    rows.push(r.row);
    sum.earnedBack += r.minor.earnedBack;
    sum.pending += r.minor.pending;
    sum.final += r.minor.final;
    sum.bonus += r.minor.bonus;
  }
  const feeAmount = agreementPeriodFee(agreement, agreementPeriod);
  const feeMinor = feeAmount === null ? null : toMinor(feeAmount, scale);
  /** A cap in % of the fee, in minor units; no cap is no limit (0 without a fee). */
  const cap = (percent: number | undefined): number =>
    percent === undefined ? Infinity : toMinor((percent / 100) * Number(feeAmount), scale);

  const atRisk = amountAtRisk(agreement, feeAmount);
  const atRiskMinor = atRisk === null ? null : toMinor(atRisk, scale);
  const capped = Math.min(sum.final, cap(agreement.creditCapPercent), atRiskMinor ?? Infinity);
  const creditCapApplied = capped < sum.final;
  const minimumPayable = agreement.minimumPayable ?? null;
  const creditWaived = capped > 0 && capped < toMinor(minimumPayable, scale);
  const credits = creditWaived ? 0 : capped;

  const bonuses = Math.min(sum.bonus, cap(agreement.bonusCapPercent));
  const bonusCapApplied = bonuses < sum.bonus;

  const recordedList = rows.map((r) => r.recordedCredit).filter((x): x is number => x !== null);
  const recordedCredit = recordedList.length ? recordedList.reduce((a, b) => a + b, 0) : null;
  const creditsAmount = fromMinor(credits, scale);
  return {
    period: {
      start: agreementPeriod.start,
      end: agreementPeriod.end,
      rows,
      credits: creditsAmount,
      bonuses: fromMinor(bonuses, scale),
      net: fromMinor(bonuses - credits, scale),
      creditCapApplied,
      bonusCapApplied,
      creditWaived,
      earnedBack: fromMinor(sum.earnedBack, scale),
      pending: fromMinor(sum.pending, scale),
      fee: feeMinor === null ? null : fromMinor(feeMinor, scale),
      minimumPayable,
      amountAtRisk: atRiskMinor === null ? null : fromMinor(atRiskMinor, scale),
      recordedCredit,
      recordedDiffers:
        recordedCredit !== null && moneyDiffers(recordedCredit, creditsAmount, agreement.currency),
    },
    minor: { ...sum, final: credits, bonus: bonuses, net: bonuses - credits },
  };
}

/**
 * The money ledger of an agreement over the agreement periods that start in
 * `[range.start, range.end)` (see the module rules). `asOf` is the instant the ledger is drawn
 * up at (never the clock): earn-back windows that end after it are still open.
 */
export function agreementLedger(
  index: FeedIndex,
  agreement: ResolvedAgreement,
  range: { readonly start: number; readonly end: number },
  asOf: number,
): Ledger {
  const scale = 10 ** minorUnitDigits(agreement.currency);
  const byObjective = breachesByObjective(breachesOf(index, agreement.id));
  const rowMaps = agreement.objectives.map((objective) => {
    const periods = periodsOf(index, agreement.id, objective.id);
    const breaches = byObjective.get(objective.id) ?? NO_BREACHES;
    // `asOf` counts only through the periods that have ended by then (earn-back), so the rows
    // are kept while as many of them have ended: a view drawn up "now" keeps them between ticks.
    const ended = periods.filter((p) => p.end <= asOf).length;
    return ledgerMemos.objectives.get(objective, [agreement, ended, ...periods, ...breaches], () =>
      objectiveRows({
        view: { ...agreement, objectives: [objective] },
        objective,
        periods,
        breaches,
        scale,
        asOf,
      }),
    );
  });
  const list = agreementPeriodsBetween(
    agreementPeriods(index, agreement.id),
    range.start,
    range.end,
  );
  // The same agreement periods (the same member records) and the same rows: the same ledger.
  return ledgerMemos.ledgers.get(agreement, [...list, ...rowMaps], () =>
    computeLedger(agreement, scale, list, rowMaps),
  );
}

const NO_BREACHES: readonly Breach[] = Object.freeze([]);

/** The breaches by the objective they name first (the one a recorded credit is counted for). */
function breachesByObjective(breaches: readonly Breach[]): ReadonlyMap<string, readonly Breach[]> {
  const map = new Map<string, Breach[]>();
  for (const b of breaches) {
    const key = b.objectiveIds[0]!;
    const list = map.get(key);
    if (list) list.push(b);
    else map.set(key, [b]);
  }
  return map;
}

function computeLedger(
  agreement: ResolvedAgreement,
  scale: number,
  list: readonly AgreementPeriod[],
  rowMaps: readonly ReadonlyMap<Period, RowResult>[],
): Ledger {
  const rows = new Map<Period, RowResult>();
  for (const map of rowMaps) for (const [p, r] of map) rows.set(p, r);
  const ctx: Context = { agreement, scale, rows };
  const periods: LedgerPeriod[] = [];
  const total = { credits: 0, bonuses: 0, net: 0, earnedBack: 0, pending: 0 };
  for (const ap of list) {
    const { period, minor } = ledgerPeriod(ctx, ap);
    periods.push(period);
    total.credits += minor.final;
    total.bonuses += minor.bonus;
    total.net += minor.net;
    total.earnedBack += minor.earnedBack;
    total.pending += minor.pending;
  }
  return {
    agreementId: agreement.id,
    currency: agreement.currency ?? '',
    minorUnits: minorUnitDigits(agreement.currency),
    periods,
    total: {
      credits: fromMinor(total.credits, scale),
      bonuses: fromMinor(total.bonuses, scale),
      net: fromMinor(total.net, scale),
      earnedBack: fromMinor(total.earnedBack, scale),
      pending: fromMinor(total.pending, scale),
    },
  };
}
