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
 * get one as `this.fmt`).
 */
import type { Unit } from '../../../feed/index.js';

type Cache<T> = Map<string, T>;
const cache = <T>(): Cache<T> => new Map<string, T>();
const numberCache = cache<Intl.NumberFormat>();
const dateCache = cache<Intl.DateTimeFormat>();
const relativeCache = cache<Intl.RelativeTimeFormat>();
const listCache = cache<Intl.ListFormat>();

function memo<T, O extends object>(
  store: Cache<T>,
  locale: string,
  options: O,
  make: (locale: string, options: O) => T,
): T {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let value = store.get(key);
  if (value === undefined) {
    value = make(locale, options);
    store.set(key, value);
  }
  return value;
}

/** A cached `Intl.NumberFormat`. */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return memo(numberCache, locale, options, (l, o) => new Intl.NumberFormat(l, o));
}

/** A cached `Intl.DateTimeFormat`. */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  return memo(dateCache, locale, options, (l, o) => new Intl.DateTimeFormat(l, o));
}

/** A cached `Intl.RelativeTimeFormat`. */
export function relativeTimeFormat(
  locale: string,
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat {
  return memo(relativeCache, locale, options, (l, o) => new Intl.RelativeTimeFormat(l, o));
}

function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return memo(listCache, locale, options, (l, o) => new Intl.ListFormat(l, o));
}

