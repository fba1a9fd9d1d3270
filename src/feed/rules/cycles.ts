/** Cycles: an agreement cannot inherit from itself, through any number of parents. */
import { issue } from '../issues.js';
import type { RuleContext } from './context.js';

export function cycles(ctx: RuleContext): void {
  ctx.chainAt.forEach((chain, i) => {
    if (chain === null)
      ctx.out.push(
        issue(
          `agreements[${i}].parentId`,
          'forms a cycle: an agreement cannot inherit from itself.',
          'cycle',
        ),
      );
  });
}
