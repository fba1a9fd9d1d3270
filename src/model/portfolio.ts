/**
 * A provider's book of customers: one row per customer with the figures a portfolio grid shows.
 * Every figure comes from the one rule of its module, nothing is re-derived:
 * - health: each of the customer's agreements (customer and service level, see
 *   `FeedIndex.agreementsOfCustomer`) is judged by `agreementPeriodHealth` in the period the
 *   options name (`selectPeriod`; default each agreement's latest complete period at `now`), and
 *   the customer's score and status are their roll-up (`rollUp`, equal weights): exactly
 *   `customerHealth` and, per agreement, exactly the scorecard's figure;
 * - counts: the objectives of those agreements in their judged periods, by status (met counts
 *   met and exceeded). An objective carried by two agreements is measured, and so counted, in each;
 * - worst objective: the objective worst by `STATUS_ORDER` (no data ranks after at risk and before
 *   met); ties go to the larger shortfall against the minimum in units of (target - minimum), then
 *   to feed order (agreements, then objectives);
 * - money: each agreement's `netPosition` in its judged period (credits and bonuses only hold the
 *   objectives the agreement counts, `countedIn`, so each shortfall is counted once across
 *   levels), each amount rounded to the currency's minor unit, summed per currency in whole minor
 *   units (never across currencies), sorted by currency code. Agreements without a fee or a
 *   currency add nothing;
 * - review due: the earliest `reviewBy` of the customer's agreements (inherited terms included);
 *   `overdue` once it has come (`reviewBy <= now`), `soon` when it comes within `reviewSoonDays`
 *   days, else `later`;
 * - exit warning: each agreement's `exitTrigger` over its agreement periods up to the judged one;
 *   `triggered` when the clause is triggered, `near` when it is not but one more missed period
 *   would trigger it (the misses of the latest M - 1 periods plus one reach N) and the window
 *   already holds a miss. The worst state wins (triggered before near), then feed order;
 * - trend: up to `trendPeriods` points, oldest first, ending at the judged period of the first
 *   agreement that has one: its agreement periods (months, when the agreement is monthly) are the
 *   points, and each agreement is judged in its agreement period that starts within the point's
 *   span (no such period: no data), rolled up as above.
 * `now` is always an argument. Rows are memoised per index and options, and across refreshed feeds
 * per customer record: a customer whose records (customer, resolved agreements, agreement periods)
 * are the same objects keeps its row.
 */
import type { Customer, Direction, Unit } from '../feed/index.js';
import { agreementPeriods, type AgreementPeriod } from './agreement-periods.js';
import { exitObjectiveIds } from './exit-trigger.js';
import type { FeedIndex } from './feed-index.js';
import {
  agreementPeriodHealth,
  rollUp,
  STATUS_POINTS,
  type AgreementHealth,
  type Health,
} from './health.js';
import { IdentityMemo } from './memo.js';
import { netPosition, sumMoneyTotals, type MoneyTotal } from './net-position.js';
import { selectPeriod, type PeriodSelector } from './period-selection.js';
import { resolveAgreement, type ResolvedAgreement } from './resolve.js';
import { compareStatus, periodStatus, statusRank, type PeriodStatus } from './status.js';

export interface PortfolioOptions {
  /** Epoch ms; every "now" is an argument. */
  readonly now: number;
  /** `YYYY-MM` etc. (see `selectPeriod`); default each agreement's latest complete period. */
  readonly period?: PeriodSelector;
  /** Points of the trend; default 12. */
  readonly trendPeriods?: number;
  /** A review within this many days counts as "soon"; default 30. */
  readonly reviewSoonDays?: number;
}

/** Objectives of the customer's agreements in the judged period, by status. */
export interface StatusCounts {
  /** met + exceeded. */
  readonly met: number;
  readonly atRisk: number;
  readonly breached: number;
  readonly noData: number;
  readonly total: number;
}

