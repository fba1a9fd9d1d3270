/**
 * Number, percent, duration, money, date and relative-time formatting, all through `Intl`, with
 * formatter instances cached per locale + options (constructing Intl formatters is the slow part).
 *
 * Conventions (see the visual notes): percentages are given on 0..100 (`99.95` means 99.95 %);
 * precision is chosen per unit (two decimals for availability near 100, none for counts);
 * durations read like `4 hr, 12 min` in the locale's words; instants are epoch milliseconds and
 * a time zone only changes display.
 *
 * Use the functions directly, or a {@link Formatter} bound to one locale and time zone (elements
 * get one as `this.fmt`). Each concern has its own module under `format/`; this module is the one
 * entry the elements import.
 */
export { dateFormat, numberFormat, relativeTimeFormat } from './format/intl-cache.js';
export { isTimeZone, safeLocale } from './format/locale.js';
export { formatNumber, formatPercent, fractionDigitsFor, percentDigits } from './format/numbers.js';
export { UNIT_MS, formatDuration, type DurationOptions } from './format/durations.js';
export { formatMoney } from './format/money.js';
export { DATE, DATE_TIME, formatDate, formatDateRange } from './format/dates.js';
export { formatRelative } from './format/relative-time.js';
export { formatValue, type ValueOptions } from './format/values.js';
export { Formatter } from './format/formatter.js';
