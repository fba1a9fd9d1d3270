/** Locale and time-zone checks: what Intl accepts, and which languages are written right to left. */
import { dateFormat } from './intl-cache.js';

/** A BCP 47 tag Intl accepts: the canonical form of `locale`, or `fallback` when it is invalid. */
export function safeLocale(locale: string | null | undefined, fallback = 'en'): string {
  if (!locale) return fallback;
  // Elements resolve their locale on every update: canonicalise each tag once.
  let canonical = canonicalLocales.get(locale);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(locale)[0] ?? '';
    } catch {
      canonical = '';
    }
    if (canonicalLocales.size > 256) canonicalLocales.clear();
    canonicalLocales.set(locale, canonical);
  }
  return canonical || fallback;
}

/** Canonical form of each locale tag seen ('' for a tag that is not valid BCP 47). */
const canonicalLocales = new Map<string, string>();

/** True when `Intl` knows the IANA time zone. */
export function isTimeZone(timeZone: string | null | undefined): timeZone is string {
  if (!timeZone) return false;
  try {
    dateFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** True for locales written right to left. */
export function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.toLowerCase().split('-')[0] ?? '');
}
