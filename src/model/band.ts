/**
 * Qualitative ranges for bullet graphs. The thresholds of an objective (minimum, target, every credit
 * tier and every incentive tier) cut the value axis into bands; within one band the status, the
 * credit tier and the incentive tier are the same. Band 0 is the worst (beyond the most severe
 * threshold), the last band the best (beyond the most demanding incentive tier).
 *
 * A value exactly on a threshold belongs to the better band: equal is not worse than a minimum,
 * target or credit threshold, and equal reaches an incentive threshold.
 */
import type { CreditTier, IncentiveTier } from '../feed/index.js';
import { compareValues, isAtLeastAsGood } from './compare.js';
import { creditTier, incentiveTier } from './credit-tier.js';
import { levelsInForce, type Levels } from './in-force.js';
import type { ResolvedObjective } from './resolve.js';
import { valueStatus, type MeasuredStatus } from './status.js';

/** What band rules need to know about an objective. */
export type BandRules = Pick<
  ResolvedObjective,
  'direction' | 'minimum' | 'target' | 'creditTiers' | 'incentiveTiers'
>;

/** One qualitative range of the value axis. */
export interface ValueBand {
  /** 0 for the worst band, counting up towards the best. */
  readonly index: number;
  /** Values at least as good as this belong to the band (inclusive); `null`: open towards worse. */
  readonly worseBound: number | null;
  /** Values worse than this belong to the band (exclusive); `null`: open towards better. */
  readonly betterBound: number | null;
  /** Status of any value in the band. */
  readonly status: MeasuredStatus;
  /** Credit tier earned by any value in the band, `null` for none. */
  readonly creditTier: CreditTier | null;
  /** Incentive tier reached by any value in the band, `null` for none. */
  readonly incentiveTier: IncentiveTier | null;
}

/** The distinct thresholds of an objective, from worst to best. */
export function bandBoundaries(
  objective: BandRules,
  levels: Levels = levelsInForce(objective),
): number[] {
  const all = new Set<number>([levels.minimum, levels.target]);
  for (const t of objective.creditTiers) all.add(t.threshold);
  for (const t of objective.incentiveTiers) all.add(t.threshold);
  return [...all].sort((a, b) => compareValues(objective.direction, b, a));
}

/**
 * Every band of an objective, worst first. `levels` (default: the objective's own) are the
 * minimum and target in force, e.g. `levelsInForce(objective, period)`.
 */
export function valueBands(
  objective: BandRules,
  levels: Levels = levelsInForce(objective),
): ValueBand[] {
  const bounds = bandBoundaries(objective, levels);
  const bands: ValueBand[] = [];
  for (let i = 0; i <= bounds.length; i++) bands.push(bandAt(objective, levels, bounds, i));
  return bands;
}

/** Band `i` of the boundaries `bounds` (see {@link bandBoundaries}). */
function bandAt(
  objective: BandRules,
  levels: Levels,
  bounds: readonly number[],
  i: number,
): ValueBand {
  const worseBound = i === 0 ? null : bounds[i - 1]!;
  const betterBound = i === bounds.length ? null : bounds[i]!;
  // Every value of a band is classified alike, so one probe value tells the band's class.
  const probe = worseBound ?? stepWorse(objective, betterBound!);
  const status = valueStatus(objective, probe, levels) as MeasuredStatus;
  return {
    index: i,
    worseBound,
    betterBound,
    status,
    creditTier: creditTier(objective, probe),
    incentiveTier: incentiveTier(objective, probe),
  };
}

/**
 * The band a value falls in (see {@link valueBands}), or `null` when there is no value.
 */
export function valueBand(
  objective: BandRules,
  value: number | null | undefined,
  levels: Levels = levelsInForce(objective),
): ValueBand | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  // The one band it falls in, built alone (not every band to pick one).
  const bounds = bandBoundaries(objective, levels);
  let index = 0;
  for (const b of bounds) if (isAtLeastAsGood(objective.direction, value, b)) index++;
  return bandAt(objective, levels, bounds, index);
}

/** A value clearly worse than `bound` (used as a probe for the open worst band). */
function stepWorse(objective: BandRules, bound: number): number {
  const step = Math.max(1, Math.abs(bound));
  return objective.direction === 'lower-is-better' ? bound + step : bound - step;
}
