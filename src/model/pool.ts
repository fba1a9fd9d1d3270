/**
 * At-risk pools. An agreement may put a share of its fee at risk (`atRiskPercent`) and allocate
 * that pool across its objectives (`poolAllocationPercent`, summing to at most 100 per agreement,
 * checked by the parser). A shortfall's credit is then
 *
 *   pool allocation % x credit allocation % (the credit tier's `creditPercent`) x amount at risk,
 *
 * where the amount at risk is the period's fee x `atRiskPercent`. Worked example: an invoice of
 * 80,000 with 15 % at risk puts 12,000 at risk; an objective with 20 % of the pool whose tier
 * allocates 50 % of its share earns a credit of 20 % x 50 % x 12,000 = 1,200.
 *
 * An objective without a pool allocation in an agreement with a pool has 0 % of it and earns no
 * credit (the parser warns when it has credit tiers). The credits of one period never exceed the
 * amount at risk: each is at most its allocation of it, and the allocations sum to at most 100 %.
 * Without `atRiskPercent` credits are the tier's percent of the fee, as before.
 */
import type { ResolvedAgreement, ResolvedObjective } from './resolve.js';

/** True when the agreement credits shortfalls from an at-risk pool. */
export function usesPool(agreement: Pick<ResolvedAgreement, 'atRiskPercent'>): boolean {
  return agreement.atRiskPercent !== undefined;
}

/** The fee x `atRiskPercent`; `null` without a fee or without a pool. */
export function amountAtRisk(
  agreement: Pick<ResolvedAgreement, 'atRiskPercent'>,
  fee: number | null,
): number | null {
  if (fee === null || agreement.atRiskPercent === undefined) return null;
  return (fee * agreement.atRiskPercent) / 100;
}

/** The objective's share of the pool in %: its allocation, 0 without one; `null` without a pool. */
export function poolAllocation(
  agreement: Pick<ResolvedAgreement, 'atRiskPercent'>,
  objective: Pick<ResolvedObjective, 'poolAllocationPercent'>,
): number | null {
  if (!usesPool(agreement)) return null;
  return objective.poolAllocationPercent ?? 0;
}

/**
 * A credit tier's percent as a percentage of the period's fee: the tier's percent itself without a
 * pool; with one, pool allocation % x tier % x at-risk % (all on 0..100, so divided by 100^2).
 */
export function creditShareOfFee(
  agreement: Pick<ResolvedAgreement, 'atRiskPercent'>,
  objective: Pick<ResolvedObjective, 'poolAllocationPercent'>,
  tierPercent: number,
): number {
  const allocation = poolAllocation(agreement, objective);
  if (allocation === null) return tierPercent;
  return (allocation * tierPercent * agreement.atRiskPercent!) / 10_000;
}
