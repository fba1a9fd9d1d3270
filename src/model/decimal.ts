/**
 * The decimal rule. Feed figures are decimals (99.9, 1,234.56) but the kit computes in binary
 * floating point, where `100 - 99.9` is 0.09999999999999432. Every derived figure that is compared
 * with a threshold (a share, a consumed budget, a value derived from counts) is first rounded to
 * {@link DECIMAL_PLACES} decimal places: digits beyond that are binary noise, never a measurement
 * (the noise of `100 - 99.993` is about 10^-14). Two figures equal at that precision are equal.
 *
 * Money is compared in the currency's minor unit (the digits `Intl.NumberFormat` shows for it:
 * 2 for EUR, 0 for JPY, 3 for KWD): a recorded figure is the same as a computed one when it is a
 * rounding of it, i.e. they differ by at most half a minor unit (an exact half may round either way).
 */

// The decimal rule itself is shared with the parser (see `feed/semantics.ts`).
import { decimal } from '../feed/semantics.js';

export { DECIMAL_PLACES, compareDecimal, decimal } from '../feed/semantics.js';

const digitsCache = new Map<string, number>();

/**
 * Digits of the minor unit of a currency, as `Intl.NumberFormat` formats it (EUR 2, JPY 0,
 * KWD 3). 2 when no currency is known or the runtime does not know it.
 */
export function minorUnitDigits(currency: string | undefined): number {
  if (currency === undefined) return 2;
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * An amount rounded to the currency's minor unit, half away from zero on its decimal value
 * (1,234.565 EUR is 1,234.57; 1,234.5 JPY is 1,235).
 */
export function roundMoney(amount: number, currency: string | undefined): number {
  if (!Number.isFinite(amount)) return amount;
  const digits = minorUnitDigits(currency);
  const scaled = decimal(Math.abs(amount) * 10 ** digits);
  const rounded = Math.round(scaled) / 10 ** digits;
  return decimal(amount < 0 ? -rounded : rounded) || 0;
}

/**
 * True when a recorded amount is not a rounding of the computed one to the currency's minor unit:
 * they differ by more than half a minor unit (after the decimal rule).
 */
export function moneyDiffers(
  recorded: number,
  computed: number,
  currency: string | undefined,
): boolean {
  const scale = 10 ** minorUnitDigits(currency);
  return Math.abs(inMinorUnits(recorded, scale) - inMinorUnits(computed, scale)) > 0.5;
}

/**
 * An amount in minor units (cents), kept to 15 significant digits: 1,234.565 EUR is 123,456.5
 * cents, not 123,456.50000000001. Money figures below 10^13 minor units keep every digit that matters.
 */
export function inMinorUnits(amount: number, scale: number): number {
  const x = amount * scale;
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(15));
}
