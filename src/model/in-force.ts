/**
 * What was in force when: the agreement version at an instant, and the levels (minimum, target)
 * that applied to one measured period.
 */
import type { AgreementVersion } from '../feed/index.js';

/** The part of an agreement that carries its version history. */
export interface Versioned {
  readonly versions: readonly AgreementVersion[];
}

/** The minimum and target an objective was held to in one period. */
export interface Levels {
  readonly minimum: number;
  readonly target: number;
}

/** Anything with a minimum and a target (a resolved objective). */
export interface HasLevels {
  readonly minimum: number;
  readonly target: number;
}

/** What a period may say about the levels in force during it. */
export interface MayOverrideLevels {
  readonly levels?:
    { readonly minimum?: number | undefined; readonly target?: number | undefined } | undefined;
}

/**
 * The version in force at `instant`: the latest version whose `effectiveFrom` is at or before the
 * instant. `undefined` before the first version and when the agreement lists no versions.
 */
export function versionInForce(
  agreement: Versioned,
  instant: number,
): AgreementVersion | undefined {
  let found: AgreementVersion | undefined;
  for (const v of agreement.versions) {
    if (
      v.effectiveFrom <= instant &&
      (found === undefined || v.effectiveFrom >= found.effectiveFrom)
    ) {
      found = v;
    }
  }
  return found;
}

/**
 * The levels that applied to a period: a period may carry its own `levels` (set when a later
 * version of the agreement changed them); each level it gives overrides the objective's current
 * one, each level it leaves out falls back to it.
 */
export function levelsInForce(objective: HasLevels, period?: MayOverrideLevels): Levels {
  return {
    minimum: period?.levels?.minimum ?? objective.minimum,
    target: period?.levels?.target ?? objective.target,
  };
}
