/** Relative time: `5 minutes ago`, `in 2 days`. */
import { relativeTimeFormat } from './intl-cache.js';

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
