/**
 * A small typed message catalogue, no dependency. Messages come in bundles: the shared one
 * (en.ts, de.ts, ar.ts here: states, status words, labels) and one per element beside it
 * (`src/elements/scorecard/i18n/`), so an element's bundle carries only its own strings. English
 * is inline in each bundle; German and Arabic are complete and load on first use
 * ({@link loadCatalogue}: a chunk per bundle and language, so readers of one language do not
 * download the others). Other languages can be registered at run time (missing keys fall back to
 * English). Messages are text: parameters are interpolated as text, numbers formatted with Intl.
 *
 * ```ts
 * const t = translator('de-AT');
 * t('state.empty.agreement', { id: 'gold' }); // 'Keine Vereinbarung „gold“ im Feed.'
 * t('state.error.issues', { count: 3 });      // '3 Probleme gefunden:'
 * ```
 */
import { en } from './en.js';
import type { Catalogue, MessageKey } from './keys.js';
import type { Message, MessageParams, PluralMessage } from './types.js';

export type { Catalogue, KitMessages, MessageKey } from './keys.js';
export type { Message, MessageParams, PluralMessage } from './types.js';

/** A bound translation function for one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Messages of one bundle in one language. */
export type BundleMessages<K extends string> = { readonly [P in K]: Message };

/**
 * One catalogue module: English inline, the other built-in languages as loaders (dynamic
 * imports, so each is a chunk of its own). Make one with {@link defineMessages}; an element lists
 * its bundles in `static messages`, and they are registered when the first instance is created.
 */
export interface MessageBundle<K extends string = string> {
  /** Name, for tools and errors (the element's tag, or `common`). */
  readonly id: string;
  readonly en: BundleMessages<K>;
  /** Built-in translations by language (`de`, `ar`), loaded on first use. */
  readonly languages: Readonly<Record<string, () => Promise<BundleMessages<K>>>>;
}

/** Declares a message bundle (English inline, other languages loaded on first use). */
export function defineMessages<K extends string>(
  id: string,
  english: BundleMessages<K>,
  languages: Readonly<Record<string, () => Promise<BundleMessages<K>>>>,
): MessageBundle<K> {
  return { id, en: english, languages };
}

/** The shared strings every element uses (states, status words, labels). */
export const commonMessages: MessageBundle = defineMessages('common', en, {
  de: () => import('./de.js').then((m) => m.de),
  ar: () => import('./ar.js').then((m) => m.ar),
});

const catalogues = new Map<string, Partial<Catalogue>>([['en', { ...en }]]);
/** Bundles in use, by id. */
const bundles = new Map<string, MessageBundle>([[commonMessages.id, commonMessages]]);
/** Loads started, by `<bundle id> <language>`. */
const loading = new Map<string, Promise<void>>();
/** Bundle and language pairs that are loaded (or failed, leaving English). */
const loaded = new Set<string>();

/** Languages with a complete built-in catalogue. */
export const BUILT_IN_LANGUAGES = ['en', ...Object.keys(commonMessages.languages)] as const;

/**
 * Registers message bundles (an element does this for its `static messages` when its first
 * instance is created): their English is available at once, other built-in languages load
 * with {@link loadCatalogue}.
 */
export function useMessages(...list: readonly MessageBundle[]): void {
  for (const bundle of list) {
    if (bundles.get(bundle.id) === bundle) continue;
    bundles.set(bundle.id, bundle);
    catalogues.set('en', { ...bundle.en, ...catalogues.get('en') });
    translators.clear();
  }
}

/**
 * Makes sure the built-in messages for a locale are loaded, for every bundle in use. Returns
 * `null` when nothing needs loading (English, already loaded, or a language without built-in
 * messages, which falls back to English), else a promise that settles once they are registered.
 * A failed load leaves English in place (the promise still resolves).
 */
export function loadCatalogue(locale: string): Promise<void> | null {
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0] ?? '';
  const pending: Promise<void>[] = [];
  for (const bundle of bundles.values()) {
    const load = bundle.languages[language];
    const key = `${bundle.id} ${language}`;
    if (!load || loaded.has(key)) continue;
    let p = loading.get(key);
    if (!p) {
      p = load().then(
        (messages) => {
          // Messages registered at run time win over the built-in ones.
          catalogues.set(language, {
            ...messages,
            ...(catalogues.get(language) ?? {}),
          });
          loaded.add(key);
          translators.clear();
        },
        () => void loaded.add(key),
      );
      loading.set(key, p);
    }
    pending.push(p);
  }
  return pending.length ? Promise.all(pending).then(() => undefined) : null;
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
  const message: Message | undefined =
    catalogues.get(language)?.[key] ?? catalogues.get('en')?.[key];
  if (message === undefined) return key;
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