export interface WorstObjective {
  readonly agreementId: string;
  readonly objectiveId: string;
  readonly name: string;
  readonly status: PeriodStatus;
  readonly value: number | null;
  readonly unit: Unit;
  readonly direction: Direction;
  readonly minimum: number;
  readonly target: number;
}

/** The customer's earliest agreement review date. */
export interface ReviewDue {
  readonly agreementId: string;
  readonly reviewBy: number;
  /** overdue: reviewBy <= now; soon: within reviewSoonDays; else later. */
  readonly state: 'overdue' | 'soon' | 'later';
}

/** The worst exit clause state among the customer's agreements. */
export interface ExitWarning {
  readonly agreementId: string;
  /** near: one more miss within the window would trigger it. */
  readonly state: 'triggered' | 'near';
  /** Misses in the latest window. */
  readonly misses: number;
  /** The clause's N. */
  readonly allowed: number;
  /** The clause's M. */
  readonly window: number;
}

export interface TrendPoint {
  /** The month / agreement period. */
  readonly start: number;
  readonly end: number;
  readonly score: number | null;
  readonly status: PeriodStatus;
}

export interface PortfolioRow {
  readonly customerId: string;
  readonly name: string;
  /** customerHealth for the judged period (same rule as the scorecard). */
  readonly score: number | null;
  readonly status: PeriodStatus;
  readonly counts: StatusCounts;
  /** Credits, bonuses, net of the judged period, per currency, sorted by code, exact to the minor unit. */
  readonly money: readonly MoneyTotal[];
  /** The worst-status objective, `null` when the customer's agreements have no objective. */
  readonly worst: WorstObjective | null;
  readonly reviewDue: ReviewDue | null;
  readonly exit: ExitWarning | null;
  /** Oldest first, up to trendPeriods, ending at the judged period. */
  readonly trend: readonly TrendPoint[];
  /** The judged period (first agreement's), null without data. */
  readonly period: { readonly start: number; readonly end: number } | null;
  /** The customer's currency. */
  readonly currency: string | undefined;
}

/** Default number of trend points. */
export const DEFAULT_TREND_PERIODS = 12;
/** Default window of a "soon" review, in days. */
export const DEFAULT_REVIEW_SOON_DAYS = 30;
const DAY_MS = 86_400_000;

/** What one agreement of a customer contributes, judged in the selected period. */
interface Judged {
  readonly agreement: ResolvedAgreement;
  readonly periods: readonly AgreementPeriod[];
  readonly judged: AgreementPeriod | null;
}

const perIndex = new WeakMap<
  FeedIndex,
  { readonly key: string; readonly rows: readonly PortfolioRow[] }
>();
const acrossFeeds = new IdentityMemo<Customer, PortfolioRow>();

/** How many rows were computed (not taken from a memo) so far; for tests of what a refresh recomputes. */
export function portfolioRowsComputed(): number {
  return acrossFeeds.computed;
}

function optionsKey(options: PortfolioOptions): string {
  return [options.now, options.period?.trim() ?? '', trendCount(options), soonDays(options)].join(
    '\u0000',
  );
}

function trendCount(options: PortfolioOptions): number {
  const n = options.trendPeriods ?? DEFAULT_TREND_PERIODS;
  return Number.isFinite(n) ? Math.max(0, Math.floor(n)) : DEFAULT_TREND_PERIODS;
}

function soonDays(options: PortfolioOptions): number {
  const n = options.reviewSoonDays ?? DEFAULT_REVIEW_SOON_DAYS;
  return Number.isFinite(n) ? Math.max(0, n) : DEFAULT_REVIEW_SOON_DAYS;
}

/** One row per customer, in feed order (see the module rules). Memoised per index and options. */
export function portfolioRows(index: FeedIndex, options: PortfolioOptions): PortfolioRow[] {
  const key = optionsKey(options);
  const last = perIndex.get(index);
  if (last?.key === key) return last.rows.slice();
  const rows: PortfolioRow[] = [];
  for (const id of index.customers.keys()) {
    const row = portfolioRow(index, id, options);
    if (row) rows.push(row);
  }
  // Only the latest options per index: a ticking `now` must not pile up lists.
  perIndex.set(index, { key, rows: Object.freeze(rows) });
  return rows.slice();
}

