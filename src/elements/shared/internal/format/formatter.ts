/** {@link Formatter}: every formatting function bound to one locale and time zone (`this.fmt`). */
import type { Unit } from '../../../../feed/index.js';
import { DATE_TIME, formatDate, formatDateRange } from './dates.js';
import { formatDuration, type DurationOptions } from './durations.js';
import { formatMoney } from './money.js';
import { formatNumber, formatPercent } from './numbers.js';
import { formatRelative } from './relative-time.js';
import { formatValue, type ValueOptions } from './values.js';

/**
 * Formatting bound to one locale and time zone. Elements create one per locale/time-zone change
 * (`this.fmt`); it is cheap because the Intl instances behind it are cached.
 */
export class Formatter {
  constructor(
    /** A valid BCP 47 locale (see {@link safeLocale}). */
    readonly locale: string,
    /** IANA time zone, or undefined for the browser's. */
    readonly timeZone?: string,
  ) {}

  number(value: number, digits?: number): string {
    return formatNumber(this.locale, value, digits);
  }
  percent(value: number, digits?: number): string {
    return formatPercent(this.locale, value, digits);
  }
  duration(ms: number, options?: DurationOptions): string {
    return formatDuration(this.locale, ms, options);
  }
  money(amount: number, currency: string, digits?: number): string {
    return formatMoney(this.locale, amount, currency, digits);
  }
  /** Money with an explicit sign (`+€480.00`, `−€1,200.00`), for net positions. */
  signedMoney(amount: number, currency: string, digits?: number): string {
    return formatMoney(this.locale, amount, currency, digits, true);
  }
  date(ms: number, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.locale, ms, this.timeZone, options);
  }
  dateTime(ms: number): string {
    return formatDate(this.locale, ms, this.timeZone, DATE_TIME);
  }
  dateRange(start: number, end: number, options?: Intl.DateTimeFormatOptions): string {
    return formatDateRange(this.locale, start, end, this.timeZone, options);
  }
  relative(ms: number, now?: number): string {
    return formatRelative(this.locale, ms, now);
  }
  value(value: number | null | undefined, unit: Unit, options?: ValueOptions): string {
    return formatValue(this.locale, value, unit, options);
  }
}