/** A BCP 47 tag Intl accepts: the canonical form of `locale`, or `fallback` when it is invalid. */
export function safeLocale(locale: string | null | undefined, fallback = 'en'): string {
  if (!locale) return fallback;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/** True when `Intl` knows the IANA time zone. */
export function isTimeZone(timeZone: string | null | undefined): timeZone is string {
  if (!timeZone) return false;
  try {
    dateFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Fraction digits options, fixed: `{ minimumFractionDigits: n, maximumFractionDigits: n }`. */
function fixed(digits: number): Intl.NumberFormatOptions {
  return { minimumFractionDigits: digits, maximumFractionDigits: digits };
}

/** Formats a plain number (grouping per locale). `digits` fixes the fraction digits. */
export function formatNumber(locale: string, value: number, digits?: number): string {
  return numberFormat(
    locale,
    digits === undefined ? { maximumFractionDigits: 2 } : fixed(digits),
  ).format(value);
}

/**
 * Fraction digits for a percentage on 0..100: two within 1 point of 0 or 100 (99.95, 0.05),
 * one within 10 points (95.5, 3.2), otherwise one at most.
 */
export function percentDigits(value: number): number {
  const edge = Math.min(Math.abs(value), Math.abs(100 - value));
  return edge <= 1 ? 2 : 1;
}

/**
 * Formats a percentage given on 0..100: `formatPercent('en', 99.95)` is `'99.95%'`,
 * `formatPercent('de', 99.95)` is `'99,95 %'` (the locale decides the sign and its spacing).
 * `digits` fixes the fraction digits; by default {@link percentDigits} chooses (fixed near the
 * edges so a column of availabilities lines up, at most one decimal elsewhere).
 */
export function formatPercent(locale: string, value: number, digits?: number): string {
  const d = digits ?? percentDigits(value);
  const options: Intl.NumberFormatOptions =
    digits === undefined && d === 1
      ? { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 }
      : { style: 'percent', ...fixed(d) };
  return numberFormat(locale, options).format(value / 100);
}

/**
 * Fraction digits needed to show every given level exactly (at most 4): `[99.95, 99.5]` gives 2.
 * Use it to format a column of values with the precision of the objective's levels.
 */
export function fractionDigitsFor(...values: readonly (number | null | undefined)[]): number {
  let digits = 0;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    const text = String(Math.abs(v));
    if (text.includes('e')) {
      digits = 4;
      continue;
    }
    const dot = text.indexOf('.');
    if (dot >= 0) digits = Math.max(digits, Math.min(4, text.length - dot - 1));
  }
  return digits;
}

/** Duration parts, largest first. */
const DURATION_UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
  ['millisecond', 1],
] as const;

type DurationUnit = (typeof DURATION_UNITS)[number][0];

export interface DurationOptions {
  /** `short` (default) reads `4 hr, 12 min` in English; `narrow` is `4h 12m`; `long` spells out. */
  readonly style?: 'long' | 'short' | 'narrow';
  /** How many units to show at most, largest first (default 2: `3 days, 4 hr`). */
  readonly maxUnits?: number;
  /** Use Intl.DurationFormat when the browser has it (default true); false forces the fallback. */
  readonly useDurationFormat?: boolean;
}

interface DurationFormatLike {
  format(duration: Partial<Record<`${DurationUnit}s`, number>>): string;
}
type DurationFormatCtor = new (
  locale: string,
  options: { style: 'long' | 'short' | 'narrow' },
) => DurationFormatLike;

function durationFormatCtor(): DurationFormatCtor | undefined {
  const ctor = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  return typeof ctor === 'function' ? ctor : undefined;
}
const durationCache = cache<DurationFormatLike>();

/**
 * Formats a duration in milliseconds with the largest units that matter: 15_120_000 ms is
 * `4 hr, 12 min` (en, short). Below one second it shows milliseconds; seconds keep one decimal
 * when the duration is under a minute. Negative durations are shown with a minus sign.
 * Uses Intl.DurationFormat when available, else Intl.NumberFormat unit style joined with
 * Intl.ListFormat (the same output for English).
 */
export function formatDuration(locale: string, ms: number, options: DurationOptions = {}): string {
  const style = options.style ?? 'short';
  const maxUnits = Math.max(1, options.maxUnits ?? 2);
  if (!Number.isFinite(ms)) return '';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  if (rest < 1000) {
    return (
      sign + numberFormat(locale, unitOptions('millisecond', style, rest < 10 ? 1 : 0)).format(rest)
    );
  }
  if (rest < 60_000) {
    const seconds = Math.round(rest / 100) / 10;
    return sign + numberFormat(locale, unitOptions('second', style, 1)).format(seconds);
  }
  // Round to the smallest unit shown so `4 h 11 min 59.6 s` reads `4 h 12 min`.
  // Twice: rounding can carry into a larger unit (59 min 59.6 s -> 1 hr).
  let firstIndex = 0;
  let lastIndex = 0;
  for (let pass = 0; pass < 2; pass++) {
    firstIndex = DURATION_UNITS.findIndex(([, size]) => rest >= size);
    lastIndex = Math.min(firstIndex + maxUnits - 1, DURATION_UNITS.length - 2);
    const smallest = DURATION_UNITS[lastIndex]![1];
    rest = Math.round(rest / smallest) * smallest;
  }
  const parts: [DurationUnit, number][] = [];
  for (let i = firstIndex; i <= lastIndex; i++) {
    const [unit, size] = DURATION_UNITS[i]!;
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (amount > 0) parts.push([unit, amount]);
  }
  if (!parts.length) parts.push([DURATION_UNITS[lastIndex]![0], 0]);

  const Ctor = options.useDurationFormat === false ? undefined : durationFormatCtor();
  if (Ctor) {
    const f = memo(durationCache, locale, { style }, (l, o) => new Ctor(l, o));
    const record: Partial<Record<`${DurationUnit}s`, number>> = {};
    for (const [unit, amount] of parts) record[`${unit}s`] = amount;
    return sign + f.format(record);
  }
  const texts = parts.map(([unit, amount]) =>
    numberFormat(locale, unitOptions(unit, style, 0)).format(amount),
  );
  return sign + listFormat(locale, { type: 'unit', style }).format(texts);
}

function unitOptions(
  unit: DurationUnit,
  style: 'long' | 'short' | 'narrow',
  maxDigits: number,
): Intl.NumberFormatOptions {
  return { style: 'unit', unit, unitDisplay: style, maximumFractionDigits: maxDigits };
}

/** Milliseconds per feed time unit. */
export const UNIT_MS: Readonly<
  Record<'millisecond' | 'second' | 'minute' | 'hour' | 'day', number>
> = {
  millisecond: 1,
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** True for locales written right to left. */
function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.toLowerCase().split('-')[0] ?? '');
}

