/**
 * Day buckets for history strips: one bucket per local calendar day in a display time zone.
 *
 * Rules:
 * - days run from local midnight to the next local midnight in `timeZone` (IANA), so a day in a
 *   DST change has 23 or 25 hours (Europe/Berlin: 2026-03-29 has 23, 2026-10-25 has 25);
 * - the buckets cover every local day that `[from, to)` touches; only time inside `[from, to)` is
 *   counted, so the first and last bucket may be partial;
 * - a date that did not exist in the time zone (Pacific/Kiritimati skipped 1994-12-31 when it moved
 *   across the date line) has no bucket;
 * - breaches are normalised first (`normaliseBreaches`: ongoing ones end at `now`, clipped, merged
 *   per objective, excluded ones kept apart);
 * - downtime minutes of a day are the UNION of the counted intervals of all objectives in the set:
 *   a minute in which two objectives are breached is one minute of downtime. Summed over the days,
 *   they equal the union's minutes over `[from, to)`. Filter the breaches first (e.g. one agreement
 *   or one objective) to get the downtime of that set;
 * - a breach that spans midnight is split: each day gets its own minutes, severity and id;
 * - severity is the worst severity of the counted breaches touching the day (`null`: none);
 *   excluded breaches have their own minutes and ids and never change severity or downtime.
 * At most {@link MAX_DAY_BUCKETS} days are produced (a range beyond that is cut at its end).
 */
import type { Breach, Severity } from '../feed/index.js';
import { normaliseBreaches, type BreachInterval, type BreachRange } from './breaches.js';
import { MINUTE_MS, unionIntervals, type Interval } from './intervals.js';
import { worseSeverity } from './severity.js';
import { addDays, formatDate, localDate, startOfLocalDay } from './time-zone.js';

/** The most days one call produces: 100 years. */
export const MAX_DAY_BUCKETS = 36_600;

/** Range, clock and display time zone of a day strip. */
export interface DayBucketOptions extends BreachRange {
  /** IANA time zone whose local days the buckets follow, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
}

/** One local calendar day. */
export interface DayBucket {
  /** Local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Local midnight starting the day, epoch ms. */
  readonly start: number;
  /** Local midnight ending the day (start of the next), epoch ms. */
  readonly end: number;
  /** Length of the day in hours: 24, or 23 / 25 on DST changes. */
  readonly hours: number;
  /** Minutes of counted downtime in the day (union over all objectives, inside `[from, to)`). */
  readonly downtimeMinutes: number;
  /** Minutes covered by excluded breaches in the day. */
  readonly excludedMinutes: number;
  /** Worst severity of counted breaches touching the day, `null` when none. */
  readonly severity: Severity | null;
  /** Ids of counted breaches touching the day. */
  readonly breachIds: readonly string[];
  /** Ids of excluded breaches touching the day. */
  readonly excludedBreachIds: readonly string[];
  /** True when an ongoing breach touches the day. */
  readonly ongoing: boolean;
}

interface MutableBucket {
  date: string;
  start: number;
  end: number;
  downtimeMs: number;
  excludedMs: number;
  severity: Severity | null;
  ids: Set<string>;
  excludedIds: Set<string>;
  ongoing: boolean;
}

/** The local days touched by `[from, to)` in a time zone (see {@link dayBuckets}), without breach data. */
export function localDays(
  from: number,
  to: number,
  timeZone: string,
): { date: string; start: number; end: number }[] {
  if (!(to > from)) return [];
  const days: { date: string; start: number; end: number }[] = [];
  let date = localDate(from, timeZone);
  let start = startOfLocalDay(date, timeZone);
  while (start < to && days.length < MAX_DAY_BUCKETS) {
    const next = addDays(date, 1);
    const end = startOfLocalDay(next, timeZone);
    // A date a time zone skipped (Pacific/Kiritimati jumped over 1994-12-31) has no bucket.
    if (end > start) days.push({ date: formatDate(date), start, end });
    date = next;
    start = end;
  }
  return days;
}

/**
 * One bucket per local day between `from` and `to` in `timeZone`, with the downtime minutes, worst
 * severity and breach ids of each day (see the module rules).
 */
export function dayBuckets(breaches: readonly Breach[], options: DayBucketOptions): DayBucket[] {
  const { from, timeZone } = options;
  const days = localDays(from, options.to, timeZone);
  if (days.length === 0) return [];
  const to = Math.min(options.to, days[days.length - 1]!.end);
  const buckets: MutableBucket[] = days.map((d) => ({
    ...d,
    downtimeMs: 0,
    excludedMs: 0,
    severity: null,
    ids: new Set(),
    excludedIds: new Set(),
    ongoing: false,
  }));

  const normalised = normaliseBreaches(breaches, { from, to, now: options.now });
  const counted: BreachInterval[] = [];
  const excluded: BreachInterval[] = [];
  for (const o of normalised) {
    counted.push(...o.counted);
    excluded.push(...o.excluded);
  }

  for (const i of unionIntervals(counted)) {
    eachDay(buckets, i, (b, ms) => {
      b.downtimeMs += ms;
    });
  }
  for (const i of unionIntervals(excluded)) {
    eachDay(buckets, i, (b, ms) => {
      b.excludedMs += ms;
    });
  }
  // Severity, ids and the ongoing flag come from each breach on its own, not from the merged
  // interval it is part of: a short critical breach inside a long minor one is critical on its
  // own days only.
  // (A breach left empty by the range or the clock overlaps no day: eachDay visits none.)
  for (const breach of breaches) {
    const start = Math.max(breach.start, from);
    const end = Math.min(breach.end ?? options.now, to);
    eachDay(buckets, { start, end }, (b) => {
      if (breach.excluded) {
        b.excludedIds.add(breach.id);
        return;
      }
      b.severity =
        b.severity === null ? breach.severity : worseSeverity(b.severity, breach.severity);
      b.ids.add(breach.id);
      b.ongoing ||= breach.end === null;
    });
  }

  return buckets.map((b) => ({
    date: b.date,
    start: b.start,
    end: b.end,
    hours: (b.end - b.start) / 3_600_000,
    downtimeMinutes: b.downtimeMs / MINUTE_MS,
    excludedMinutes: b.excludedMs / MINUTE_MS,
    severity: b.severity,
    breachIds: [...b.ids],
    excludedBreachIds: [...b.excludedIds],
    ongoing: b.ongoing,
  }));
}

/** Calls `visit` for each bucket an interval overlaps, with the overlap in milliseconds. */
function eachDay(
  buckets: MutableBucket[],
  interval: Interval,
  visit: (b: MutableBucket, ms: number) => void,
): void {
  // Binary search: the first bucket that ends after the interval starts.
  let lo = 0;
  let hi = buckets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (buckets[mid]!.end <= interval.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < buckets.length && buckets[k]!.start < interval.end; k++) {
    const b = buckets[k]!;
    const ms = Math.min(b.end, interval.end) - Math.max(b.start, interval.start);
    if (ms > 0) visit(b, ms);
  }
}
