/**
 * Incentive zones: where a value lands between the contractual floor, the committed target and
 * the incentive tiers, and whether a provider is "living at the minimum".
 *
 * The zones cut the value axis from worst to best (direction-aware), built from the objective's
 * bands (`valueBands`, so a value exactly on a threshold belongs to the better zone):
 * - `credit`: worse than a credit tier's threshold; one zone per tier, with its credit %;
 * - `below-minimum`: worse than the minimum where no credit tier applies (report-only and
 *   bonus-only objectives);
 * - `minimum-service`: from the minimum (included) to the target (excluded);
 * - `committed`: from the target to the first incentive tier (or open towards better);
 * - `incentive`: one zone per incentive tier reached, with its bonus %.
 * Adjacent bands of the same kind and tier are one zone.
 *
 * Headroom is how far a value is above the minimum (positive = better than the minimum), in the
 * objective's unit and as a share of the distance from minimum to target.
 *
 * Living at the minimum: a period "lives at the minimum" when its value is not worse than the
 * minimum but its headroom is less than `share` (default 10 %) of the distance from minimum to
 * target: it landed in the lowest tenth of the minimum-service zone. Where minimum and target are
 * equal there is no minimum-service zone and no period lives at the minimum.
 */
import type { CreditTier, IncentiveTier } from '../feed/index.js';
import { valueBands, type BandRules } from './band.js';
import { isAtLeastAsGood, isWorse } from './compare.js';
import { compareDecimal } from './decimal.js';
import { levelsInForce, type Levels } from './in-force.js';

/** What a zone stands for. */
export type IncentiveZoneKind =
  'credit' | 'below-minimum' | 'minimum-service' | 'committed' | 'incentive';

/** One zone of the value axis, worst first. */
export interface IncentiveZone {
  /** 0 for the worst zone, counting up towards the best. */
  readonly index: number;
  readonly kind: IncentiveZoneKind;
  /** Values at least as good as this belong to the zone (inclusive); `null`: open towards worse. */
  readonly worseBound: number | null;
  /** Values worse than this belong to the zone (exclusive); `null`: open towards better. */
  readonly betterBound: number | null;
  /** The credit tier of a `credit` zone, else `null`. */
  readonly creditTier: CreditTier | null;
  /** The incentive tier of an `incentive` zone, else `null`. */
  readonly incentiveTier: IncentiveTier | null;
}

/** How far a value is above the minimum. */
export interface Headroom {
  /** Value minus minimum, positive when better than the minimum (either direction), in the unit. */
  readonly amount: number;
  /**
   * `amount` as a share of the distance from minimum to target (0 at the minimum, 1 at the
   * target; negative below the minimum); `null` when minimum and target are equal.
   */
  readonly share: number | null;
}

/** Where the periods of a range landed. */
export interface LivingAtMinimum {
  /** The share of the minimum-service zone counted as "at the minimum" (default 0.1). */
  readonly share: number;
  /** Periods given. */
  readonly periods: number;
  /** Periods with a value. */
  readonly measured: number;
  /** Worse than the minimum. */
  readonly belowMinimum: number;
  /** Not worse than the minimum, headroom below `share` of minimum -> target. */
  readonly nearMinimum: number;
  /** In the minimum-service zone (minimum to target), `nearMinimum` included. */
  readonly minimumService: number;
  /** From the target to the first incentive tier. */
  readonly committed: number;
  /** In an incentive tier. */
  readonly incentive: number;
}

/** A measured value: a finite number (not `null`, `undefined` or NaN). */
function isValue(value: number | null | undefined): value is number {
  return Number.isFinite(value);
}

function zoneKind(band: ReturnType<typeof valueBands>[number]): IncentiveZoneKind {
  if (band.creditTier) return 'credit';
  if (band.incentiveTier) return 'incentive';
  if (band.status === 'breached') return 'below-minimum';
  if (band.status === 'at-risk') return 'minimum-service';
  return 'committed';
}

/**
 * The zones of an objective from worst to best. `levels` (default: the objective's own) are the
 * minimum and target in force.
 */