/** The row of one customer; `null` for an unknown customer. */
export function portfolioRow(
  index: FeedIndex,
  customerId: string,
  options: PortfolioOptions,
): PortfolioRow | null {
  const customer = index.customers.get(customerId);
  if (!customer) return null;
  const judged: Judged[] = [];
  for (const a of index.agreementsOfCustomer.get(customerId) ?? []) {
    const agreement = resolveAgreement(index, a.id);
    if (!agreement) continue;
    const periods = agreementPeriods(index, a.id);
    judged.push({
      agreement,
      periods,
      judged: judgedPeriod(periods, options, agreement.timeZone),
    });
  }
  const trend = trendCount(options);
  const soon = soonDays(options);
  const review = earliestReview(judged);
  const reviewState = review ? reviewStateOf(review.reviewBy, options.now, soon) : null;
  // The row depends on `now` only through the judged periods and the review state: the same
  // records, judged periods and review state give the same row.
  // An agreement's list of periods is the same object while its period records are (see
  // `agreementPeriods`), so the list stands for its periods.
  const inputs: unknown[] = [trend, reviewState];
  for (const j of judged) inputs.push(j.agreement, j.judged, j.periods);
  return acrossFeeds.get(customer, inputs, () =>
    buildRow(customer, judged, { trend, review, reviewState }),
  );
}

/**
 * `selectPeriod`, remembered per list of agreement periods for a named period (`YYYY-MM`, which
 * does not depend on `now`): reading the local date of every period start is the slow part, and
 * an agreement's list is kept across refreshed feeds while its records are.
 */
const selected = new WeakMap<
  readonly AgreementPeriod[],
  { readonly key: string; readonly period: AgreementPeriod | null }
>();

function judgedPeriod(
  periods: readonly AgreementPeriod[],
  options: PortfolioOptions,
  timeZone: string,
): AgreementPeriod | null {
  const wanted = options.period?.trim();
  if (!wanted) return selectPeriod(periods, wanted, timeZone, options.now);
  const key = `${wanted}\u0000${timeZone}`;
  const known = selected.get(periods);
  if (known?.key === key) return known.period;
  const period = selectPeriod(periods, wanted, timeZone, options.now);
  selected.set(periods, { key, period });
  return period;
}

function earliestReview(
  judged: readonly Judged[],
): { agreementId: string; reviewBy: number } | null {
  let best: { agreementId: string; reviewBy: number } | null = null;
  for (const { agreement } of judged) {
    const r = agreement.reviewBy;
    if (r !== undefined && (best === null || r < best.reviewBy))
      best = { agreementId: agreement.id, reviewBy: r };
  }
  return best;
}

function reviewStateOf(reviewBy: number, now: number, soonDaysCount: number): ReviewDue['state'] {
  if (reviewBy <= now) return 'overdue';
  return reviewBy - now <= soonDaysCount * DAY_MS ? 'soon' : 'later';
}

function buildRow(
  customer: Customer,
  judged: readonly Judged[],
  extra: {
    trend: number;
    review: { agreementId: string; reviewBy: number } | null;
    reviewState: ReviewDue['state'] | null;
  },
): PortfolioRow {
  const figures = judged.map((j) => judgedFigures(j));
  const healths = figures.map((f) => f.health);
  const health = rollUp(healths.map((h) => ({ score: h.score, status: h.status, weight: 1 })));
  const reference = judged.find((j) => j.judged !== null);
  return Object.freeze({
    customerId: customer.id,
    name: customer.name,
    score: health.score,
    status: health.status,
    counts: Object.freeze(countsOf(healths)),
    money: Object.freeze(
      sumMoneyTotals(figures.flatMap((f) => f.money ?? [])).map((m) => Object.freeze(m)),
    ),
    worst: worstOf(judged, healths),
    reviewDue:
      extra.review && extra.reviewState
        ? Object.freeze({ ...extra.review, state: extra.reviewState })
        : null,
    exit: exitOf(judged),
    trend: Object.freeze(trendOf(judged, reference, extra.trend)),
    period: reference?.judged
      ? Object.freeze({ start: reference.judged.start, end: reference.judged.end })
      : null,
    currency: customer.currency,
  });
}

