/**
 * Numbers and percentages: grouping per locale, percentages given on 0..100 (`99.95` means
 * 99.95 %), and the fraction digits a column of values needs.
 */
import { numberFormat } from './intl-cache.js';

/** Fraction digits options, fixed: `{ minimumFractionDigits: n, maximumFractionDigits: n }`. */
export function fixed(digits: number): Intl.NumberFormatOptions {
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