/** Left-to-right isolate ... pop directional isolate. */
const LRI = '\u2066';
const PDI = '\u2069';

/**
 * Formats money in a currency (ISO 4217), with the currency's usual fraction digits unless
 * `digits` fixes them: `formatMoney('en', 1200, 'EUR')` is `'€1,200.00'`.
 *
 * In right-to-left locales a Latin currency symbol (`US$`) is a left-to-right isolate: without
 * it the bidi algorithm tears it apart in Arabic text (`$US 6,200.00`, `$-6,200.00 US`); with
 * it the amount reads as CLDR means it (`US$ 6,200.00` seen from the right: number, then
 * currency).
 */
export function formatMoney(
  locale: string,
  amount: number,
  currency: string,
  digits?: number,
  signed = false,
): string {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency };
  if (signed) options.signDisplay = 'exceptZero';
  if (digits !== undefined) Object.assign(options, fixed(digits));
  try {
    const format = numberFormat(locale, options);
    if (!isRtl(locale)) return format.format(amount);
    return format
      .formatToParts(amount)
      .map((part) =>
        part.type === 'currency' && /[A-Za-z$€£¥]/.test(part.value)
          ? `${LRI}${part.value}${PDI}`
          : part.value,
      )
      .join('');
  } catch {
    // An unknown currency code: show the number and the code rather than nothing.
    return `${formatNumber(locale, amount, digits ?? 2)} ${currency}`;
  }
}

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

const RELATIVE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/**
 * Formats `ms` relative to `now`, in the largest fitting unit: `5 minutes ago`, `in 2 days`.
 */
export function formatRelative(
  locale: string,
  ms: number,
  now: number = Date.now(),
  style: 'long' | 'short' | 'narrow' = 'long',
): string {
  let amount = (ms - now) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) {
      return relativeTimeFormat(locale, { numeric: 'always', style }).format(
        Math.round(amount),
        unit,
      );
    }
    amount /= size;
  }
  return relativeTimeFormat(locale, { numeric: 'always', style }).format(
    Math.round(amount),
    'year',
  );
}

/** Options for {@link formatValue}. */
export interface ValueOptions {
  /** Fixed fraction digits (e.g. from {@link fractionDigitsFor} on the objective's levels). */
  readonly digits?: number;
  /** Duration style for time units. */
  readonly style?: 'long' | 'short' | 'narrow';
}

/**
 * Formats a measured value by its feed unit:
 * - `percent`: {@link formatPercent} (`99.95%`);
 * - `millisecond`: a number of milliseconds (`250 ms`), so latencies compare in one unit;
 * - `second`: seconds under a minute (`42 s`), else a duration;
 * - `minute`, `hour`, `day`: a duration (`4 hr, 12 min`);
 * - `score`: a number with up to two decimals; `count`: a whole number;
 * - `unknown`: a plain number. `null` / non-finite values give `''`.
 */
export function formatValue(
  locale: string,
  value: number | null | undefined,
  unit: Unit,
  options: ValueOptions = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const style = options.style ?? 'short';
  switch (unit) {
    case 'percent':
      return formatPercent(locale, value, options.digits);
    case 'millisecond':
      return numberFormat(locale, {
        style: 'unit',
        unit: 'millisecond',
        unitDisplay: style,
        ...(options.digits === undefined
          ? { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 }
          : fixed(options.digits)),
      }).format(value);
    case 'second':
      if (Math.abs(value) < 60) {
        return numberFormat(locale, {
          style: 'unit',
          unit: 'second',
          unitDisplay: style,
          ...(options.digits === undefined ? { maximumFractionDigits: 1 } : fixed(options.digits)),
        }).format(value);
      }
      return formatDuration(locale, value * UNIT_MS.second, { style });
    case 'minute':
    case 'hour':
    case 'day':
      return formatDuration(locale, value * UNIT_MS[unit], { style });
    case 'count':
      return numberFormat(locale, fixed(options.digits ?? 0)).format(value);
    case 'score':
    case 'unknown':
    default:
      return options.digits === undefined
        ? formatNumber(locale, value)
        : formatNumber(locale, value, options.digits);
  }
}

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
