/**
 * The fee basis of a period. Credits and bonuses are percentages of "the fee of that period": the
 * agreement's fee per month, quarter or year, scaled to the period's length in months.
 *
 * Length in months:
 * - calendar month and quarter windows count whole calendar months: days / (365.25 / 12), rounded.
 *   Calendar months are 28 to 31 days long; the rounding absorbs that and any time-zone shift of
 *   the boundaries, so a calendar month is exactly 1 and a calendar quarter exactly 3. A period
 *   that is more than 0.1 month (about three days) away from a whole number of months, e.g. a stub
 *   when an agreement starts mid-month, is prorated instead (days / (365.25 / 12));
 * - week and rolling windows are always prorated: days / (365.25 / 12), so a 7-day week is
 *   0.23 of a month and a rolling 30 days 0.986 of one.
 */
import type { Fee, MeasurementWindow } from '../feed/index.js';
import { DEFAULT_WINDOW, type ResolvedObjective } from './resolve.js';
import { findObjective } from './objective-lookup.js';

/** Days in an average month of the Gregorian calendar: 365.25 / 12. */
export const DAYS_PER_MONTH = 365.25 / 12;

const DAY_MS = 86_400_000;
const MONTHS_PER: Readonly<Record<Fee['per'], number>> = { month: 1, quarter: 3, year: 12 };

/** A span of time in epoch milliseconds, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The length of a period in months for fee purposes (see the module rule): whole calendar months
 * for calendar month and quarter windows, days / (365.25 / 12) otherwise and for partial stubs.
 * Never negative; 0 for an empty span.
 */
export function periodMonths(window: MeasurementWindow, span: Span): number {
  const days = Math.max(0, span.end - span.start) / DAY_MS;
  const exact = days / DAYS_PER_MONTH;
  if (window.kind === 'calendar' && window.unit !== 'week') {
    const whole = Math.round(exact);
    if (whole >= 1 && Math.abs(exact - whole) <= 0.1) return whole;
  }
  return exact;
}

/** The fee for one month: the fee amount divided by 1, 3 or 12 for a fee per month, quarter, year. */
export function monthlyFee(fee: Fee): number {
  return fee.amount / (MONTHS_PER[fee.per] ?? 1);
}

/**
 * The fee basis of a span measured with a window: monthly fee x {@link periodMonths}. `null`
 * when the agreement has no fee.
 */
export function feeForSpan(
  fee: Fee | undefined,
  span: Span,
  window: MeasurementWindow = DEFAULT_WINDOW,
): number | null {
  if (!fee) return null;
  return monthlyFee(fee) * periodMonths(window, span);
}

/** An agreement as far as fees are concerned (a resolved agreement fits). */
export interface FeeTerms {
  readonly fee: Fee | undefined;
  readonly objectives: readonly Pick<ResolvedObjective, 'id' | 'window'>[];
}

/**
 * The fee basis of one measured period of an agreement: the agreement's (inherited) fee scaled to
 * the period's length, using the window of the period's objective (a calendar month when the
 * objective is unknown). `null` when the agreement has no fee.
 */
export function feeForPeriod(
  agreement: FeeTerms,
  period: Span & { readonly objectiveId?: string },
): number | null {
  const objective = findObjective(agreement.objectives, period.objectiveId);
  return feeForSpan(agreement.fee, period, objective?.window ?? DEFAULT_WINDOW);
}
