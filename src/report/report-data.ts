/**
 * What a customer's monthly report says, as data: for one customer and one month, each of its
 * agreements judged in its period of that month (the scorecard's figures: `agreementHealth`,
 * `describeObjective`), the breaches counted in the month (`summariseBreaches`, as the breach
 * timeline says it), and the money (`agreementLedger`, exact in minor units, summed per currency,
 * never across currencies). Pure: no DOM, no clock (`asOf` is an argument), no Node.
 */
import type { Customer, Feed } from '../feed/index.js';
import {
  agreementHealth,
  agreementLedger,
  agreementPeriods,
  describeObjective,
  exitTrigger,
  indexFeed,
  latestComplete,
  localDate,
  minorUnitDigits,
  resolveAgreement,
  selectPeriod,
  summariseBreaches,
  timelineModel,
  type AgreementPeriod,
  type BreachSummary,
  type ExitTrigger,
  type Ledger,
  type ObjectiveDescription,
  type ResolvedAgreement,
} from '../model/index.js';

/** A report that cannot be made, with a plain one-line reason. */
export class ReportError extends Error {
  constructor(
    /** `customer`: not in the feed; `period`: not `YYYY-MM`; `no-data`: no period in that month. */
    readonly kind: 'customer' | 'period' | 'no-data',
    message: string,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}

export interface ReportDataOptions {
  /** The month, `YYYY-MM` in each agreement's calendar; default the latest complete one at `asOf`. */
  readonly period?: string | undefined;
  /** The instant the report is drawn up at (epoch ms): earn-back windows after it are open. */
  readonly asOf: number;
}

/** One agreement of the customer in the report's month. */
export interface ReportAgreement {
  readonly agreement: ResolvedAgreement;
  /** Its agreement period of the month, `null` when it has none. */
  readonly period: AgreementPeriod | null;
  /** Each objective described in the period (no period: described without one). */
  readonly objectives: readonly ObjectiveDescription[];
  /** The agreement's health in the period, the scorecard's figure. */
  readonly score: number | null;
  /** The money ledger of the period, `null` without a period. */
  readonly ledger: Ledger | null;
  /** Its exit clause over the periods up to the month's, `null` without a clause or a period. */
  readonly exit: ExitTrigger | null;
}

/** Credits, bonuses and net of the month in one currency, exact to the minor unit. */
export interface ReportMoney {
  readonly currency: string;
  readonly minorUnits: number;
  readonly credits: number;
  readonly bonuses: number;
  /** bonuses - credits. */
  readonly net: number;
  /** Credits that may still be earned back (not in `credits`). */
  readonly pending: number;
}

export interface ReportData {
  readonly customer: Customer;
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** The month as the customer's first agreement with a period of it has it. */
  readonly period: { readonly start: number; readonly end: number };
  /** The calendar the month is read in (that agreement's time zone). */
  readonly timeZone: string;
  readonly asOf: number;
  /** The customer's agreements (customer and service level) in feed order. */
  readonly agreements: readonly ReportAgreement[];
  /** Breaches of the customer's agreements overlapping the month. */
  readonly breaches: BreachSummary;
  /** Per currency, sorted by code. */
  readonly money: readonly ReportMoney[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month `YYYY-MM` that an instant falls in, in a time zone. */
export function monthOf(instant: number, timeZone: string): string {
  const d = localDate(instant, timeZone);
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}`;
}

/** True for a valid `YYYY-MM` month. */
export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/**
 * The report of `customerId` for a month. Throws {@link ReportError} for a customer not in the
 * feed, a month that is not `YYYY-MM`, or a month in which none of its agreements has a period.
 */
export function reportData(feed: Feed, customerId: string, options: ReportDataOptions): ReportData {
  const index = indexFeed(feed);
  const customer = index.customers.get(customerId);
  // The message names the customer asked for and no other: a server may answer with it.
  if (!customer) throw new ReportError('customer', `customer "${customerId}" is not in the feed`);
  const resolved = (index.agreementsOfCustomer.get(customerId) ?? [])
    .map((a) => resolveAgreement(index, a.id))
    .filter((a): a is ResolvedAgreement => a !== null);

  const month = options.period?.trim() || defaultMonth(index, resolved, options.asOf);
  if (!isMonth(month))
    throw new ReportError('period', `--period needs a month as YYYY-MM (got "${month}")`);

  const agreements = resolved.map((agreement): ReportAgreement => {
    const all = agreementPeriods(index, agreement.id);
    const period = selectPeriod(all, month, agreement.timeZone, options.asOf);
    const measured = new Map((period?.periods ?? []).map((p) => [p.objectiveId, p]));
    const health = agreementHealth(index, agreement.id, options.asOf, period ?? month);
    return {
      agreement,
      period,
      objectives: agreement.objectives.map((o) => describeObjective(o, measured.get(o.id))),
      score: period ? (health?.score ?? null) : null,
      ledger: period
        ? agreementLedger(index, agreement, { start: period.start, end: period.end }, options.asOf)
        : null,
      exit: period
        ? exitTrigger(
            agreement,
            all.filter((p) => p.start <= period.start),
          )
        : null,
    };
  });
  const first = agreements.find((a) => a.period !== null);
  if (!first)
    throw new ReportError(
      'no-data',
      `no agreement of customer "${customerId}" has a period in ${month}`,
    );
  const period = { start: first.period!.start, end: first.period!.end };
  const timeline = timelineModel(feed, { customer: customerId, now: options.asOf, ...period });
  return {
    customer,
    month,
    period,
    timeZone: first.agreement.timeZone,
    asOf: options.asOf,
    agreements,
    breaches: summariseBreaches(timeline, period),
    money: moneyOf(agreements),
  };
}

/** The month of the latest complete period at `asOf` of the customer's first agreement with periods. */
function defaultMonth(
  index: ReturnType<typeof indexFeed>,
  agreements: readonly ResolvedAgreement[],
  asOf: number,
): string {
  for (const a of agreements) {
    const latest = latestComplete(agreementPeriods(index, a.id), asOf);
    if (latest) return monthOf(latest.start, a.timeZone);
  }
  return monthOf(asOf, agreements[0]?.timeZone ?? 'UTC');
}

/** The ledgers' totals per currency, summed in whole minor units. */
function moneyOf(agreements: readonly ReportAgreement[]): ReportMoney[] {
  const sums = new Map<
    string,
    { scale: number; digits: number; c: number; b: number; p: number }
  >();
  for (const { ledger } of agreements) {
    if (!ledger || !ledger.currency) continue;
    const digits = minorUnitDigits(ledger.currency);
    const scale = 10 ** digits;
    const s = sums.get(ledger.currency) ?? { scale, digits, c: 0, b: 0, p: 0 };
    // Ledger totals are whole minor units already; rounding only drops binary noise.
    s.c += Math.round(ledger.total.credits * scale);
    s.b += Math.round(ledger.total.bonuses * scale);
    s.p += Math.round(ledger.total.pending * scale);
    sums.set(ledger.currency, s);
  }
  return [...sums]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, s]) => ({
      currency,
      minorUnits: s.digits,
      credits: s.c / s.scale,
      bonuses: s.b / s.scale,
      net: (s.b - s.c) / s.scale,
      pending: s.p / s.scale,
    }));
}
