/** Durations in milliseconds, in the locale's words (`4 hr, 12 min`), and feed time units. */
import { cache, listFormat, memo, numberFormat } from './intl-cache.js';

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
