/**
 * The money of one agreement period, shared by credits and bonuses: the objectives' shares of the
 * period's fee summed, then capped at a percentage of that fee, then (credits only) waived when
 * smaller than a minimum payable amount. Never negative, never above the cap.
 */
export interface CappedSum {
  /** Sum of the objectives' percentages. */
  readonly uncappedPercent: number;
  /** Sum of the objectives' amounts, `null` without a fee. */
  readonly uncappedAmount: number | null;
  /** The cap in % of the fee, `null` when there is none. */
  readonly capPercent: number | null;
  /** The cap as an amount, `null` without a cap or a fee. */
  readonly capAmount: number | null;
  /** True when the cap reduced the sum. */
  readonly capped: boolean;
  /** True when a positive amount was waived for being smaller than the minimum payable. */
  readonly waived: boolean;
  /** Final share of the fee (of the summed %, without a fee). */
  readonly percent: number;
  /** Final amount, `null` without a fee. */
  readonly amount: number | null;
}

export function cappedSum(
  items: readonly { readonly percent: number; readonly amount: number | null }[],
  fee: number | null,
  capPercent: number | null,
  minimumPayable: number | null = null,
): CappedSum {
  const uncappedPercent = items.reduce((sum, x) => sum + x.percent, 0);
  const uncappedAmount = fee === null ? null : items.reduce((sum, x) => sum + (x.amount ?? 0), 0);
  const capAmount = capPercent === null || fee === null ? null : (capPercent / 100) * fee;
  let amount = uncappedAmount;
  let percent: number;
  let capped = false;
  let waived = false;
  if (amount !== null && fee !== null) {
    if (capAmount !== null && amount > capAmount) {
      amount = capAmount;
      capped = true;
    }
    if (minimumPayable !== null && amount > 0 && amount < minimumPayable) {
      amount = 0;
      waived = true;
    }
    amount = Math.max(0, amount);
    percent = fee > 0 ? (amount / fee) * 100 : 0;
  } else {
    percent = uncappedPercent;
    if (capPercent !== null && percent > capPercent) {
      percent = capPercent;
      capped = true;
    }
  }
  return {
    uncappedPercent,
    uncappedAmount,
    capPercent,
    capAmount,
    capped,
    waived,
    percent,
    amount,
  };
}
