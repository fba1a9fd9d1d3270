/**
 * The rules across records: what the schema cannot say about one value alone. Each rule is one
 * concern in a file named after it, exporting one function of that name; {@link RULES} runs them
 * in this order, and the issues are listed rule by rule, each rule in feed order.
 *
 * Errors reject the feed; warnings (unknown fields and values, dropped links, tiers out of order,
 * overlapping periods, percentages written as fractions) are repaired or kept and reported. The
 * rules stop once `maxIssues` errors are found (see IssueSink).
 */
import { agreementLevels } from './agreement-levels.js';
import type { RuleContext } from './context.js';
import { cycles } from './cycles.js';
import { earnBackLevel } from './earn-back-level.js';
import { exitClause } from './exit-clause.js';
import { incompleteObjectives } from './incomplete-objectives.js';
import { links } from './links.js';
import { objectiveLevels } from './objective-levels.js';
import { overlappingPeriods } from './overlapping-periods.js';
import { percentAsFraction } from './percent-as-fraction.js';
import { periodRanges } from './period-ranges.js';
import { poolAllocation } from './pool-allocation.js';
import { references } from './references.js';
import { tierOrder } from './tier-order.js';
import { timeOrder } from './time-order.js';
import { uniqueIds } from './unique-ids.js';
import { unknownFields } from './unknown-fields.js';
import { unknownValues } from './unknown-values.js';

export { RuleContext } from './context.js';

export type Rule = (ctx: RuleContext) => void;

export const RULES: readonly Rule[] = [
  unknownFields,
  uniqueIds,
  links,
  unknownValues,
  references,
  cycles,
  agreementLevels,
  timeOrder,
  exitClause,
  incompleteObjectives,
  objectiveLevels,
  tierOrder,
  periodRanges,
  overlappingPeriods,
  percentAsFraction,
  poolAllocation,
  earnBackLevel,
];

/** Runs every rule on a feed that passed the schema (throws ENOUGH at `maxIssues` errors). */
export function checkRules(ctx: RuleContext): void {
  for (const rule of RULES) rule(ctx);
}