function countsOf(healths: readonly AgreementHealth[]): StatusCounts {
  let met = 0;
  let atRisk = 0;
  let breached = 0;
  let noData = 0;
  for (const h of healths)
    for (const o of h.objectives) {
      if (o.status === 'met' || o.status === 'exceeded') met++;
      else if (o.status === 'at-risk') atRisk++;
      else if (o.status === 'breached') breached++;
      else noData++;
    }
  return { met, atRisk, breached, noData, total: met + atRisk + breached + noData };
}

/** The judged period's health (every objective) and money: judged once per agreement period. */
function judgedFigures({ agreement, periods, judged: period }: Judged): JudgedFigures {
  if (!period) return { health: agreementPeriodHealth(agreement, null), money: null };
  const known = entryOf(agreement, periods);
  const k = periods.indexOf(period);
  return (known.judged[k] ??= {
    health: agreementPeriodHealth(agreement, period),
    money: moneyOf(agreement, period),
  });
}

/** The agreement's credit and bonus in the period; `null` without a currency or a fee. */
function moneyOf(agreement: ResolvedAgreement, period: AgreementPeriod): JudgedFigures['money'] {
  if (agreement.currency === undefined) return null;
  const money = netPosition(agreement, period);
  if (money.credit.amount === null || money.bonus.amount === null) return null;
  return { currency: agreement.currency, credit: money.credit.amount, bonus: money.bonus.amount };
}

/**
 * Shortfall of a value against the minimum in units of (target - minimum): positive when worse
 * than the minimum; `-Infinity` without a value. A zero span counts the plain shortfall.
 */
export function shortfall(
  value: number | null,
  objective: { readonly direction: Direction; readonly minimum: number; readonly target: number },
): number {
  if (value === null) return -Infinity;
  const below =
    objective.direction === 'lower-is-better'
      ? value - objective.minimum
      : objective.minimum - value;
  const span = Math.abs(objective.target - objective.minimum);
  return span > 0 ? below / span : below;
}

function worstOf(
  judged: readonly Judged[],
  healths: readonly AgreementHealth[],
): WorstObjective | null {
  let worst: WorstObjective | null = null;
  let worstShortfall = -Infinity;
  for (let i = 0; i < judged.length; i++) {
    const agreement = judged[i]!.agreement;
    const objectives = healths[i]!.objectives;
    for (let k = 0; k < objectives.length; k++) {
      const h = objectives[k]!;
      const o = agreement.objectives[k]!;
      const s = shortfall(h.value, o);
      if (worst !== null) {
        const byStatus = compareStatus(h.status, worst.status);
        if (byStatus > 0 || (byStatus === 0 && !(s > worstShortfall))) continue;
      }
      worstShortfall = s;
      worst = {
        agreementId: agreement.id,
        objectiveId: o.id,
        name: o.name,
        status: h.status,
        value: h.value,
        unit: o.unit,
        direction: o.direction,
        minimum: o.minimum,
        target: o.target,
      };
    }
  }
  return worst ? Object.freeze(worst) : null;
}

