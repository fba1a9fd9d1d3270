/**
 * Earn-back: a credit incurred for an objective in one period is waived, fully or by a stated
 * share, when the provider recovers. Terms (`earnBack`, on the objective or as the agreement's
 * default): `periods` N, `level` and `share` (default 100 %).
 *
 * Rules, for a credit incurred in period P (looked at `asOf`, never the clock):
 * 1. The window is the N measured periods of the same objective that follow P (those starting at
 *    or after P's end, oldest first).
 * 2. A window period is met when it has ended by `asOf`, has a value, and the value meets or
 *    exceeds `level` (at least as good, direction-aware: at or above it for higher-is-better, at or
 *    below it for lower-is-better). It fails when it has ended and its value is worse than `level`.
 *    Any other period (still running, or without a value) and any period not in the feed yet keeps
 *    the window open.
 * 3. One failed period: `not-earned`, the credit stays owed. All N met: `earned` (or
 *    `partly-earned` when `share` < 100), `share` % of the credit is waived, rounded to the minor
 *    unit, never more than was incurred. Otherwise `pending`: that share may still be waived.
 * 4. No terms, or no credit incurred: `none`.
 */
import type { EarnBack, Period } from '../feed/index.js';
import { isAtLeastAsGood } from './compare.js';
import { periodValue } from './period-value.js';
import type { ResolvedObjective } from './resolve.js';

/** Where a credit incurred stands with earn-back. */
export type EarnBackStatus = 'none' | 'pending' | 'earned' | 'partly-earned' | 'not-earned';

/** What earn-back decided for one credit incurred. Amounts in whole minor units. */
export interface EarnBackOutcome {
  readonly status: EarnBackStatus;
  /** Minor units waived. */
  readonly earnedBack: number;
  /** Minor units that may still be waived. */
  readonly pending: number;
  /** Window periods met so far (0 without terms). */
  readonly periodsMet: number;
  /** Periods the window needs (0 without terms). */
  readonly periodsNeeded: number;
  /** End of the last window period in the feed when the window is full, else `null`. */
  readonly windowEnd: number | null;
}

const NONE: EarnBackOutcome = Object.freeze({
  status: 'none',
  earnedBack: 0,
  pending: 0,
  periodsMet: 0,
  periodsNeeded: 0,
  windowEnd: null,
});

/**
 * `share` % of a whole number of minor units, rounded half up on its decimal value (kept to 15
 * significant digits first), never above it.
 */
function shareOf(minor: number, share: number): number {
  return Math.min(minor, Math.round(Number(((minor * share) / 100).toPrecision(15))));
}

/**
 * The earn-back outcome of `incurred` minor units of credit incurred in `period` (see the module
 * rules). `periods` are the objective's measured periods, sorted by start (those before and
 * including `period` are skipped).
 */
export function earnBackOutcome(
  objective: Pick<ResolvedObjective, 'direction' | 'unit' | 'earnBack'>,
  period: Pick<Period, 'end'>,
  periods: readonly Period[],
  incurred: number,
  asOf: number,
): EarnBackOutcome {
  const terms: EarnBack | undefined = objective.earnBack;
  if (!terms || !(incurred > 0)) return NONE;
  const needed = terms.periods;
  const share = terms.share ?? 100;
  // A period that is still running, or has no value, is neither met nor failed: the window stays
  // open, so fewer than `needed` periods are met.
  let met = 0;
  let seen = 0;
  let windowEnd: number | null = null;
  for (const p of periods) {
    if (p.start < period.end) continue;
    if (seen === needed) break;
    seen++;
    windowEnd = p.end;
    const value = periodValue(objective, p);
    if (p.end > asOf || value === null) continue;
    if (isAtLeastAsGood(objective.direction, value, terms.level)) {
      met++;
    } else {
      return {
        status: 'not-earned',
        earnedBack: 0,
        pending: 0,
        periodsMet: met,
        periodsNeeded: needed,
        windowEnd: seen === needed ? windowEnd : null,
      };
    }
  }
  const waivable = shareOf(incurred, share);
  if (met === needed) {
    return {
      status: share < 100 ? 'partly-earned' : 'earned',
      earnedBack: waivable,
      pending: 0,
      periodsMet: met,
      periodsNeeded: needed,
      windowEnd,
    };
  }
  return {
    status: 'pending',
    earnedBack: 0,
    pending: waivable,
    periodsMet: met,
    periodsNeeded: needed,
    windowEnd: seen === needed ? windowEnd : null,
  };
}
