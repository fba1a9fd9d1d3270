/** A measured value written in its feed unit (percent, milliseconds, durations, counts, scores). */
import type { Unit } from '../../../../feed/index.js';
import { UNIT_MS, formatDuration } from './durations.js';
import { numberFormat } from './intl-cache.js';
import { fixed, formatNumber, formatPercent } from './numbers.js';

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