function exitOf(judged: readonly Judged[]): ExitWarning | null {
  let best: ExitWarning | null = null;
  for (const { agreement, periods, judged: period } of judged) {
    const clause = agreement.exitClause;
    if (!clause || !period) continue;
    const m = clause.withinPeriods;
    const n = clause.misses;
    // `exitTrigger` over the periods up to the judged one: its window is the latest M periods
    // that measure a counted objective; the misses of the latest M - 1 of them are what stays in
    // the window after one more period.
    let considered = 0;
    let misses = 0;
    let missesBeforeNext = 0;
    for (let k = periods.indexOf(period); k >= 0 && considered < m; k--) {
      const facts = factsAt(agreement, periods, k);
      if (!facts.measured) continue;
      considered++;
      if (!facts.miss) continue;
      misses++;
      if (considered < m) missesBeforeNext++;
    }
    let warning: ExitWarning['state'] | null = null;
    if (misses >= n) warning = 'triggered';
    else if (misses > 0 && misses + 1 >= n && missesBeforeNext + 1 >= n) warning = 'near';
    if (warning === null) continue;
    if (best?.state === 'triggered' || (best?.state === 'near' && warning === 'near')) continue;
    best = Object.freeze({
      agreementId: agreement.id,
      state: warning,
      misses,
      allowed: n,
      window: m,
    });
  }
  return best;
}

function trendOf(
  judged: readonly Judged[],
  reference: Judged | undefined,
  count: number,
): TrendPoint[] {
  if (!reference?.judged || count === 0) return [];
  const position = reference.periods.indexOf(reference.judged);
  const from = Math.max(0, position - count + 1);
  // Per agreement, a cursor into its periods (sorted by start, as the slots are).
  const cursors = judged.map(() => 0);
  const points: TrendPoint[] = [];
  for (let k = from; k <= position; k++) {
    const slot = reference.periods[k]!;
    // The roll-up of `rollUp` with equal weights: the mean score and the worst status of the
    // agreements with data, summed in agreement order.
    let sum = 0;
    let withData = 0;
    let worst: PeriodStatus = 'no-data';
    for (let i = 0; i < judged.length; i++) {
      const j = judged[i]!;
      // The position of its period starting within the slot, -1 for none.
      let own = -1;
      if (j === reference) own = k;
      else {
        let c = cursors[i]!;
        while (c < j.periods.length && j.periods[c]!.start < slot.start) c++;
        cursors[i] = c;
        const p = j.periods[c];
        if (p && p.start < slot.end) own = c;
      }
      if (own < 0) continue;
      const h = factsAt(j.agreement, j.periods, own);
      if (h.score === null || h.status === 'no-data') continue;
      sum += h.score;
      withData++;
      if (worst === 'no-data' || statusRank(h.status) < statusRank(worst)) worst = h.status;
    }
    points.push(
      Object.freeze({
        start: slot.start,
        end: slot.end,
        score: withData > 0 ? sum / withData : null,
        status: worst,
      }),
    );
  }
  return points;
}

/** What the rows need of an agreement's objectives, found once per resolved agreement. */
interface Rules {
  /** Objective id -> position in the agreement's objectives (the first of an id wins). */
  readonly positions: ReadonlyMap<string, number>;
  /** Per position: whether the exit clause counts the objective (see `exitObjectiveIds`). */
  readonly counted: readonly boolean[];
}

const rulesOf = new WeakMap<ResolvedAgreement, Rules>();

function rules(agreement: ResolvedAgreement): Rules {
  let r = rulesOf.get(agreement);
  if (!r) {
    const positions = new Map<string, number>();
    agreement.objectives.forEach((o, i) => {
      if (!positions.has(o.id)) positions.set(o.id, i);
    });
    const ids = agreement.exitClause
      ? new Set(exitObjectiveIds(agreement, agreement.exitClause))
      : null;
    r = { positions, counted: agreement.objectives.map((o) => ids?.has(o.id) ?? false) };
    rulesOf.set(agreement, r);
  }
  return r;
}

/** An agreement period's health (as {@link periodHealth}) and what its exit clause reads of it. */
interface PeriodFacts extends Health {
  /** A counted objective of the exit clause is measured in it (the clause considers it). */
  readonly measured: boolean;
  /** A counted objective is breached in it. */
  readonly miss: boolean;
}

