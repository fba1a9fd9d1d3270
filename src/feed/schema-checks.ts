/**
 * The feed schema's own checks and constants, in a module without valibot: the schema (schema.ts)
 * uses them, and so does the checker generated from it (schema-check.generated.ts), which is what
 * a page runs on a valid feed. A check the schema gains belongs here, exported, so that the
 * generator can name it.
 */
import type { ImpliesPattern } from './fast.js';

/** A transform of an open vocabulary (schema.ts `openEnum`): its known values, for the generator. */
export interface OpenEnumTransform {
  knownValues?: readonly string[];
}

/** The schema versions this kit understands. */
export const SUPPORTED_SCHEMA_VERSIONS = [1] as const;

/** RFC 3339 date-time with a mandatory offset (`Z` or `±hh:mm`). */
export const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of a common year before each month. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Days from 1970-01-01 to January 1 of `year` (Howard Hinnant's days_from_civil). */
function daysBeforeYear(year: number): number {
  const y = year - 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  // January 1 is day 306 of Hinnant's March-based year.
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + 306 - 719_468;
}
let lastYear = -1;
let lastYearDays = 0;

/** Value of the `count` ASCII digits at `at`, or -1 when one of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Epoch milliseconds of a valid RFC 3339 instant, or `NaN` when the text is not one: it must match
 * {@link RFC3339} and name a real time (no 2026-02-30, hour 24, minute or second 60, offset beyond
 * ±23:59). Fractions beyond milliseconds are truncated.
 *
 * Hand-written on purpose: it runs for every instant of a feed (hundreds of thousands in a large
 * one), and a regex match or `Date.parse` per instant allocates enough to dominate validation. No
 * closures inside: tools that keep function names (tsx) would wrap each one in a call per use.
 * Tests compare it with `RFC3339` and `Date.parse` on generated instants.
 */
export function instantToMs(text: string): number {
  const n = text.length;
  if (n < 20 || n > 35) return Number.NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  // '-' 45, ':' 58, 'T' 84, 't' 116
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    (text.charCodeAt(10) !== 84 && text.charCodeAt(10) !== 116) ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  )
    return Number.NaN;
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return Number.NaN;
  if (minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return Number.NaN;
  let i = 19;
  let millis = 0;
  if (text.charCodeAt(i) === 46) {
    // '.' then 1..9 digits; the first three are milliseconds.
    let k = 0;
    for (i++; i < n; i++, k++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (k < 3) millis += d * (k === 0 ? 100 : k === 1 ? 10 : 1);
    }
    if (k < 1 || k > 9) return Number.NaN;
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(i);
  if (zone === 90 || zone === 122) {
    // 'Z' or 'z'
    if (i + 1 !== n) return Number.NaN;
  } else if (zone === 43 || zone === 45) {
    // '+' or '-' hh ':' mm
    if (i + 6 !== n || text.charCodeAt(i + 3) !== 58) return Number.NaN;
    const oh = digits(text, i + 1, 2);
    const om = digits(text, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offsetMinutes = (zone === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return Number.NaN;
  }
  // Days from 1970-01-01: those before the year (kept for the last year seen, as a feed's instants
  // mostly share a year or two), then those of the year before the date.
  if (year !== lastYear) {
    lastYear = year;
    lastYearDays = daysBeforeYear(year);
  }
  const days = lastYearDays + DAYS_BEFORE_MONTH[month - 1]! + (leap && month > 2 ? 1 : 0) + day - 1;
  return (
    days * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    millis -
    offsetMinutes * 60_000
  );
}

// The check and the transform of an instant run back to back on the same text: the check keeps
// its result so the transform does not compute it twice (no allocation either way).
let lastInstantText = '';
let lastInstantMs = Number.NaN;
export function isInstant(text: string): boolean {
  lastInstantText = text;
  lastInstantMs = instantToMs(text);
  return !Number.isNaN(lastInstantMs);
}
export function instantOf(text: string): number {
  return text === lastInstantText ? lastInstantMs : instantToMs(text);
}
// instantToMs reads only texts that match RFC3339 (tests check this on generated texts), so the
// fast paths (fast.ts, the generated checker) do not run the pattern before it.
(isInstant as ImpliesPattern).impliesPattern = RFC3339;

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
export function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
