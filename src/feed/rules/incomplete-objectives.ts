/**
 * Incomplete objectives: after inheritance, every objective has a name, unit, direction, minimum
 * and target. An objective defined only on a parent is checked on the parent, so a missing field
 * is reported once, where the objective is written.
 */
import { issue } from '../issues.js';
import type { RuleContext } from './context.js';

const OBJECTIVE_REQUIRED = ['name', 'unit', 'direction', 'minimum', 'target'] as const;

export function incompleteObjectives(ctx: RuleContext): void {
  ctx.feed.agreements.forEach((a, i) => {
    const fields = ctx.fieldsAt[i];
    if (!fields) return;
    for (const [oid, f] of fields) {
      const missing = OBJECTIVE_REQUIRED.filter((k) => f[k] === undefined);
      if (missing.length && a.objectives.some((o) => o.id === oid)) {
        const j = a.objectives.findIndex((o) => o.id === oid);
        ctx.out.push(
          issue(
            `agreements[${i}].objectives[${j}]`,
            `is missing ${missing.join(', ')} (not set here nor inherited from a parent agreement).`,
            'incomplete-objective',
          ),
        );
      }
    }
  });
}
