/**
 * Net position: bonuses minus credits. Positive means the provider earned more in bonuses than it
 * owes in credits; negative means it owes. Per agreement period, summed over a range of them, and
 * summed over every agreement of a customer (and of the portfolio), per currency.
 *
 * Multi-level agreements count each shortfall once: an agreement's credits and bonuses only hold
 * the objectives it counts (`countedIn`, see `resolve.ts`), so summing the agreements of a customer
 * at every level never adds the same credit twice.
 */
import {
  agreementPeriods,
  agreementPeriodsBetween,
  type AgreementPeriod,
} from './agreement-periods.js';
import type { FeedIndex } from './feed-index.js';
import { decimal, inMinorUnits, minorUnitDigits } from './decimal.js';
import { resolveAgreement } from './resolve.js';
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

/** Credits, bonuses and net of several agreements in one currency. */
export interface MoneyTotal {
  readonly currency: string;
  readonly credit: number;
  readonly bonus: number;
  /** bonus - credit. */
  readonly net: number;
}

/** The money of every agreement of a customer (all levels) over a range. */
export interface CustomerNetPosition {
  readonly customerId: string;
  /** One range per agreement of the customer that has a currency, in feed order. */
  readonly agreements: readonly NetPositionRange[];
  /** Totals per currency (agreements without a fee add nothing), sorted by currency code. */
  readonly totals: readonly MoneyTotal[];
}

/** The money of every customer over a range, with totals per currency. */
export interface PortfolioNetPosition {
  readonly customers: readonly CustomerNetPosition[];
  readonly totals: readonly MoneyTotal[];
}

/**
 * The money of a customer: each of its agreements (customer and service level) over the agreement
 * periods starting in `[from, to)` (default: all), and their totals per currency. Each shortfall is
 * in exactly one agreement's credit, so the totals count it once. `null` for an unknown customer.
 */
export function customerNetPosition(
  index: FeedIndex,
  customerId: string,
  from = -Infinity,
  to = Infinity,
): CustomerNetPosition | null {
  if (!index.customers.has(customerId)) return null;
  const agreements: NetPositionRange[] = [];
  for (const a of index.agreementsOfCustomer.get(customerId) ?? []) {
    const resolved = resolveAgreement(index, a.id);
    if (!resolved) continue;
    const list = agreementPeriodsBetween(agreementPeriods(index, a.id), from, to);
    agreements.push(netPositionOverRange(resolved, list));
  }
  return { customerId, agreements, totals: totalsOf(agreements) };
}

/** {@link customerNetPosition} of every customer, with portfolio totals per currency. */
export function portfolioNetPosition(
  index: FeedIndex,
  from = -Infinity,
  to = Infinity,
): PortfolioNetPosition {
  const customers: CustomerNetPosition[] = [];
  for (const id of index.customers.keys()) {
    const c = customerNetPosition(index, id, from, to);
    if (c) customers.push(c);
  }
  return { customers, totals: totalsOf(customers.flatMap((c) => c.agreements)) };
}

function totalsOf(ranges: readonly NetPositionRange[]): MoneyTotal[] {
  const items: { currency: string; credit: number; bonus: number }[] = [];
  for (const r of ranges) {
    if (r.currency === undefined || r.credit === null || r.bonus === null) continue;
    items.push({ currency: r.currency, credit: r.credit, bonus: r.bonus });
  }
  return sumMoneyTotals(items);
}

/**
 * An amount in whole minor units of a currency (`scale` = 10 ^ its digits), rounded half away
 * from zero on its decimal value: the product is first kept to 15 significant digits, so
 * 4,979.065 EUR (497,906.49999999994 cents in binary) is 497,907 cents.
 */
function toMinor(amount: number, scale: number): number {
  const rounded = Math.round(inMinorUnits(Math.abs(amount), scale));
  return amount < 0 ? -rounded : rounded;
}

/**
 * Credits and bonuses summed per currency, exact: each amount is rounded once to the currency's
 * minor unit (`minorUnitDigits`: cents for EUR, yen for JPY), then whole minor units are added, so
 * 0.1 + 0.2 EUR is 0.3 EUR, not 0.30000000000000004. Never adds across currencies; the totals are
 * sorted by currency code, `net` = bonus - credit.
 */
export function sumMoneyTotals(
  items: Iterable<{ readonly currency: string; readonly credit: number; readonly bonus: number }>,
): MoneyTotal[] {
  const byCurrency = new Map<string, { credit: number; bonus: number; scale: number }>();
  for (const item of items) {
    let t = byCurrency.get(item.currency);
    if (!t) {
      t = { credit: 0, bonus: 0, scale: 10 ** minorUnitDigits(item.currency) };
      byCurrency.set(item.currency, t);
    }
    t.credit += toMinor(item.credit, t.scale);
    t.bonus += toMinor(item.bonus, t.scale);
  }
  return [...byCurrency]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, t]) => ({
      currency,
      credit: fromMinor(t.credit, t.scale),
      bonus: fromMinor(t.bonus, t.scale),
      net: fromMinor(t.bonus - t.credit, t.scale),
    }));
}

/** Whole minor units back to an amount of the currency. */
function fromMinor(minor: number, scale: number): number {
  return decimal(minor / scale) || 0;
}
