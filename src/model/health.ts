/**
 * Health roll-ups. ONE rule, used at every level:
 * - an objective earns points for its status in the agreement period judged (any period, see
 *   {@link agreementPeriodHealth}; by default the latest complete one):
 *   exceeded 100, met 100, at risk 50, breached 0; no data earns nothing and is left out;
 * - a level's score is the weighted mean of its members' points (members with data only):
 *   objectives weigh their `weight` (default 1) in an agreement; agreements weigh equally in a
 *   customer; customers weigh equally in the portfolio. When the members with data all weigh 0,
 *   they weigh equally instead;
 * - a level's status is the worst status of its members with data
 *   (breached < at risk < met < exceeded), whatever their weight; `no-data` when no member has data.
 * The portfolio is made of customers; agreements without a customer (corporate templates) are in
 * no customer and so not in the portfolio.
 * Every view computes an agreement's health through {@link agreementPeriodHealth}: the scorecard's
 * score and a portfolio drill-down's (customer -> agreement -> period) are the same number.
 */
import type { AgreementPeriod } from './agreement-periods.js';
import { agreementPeriods } from './agreement-periods.js';
import type { Period } from '../feed/index.js';
import type { FeedIndex } from './feed-index.js';
import { periodValue } from './period-value.js';
import { selectPeriod, type PeriodSelector } from './period-selection.js';
import { resolveAgreement, type ResolvedAgreement } from './resolve.js';
import { periodStatus, worstStatus, type MeasuredStatus, type PeriodStatus } from './status.js';

/** Points per status (no data has none). */
export const STATUS_POINTS: Readonly<Record<MeasuredStatus, number>> = Object.freeze({
  exceeded: 100,
  met: 100,
  'at-risk': 50,
  breached: 0,
});

/** Points of a status: exceeded 100, met 100, at risk 50, breached 0, no data `null`. */
export function statusPoints(status: PeriodStatus): number | null {
  return status === 'no-data' ? null : STATUS_POINTS[status];
}

/** A score (0..100, `null` without data) and a status. */
export interface Health {
  readonly score: number | null;
  readonly status: PeriodStatus;
}

/** A member of a roll-up. */
export interface HealthMember extends Health {
  readonly weight: number;
}

/**
 * The roll-up rule: weighted mean of the scores of members with data (equal weights when those
 * weigh 0 in total) and the worst status of members with data; `null` / `no-data` when none has data.
 */
export function rollUp(members: readonly HealthMember[]): Health {
  const withData = members.filter((m) => m.score !== null && m.status !== 'no-data');
  if (withData.length === 0) return { score: null, status: 'no-data' };
  const totalWeight = withData.reduce((s, m) => s + Math.max(0, m.weight), 0);
  const score =
    totalWeight > 0
      ? withData.reduce((s, m) => s + (m.score ?? 0) * Math.max(0, m.weight), 0) / totalWeight
      : withData.reduce((s, m) => s + (m.score ?? 0), 0) / withData.length;
  return { score, status: worstStatus(withData.map((m) => m.status)) };
}

/** One objective's part in its agreement's health. */
export interface ObjectiveHealth extends HealthMember {
  readonly objectiveId: string;
  /** The measured value, `null` without data. */
  readonly value: number | null;
}

/** Health of one agreement in one agreement period. */
export interface AgreementHealth extends Health {
  readonly agreementId: string;
  /** The agreement period judged; `null` when the agreement has no periods or none was found. */
  readonly period: AgreementPeriod | null;
  readonly objectives: readonly ObjectiveHealth[];
}

/** Health of one customer from its agreements. */
export interface CustomerHealth extends Health {
  readonly customerId: string;
  readonly agreements: readonly AgreementHealth[];
}

/** Health of the whole portfolio from its customers. */
export interface PortfolioHealth extends Health {
  readonly customers: readonly CustomerHealth[];
}

/**
 * Health of an agreement in one of its agreement periods: each of its (resolved) objectives judged
 * in that period (no measurement: no data), rolled up by the module rule. Objectives keep the
 * agreement's order. `null` as the period: every objective has no data.
 */
export function agreementPeriodHealth(
  agreement: ResolvedAgreement,
  period: AgreementPeriod | null,
): AgreementHealth {
  const measuredById = new Map<string, Period>();
  // The first period of an objective wins, as in the agreement period itself.
  for (const p of period?.periods ?? [])
    if (!measuredById.has(p.objectiveId)) measuredById.set(p.objectiveId, p);
  const objectives: ObjectiveHealth[] = agreement.objectives.map((o) => {
    const measured = measuredById.get(o.id);
    const status = measured ? periodStatus(o, measured) : 'no-data';
    return {
      objectiveId: o.id,
      value: measured ? periodValue(o, measured) : null,
      status,
      score: statusPoints(status),
      weight: o.weight,
    };
  });
  return { agreementId: agreement.id, period, objectives, ...rollUp(objectives) };
}

/**
 * Health of an agreement in the period `period` names: a selector (`YYYY-MM`, `YYYY-MM-DD` in the
 * agreement's calendar, see `selectPeriod`), one of its agreement periods, or nothing for the
 * latest complete period at `now`. A selector that names no period gives `period: null` and no
 * data. `null` for an unknown agreement.
 */
export function agreementHealth(
  index: FeedIndex,
  agreementId: string,
  now: number,
  period?: PeriodSelector | AgreementPeriod,
): AgreementHealth | null {
  const agreement = resolveAgreement(index, agreementId);
  if (!agreement) return null;
  const judged =
    typeof period === 'object'
      ? period
      : selectPeriod(agreementPeriods(index, agreementId), period, agreement.timeZone, now);
  return agreementPeriodHealth(agreement, judged);
}

/**
 * Health of a customer: its agreements (those naming it directly or through a parent), equal
 * weights, rolled up by the module rule. Each agreement is judged in the period `period` names
 * (a selector, see {@link agreementHealth}; default: each one's latest complete period). `null`
 * for an unknown customer.
 */
export function customerHealth(
  index: FeedIndex,
  customerId: string,
  now: number,
  period?: PeriodSelector,
): CustomerHealth | null {
  if (!index.customers.has(customerId)) return null;
  const agreements: AgreementHealth[] = [];
  for (const a of index.agreementsOfCustomer.get(customerId) ?? []) {
    const h = agreementHealth(index, a.id, now, period);
    if (h) agreements.push(h);
  }
  return {
    customerId,
    agreements,
    ...rollUp(agreements.map((a) => ({ score: a.score, status: a.status, weight: 1 }))),
  };
}

/**
 * Health of the portfolio: every customer, equal weights, rolled up by the module rule; `period`
 * as in {@link customerHealth}.
 */
export function portfolioHealth(
  index: FeedIndex,
  now: number,
  period?: PeriodSelector,
): PortfolioHealth {
  const customers: CustomerHealth[] = [];
  for (const id of index.customers.keys()) {
    const h = customerHealth(index, id, now, period);
    if (h) customers.push(h);
  }
  return {
    customers,
    ...rollUp(customers.map((c) => ({ score: c.score, status: c.status, weight: 1 }))),
  };
}