/**
 * Judged once per agreement period: the trend, the exit warning and a refreshed feed's rows read
 * each period's figures here instead of judging its objectives again. Kept per list of agreement
 * periods (one per agreement, kept across feeds while its records are, see `agreementPeriods`)
 * while it belongs to the same resolved agreement; a period of no such list is judged again.
 */
const factsOf = new WeakMap<readonly AgreementPeriod[], Figures>();

interface Figures {
  readonly agreement: ResolvedAgreement;
  /** Per position in the list. */
  readonly facts: (PeriodFacts | undefined)[];
  readonly judged: (JudgedFigures | undefined)[];
}

/** What a row takes of its judged period. */
interface JudgedFigures {
  readonly health: AgreementHealth;
  readonly money: {
    readonly currency: string;
    readonly credit: number;
    readonly bonus: number;
  } | null;
}

function entryOf(agreement: ResolvedAgreement, periods: readonly AgreementPeriod[]): Figures {
  let known = factsOf.get(periods);
  if (known?.agreement !== agreement) {
    known = { agreement, facts: [], judged: [] };
    factsOf.set(periods, known);
  }
  return known;
}

/** The figures of `periods[k]`, judged once per list and agreement. */
function factsAt(
  agreement: ResolvedAgreement,
  periods: readonly AgreementPeriod[],
  k: number,
): PeriodFacts {
  return (entryOf(agreement, periods).facts[k] ??= periodFacts(agreement, periods[k]!));
}

function periodFacts(agreement: ResolvedAgreement, period: AgreementPeriod): PeriodFacts {
  const { positions, counted } = rules(agreement);
  const objectives = agreement.objectives;
  const statuses = new Array<PeriodStatus | undefined>(objectives.length);
  let measured = false;
  let miss = false;
  for (const p of period.periods) {
    const i = positions.get(p.objectiveId);
    // The first period of an objective wins, as in agreementPeriodHealth and exitTrigger.
    if (i === undefined || statuses[i] !== undefined) continue;
    const status = periodStatus(objectives[i]!, p);
    statuses[i] = status;
    if (counted[i]) {
      measured = true;
      if (status === 'breached') miss = true;
    }
  }
  const health = healthOf(objectives, statuses);
  return { score: health.score, status: health.status, measured, miss };
}

/**
 * The score and status `agreementPeriodHealth` gives an agreement in a period, without its
 * per-objective list (the trend needs twelve of them per agreement): the same statuses, points,
 * weights and sums in the same order, so the same numbers.
 */
export function periodHealth(agreement: ResolvedAgreement, period: AgreementPeriod | null): Health {
  if (!period) return NO_DATA;
  const { score, status } = periodFacts(agreement, period);
  return { score, status };
}

/** The roll-up of `rollUp` over objectives' statuses (`undefined`: not measured), in order. */
function healthOf(
  objectives: ResolvedAgreement['objectives'],
  statuses: readonly (PeriodStatus | undefined)[],
): Health {
  let weighted = 0;
  let totalWeight = 0;
  let plain = 0;
  let withData = 0;
  let worst: PeriodStatus = 'no-data';
  for (let i = 0; i < objectives.length; i++) {
    const status = statuses[i];
    if (status === undefined || status === 'no-data') continue;
    const points = STATUS_POINTS[status];
    const weight = Math.max(0, objectives[i]!.weight);
    weighted += points * weight;
    totalWeight += weight;
    plain += points;
    withData++;
    if (worst === 'no-data' || statusRank(status) < statusRank(worst)) worst = status;
  }
  if (withData === 0) return NO_DATA;
  return { score: totalWeight > 0 ? weighted / totalWeight : plain / withData, status: worst };
}

const NO_DATA: Health = Object.freeze({ score: null, status: 'no-data' });

/** Credits, bonuses and net of several rows, per currency (never across currencies), exact. */
export function portfolioMoneyTotals(rows: readonly PortfolioRow[]): MoneyTotal[] {
  return sumMoneyTotals(rows.flatMap((r) => r.money));
}
