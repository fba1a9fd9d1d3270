/**
 * Which agreement period a view shows, and how it reads. All in the agreement's calendar (its time
 * zone, see `ResolvedAgreement.timeZone`), whatever the reader's time zone; `now` is always an
 * argument, never the clock.
 * - a selector `YYYY-MM` names the period that starts in that month, `YYYY-MM-DD` the period that
 *   contains that day; no selector (or an empty one) means the latest complete period at `now`,
 *   else the latest (see `latestComplete`);
 * - a period is monthly when it is one calendar month: it starts at the local midnight of the 1st
 *   and ends (exclusively) at the local midnight of the 1st of the next month;
 * - an agreement is due for review once its `reviewBy` instant has come.
 */
import { latestComplete, type AgreementPeriod } from './agreement-periods.js';
import { formatDate, localDate, type CalendarDate } from './time-zone.js';

/** A period selector: `YYYY-MM`, `YYYY-MM-DD`, or empty / absent for the default. */
export type PeriodSelector = string | undefined;

const MONTH = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The agreement period a selector names, in the agreement's time zone: `2026-10` is the period
 * starting in October 2026, `2026-10-15` the period containing that day. Without a selector: the
 * latest complete period at `now` (else the latest). `null` when nothing matches, the selector is
 * not one of these forms, or there are no periods.
 */
export function selectPeriod(
  periods: readonly AgreementPeriod[],
  period: PeriodSelector,
  timeZone: string,
  now: number,
): AgreementPeriod | null {
  if (!periods.length) return null;
  const wanted = period?.trim();
  if (!wanted) return latestComplete(periods, now);
  if (MONTH.test(wanted)) {
    return periods.find((p) => formatDate(localDate(p.start, timeZone)).startsWith(wanted)) ?? null;
  }
  if (DAY.test(wanted)) {
    return (
      periods.find((p) => {
        const from = formatDate(localDate(p.start, timeZone));
        const to = formatDate(localDate(p.end - 1, timeZone));
        return from <= wanted && wanted <= to;
      }) ?? null
    );
  }
  return null;
}

/**
 * True when a period is exactly one calendar month in `timeZone`: from the local midnight of a
 * 1st to the local midnight of the next 1st (28 to 31 days, 23 or 25 hours more or less across a
 * daylight saving change). A 30-day period from the 15th is not a month, nor is a UTC month read
 * in Berlin.
 */
export function isMonthlyPeriod(
  period: { readonly start: number; readonly end: number },
  timeZone: string,
): boolean {
  const first = localDate(period.start, timeZone);
  const next = localDate(period.end, timeZone);
  return (
    first.day === 1 &&
    next.day === 1 &&
    next.year * 12 + next.month === first.year * 12 + first.month + 1 &&
    // Both instants are the first of their local day: the instant before is on another date.
    startsLocalDay(period.start, first, timeZone) &&
    startsLocalDay(period.end, next, timeZone)
  );
}

/** True when `instant` (on local date `date`) is the first instant of that local day. */
function startsLocalDay(instant: number, date: CalendarDate, timeZone: string): boolean {
  return localDate(instant - 1, timeZone).day !== date.day;
}

/** True when an agreement's review date (`reviewBy`) has come by `now`; false without one. */
export function isReviewDue(
  agreement: { readonly reviewBy?: number | undefined },
  now: number,
): boolean {
  return agreement.reviewBy !== undefined && agreement.reviewBy <= now;
}
