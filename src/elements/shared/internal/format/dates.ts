/** Instants (epoch milliseconds) and ranges of them as dates, in a time zone. */
import { dateFormat } from './intl-cache.js';

/** Date options used by default: `Oct 1, 2026`. */
export const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
/** Date and time options used by default: `Oct 1, 2026, 14:05`. */
export const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** Formats an instant (epoch ms) in a time zone (undefined: the browser's). */
export function formatDate(
  locale: string,
  ms: number,
  timeZone?: string,
  options: Intl.DateTimeFormatOptions = DATE,
): string {
  return dateFormat(locale, withZone(options, timeZone)).format(ms);
}

/**
 * Formats a range of instants with `formatRange` (shared parts once: `Oct 1 – 31, 2026`).
 * An `end` before `start` is swapped rather than thrown.
 */
export function formatDateRange(
  locale: string,
  start: number,
  end: number,
  timeZone?: string,
  options: Intl.DateTimeFormatOptions = DATE,
): string {
  const f = dateFormat(locale, withZone(options, timeZone));
  const [a, b] = end < start ? [end, start] : [start, end];
  return f.formatRange(a, b);
}

function withZone(
  options: Intl.DateTimeFormatOptions,
  timeZone: string | undefined,
): Intl.DateTimeFormatOptions {
  return timeZone ? { ...options, timeZone } : options;
}
