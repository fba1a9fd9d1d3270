/**
 * What the incentive view shows, as plain data: for one agreement, a range of its periods and a
 * selected one, each objective's zones, values, headroom and "living at the minimum" counts, and
 * the money ledger of the range. A selection over the model (`incentiveZones`, `headroom`,
 * `livingAtMinimum`, `agreementLedger`, `selectPeriod`), nothing re-derived. Pure: no DOM, no clock.
 */
import type { Feed, Service } from '../../feed/types.js';
import {
  agreementLedger,
  agreementPeriods,
  headroom,
  incentiveZone,
  incentiveZones,
  indexFeed,
  levelsInForce,
  livingAtMinimum,
  periodValue,
  resolveAgreement,
  scopeVerdict,
  selectPeriod,
  sumLivingAtMinimum,
  type AgreementPeriod,
  type Headroom,
  type IncentiveZone,
  type Ledger,
  type LedgerObjectiveRow,
  type LedgerPeriod,
  type Levels,
  type LivingAtMinimum,
  type ResolvedAgreement,
  type ResolvedObjective,
} from '../../model/index.js';

/** How many periods the range holds without `start` / `end`. */
export const DEFAULT_RANGE_PERIODS = 12;
/** The share of the minimum-service zone counted as "living at the minimum". */
export const LIVING_SHARE = 0.1;

export interface IncentiveObjective {
  readonly objective: ResolvedObjective;
  readonly service: Service | undefined;
  /** Zones with the levels in force in the selected period. */
  readonly zones: readonly IncentiveZone[];
  readonly levels: Levels;
  /** One value per period of the range (oldest first), `null` for no data. */
  readonly values: readonly (number | null)[];
  /** The zone of each value, `null` for no data. */
  readonly valueZones: readonly (IncentiveZone | null)[];
  /** The ledger row of each period of the range, `null` where the objective was not measured. */
  readonly ledgerRows: readonly (LedgerObjectiveRow | null)[];
  readonly headroom: Headroom | null;
  readonly living: LivingAtMinimum;
}

export interface IncentiveData {
  readonly agreement: ResolvedAgreement;
  readonly providerName: string;
  readonly customerName: string | undefined;
  /** Every agreement period, oldest first. */
  readonly periods: readonly AgreementPeriod[];
  /** The periods of the range, oldest first. */
  readonly range: readonly AgreementPeriod[];
  /** Index into `range` of the selected period. */
  readonly selected: number;
  readonly objectives: readonly IncentiveObjective[];
  /** The objectives' counts added up. */
  readonly living: LivingAtMinimum;
  readonly ledger: Ledger;
  /** The ledger's period of each period of the range, `null` where it has none. */
  readonly ledgerPeriods: readonly (LedgerPeriod | null)[];
}

export type IncentiveEmpty =
  | { readonly empty: 'pick' }
  | { readonly empty: 'no-agreement'; readonly id: string }
  | { readonly empty: 'no-customer'; readonly id: string }
  | { readonly empty: 'not-of-customer'; readonly id: string; readonly customer: string }
  | { readonly empty: 'no-periods'; readonly id: string }
  | { readonly empty: 'no-period'; readonly id: string; readonly period: string }
  | { readonly empty: 'no-objective'; readonly id: string; readonly agreement: string };

export interface IncentiveQuery {
  readonly agreementId: string | undefined;
  readonly objectiveId?: string | undefined;
  readonly customerId?: string | undefined;
  /** `YYYY-MM`, `YYYY-MM-DD` or empty for the latest complete period. */
  readonly period?: string | undefined;
  /**
   * The range: periods starting in `[start, end)`; default the 12 periods up to the latest
   * complete one (or up to the selected one when it is not among them).
   */
  readonly start?: number | undefined;
  readonly end?: number | undefined;
  readonly now: number;
}

export function isEmpty(x: IncentiveData | IncentiveEmpty): x is IncentiveEmpty {
  return 'empty' in x;
}

