/**
 * Cached `Intl` formatters, one instance per locale + options: constructing Intl formatters is
 * the slow part of formatting, so every formatting module gets its instances here.
 */

export type Cache<T> = Map<string, T>;
export const cache = <T>(): Cache<T> => new Map<string, T>();
const numberCache = cache<Intl.NumberFormat>();
const dateCache = cache<Intl.DateTimeFormat>();
const relativeCache = cache<Intl.RelativeTimeFormat>();
const listCache = cache<Intl.ListFormat>();

export function memo<T, O extends object>(
  store: Cache<T>,
  locale: string,
  options: O,
  make: (locale: string, options: O) => T,
): T {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let value = store.get(key);
  if (value === undefined) {
    value = make(locale, options);
    store.set(key, value);
  }
  return value;
}

/** A cached `Intl.NumberFormat`. */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return memo(numberCache, locale, options, (l, o) => new Intl.NumberFormat(l, o));
}

/** A cached `Intl.DateTimeFormat`. */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  return memo(dateCache, locale, options, (l, o) => new Intl.DateTimeFormat(l, o));
}

/** A cached `Intl.RelativeTimeFormat`. */
export function relativeTimeFormat(
  locale: string,
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat {
  return memo(relativeCache, locale, options, (l, o) => new Intl.RelativeTimeFormat(l, o));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return memo(listCache, locale, options, (l, o) => new Intl.ListFormat(l, o));
}
