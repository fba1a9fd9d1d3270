/**
 * A small typed message catalogue, no dependency. English (en.ts) defines the keys and is always
 * loaded; German and Arabic are complete and load on first use ({@link loadCatalogue}: a separate
 * chunk each, so readers of one language do not download the others). Other languages can be
 * registered at run time (missing keys fall back to English). Messages are text: parameters are
 * interpolated as text, numbers formatted with Intl.
 *
 * ```ts
 * const t = translator('de-AT');
 * t('state.empty.agreement', { id: 'gold' }); // 'Keine Vereinbarung „gold“ im Feed.'
 * t('state.error.issues', { count: 3 });      // '3 Probleme gefunden:'
 * ```
 */
import { en, type Catalogue, type MessageKey } from './en.js';
import type { Message, MessageParams, PluralMessage } from './types.js';

export type { Catalogue, MessageKey } from './en.js';
export type { Message, MessageParams, PluralMessage } from './types.js';

/** A bound translation function for one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogues = new Map<string, Partial<Catalogue>>([['en', en]]);

/** Built-in catalogues that load on first use, by language. */
const BUILT_IN_LOADERS: Readonly<Record<string, () => Promise<Catalogue>>> = {
  de: () => import('./de.js').then((m) => m.de),
  ar: () => import('./ar.js').then((m) => m.ar),
};
/** Languages with a complete built-in catalogue. */
export const BUILT_IN_LANGUAGES = ['en', ...Object.keys(BUILT_IN_LOADERS)] as const;
const loading = new Map<string, Promise<void>>();

/**
 * Makes sure the built-in catalogue for a locale is loaded. Returns `null` when nothing needs
 * loading (English, an already loaded or registered language, or a language without a built-in
 * catalogue, which falls back to English), else a promise that settles once it is registered.
 * A failed load leaves English in place (the promise still resolves).
 */
export function loadCatalogue(locale: string): Promise<void> | null {
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0] ?? '';
  if (catalogues.has(tag) || catalogues.has(language)) return null;
  const load = BUILT_IN_LOADERS[language];
  if (!load) return null;
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then(
      (messages) => {
        catalogues.set(language, { ...messages, ...(catalogues.get(language) ?? {}) });
        translators.clear();
      },
      () => undefined,
    );
    loading.set(language, pending);
  }
  return pending;
}

/**
 * Adds or extends the catalogue of a language (`'fr'`, or a regional one such as `'pt-BR'`).
 * Keys it does not define fall back to English. Later calls merge over earlier ones.
 */
export function registerMessages(language: string, messages: Partial<Catalogue>): void {
  const key = language.toLowerCase();
  catalogues.set(key, { ...(catalogues.get(key) ?? {}), ...messages });
  translators.clear();
}

/**
 * The registered catalogue language that best matches a locale: the full tag (`pt-br`), then its
 * language (`pt`), else `en`.
 */
export function catalogueLanguage(locale: string): string {
  const tag = locale.toLowerCase();
  if (catalogues.has(tag)) return tag;
  const language = tag.split('-')[0] ?? '';
  return catalogues.has(language) ? language : 'en';
}

const PLACEHOLDER = /\{([A-Za-z_][\w]*)\}/g;
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f;
}

function pluralRule(locale: string): Intl.PluralRules {
  let r = pluralRules.get(locale);
  if (!r) pluralRules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

function isPlural(message: Message): message is PluralMessage {
  return typeof message === 'object';
}

function pickForm(message: PluralMessage, locale: string, params: MessageParams): string {
  const raw = params[message.param ?? 'count'];
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(n)) return message.other;
  const category = pluralRule(locale).select(n);
  return message[category] ?? message.other;
}

function interpolate(text: string, locale: string, params: MessageParams): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? numberFormat(locale).format(value) : String(value);
  });
}

/**
 * The message for `key` in the catalogue best matching `locale`, with parameters interpolated.
 * Unknown parameters are left as `{name}` so a missing value is visible, never silently blank.
 */
export function translate(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const language = catalogueLanguage(locale);
  const message: Message = catalogues.get(language)?.[key] ?? en[key];
  const text = isPlural(message) ? pickForm(message, language, params) : message;
  // Numbers use the full locale (de-CH grouping), plural rules the catalogue language.
  return interpolate(text, safeLocale(locale), params);
}

const translators = new Map<string, Translate>();

/** A translate function bound to a locale (cached per locale). */
export function translator(locale: string): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = (key, params) => translate(locale, key, params);
    translators.set(locale, t);
  }
  return t;
}

/** Placeholder names used by a message (all plural forms), for tests and tooling. */
export function placeholders(message: Message): Set<string> {
  const texts = isPlural(message)
    ? [message.zero, message.one, message.two, message.few, message.many, message.other]
    : [message];
  const out = new Set<string>();
  for (const text of texts) {
    if (text === undefined) continue;
    for (const m of text.matchAll(PLACEHOLDER)) out.add(m[1]!);
  }
  return out;
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
