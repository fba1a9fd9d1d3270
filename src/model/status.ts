/**
 * Status of a measured period, per the feed contract:
 * - `breached`: the value is worse than the minimum;
 * - `at-risk`: not worse than the minimum, but worse than the target;
 * - `met`: not worse than the target;
 * - `exceeded`: met, and at least as good as the first (least demanding) incentive tier. Without
 *   incentive tiers a value can only be met;
 * - `no-data`: there is no value.
 */
import type { MayOverrideLevels, Levels } from './in-force.js';
import { levelsInForce } from './in-force.js';
import { isAtLeastAsGood, isWorse } from './compare.js';
import type { ResolvedObjective } from './resolve.js';
import { periodValue, type ValueSource } from './period-value.js';

/** The status of one objective in one period. */
export type PeriodStatus = 'breached' | 'at-risk' | 'met' | 'exceeded' | 'no-data';

/** A status with data, worst first. */
export type MeasuredStatus = Exclude<PeriodStatus, 'no-data'>;

/**
 * The one status order, worst first: breached, at risk, no data, met, exceeded. Every worst-first
 * list in the kit (scorecard rows, status counts, a portfolio's customers) sorts by it.
 *
 * No data ranks between at risk and met. It is not a shortfall (it earns no credit, and roll-ups
 * leave it out, see {@link worstStatus}), so it comes after the statuses that need action; but it
 * is not a kept promise either, so a reader scanning worst first meets it before anything that is
 * fine: a missing measurement is something to ask the provider about.
 */
export const STATUS_ORDER: readonly PeriodStatus[] = Object.freeze([
  'breached',
  'at-risk',
  'no-data',
  'met',
  'exceeded',
]);

/** What status rules need to know about an objective. */
export type StatusRules = Pick<
  ResolvedObjective,
  'direction' | 'minimum' | 'target' | 'incentiveTiers'
> &
  Partial<Pick<ResolvedObjective, 'unit'>>;

/** A measured value and, optionally, the levels in force for it (a feed period fits). */
export interface Measured extends MayOverrideLevels {
  readonly value: number | null;
  /** Raw counts: the value when `value` is absent (see `periodValue`). */
  readonly counts?: ValueSource['counts'];
}

/**
 * The status of a value against an objective. `levels` (default: the objective's own) are the
 * minimum and target in force; incentive tiers come from the objective. A status above `met` is
 * only reached when the value is not worse than the target.
 */
export function valueStatus(
  objective: StatusRules,
  value: number | null | undefined,
  levels: Levels = levelsInForce(objective),
): PeriodStatus {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no-data';
  const { direction } = objective;
  if (isWorse(direction, value, levels.minimum)) return 'breached';
  if (isWorse(direction, value, levels.target)) return 'at-risk';
  const first = firstIncentiveThreshold(objective);
  if (first !== undefined && isAtLeastAsGood(direction, value, first)) return 'exceeded';
  return 'met';
}

/**
 * The status of a measured period: its value (derived from its counts when absent, see
 * `periodValue`) judged against the levels in force for it (the period's own `levels` override the
 * objective's minimum and target, see `levelsInForce`).
 */
export function periodStatus(objective: StatusRules, period: Measured): PeriodStatus {
  return valueStatus(objective, periodValue(objective, period), levelsInForce(objective, period));
}

/**
 * Position of a status in {@link STATUS_ORDER}: breached 0, at risk 1, no data 2, met 3,
 * exceeded 4 (an unknown value ranks with no data).
 */
export function statusRank(status: PeriodStatus): number {
  const rank = STATUS_ORDER.indexOf(status);
  return rank === -1 ? NO_DATA_RANK : rank;
}

const NO_DATA_RANK = STATUS_ORDER.indexOf('no-data');

/**
 * Comparator for worst first by {@link STATUS_ORDER}: negative when `a` is worse than `b`.
 * `rows.sort((a, b) => compareStatus(a.status, b.status))`.
 */
export function compareStatus(a: PeriodStatus, b: PeriodStatus): number {
  return statusRank(a) - statusRank(b);
}

/**
 * The worst status of a list, ignoring `no-data`: breached < at-risk < met < exceeded. `no-data`
 * when the list is empty or every member has no data.
 */
export function worstStatus(statuses: Iterable<PeriodStatus>): PeriodStatus {
  let worst: PeriodStatus = 'no-data';
  for (const s of statuses) {
    if (s === 'no-data') continue;
    if (worst === 'no-data' || statusRank(s) < statusRank(worst)) worst = s;
  }
  return worst;
}

/** The least demanding incentive threshold (the worst one), whatever order the tiers are in. */
function firstIncentiveThreshold(objective: StatusRules): number | undefined {
  let first: number | undefined;
  for (const t of objective.incentiveTiers) {
    if (first === undefined || isWorse(objective.direction, t.threshold, first))
      first = t.threshold;
  }
  return first;
}
