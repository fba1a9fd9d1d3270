/**
 * Calendar arithmetic in an IANA time zone with nothing but `Intl.DateTimeFormat`: the local
 * calendar date of an instant, and the instant a local day starts. Formatters are cached per zone.
 * Computation stays on epoch milliseconds; a time zone only decides where days begin. An unknown
 * time zone is read as UTC (never an exception).
 */

/** A calendar date. `month` is 1..12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

interface LocalDateTime extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Local midnights already found, per zone, by date key (yyyymmdd). */
const dayStarts = new Map<string, Map<number, number>>();
const MAX_CACHED_DAYS = 50_000;

function createFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

/**
 * The cached formatter of a zone. An unknown zone falls back to UTC: the feed layer validates the
 * zones it carries, and a mistyped attribute should draw UTC days rather than break a chart.
 */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // A known zone leaves its formatter in the cache; an unknown one reads as UTC.
    f = (isKnownTimeZone(timeZone) && formatters.get(timeZone)) || createFormatter('UTC');
    formatters.set(timeZone, f);
  }
  return f;
}

/** Zones already asked about (a chart asks on every render; building a formatter is not cheap). */
const knownZones = new Map<string, boolean>();

/** True when `timeZone` is an IANA time zone this browser knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  const cached = knownZones.get(timeZone);
  if (cached !== undefined) return cached;
  let known: boolean;
  try {
    formatters.set(timeZone, createFormatter(timeZone));
    known = true;
  } catch {
    known = false;
  }
  if (knownZones.size > 1000) knownZones.clear();
  knownZones.set(timeZone, known);
  return known;
}

function localDateTime(instant: number, timeZone: string): LocalDateTime {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatter(timeZone).formatToParts(instant)) {
    const n = Number(part.value);
    switch (part.type) {
      case 'year':
        year = n;
        break;
      case 'month':
        month = n;
        break;
      case 'day':
        day = n;
        break;
      case 'hour':
        hour = n % 24;
        break;
      case 'minute':
        minute = n;
        break;
      case 'second':
        second = n;
        break;
      default:
        break;
    }
  }
  return { year, month, day, hour, minute, second };
}

/** The calendar date of an instant in a time zone. */
export function localDate(instant: number, timeZone: string): CalendarDate {
  const { year, month, day } = localDateTime(instant, timeZone);
  return { year, month, day };
}

/** `YYYY-MM-DD` of a calendar date. */
export function formatDate(date: CalendarDate): string {
  const y = String(date.year).padStart(4, '0');
  return `${y}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The calendar date `days` after `date` (negative: before). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dateKey(d: CalendarDate): number {
  return d.year * 10_000 + d.month * 100 + d.day;
}

/**
 * Offset of a time zone from UTC at an instant, in milliseconds (Berlin in summer: +7,200,000).
 * Whole seconds: sub-second offsets (before 1900 in some zones) are ignored.
 */
export function timeZoneOffset(instant: number, timeZone: string): number {
  const t = localDateTime(instant, timeZone);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant of a local calendar day in a time zone (its local midnight). Where a DST change
 * skips midnight, the day starts at the first instant that exists on that date. Memoised per zone
 * and date.
 */
export function startOfLocalDay(date: CalendarDate, timeZone: string): number {
  let cache = dayStarts.get(timeZone);
  if (!cache) {
    cache = new Map();
    dayStarts.set(timeZone, cache);
  }
  const key = dateKey(date);
  let start = cache.get(key);
  if (start === undefined) {
    // Bounded: a long-running page that scrolls through centuries starts the cache over.
    if (cache.size >= MAX_CACHED_DAYS) cache.clear();
    start = computeStartOfLocalDay(date, key, timeZone);
    cache.set(key, start);
  }
  return start;
}

function computeStartOfLocalDay(date: CalendarDate, key: number, timeZone: string): number {
  const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
  // Fast path: subtract the offset, re-check it once (the offset may differ across the change).
  let t = utcMidnight - timeZoneOffset(utcMidnight, timeZone);
  const second = utcMidnight - timeZoneOffset(t, timeZone);
  if (second !== t) t = second;
  const at = localDateTime(t, timeZone);
  if (
    dateKey(at) === key &&
    at.hour === 0 &&
    at.minute === 0 &&
    at.second === 0 &&
    dateKey(localDate(t - 1, timeZone)) < key
  ) {
    return t;
  }
  // Slow path (midnight skipped or repeated): the earliest instant whose local date is `date`.
  let lo = utcMidnight - 15 * 3_600_000; // no zone is more than 14 h ahead of UTC
  let hi = utcMidnight + 13 * 3_600_000; // nor more than 12 h behind it
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dateKey(localDate(mid, timeZone)) >= key) hi = mid;
    else lo = mid;
  }
  return hi;
}
