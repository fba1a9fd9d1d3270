/**
 * Error budgets of ratio objectives.
 *
 * Which objectives: objectives whose unit is `percent`. A percentage objective measures a share of
 * a whole (up minutes of all minutes, good requests of all requests), so the complement is the
 * "bad" share it may spend. A compliance percentage (patched servers, trained staff) is a policy
 * figure, not a budget to spend: it has none unless the feed sets `errorBudget: true`; any
 * percentage objective may opt out with `errorBudget: false`. Objectives in other units
 * (milliseconds, hours, scores, counts, pass-fail) have no error budget: `null`.
 *
 * Shares and the consumed fraction follow the decimal rule (`decimal.ts`): 10 bad minutes of
 * 10,000 at a 99.9 target spend the budget exactly (consumed 1), they do not overspend it.
 *
 * The rule:
 * - allowed bad share = 100 - target for higher-is-better (availability 99.9 allows 0.1 points);
 *   = target for lower-is-better, whose value already is the bad share (error rate 0.5 allows 0.5);
 *   the target is the one in force for the period (`levelsInForce`);
 * - measured bad share = (total - good) / total x 100 from the period's raw counts when present
 *   (`counts.total` already leaves excluded minutes out, so they are not subtracted again); else
 *   from the value (100 - value for higher-is-better, the value itself for lower-is-better);
 * - consumed = measured bad share / allowed bad share (1 = exactly spent, above 1 = overspent);
 *   remaining = 1 - consumed, and MAY be negative (overspent is shown as such);
 * - a target that allows no bad share (100 % availability) has no budget to divide by: consumed and
 *   remaining are `null`, and any bad share is overspent.
 * Absolute figures: availability counts are minutes (up minutes of total minutes; without counts,
 * the period's length in minutes is the total); other indicators count events, and without counts
 * their absolute figures are unknown (`null`).
 */
import { levelsInForce, type MayOverrideLevels } from './in-force.js';
import type { ResolvedObjective } from './resolve.js';
import { decimal } from './decimal.js';

/** What a period offers the budget: its span, value, counts and levels (a feed period fits). */
export interface BudgetPeriod extends MayOverrideLevels {
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  readonly counts?:
    | { readonly good: number; readonly total: number; readonly excluded?: number | undefined }
    | undefined;
}

/** What budget rules need to know about an objective. */
export type BudgetRules = Pick<
  ResolvedObjective,
  'unit' | 'indicator' | 'direction' | 'minimum' | 'target'
> &
  Partial<Pick<ResolvedObjective, 'errorBudget'>>;

/** The error budget of one objective in one period. */
export interface ErrorBudget {
  /** Allowed bad share, in percentage points. */
  readonly allowedShare: number;
  /** Measured bad share, in percentage points; `null` without data. */
  readonly badShare: number | null;
  /** Share of the budget spent (0..1, above 1 when overspent); `null` without data or without budget. */
  readonly consumed: number | null;
  /** 1 - consumed; negative when overspent; `null` when consumed is. */
  readonly remaining: number | null;
  /** True when the bad share is larger than the allowed share. */
  readonly overspent: boolean;
  /** Where the bad share came from. */
  readonly source: 'counts' | 'value' | 'none';
  /** Unit of the absolute figures below, `null` when they are unknown. */
  readonly units: 'minutes' | 'events' | null;
  /** Total minutes or events counted. */
  readonly total: number | null;
  /** Allowed bad minutes or events: allowed share x total. */
  readonly allowed: number | null;
  /** Bad minutes or events measured. */
  readonly used: number | null;
  /** allowed - used; negative when overspent. */
  readonly left: number | null;
}

/** True for objectives measured in percent (a share of a whole). */
export function isRatioObjective(objective: Pick<ResolvedObjective, 'unit'>): boolean {
  return objective.unit === 'percent';
}

/**
 * True for objectives that have an error budget: percentage objectives, except compliance ones,
 * unless the feed's `errorBudget` (resolved into the objective) says otherwise.
 */
export function hasErrorBudget(
  objective: Pick<BudgetRules, 'unit' | 'indicator' | 'errorBudget'>,
): boolean {
  if (!isRatioObjective(objective)) return false;
  return objective.errorBudget ?? objective.indicator !== 'compliance';
}

/**
 * The error budget of an objective in a period (see the module rule), or `null` when the objective
 * is not a ratio objective.
 */
export function errorBudget(objective: BudgetRules, period: BudgetPeriod): ErrorBudget | null {
  if (!hasErrorBudget(objective)) return null;
  const higherIsBetter = objective.direction === 'higher-is-better';
  const { target } = levelsInForce(objective, period);
  const allowedShare = decimal(Math.max(0, higherIsBetter ? 100 - target : target));
  const minutes = objective.indicator === 'availability';

  let source: ErrorBudget['source'] = 'none';
  let badShare: number | null = null;
  let total: number | null = null;
  let used: number | null = null;
  const counts = period.counts;
  if (counts && counts.total > 0) {
    source = 'counts';
    total = counts.total;
    used = Math.max(0, counts.total - counts.good);
    badShare = decimal((used / total) * 100);
  } else if (period.value !== null && Number.isFinite(period.value)) {
    source = 'value';
    badShare = decimal(
      Math.min(100, Math.max(0, higherIsBetter ? 100 - period.value : period.value)),
    );
    if (minutes) {
      total = Math.max(0, period.end - period.start) / 60_000;
      used = (badShare / 100) * total;
    }
  }
  const units = total === null ? null : minutes ? 'minutes' : 'events';
  const consumed = badShare === null || allowedShare <= 0 ? null : decimal(badShare / allowedShare);
  const allowed = total === null ? null : decimal((allowedShare / 100) * total);
  return {
    allowedShare,
    badShare,
    consumed,
    remaining: consumed === null ? null : decimal(1 - consumed),
    overspent: badShare !== null && badShare > allowedShare,
    source,
    units,
    total,
    allowed,
    used,
    left: allowed === null || used === null ? null : decimal(allowed - used),
  };
}
