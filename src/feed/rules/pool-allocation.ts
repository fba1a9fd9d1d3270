/**
 * At-risk pool: the pool allocations (`poolAllocationPercent`) of an agreement's objectives, after
 * inheritance, sum to at most 100 % (an error, reported on an agreement that writes one of them);
 * and in an agreement that sets an at-risk pool (`atRiskPercent`), an objective whose credits it
 * counts (see `countedIn` in the model) with credit tiers but no allocation earns no credit (a
 * warning at `atRiskPercent`).
 */
import { issue } from '../issues.js';
import { compareDecimal, inheritObjectives } from '../semantics.js';
import type { RuleContext } from './context.js';

const FIELDS = ['poolAllocationPercent', 'creditTiers'] as const;

/**
 * The agreement that counts an objective's credits, as the model reads it: the nearest agreement
 * below the corporate level that writes it, else the chain's customer agreement, else the first.
 */
function countedIn<A extends { level: string }>(
  chain: readonly A[],
  writtenIn: readonly { agreement: A }[],
): A {
  for (const a of chain)
    if (a.level !== 'corporate' && writtenIn.some((w) => w.agreement === a)) return a;
  return chain.find((a) => a.level === 'customer') ?? chain[0]!;
}

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
      } else if (o.values.creditTiers?.length && countedIn(chain, o.writtenIn) === a) {
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
