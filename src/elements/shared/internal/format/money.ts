/** Money in a currency (ISO 4217), exact to the currency's digits, readable in right-to-left text. */
import { numberFormat } from './intl-cache.js';
import { isRtl } from './locale.js';
import { fixed, formatNumber } from './numbers.js';

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
