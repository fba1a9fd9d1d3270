/**
 * Agreement levels: a corporate agreement is the top level (it has no parent); a customer or
 * service agreement names its customer, directly or through its parent.
 */
import { issue } from '../issues.js';
import type { RuleContext } from './context.js';

export function agreementLevels(ctx: RuleContext): void {
  const { feed, out } = ctx;
  feed.agreements.forEach((a, i) => {
    if (a.level === 'corporate' && a.parentId !== undefined)
      out.push(
        issue(
          `agreements[${i}].parentId`,
          'must be absent: a corporate agreement is the top level.',
          'invalid',
        ),
      );
  });
  feed.agreements.forEach((a, i) => {
    const chain = ctx.chainAt[i];
    if (chain && a.level !== 'corporate' && !chain.some((x) => x.customerId !== undefined))
      out.push(
        issue(
          `agreements[${i}].customerId`,
          `is required for a ${a.level} agreement (directly or through its parent).`,
          'invalid',
        ),
      );
  });
}
