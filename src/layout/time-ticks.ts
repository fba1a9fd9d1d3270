/**
 * Time axis ticks in an IANA time zone: labelled ticks at local boundaries of a unit (minutes,
 * hours, days, weeks, months, quarters, years) chosen so that labels keep a minimum spacing, and
 * the light grid of period boundaries. Local boundaries come from `src/model/time-zone.ts`, so
 * DST days are right: Europe/Berlin's 23-hour 2026-03-29 has day ticks at its local midnights and
 * hour ticks that skip the missing 02:00. Labels are Intl's own, in the given locale and zone.
 *
 * d3-time cannot do this: its intervals are either the browser's own zone or UTC.
 */
import {
  addDays,
  isKnownTimeZone,
  localDate,
  startOfLocalDay,
  timeZoneOffset,
  type CalendarDate,
} from '../model/time-zone.js';
import type { LinearScale } from './scale.js';

export type TickUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface TimeTick {
  /** Epoch ms of the boundary. */
  readonly time: number;
  /** Its position on the scale's range. */
  readonly x: number;
  /** Intl's label for `unit` in the locale and zone. */
  readonly label: string;
  /**
   * The coarsest boundary the tick falls on, at least the axis unit: an hour tick at local
   * midnight is a `day` tick (labelled with the date), a day tick on the 1st a `month` tick, on
   * 1 January a `year` tick. Weeks and quarters are never promoted to.
   */
  readonly unit: TickUnit;
}

export interface TimeAxis {
  /** The labelled unit chosen for this width. */
  readonly unit: TickUnit;
  /** How many units one labelled step spans (every 6 hours: 6; every 2 days: 2). */
  readonly step: number;
  /** Labelled ticks, at local boundaries of `unit`, ascending in time. */
  readonly ticks: readonly TimeTick[];
  /**
   * Period boundaries for the light grid: day starts when the axis shows minutes, hours or days,
   * month starts when it shows weeks, months or quarters, and the labelled year starts when it
   * shows years.
   */
  readonly grid: readonly { readonly time: number; readonly x: number }[];
}

export interface TimeAxisOptions {
  /** Width of the axis in px; nothing is laid out at 0. */
  readonly width: number;
  /** BCP 47 locale of the labels (an invalid tag falls back to `en`). */
  readonly locale: string;
  /** IANA time zone of the boundaries and labels; default UTC (an unknown zone is UTC). */
  readonly timeZone?: string;
  /** Minimum px between consecutive labelled ticks, default 64 (at least 1). */
  readonly minLabelSpacing?: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ORDER: Readonly<Record<TickUnit, number>> = {
  minute: 0,
  hour: 1,
  day: 2,
  week: 3,
  month: 4,
  quarter: 5,
  year: 6,
};

interface Candidate {
  readonly unit: TickUnit;
  readonly step: number;
  /** The longest one step can last (DST days, long months), ms. */
  readonly longest: number;
}

/**
 * Finest first. `longest` only lets `timeAxis` skip steps that cannot keep the spacing without
 * laying them out: a day or longer can be an hour longer across a DST change; a shorter step is
 * stretched that way once per change, which no run of three ticks survives.
 */
const CANDIDATES: readonly Candidate[] = [
  ...[1, 5, 15, 30].map((step) => ({ unit: 'minute' as const, step, longest: step * MINUTE })),
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, longest: step * HOUR })),
  ...[1, 2].map((step) => ({ unit: 'day' as const, step, longest: step * DAY + HOUR })),
  { unit: 'week', step: 1, longest: 7 * DAY + HOUR },
  { unit: 'month', step: 1, longest: 31 * DAY + HOUR },
  { unit: 'quarter', step: 1, longest: 92 * DAY + HOUR },
  ...[1, 2, 5, 10, 25, 50, 100, 250, 500, 1000].map((step) => ({
    unit: 'year' as const,
    step,
    longest: step * 366 * DAY + HOUR,
  })),
];

