/**
 * At-risk pool: the pool allocations (`poolAllocationPercent`) of an agreement's objectives, after
 * inheritance, sum to at most 100 % (an error, reported on an agreement that writes one of them);
 * and in an agreement with an at-risk pool (`atRiskPercent`, inherited) an objective with credit
 * tiers but no allocation earns no credit (a warning, reported where the pool is set).
 */
import { issue } from '../issues.js';
import { compareDecimal, inheritObjectives } from '../semantics.js';
import type { RuleContext } from './context.js';

const FIELDS = ['poolAllocationPercent', 'creditTiers'] as const;

export function poolAllocation(ctx: RuleContext): void {
  ctx.feed.agreements.forEach((a, i) => {
    const chain = ctx.chainAt[i];
    if (!chain) return;
    const objectives = inheritObjectives(chain, FIELDS);
    let sum = 0;
    const allocated: string[] = [];
    const unallocated: string[] = [];
    for (const [id, o] of objectives) {
      const share = o.values.poolAllocationPercent;
      if (share !== undefined) {
        sum += share;
        if (share > 0) allocated.push(id);
      } else if (o.values.creditTiers?.length) {
        unallocated.push(id);
      }
    }
    if (
      compareDecimal(sum, 100) > 0 &&
      a.objectives.some((o) => o.poolAllocationPercent !== undefined)
    )
      ctx.out.push(
        issue(
          `agreements[${i}].objectives`,
          `allocate ${Number(sum.toFixed(10))} % of the at-risk pool (poolAllocationPercent of ${allocated.join(', ')}); the allocations of an agreement sum to at most 100 %.`,
          'range',
        ),
      );
    if (a.atRiskPercent !== undefined && unallocated.length > 0 && !ctx.out.warningsFull)
      ctx.out.push(
        issue(
          `agreements[${i}].atRiskPercent`,
          `puts part of the fee at risk, but ${unallocated.join(', ')} ${unallocated.length === 1 ? 'has' : 'have'} credit tiers and no poolAllocationPercent, so ${unallocated.length === 1 ? 'it earns' : 'they earn'} no credit.`,
          'range',
          'warning',
        ),
      );
  });
}
