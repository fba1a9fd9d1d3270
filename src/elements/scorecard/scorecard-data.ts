/**
 * What a scorecard shows, as plain data: the model's answers for one agreement and one period,
 * assembled once per input change (in `willUpdate`), never in `render()`. Pure: no DOM, no clock.
 * A selection over the model, nothing re-derived: the period is `selectPeriod`'s, the health and
 * each row's status and value are `agreementPeriodHealth`'s, the row order is `STATUS_ORDER`
 * (`compareStatus`), review due is `isReviewDue`'s.
 */
import type { AgreementVersion, Feed, Level, Period, Service } from '../../feed/types.js';
import {
  agreementPeriodHealth,
  agreementPeriods,
  agreementsOfCustomer,
  compareStatus,
  describeObjective,
  errorBudget,
  exitTrigger,
  indexFeed,
  isPeriodComplete,
  isReviewDue,
  levelsInForce,
  netPosition,
  periodStatus,
  periodValue,
  resolveAgreement,
  scopeVerdict,
  selectPeriod,
  versionInForce,
  type AgreementPeriod,
  type ErrorBudget,
  type ExitTrigger,
  type FeedIndex,
  type Health,
  type NetPosition,
  type ObjectiveCredit,
  type ObjectiveBonus,
  type ObjectiveDescription,
  type ObjectiveField,
  type ObjectiveHealth,
  type PeriodStatus,
  type ResolvedAgreement,
  type ResolvedObjective,
} from '../../model/index.js';
import type { SparkPoint } from '../../layout/sparkline.js';
import { IdentityMemo, shallowSame } from '../../model/memo.js';

/** How many periods the trend sparkline shows. */
export const TREND_PERIODS = 12;

export interface ScorecardRow {
  readonly objective: ResolvedObjective;
  readonly service: Service | undefined;
  /** This objective's measured period in the selected agreement period, `null` when missing. */
  readonly period: Period | null;
  readonly value: number | null;
  readonly minimum: number;
  readonly target: number;
  readonly status: PeriodStatus;
  /** The last {@link TREND_PERIODS} agreement periods up to the selected one, oldest first. */
  readonly trend: readonly (SparkPoint & {
    readonly start: number;
    readonly status: PeriodStatus;
  })[];
  readonly budget: ErrorBudget | null;
  readonly credit: ObjectiveCredit | null;
  readonly bonus: ObjectiveBonus | null;
  readonly description: ObjectiveDescription;
  /** Where the objective comes from and where its credits count (multi-level agreements). */
  readonly origin: RowOrigin;
}

/** An agreement named in a row's origin line. */
export interface AgreementRef {
  readonly id: string;
  readonly name: string;
  readonly level: Level;
}

export interface RowOrigin {
  /** The nearest ancestor that also has the objective; `null` for the agreement's own objective. */
  readonly inheritedFrom: AgreementRef | null;
  /** Inherited fields this agreement changes itself (see `ResolvedObjective.overrides`). */
  readonly overrides: readonly ObjectiveField[];
  /** The agreement whose credits count this objective, `null` when they count here. */
  readonly countedIn: AgreementRef | null;
}

export interface ScorecardData {
  readonly agreement: ResolvedAgreement;
  readonly providerName: string;
  /** Every agreement period, oldest first (for the period picker). */
  readonly periods: readonly AgreementPeriod[];
  /** The agreement period shown. */
  readonly period: AgreementPeriod;
  /** Whether the period shown has ended by `now`. */
  readonly periodComplete: boolean;
  /** The version in force at the start of the period shown (label falls back to `agreement.version`). */
  readonly version: AgreementVersion | undefined;
  readonly versionLabel: string | undefined;
  /** True when the agreement's review date has passed. */
  readonly reviewDue: boolean;
  readonly health: Health;
  readonly rows: readonly ScorecardRow[];
  readonly money: NetPosition;
  readonly exit: ExitTrigger | null;
}

export type ScorecardEmpty =
  | { readonly empty: 'no-agreement'; readonly id: string }
  | { readonly empty: 'no-customer'; readonly id: string }
  | { readonly empty: 'not-of-customer'; readonly id: string; readonly customer: string }
  | { readonly empty: 'no-agreements'; readonly id: string }
  | { readonly empty: 'no-periods'; readonly id: string }
  | { readonly empty: 'no-period'; readonly id: string; readonly period: string };

export type SortOrder = 'worst-first' | 'feed';

export interface ScorecardQuery {
  readonly agreementId: string;
  /**
   * The display scope: with a customer id, only an agreement of that customer is shown (see
   * `scopeVerdict` in the model); anything else answers `no-customer` or `not-of-customer`.
   */
  readonly customerId?: string | undefined;
  /** `YYYY-MM`, `YYYY-MM-DD` (the period containing that local day) or empty for the default. */
  readonly period?: string | undefined;
  readonly now: number;
  readonly sort?: SortOrder | undefined;
}