/** Builds the incentive view of one agreement, or says what is missing. */
export function incentiveData(feed: Feed, q: IncentiveQuery): IncentiveData | IncentiveEmpty {
  if (!q.agreementId) return { empty: 'pick' };
  const index = indexFeed(feed);
  if (q.customerId !== undefined) {
    const verdict = scopeVerdict(index, q.customerId, q.agreementId);
    if (verdict === 'unknown-customer') return { empty: 'no-customer', id: q.customerId };
    if (verdict === 'not-of-customer')
      return { empty: 'not-of-customer', id: q.agreementId, customer: q.customerId };
  }
  const agreement = resolveAgreement(index, q.agreementId);
  if (!agreement) return { empty: 'no-agreement', id: q.agreementId };
  const objectives = q.objectiveId
    ? agreement.objectives.filter((o) => o.id === q.objectiveId)
    : agreement.objectives;
  if (q.objectiveId && !objectives.length)
    return { empty: 'no-objective', id: q.objectiveId, agreement: agreement.id };
  const periods = agreementPeriods(index, agreement.id);
  if (!periods.length) return { empty: 'no-periods', id: agreement.id };

  let range: AgreementPeriod[];
  let chosen: AgreementPeriod | null;
  if (q.start !== undefined || q.end !== undefined) {
    const start = q.start ?? -Infinity;
    const end = q.end ?? Infinity;
    range = periods.filter((p) => p.start >= start && p.start < end);
    if (!range.length) return { empty: 'no-period', id: agreement.id, period: q.period ?? '' };
    chosen = q.period ? selectPeriod(range, q.period, agreement.timeZone, q.now) : null;
    chosen ??= selectPeriod(range, undefined, agreement.timeZone, q.now);
  } else {
    chosen = selectPeriod(periods, q.period, agreement.timeZone, q.now);
    if (!chosen) return { empty: 'no-period', id: agreement.id, period: q.period ?? '' };
    // The 12 periods up to the latest complete one, unless the selected period is not among them:
    // then the 12 up to the selected one (picking a period of the range keeps the range).
    const at = periods.indexOf(chosen);
    const latest = periods.indexOf(selectPeriod(periods, undefined, agreement.timeZone, q.now)!);
    const last = at <= latest && at > latest - DEFAULT_RANGE_PERIODS ? latest : at;
    range = periods.slice(Math.max(0, last - DEFAULT_RANGE_PERIODS + 1), last + 1);
  }
  const selected = Math.max(0, range.indexOf(chosen!));
  const ledger = agreementLedger(
    index,
    agreement,
    { start: range[0]!.start, end: range[range.length - 1]!.end },
    q.now,
  );
  const rowsByPeriod = ledger.periods.map((lp) => {
    const m = new Map<string, LedgerObjectiveRow>();
    for (const r of lp.rows) if (!m.has(r.objectiveId)) m.set(r.objectiveId, r);
    return [lp.start, m] as const;
  });
  const ledgerAt = new Map(rowsByPeriod);

  const byObjective = range.map((ap) => {
    const m = new Map<string, AgreementPeriod['periods'][number]>();
    for (const p of ap.periods) if (!m.has(p.objectiveId)) m.set(p.objectiveId, p);
    return m;
  });
  const items = objectives.map((objective): IncentiveObjective => {
    const measured = byObjective.map((m) => m.get(objective.id));
    const values = measured.map((p) => (p ? periodValue(objective, p) : null));
    const periodLevels = measured.map((p) => levelsInForce(objective, p));
    const levels = periodLevels[selected]!;
    const zones = incentiveZones(objective, levels);
    return {
      objective,
      service:
        objective.serviceId === undefined ? undefined : index.services.get(objective.serviceId),
      zones,
      levels,
      values,
      valueZones: values.map((v) => incentiveZone(zones, objective.direction, v)),
      ledgerRows: range.map((ap) => ledgerAt.get(ap.start)?.get(objective.id) ?? null),
      headroom: headroom(objective, values[selected], levels),
      living: livingAtMinimum(objective, values, LIVING_SHARE, (i) => periodLevels[i]!),
    };
  });
  return {
    agreement,
    providerName: feed.provider.name,
    customerName: agreement.customer?.name,
    periods,
    range,
    selected,
    objectives: items,
    living: sumLivingAtMinimum(
      items.map((i) => i.living),
      LIVING_SHARE,
    ),
    ledger,
    ledgerPeriods: range.map((ap) => ledger.periods.find((lp) => lp.start === ap.start) ?? null),
  };
}
