/**
 * Objective levels: a percentage objective's minimum, target and tier thresholds lie within
 * 0..100, and the minimum (the floor) is not better than the target (the commitment), checked
 * after inheritance where one of them is written.
 */
import { issue, type IssueSink } from '../issues.js';
import type { FeedOutput } from '../schema.js';
import { isBetter, type ResolvedFields, type RuleContext } from './context.js';
import { fractionHint } from './fraction.js';

export function objectiveLevels(ctx: RuleContext): void {
  ctx.feed.agreements.forEach((a, i) => {
    const fields = ctx.fieldsAt[i];
    if (!fields) return;
    a.objectives.forEach((o, j) => {
      const f = fields.get(o.id);
      if (f) checkObjectiveLevels(f, o, `agreements[${i}].objectives[${j}]`, ctx.out);
    });
  });
}

function checkObjectiveLevels(
  f: ResolvedFields,
  written: FeedOutput['agreements'][number]['objectives'][number],
  path: string,
  out: IssueSink,
): void {
  const { minimum, target, direction, unit } = f;
  if (unit === 'percent') {
    for (const [key, value] of [
      ['minimum', minimum],
      ['target', target],
    ] as const) {
      if (value !== undefined && (value < 0 || value > 100))
        out.push(
          issue(
            `${path}.${key}`,
            `is ${value}, outside 0..100 for a percentage objective.`,
            'range',
          ),
        );
    }
    f.creditTiers?.forEach((t, k) => {
      if (t.threshold < 0 || t.threshold > 100)
        out.push(
          issue(
            `${path}.creditTiers[${k}].threshold`,
            'must be a percentage between 0 and 100.',
            'range',
          ),
        );
    });
    f.incentiveTiers?.forEach((t, k) => {
      if (t.threshold < 0 || t.threshold > 100)
        out.push(
          issue(
            `${path}.incentiveTiers[${k}].threshold`,
            'must be a percentage between 0 and 100.',
            'range',
          ),
        );
    });
  }
  // Checked where one of the three is written; an objective that only renames an inherited one
  // was checked on its parent.
  const writesLevels =
    written.minimum !== undefined ||
    written.target !== undefined ||
    written.direction !== undefined;
  if (minimum !== undefined && target !== undefined && direction !== undefined && writesLevels) {
    const minimumBetter = isBetter(direction, minimum, target);
    if (minimumBetter)
      out.push(
        issue(
          written.minimum !== undefined || written.target === undefined
            ? `${path}.minimum`
            : `${path}.target`,
          `is better than the target for a ${direction} objective: ${f.from.minimum} is ${minimum}, ${f.from.target} is ${target}; the minimum is the floor, the target the commitment.${fractionHint(unit, minimum, target)}`,
          'range',
        ),
      );
  }
}
