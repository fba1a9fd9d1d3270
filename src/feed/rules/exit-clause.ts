/** Exit clause: a clause that needs more misses than its window holds periods can never trigger. */
import { issue } from '../issues.js';
import type { RuleContext } from './context.js';

export function exitClause(ctx: RuleContext): void {
  ctx.feed.agreements.forEach((a, i) => {
    if (a.exitClause && a.exitClause.misses > a.exitClause.withinPeriods)
      ctx.out.push(
        issue(
          `agreements[${i}].exitClause.misses`,
          'is larger than withinPeriods, so the clause can never trigger.',
          'range',
        ),
      );
  });
}