/** Period selection is the model's (re-exported here for existing imports). */
export { selectPeriod };

/** Builds the scorecard of one agreement for one period, or says what is missing. */
export function scorecardData(feed: Feed, query: ScorecardQuery): ScorecardData | ScorecardEmpty {
  const index = indexFeed(feed);
  const customer = query.customerId;
  if (customer !== undefined) {
    const verdict = scopeVerdict(index, customer, query.agreementId);
    if (verdict === 'unknown-customer') return { empty: 'no-customer', id: customer };
    // Also for an id that is in no customer's scope: the answer must not tell which ids exist.
    if (verdict === 'not-of-customer')
      return { empty: 'not-of-customer', id: query.agreementId, customer };
  }
  const agreement = resolveAgreement(index, query.agreementId);
  if (!agreement) return { empty: 'no-agreement', id: query.agreementId };
  const periods = agreementPeriods(index, agreement.id);
  if (!periods.length) return { empty: 'no-periods', id: agreement.id };
  const period = selectPeriod(periods, query.period, agreement.timeZone, query.now);
  if (!period) return { empty: 'no-period', id: agreement.id, period: query.period ?? '' };

  const periodComplete = isPeriodComplete(period, query.now);
  const reviewDue = isReviewDue(agreement, query.now);
  const sort = query.sort ?? 'worst-first';
  // The same inputs (the model keeps agreements and agreement periods across a refreshed feed
  // whose records they come from did not change) give the same data object.
  const services = agreement.objectives.map((o) =>
    o.serviceId === undefined ? undefined : index.services.get(o.serviceId),
  );
  const inputs = [
    feed.provider.name,
    period,
    periodComplete,
    reviewDue,
    sort,
    periods.length,
    ...periods,
    ...services,
  ];
  return scorecards.get(agreement, inputs, () =>
    buildScorecard(index, agreement, periods, period, { periodComplete, reviewDue, sort }),
  );
}

const scorecards = new IdentityMemo<ResolvedAgreement, ScorecardData>();
const rowMemo = new IdentityMemo<ResolvedObjective, ScorecardRow>();

/**
 * How many scorecards and rows were built (not taken from the memo) so far; for tests that check
 * what a refresh recomputes.
 */
export function scorecardBuildCounts(): { readonly scorecards: number; readonly rows: number } {
  return { scorecards: scorecards.computed, rows: rowMemo.computed };
}

function buildScorecard(
  index: FeedIndex,
  agreement: ResolvedAgreement,
  periods: readonly AgreementPeriod[],
  period: AgreementPeriod,
  {
    periodComplete,
    reviewDue,
    sort,
  }: { periodComplete: boolean; reviewDue: boolean; sort: SortOrder },
): ScorecardData {
  const position = periods.indexOf(period);
  const trendPeriods = periods.slice(Math.max(0, position - TREND_PERIODS + 1), position + 1);
  const money = netPosition(agreement, period);
  const lookup: RowLookup = {
    measured: trendPeriods.map(byObjective),
    credits: firstByObjective(money.credit.objectives),
    bonuses: firstByObjective(money.bonus.objectives),
  };
  // The trend ends with the period shown.
  const selected = lookup.measured[trendPeriods.length - 1] ?? byObjective(period);
  const health = agreementPeriodHealth(agreement, period);
  const rows = agreement.objectives.map((objective, i) =>
    memoRow(index, objective, health.objectives[i]!, trendPeriods, selected, lookup),
  );
  if (sort === 'worst-first') {
    // Feed order breaks ties: sort the positions, then read the rows in that order.
    const order = rows.map((_, i) => i);
    order.sort(
      (i, j) =>
        compareStatus(rows[i]!.status, rows[j]!.status) ||
        rows[j]!.objective.weight - rows[i]!.objective.weight ||
        i - j,
    );
    const byFeed = rows.slice();
    for (let k = 0; k < order.length; k++) rows[k] = byFeed[order[k]!]!;
  }
  const version = versionInForce(agreement, period.start);
  return {
    agreement,
    providerName: index.feed.provider.name,
    periods,
    period,
    periodComplete,
    version,
    versionLabel: version?.version ?? agreement.version,
    reviewDue,
    health: { score: health.score, status: health.status },
    rows,
    money,
    exit: exitTrigger(agreement, periods.slice(0, position + 1)),
  };
}

/**
 * Per-objective lookups for the rows, built once per scorecard (a row used to scan every period of
 * every trend period and every credit: quadratic in the number of objectives).
 */