/**
 * The time axis of `scale` in `options.timeZone`: the finest unit and step whose labelled ticks
 * (inside the scale's domain, ends included) are never closer than `minLabelSpacing` px, and the
 * grid of period boundaries. Nothing when the width or the domain is empty or not finite.
 */
export function timeAxis(scale: LinearScale, options: TimeAxisOptions): TimeAxis {
  const zone = knownZone(options.timeZone ?? 'UTC');
  // at least 1 px: no spacing would ask for a tick a minute across any range
  const spacing = Math.max(1, options.minLabelSpacing ?? 64) || 1;
  const [d0, d1] = scale.domain;
  const from = Math.min(d0, d1);
  const to = Math.max(d0, d1);
  // NaN for an empty or a non-finite domain
  const pxPerMs = Math.abs(scale(to) - scale(from)) / (to - from);
  if (!(options.width > 0) || !Number.isFinite(pxPerMs) || pxPerMs === 0) {
    return { unit: 'day', step: 1, ticks: [], grid: [] };
  }
  for (const candidate of CANDIDATES) {
    if (candidate.longest * pxPerMs < spacing) continue;
    const times = boundaries(candidate, from, to, zone);
    if (closestGap(times, scale) >= spacing) {
      return layOut(candidate, times, scale, from, to, options.locale, zone);
    }
  }
  return { unit: 'year', step: 1000, ticks: [], grid: [] };
}

function layOut(
  { unit, step }: Candidate,
  times: readonly number[],
  scale: LinearScale,
  from: number,
  to: number,
  locale: string,
  zone: string,
): TimeAxis {
  const ticks = times.map((time) => {
    const tickUnit = promote(time, unit, zone);
    return { time, x: scale(time), label: label(time, tickUnit, locale, zone), unit: tickUnit };
  });
  const gridTimes =
    unit === 'year'
      ? times
      : boundaries(
          { unit: ORDER[unit] <= ORDER.day ? 'day' : 'month', step: 1, longest: 0 },
          from,
          to,
          zone,
        );
  return { unit, step, ticks, grid: gridTimes.map((time) => ({ time, x: scale(time) })) };
}

function knownZone(timeZone: string): string {
  return isKnownTimeZone(timeZone) ? timeZone : 'UTC';
}

/** The smallest px distance between consecutive times (Infinity for fewer than two). */
function closestGap(times: readonly number[], scale: LinearScale): number {
  let gap = Infinity;
  for (let i = 1; i < times.length; i++) {
    gap = Math.min(gap, Math.abs(scale(times[i]!) - scale(times[i - 1]!)));
  }
  return gap;
}

/** The local boundaries of one step of `candidate` in [from, to], ascending. */
function boundaries(candidate: Candidate, from: number, to: number, zone: string): number[] {
  switch (candidate.unit) {
    case 'minute':
      return wallClockBoundaries(candidate.step * MINUTE, from, to, zone);
    case 'hour':
      return wallClockBoundaries(candidate.step * HOUR, from, to, zone);
    case 'day':
    case 'week':
      return dayBoundaries(candidate.unit === 'week' ? 7 : candidate.step, from, to, zone);
    case 'month':
    case 'quarter':
      return monthBoundaries(candidate.unit === 'quarter' ? 3 : 1, 1, from, to, zone);
    case 'year':
      return monthBoundaries(12, candidate.step, from, to, zone);
  }
}

/**
 * Instants in [from, to] whose local wall-clock time is a multiple of `stepMs` (which divides a
 * day), day by day. A day without an offset change has them every `stepMs` from its local
 * midnight; on a day with a change, each wall-clock time is tried under the offset before and
 * after it and kept where that offset is really in force: a skipped time has neither (no tick),
 * a repeated one has both (two ticks). Those under the earlier offset all come before the change,
 * those under the later one after it, so the day's ticks come out in order.
 */