export function incentiveZones(
  objective: BandRules,
  levels: Levels = levelsInForce(objective),
): IncentiveZone[] {
  const zones: IncentiveZone[] = [];
  for (const band of valueBands(objective, levels)) {
    const kind = zoneKind(band);
    const creditTier = band.creditTier;
    const incentiveTier = kind === 'incentive' ? band.incentiveTier : null;
    const last = zones[zones.length - 1];
    if (
      last &&
      last.kind === kind &&
      last.creditTier === creditTier &&
      last.incentiveTier === incentiveTier
    ) {
      zones[zones.length - 1] = { ...last, betterBound: band.betterBound };
      continue;
    }
    zones.push({
      index: zones.length,
      kind,
      worseBound: band.worseBound,
      betterBound: band.betterBound,
      creditTier,
      incentiveTier,
    });
  }
  return zones;
}

/** The zone a value lands in, `null` without a value. */
export function incentiveZone(
  zones: readonly IncentiveZone[],
  direction: BandRules['direction'],
  value: number | null | undefined,
): IncentiveZone | null {
  if (!isValue(value)) return null;
  let found: IncentiveZone | null = null;
  for (const zone of zones) {
    if (zone.worseBound === null || isAtLeastAsGood(direction, value, zone.worseBound))
      found = zone;
  }
  return found;
}

/**
 * How far `value` is above the minimum in force, in the unit and as a share of minimum -> target;
 * `null` without a value.
 */
export function headroom(
  objective: Pick<BandRules, 'direction' | 'minimum' | 'target'>,
  value: number | null | undefined,
  levels: Levels = levelsInForce(objective),
): Headroom | null {
  if (!isValue(value)) return null;
  const sign = objective.direction === 'lower-is-better' ? -1 : 1;
  const amount = clean(sign * (value - levels.minimum));
  const distance = clean(sign * (levels.target - levels.minimum));
  return { amount, share: distance === 0 ? null : clean(amount / distance) };
}

/** A value rounded to 12 significant digits, so 99.95 - 99.9 reads 0.05 (and -0 reads 0). */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * Where `values` (one per period, `null` for no data) landed: below the minimum, near it (the
 * lowest `share` of minimum -> target), in the minimum-service zone, committed or incentive.
 * `levels` gives the levels in force per value (default: the objective's own for every value).
 */
export function livingAtMinimum(
  objective: BandRules,
  values: readonly (number | null | undefined)[],
  share = 0.1,
  levels?: (index: number) => Levels,
): LivingAtMinimum {
  let measured = 0;
  let belowMinimum = 0;
  let nearMinimum = 0;
  let minimumService = 0;
  let committed = 0;
  let incentive = 0;
  const { direction } = objective;
  const first = firstIncentive(objective);
  values.forEach((value, i) => {
    if (!isValue(value)) return;
    measured++;
    const l = levels ? levels(i) : levelsInForce(objective);
    if (isWorse(direction, value, l.minimum)) belowMinimum++;
    else if (isWorse(direction, value, l.target)) {
      minimumService++;
      const room = headroom(objective, value, l)!;
      // Minimum and target differ here (the value is between them), so there is a share.
      if (compareDecimal(room.share!, share) < 0) nearMinimum++;
    } else if (first !== null && isAtLeastAsGood(direction, value, first)) incentive++;
    else committed++;
  });
  return {
    share,
    periods: values.length,
    measured,
    belowMinimum,
    nearMinimum,
    minimumService,
    committed,
    incentive,
  };
}

/** The least demanding incentive threshold, `null` without incentive tiers. */
function firstIncentive(objective: BandRules): number | null {
  let first: number | null = null;
  for (const t of objective.incentiveTiers) {
    if (first === null || isWorse(objective.direction, t.threshold, first)) first = t.threshold;
  }
  return first;
}

/** The counts of several objectives (an agreement) added up; `share` is the first one's. */
export function sumLivingAtMinimum(
  list: readonly LivingAtMinimum[],
  share = list[0]?.share ?? 0.1,
): LivingAtMinimum {
  const total = {
    share,
    periods: 0,
    measured: 0,
    belowMinimum: 0,
    nearMinimum: 0,
    minimumService: 0,
    committed: 0,
    incentive: 0,
  };
  for (const x of list) {
    total.periods += x.periods;
    total.measured += x.measured;
    total.belowMinimum += x.belowMinimum;
    total.nearMinimum += x.nearMinimum;
    total.minimumService += x.minimumService;
    total.committed += x.committed;
    total.incentive += x.incentive;
  }
  return total;
}