interface RowLookup {
  /** Per trend period (same order): objective id -> its measured period. */
  readonly measured: readonly ReadonlyMap<string, Period>[];
  readonly credits: ReadonlyMap<string, ObjectiveCredit>;
  readonly bonuses: ReadonlyMap<string, ObjectiveBonus>;
}

/** Objective id -> item; the first item of an id wins, as `Array.prototype.find` did. */
function firstByObjective<T extends { readonly objectiveId: string }>(
  items: readonly T[],
): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.objectiveId)) map.set(item.objectiveId, item);
  return map;
}

const byObjective = (ap: AgreementPeriod): Map<string, Period> => firstByObjective(ap.periods);

/**
 * A row is built again only when what it shows may differ: its objective (the same object while
 * the agreement's records are the same), its service, its period in each trend period, its
 * status and value, and its credit and bonus (compared field by field: the agreement's credit
 * cap can change one objective's credit when another's changes). Otherwise the previous row, the
 * same object, is kept, so a view can skip rows whose data object did not change.
 */
function memoRow(
  index: FeedIndex,
  objective: ResolvedObjective,
  judged: ObjectiveHealth,
  trendPeriods: readonly AgreementPeriod[],
  selected: ReadonlyMap<string, Period>,
  lookup: RowLookup,
): ScorecardRow {
  const id = objective.id;
  const service =
    objective.serviceId === undefined ? undefined : index.services.get(objective.serviceId);
  const credit = lookup.credits.get(id) ?? null;
  const bonus = lookup.bonuses.get(id) ?? null;
  const measured = selected.get(id);
  const inputs: unknown[] = [service, judged.status, judged.value, measured, trendPeriods.length];
  // This objective's period in each trend period, looked up once for the inputs and the row.
  const own = new Array<Period | undefined>(trendPeriods.length);
  for (let i = 0; i < trendPeriods.length; i++) {
    own[i] = lookup.measured[i]?.get(id);
    inputs.push(trendPeriods[i]!.start, own[i]);
  }
  return rowMemo.get(
    objective,
    inputs,
    () =>
      buildRow(index, objective, judged, trendPeriods, own, measured ?? null, service, {
        credit,
        bonus,
      }),
    (row) => shallowSame(row.credit, credit) && shallowSame(row.bonus, bonus),
  );
}

function buildRow(
  index: FeedIndex,
  objective: ResolvedObjective,
  judged: ObjectiveHealth,
  trendPeriods: readonly AgreementPeriod[],
  own: readonly (Period | undefined)[],
  measured: Period | null,
  service: Service | undefined,
  { credit, bonus }: { credit: ObjectiveCredit | null; bonus: ObjectiveBonus | null },
): ScorecardRow {
  const levels = levelsInForce(objective, measured ?? undefined);
  const trend = trendPeriods.map((ap, i) => {
    const p = own[i];
    const l = levelsInForce(objective, p);
    return {
      start: ap.start,
      value: p ? periodValue(objective, p) : null,
      minimum: l.minimum,
      target: l.target,
      status: p ? periodStatus(objective, p) : ('no-data' as const),
    };
  });
  return {
    objective,
    service,
    period: measured,
    value: judged.value,
    minimum: levels.minimum,
    target: levels.target,
    status: judged.status,
    trend,
    budget: measured ? errorBudget(objective, measured) : null,
    credit,
    bonus,
    description: describeObjective(objective, measured ?? undefined),
    origin: {
      inheritedFrom: agreementRef(index, objective.inheritedFrom),
      overrides: objective.overrides.filter(
        (f) => objective.fieldSources[f] === objective.agreementId,
      ),
      countedIn:
        objective.countedIn === objective.agreementId
          ? null
          : agreementRef(index, objective.countedIn),
    },
  };
}

function agreementRef(index: FeedIndex, id: string | undefined): AgreementRef | null {
  const a = id === undefined ? undefined : index.agreements.get(id);
  return a ? { id: a.id, name: a.name, level: a.level } : null;
}

/**
 * The agreements a `customer` attribute shows: the customer's (the model's scope rule), customer
 * level before service level; `null` when the customer is not in the feed.
 */
export function customerAgreementIds(feed: Feed, customerId: string): string[] | null {
  const list = agreementsOfCustomer(indexFeed(feed), customerId);
  if (list === null) return null;
  const levelOrder = { corporate: 0, customer: 1, service: 2 } as const;
  return [...list].sort((a, b) => levelOrder[a.level] - levelOrder[b.level]).map((a) => a.id);
}

/** True when `x` is the "nothing to show" answer of {@link scorecardData}. */
export function isEmpty(x: ScorecardData | ScorecardEmpty): x is ScorecardEmpty {
  return 'empty' in x;
}