function wallClockBoundaries(stepMs: number, from: number, to: number, zone: string): number[] {
  const out: number[] = [];
  let date = localDate(from, zone);
  let dayStart = startOfLocalDay(date, zone);
  while (dayStart <= to) {
    const next = addDays(date, 1);
    const nextStart = startOfLocalDay(next, zone);
    const lo = Math.max(from, dayStart);
    const hi = Math.min(to, nextStart - 1);
    const before = timeZoneOffset(dayStart, zone);
    const after = timeZoneOffset(nextStart - 1, zone);
    for (const offset of before === after ? [before] : [before, after]) {
      // instants c whose wall-clock time c + offset is a multiple of the step, inside [lo, hi]
      const last = Math.floor((hi + offset) / stepMs);
      for (let k = Math.ceil((lo + offset) / stepMs); k <= last; k++) {
        const c = k * stepMs - offset;
        if (before === after || timeZoneOffset(c, zone) === offset) out.push(c);
      }
    }
    date = next;
    dayStart = nextStart;
  }
  return out;
}

/**
 * Local midnights in [from, to]: every `step` days counted from Monday 1970-01-05, so that 7 gives
 * Mondays (and 2 every other day, the same days whatever the range).
 */
function dayBoundaries(step: number, from: number, to: number, zone: string): number[] {
  const out: number[] = [];
  let date = localDate(from, zone);
  const serial = Date.UTC(date.year, date.month - 1, date.day) / DAY - 4;
  date = addDays(date, ((-serial % step) + step) % step);
  for (let t = startOfLocalDay(date, zone); t <= to; t = startOfLocalDay(date, zone)) {
    if (t >= from) out.push(t);
    date = addDays(date, step);
  }
  return out;
}

/**
 * Local starts of months in [from, to]: the months that are a multiple of `months` from January,
 * in years that are a multiple of `years` (years > 1 only with months = 12).
 */
function monthBoundaries(
  months: number,
  years: number,
  from: number,
  to: number,
  zone: string,
): number[] {
  const out: number[] = [];
  const start = localDate(from, zone);
  // Months since year 0, rounded up to the next multiple of `months * years`.
  const every = months * years;
  let index = Math.ceil((start.year * 12 + start.month - 1) / every) * every;
  for (;;) {
    const date: CalendarDate = { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
    const t = startOfLocalDay(date, zone);
    if (t > to) break;
    if (t >= from) out.push(t);
    index += every;
  }
  return out;
}

/** The coarsest of day, month and year boundaries `time` falls on, at least `unit`. */
function promote(time: number, unit: TickUnit, zone: string): TickUnit {
  const date = localDate(time, zone);
  if (startOfLocalDay(date, zone) !== time) return unit;
  const coarsest: TickUnit = date.day !== 1 ? 'day' : date.month === 1 ? 'year' : 'month';
  return ORDER[coarsest] > ORDER[unit] ? coarsest : unit;
}

const FORMATS: Readonly<Record<TickUnit, Intl.DateTimeFormatOptions>> = {
  minute: { hour: 'numeric', minute: '2-digit' },
  hour: { hour: 'numeric', minute: '2-digit' },
  day: { month: 'short', day: 'numeric' },
  week: { month: 'short', day: 'numeric' },
  month: { month: 'short' },
  quarter: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 500;

/** Intl's label of `time` for `unit`, with a formatter cached per (locale, zone, unit). */
function label(time: number, unit: TickUnit, locale: string, zone: string): string {
  const key = `${locale}\u0000${zone}\u0000${unit}`;
  let f = formatters.get(key);
  if (!f) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    f = createFormatter(locale, zone, unit);
    formatters.set(key, f);
  }
  return f.format(time);
}

function createFormatter(locale: string, timeZone: string, unit: TickUnit): Intl.DateTimeFormat {
  const options = { ...FORMATS[unit], timeZone };
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat('en', options);
  }
}
