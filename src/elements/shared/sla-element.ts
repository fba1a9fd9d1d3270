/**
 * `SlaElement`: the base class of every sla-kit view element.
 *
 * It owns the inputs every element shares (`src`, `refresh-interval`, `.feed`, an inline JSON
 * script, or the context of a surrounding `<sla-feed>`, through a {@link FeedController}), the
 * display scope (`customer`: {@link SlaElement.displayFeed} holds only that customer's part of the
 * feed), and the environment: effective locale, time zone, colour theme, text direction and brand
 * accent. It renders the shared states around the element's own content with
 * {@link SlaElement.renderWithState}.
 *
 * Subclass contract:
 * - call `super.willUpdate(changed)` first; then `this.feedState` is current and
 *   `changed.has('feedState')` says whether it changed; derive everything there, from
 *   `this.displayFeed` (never from `feedState.feed`, which holds every customer);
 * - render with `this.renderWithState(() => html`...`)`; use `this.t(key, params)` for text and
 *   `this.fmt` for numbers and dates;
 * - styles: `static override styles = [SlaElement.styles, css`...`]`, using `--_sla-*` tokens;
 * - override `brandingCustomerId()` when the element shows one customer, so that customer's
 *   locale, time zone and white-label accent win over the provider's (with `customer` set, that
 *   customer's always win).
 */
import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Customer, Feed } from '../../feed/index.js';
import { fullValidatorLoading } from '../../feed/parse-lazy.js';
import { scopeFeed } from '../../model/scope.js';
import { tokens } from '../../themes/tokens.js';
import { baseStyles, stateStyles } from './internal/base.styles.js';
import { chartA11yStyles } from './internal/chart-a11y.js';
import {
  FeedController,
  INITIAL_FEED_STATE,
  type FeedControllerOptions,
  type FeedState,
} from './feed-controller.js';
import { Formatter, isTimeZone, safeLocale } from './internal/format.js';
import {
  BUILT_IN_LANGUAGES,
  catalogueLanguage,
  loadCatalogue,
  translator,
  useMessages,
  type MessageBundle,
  type Translate,
} from './i18n/index.js';
import {
  renderEmpty,
  renderError,
  renderErrorDisclosure,
  renderLoading,
  renderStaleBadge,
} from './internal/states.js';

/** `theme` values: `auto` follows the reader's `prefers-color-scheme`, live. */
export type ThemeSetting = 'auto' | 'light' | 'dark';

const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Text direction of a locale: `rtl` for Arabic, Hebrew, Persian, Urdu and other RTL scripts. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RTL_LANGUAGES.has(info.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The language whose messages a locale shows: a built-in or registered one, else English. */
function messagesLanguage(locale: string): string {
  const language = locale.toLowerCase().split('-')[0] ?? '';
  if ((BUILT_IN_LANGUAGES as readonly string[]).includes(language)) return language;
  return catalogueLanguage(locale);
}

/**
 * The `lang` in force above an element: its closest ancestor with a `lang` attribute, across
 * shadow roots up to the document's `<html lang>`. `lang=""` (explicitly unknown) gives undefined.
 */
export function inheritedLang(el: Element): string | undefined {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof ShadowRoot) {
      node = node.host;
      continue;
    }
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang !== null) return lang.trim() || undefined;
    }
    node = node.parentNode;
  }
  return undefined;
}

/** Connected elements, re-rendered when the document's `lang` or `dir` changes. */
const connected = new Set<SlaElement>();
let documentObserver: MutationObserver | undefined;

function watchDocumentLang(el: SlaElement, on: boolean): void {
  if (on) connected.add(el);
  else connected.delete(el);
  if (connected.size && !documentObserver && typeof MutationObserver === 'function') {
    documentObserver = new MutationObserver(() => {
      for (const element of connected) element.requestUpdate();
    });
    documentObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
    });
  } else if (!connected.size && documentObserver) {
    documentObserver.disconnect();
    documentObserver = undefined;
  }
}

const CSS_WIDE = /^(inherit|initial|unset|revert|revert-layer|currentcolor)$/i;
const CSS_FUNCTIONS_NOT_COLOURS = /\b(var|env|attr|calc)\s*\(/i;

/**
 * A brand colour from the feed, or `undefined` when it is not a plain CSS colour the browser
 * accepts (`CSS.supports('color', c)`); CSS-wide keywords and `var()`/`env()`/`attr()` are refused.
 */
export function brandAccent(color: string | null | undefined): string | undefined {
  if (typeof color !== 'string') return undefined;
  const c = color.trim();
  if (!c || c.length > 64 || CSS_WIDE.test(c) || CSS_FUNCTIONS_NOT_COLOURS.test(c))
    return undefined;
  return typeof CSS !== 'undefined' && CSS.supports('color', c) ? c : undefined;
}

/**
 * Base class of the sla-kit view elements (not registered itself).
 *
 * @summary Shared inputs (src, refresh-interval, .feed, inline JSON, `<sla-feed>` context),
 * locale / time zone / theme / direction / accent, and the loading, empty, error and stale states.
 *
 * An inline feed is a `<script type="application/json">` child; it is read, not rendered (no slot).
 *
 * @fires {SlaLoadEvent} sla-load - A new, valid feed is shown, or loading works again after `sla-error` (then `unchanged` is true, also for a 304). Detail: `{ feed, warnings, source, url?, unchanged }`. Not fired for a feed received from `<sla-feed>` (it fires its own).
 * @fires {SlaErrorEvent} sla-error - Loading or validation failed; the same source's last good data stays, marked stale (a new source shows the error state). Detail: `{ kind, message, issues, url?, status? }`.
 *
 * @csspart loading - Loading skeleton (has `aria-busy="true"`).
 * @csspart empty - Empty state, says what is missing.
 * @csspart error - Error state without data (`role="alert"`).
 * @csspart error-title - Title of the error state.
 * @csspart issues - List of feed issues (path and reason).
 * @csspart state-bar - Bar above stale content holding the stale badge and error details.
 * @csspart stale-badge - "Data from 5 minutes ago — last refresh failed".
 * @csspart error-details - Disclosure with the error behind stale data.
 * @csspart no-data - "No data for …" marker.
 * @csspart status - Status icon + word.
 * @csspart status-icon - Status icon.
 * @csspart severity - Severity icon + word.
 * @csspart severity-icon - Severity icon.
 * @csspart link - A link from the feed (legal text), `rel="noopener noreferrer"`.
 * @csspart link-text - The label of a link whose address was refused (shown as text).
 * @csspart chart-frame - A chart with its summary, view switch and table alternative.
 * @csspart summary - The chart's message in words (visually hidden unless shown).
 * @csspart view-toggle - The chart / table switch (`role="group"`).
 * @csspart view-button - "Show chart" or "Show table" (`aria-pressed`).
 * @csspart chart - The chart itself.
 * @csspart scroll-hint - "Scroll sideways for earlier periods", while the table alternative scrolls.
 * @csspart table-scroll - The scrolling region around the table alternative.
 * @csspart data-table - The table alternative of a chart.
 * @csspart sparkline - A trend sparkline.
 * @csspart sparkline-value - The measured values line of a sparkline.
 * @csspart sparkline-target - The target line of a sparkline.
 * @csspart sparkline-minimum - The minimum line of a sparkline.
 * @csspart sparkline-last - The marker on a sparkline's latest value (`data-status`).
 *
 * @cssprop --sla-font-family - Font (default: inherited from the page).
 * @cssprop --sla-font-size - Base size (default: inherited from the page).
 * @cssprop --sla-text - Text colour.
 * @cssprop --sla-text-muted - Secondary text colour.
 * @cssprop --sla-surface - Background.
 * @cssprop --sla-surface-subtle - Raised / alternate background.
 * @cssprop --sla-border - Border colour.
 * @cssprop --sla-focus-ring - Focus outline colour.
 * @cssprop --sla-accent - Brand accent (set from the feed's branding when the browser accepts it).
 * @cssprop --sla-bar - Featured measure (bullet graph bar, sparkline).
 * @cssprop --sla-range-1 - Darkest qualitative range.
 * @cssprop --sla-range-2 - Middle qualitative range.
 * @cssprop --sla-range-3 - Lightest qualitative range.
 * @cssprop --sla-skeleton - Loading skeleton.
 * @cssprop --sla-status-exceeded - Exceeded.
 * @cssprop --sla-status-met - Met.
 * @cssprop --sla-status-at-risk - At risk.
 * @cssprop --sla-status-breached - Breached.
 * @cssprop --sla-status-no-data - No data.
 * @cssprop --sla-severity-critical - Critical breach.
 * @cssprop --sla-severity-major - Major breach.
 * @cssprop --sla-severity-minor - Minor breach.
 * @cssprop --sla-severity-unknown - Unknown severity.
 * @cssprop --sla-space-1 - Spacing unit (8px); also --sla-space-half, -2, -3, -4.
 * @cssprop --sla-radius - Corner radius; also --sla-radius-large.
 * @cssprop --sla-font-mono - Monospace font (issue paths).
 */
export class SlaElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles, stateStyles, chartA11yStyles];

  static override properties: PropertyDeclarations = {
    src: { type: String, reflect: true },
    refreshInterval: { type: Number, attribute: 'refresh-interval', reflect: true },
    feed: { attribute: false },
    customer: { type: String, reflect: true },
    locale: { type: String, reflect: true },
    timeZone: { type: String, attribute: 'time-zone', reflect: true },
    theme: { type: String, reflect: true },
    asOf: {
      attribute: 'as-of',
      reflect: false,
      converter: { fromAttribute: (v: string | null) => (v ? Date.parse(v) : undefined) },
    },
    feedState: { state: true, attribute: false },
  };

  /**
   * Options for each instance's FeedController (fetch, timeouts, retries, timers...). Override
   * in a subclass; the instance `feedController.setOptions()` changes one element.
   */
  static feedControllerOptions: Partial<FeedControllerOptions> = {};

  /**
   * The element's own message bundles (beside it, `i18n/index.ts`), on top of the shared ones.
   * Registered when the first instance is created; their other languages load on first use.
   */
  static messages: readonly MessageBundle[] = [];

  /**
   * Feed URL (https, http or relative). Fetched once; again every `refresh-interval` seconds.
   * Another URL is a new source: the previous one's data goes at once (the loading state shows).
   */
  declare src: string | undefined;
  /**
   * Poll `src` every this many seconds (0 = never). Paused while the page is hidden. Never more
   * often than every 5 seconds: a smaller positive value polls every 5 seconds.
   */
  declare refreshInterval: number | undefined;
  /**
   * The feed as an object or JSON text. Takes precedence over `src`. Assign a new object to change it.
   * Anything else is reported as an invalid feed (`sla-error`); the framework types accept a feed.
   * @type {FeedInput | Feed | string | undefined}
   */
  declare feed: unknown;
  /**
   * Display scope: a customer id. The element then shows only this customer's agreements and
   * figures, and says so when asked for anything else. Not a security boundary: the whole feed
   * reaches the browser, so a customer portal serves each customer its own feed.
   */
  declare customer: string | undefined;
  /**
   * BCP 47 locale for text, numbers and dates. Takes precedence over `lang`; without it the
   * locale is the `lang` of the element or its closest ancestor (across shadow roots, up to
   * `<html lang>`), else the customer's, then the provider's locale from the feed, else the
   * browser's.
   */
  declare locale: string | undefined;
  /** IANA time zone for dates and day boundaries (default: customer, provider, then browser). */
  declare timeZone: string | undefined;
  /** Colour theme: `auto` (follows the reader's system setting), `light` or `dark`. */
  declare theme: ThemeSetting;
  /**
   * "Now" for this view (attribute: an RFC 3339 instant; property: epoch ms). Default: the clock.
   * It decides what is current (the latest complete period, periods in progress, overdue reviews)
   * and data ages. For fixed views, screenshots and tests.
   */
  declare asOf: number | undefined;
  /** The feed controller's state, current from `willUpdate` on (a reactive state property). */
  declare protected feedState: FeedState;

  /** Loads and watches the feed. */
  readonly feedController: FeedController;

  #locale = 'en';
  /** The language of the messages shown (`en` when the locale has no catalogue). */
  #messagesLang = 'en';
  /** Set when the page gave the host a `lang` that is not the language of the messages shown. */
  #contentLang: string | undefined;
  #timeZone: string | undefined;
  #fmt = new Formatter('en');
  #t: Translate = translator('en');
  #theme: 'light' | 'dark' = 'light';
  #media: MediaQueryList | undefined;
  #setByUs = new Map<string, string>();
  #accent: string | undefined;
  #displayFeed: Feed | undefined;
  /** Re-renders stale data every 30 s so its age stays right (the controller's timer options). */
  #ageTimer: unknown;

  constructor() {
    super();
    this.theme = 'auto';
    this.feedState = INITIAL_FEED_STATE;
    const ctor = this.constructor as typeof SlaElement;
    useMessages(...ctor.messages);
    const options = ctor.feedControllerOptions;
    this.feedController = new FeedController(this, {
      ...options,
      inputs: () => ({
        feed: this.feed,
        src: this.src,
        refreshInterval: this.refreshInterval,
        customer: this.scopeCustomerId,
      }),
    });
  }

  /** The locale in use (valid BCP 47). */
  get effectiveLocale(): string {
    return this.#locale;
  }
  /** The IANA time zone in use, or undefined for the browser's. */
  get effectiveTimeZone(): string | undefined {
    return this.#timeZone;
  }
  /** The theme in use. */
  get effectiveTheme(): 'light' | 'dark' {
    return this.#theme;
  }
  /**
   * Text direction of the messages shown (those of the effective locale, or English when it has
   * no catalogue).
   */
  get effectiveDir(): 'ltr' | 'rtl' {
    return localeDirection(this.#messagesLang);
  }

  /**
   * The feed as this element may show it, current from `willUpdate` on: with `customer` set,
   * only that customer's part (its agreements, the shared levels they inherit from, their periods,
   * breaches, maintenance and services; see `scopeFeed`), else the whole feed. `undefined`
   * without a feed. Derive what the element shows from this, never from `feedState.feed`.
   */
  protected get displayFeed(): Feed | undefined {
    return this.#displayFeed;
  }

  /** The display scope's customer id, or `undefined` when the element is not scoped. */
  protected get scopeCustomerId(): string | undefined {
    const id = typeof this.customer === 'string' ? this.customer.trim() : '';
    return id || undefined;
  }

  /** Translates a message key in the effective locale. */
  protected get t(): Translate {
    return this.#t;
  }
  /** Formatting bound to the effective locale and time zone. */
  protected get fmt(): Formatter {
    return this.#fmt;
  }

  /** Fetches `src` again now. */
  refresh(): Promise<void> {
    return this.feedController.refresh();
  }

  /**
   * The customer this element is about, if any (override it): its locale, time zone and
   * white-label accent take precedence over the provider's.
   */
  protected brandingCustomerId(): string | undefined {
    return undefined;
  }

  /**
   * The current time: `as-of` when set, else the feed controller's clock. Use it for everything
   * that depends on "now" (current period, overdue, ages such as the stale badge).
   */
  protected now(): number {
    if (this.asOf !== undefined && Number.isFinite(this.asOf)) return this.asOf;
    const now = (this.constructor as typeof SlaElement).feedControllerOptions.now;
    return now ? now() : Date.now();
  }

  /**
   * Resolves once everything is rendered: after `updateComplete`, and after any rendering the
   * element does in later steps (a large scorecard adds rows after its first frame). Resolves
   * with `updateComplete`'s value.
   */
  get renderComplete(): Promise<boolean> {
    return this.updateComplete.then(async (done) => {
      let pending = this.renderPending();
      while (pending) {
        await pending;
        // Rendering the rest may have started another update (and more rows).
        done = await this.updateComplete;
        const next = this.renderPending();
        pending = next === pending ? null : next;
      }
      return done;
    });
  }

  /**
   * Override in an element that renders in more than one step: a promise that settles when the
   * current step's follow-up is in the DOM, or `null` when nothing is pending.
   */
  protected renderPending(): Promise<void> | null {
    return null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#media =
      typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
    this.#media?.addEventListener('change', this.#onSchemeChange);
    watchDocumentLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#media?.removeEventListener('change', this.#onSchemeChange);
    this.#media = undefined;
    this.#stopAgeTimer();
    watchDocumentLang(this, false);
  }

  #onSchemeChange = (): void => {
    if (this.theme !== 'light' && this.theme !== 'dark') this.requestUpdate();
  };

  /**
   * A `.feed` equal to the one shown (the controller keeps its state: same feed, same status)
   * changes nothing on screen: the update is skipped, so nothing is derived or rendered again.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.hasUpdated && changed.size === 1 && changed.has('feed')) {
      const before = this.feedController.state;
      this.feedController.sync();
      if (this.feedController.state === before) return false;
    }
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.feedController.sync();
    const state = this.feedController.state;
    if (state !== this.feedState) this.feedState = state;
    const scope = this.scopeCustomerId;
    this.#displayFeed =
      state.feed && scope !== undefined ? scopeFeed(state.feed, scope) : state.feed;
    this.#resolveEnvironment(this.#displayFeed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.feedState.stale && this.isConnected) {
      const { setTimeout: set = globalThis.setTimeout } = (this.constructor as typeof SlaElement)
        .feedControllerOptions;
      this.#ageTimer ??= set(() => {
        this.#ageTimer = undefined;
        this.requestUpdate();
      }, 30_000);
    } else {
      this.#stopAgeTimer();
    }
  }

  #stopAgeTimer(): void {
    if (this.#ageTimer === undefined) return;
    const { clearTimeout: clear = globalThis.clearTimeout } = (
      this.constructor as typeof SlaElement
    ).feedControllerOptions;
    clear(this.#ageTimer as ReturnType<typeof setTimeout>);
    this.#ageTimer = undefined;
  }

  #customer(feed: Feed | undefined): Customer | undefined {
    // Scoped to a customer: its locale, zone and accent, whatever the element's own choice.
    const id = this.scopeCustomerId ?? this.brandingCustomerId();
    return id === undefined ? undefined : feed?.customers.find((c) => c.id === id);
  }

  /** The message catalogue of the locale while it loads (German and Arabic load on first use). */
  #catalogue: Promise<void> | null = null;

  #awaitCatalogue(pending: Promise<void> | null): void {
    this.#catalogue = pending;
    if (!pending) return;
    void pending.then(() => {
      if (this.#catalogue !== pending) return;
      this.#catalogue = null;
      this.requestUpdate();
    });
  }

  /** `updateComplete` also waits for the locale's messages, so it resolves on translated text. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // The catalogue, and the full schema pass when a feed needed it (feed/parse-lazy.ts): the
    // feed controller parses again once it is there, so the next update shows the verdict.
    let waiting: Promise<void> | null;
    while ((waiting = this.#catalogue ?? fullValidatorLoading())) {
      await waiting;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  #resolveEnvironment(feed: Feed | undefined): void {
    const customer = this.#customer(feed);
    const ownLang = this.getAttribute('lang');
    const authoredLang = ownLang !== null && ownLang !== this.#setByUs.get('lang') ? ownLang : null;
    const candidates = [
      this.locale,
      authoredLang ?? inheritedLang(this),
      customer?.locale,
      feed?.provider.locale,
      navigator.language,
    ];
    let locale = 'en';
    for (const c of candidates) {
      const valid = c ? safeLocale(c, '') : '';
      if (valid) {
        locale = valid;
        break;
      }
    }
    const timeZone = [this.timeZone, customer?.timeZone, feed?.provider.timeZone].find(isTimeZone);
    if (locale !== this.#locale || timeZone !== this.#timeZone) {
      this.#locale = locale;
      this.#timeZone = timeZone;
      this.#fmt = new Formatter(locale, timeZone);
      this.#t = translator(locale);
      this.#awaitCatalogue(loadCatalogue(locale));
    }

    this.#theme =
      this.theme === 'light' || this.theme === 'dark'
        ? this.theme
        : this.#media?.matches
          ? 'dark'
          : 'light';
    if (this.getAttribute('data-sla-theme') !== this.#theme)
      this.setAttribute('data-sla-theme', this.#theme);
    // `lang` says the language of the strings shown: the locale when its messages exist, else
    // the fallback language (English), while numbers and dates still follow the locale.
    const messages = messagesLanguage(locale);
    const lang = locale.toLowerCase().split('-')[0] === messages ? locale : messages;
    this.#messagesLang = messages;
    this.#applyUnlessAuthored('dir', localeDirection(messages));
    this.#applyUnlessAuthored('lang', lang);
    const hostLang = this.getAttribute('lang');
    this.#contentLang =
      hostLang !== null && hostLang.toLowerCase().split('-')[0] !== messages ? lang : undefined;

    const accent = brandAccent(customer?.branding?.accent ?? feed?.provider.branding?.accent);
    this.#applyAccent(accent);
  }

  /** Sets `dir` / `lang` on the host unless the page set them itself. */
  #applyUnlessAuthored(name: 'dir' | 'lang', value: string): void {
    const current = this.getAttribute(name);
    const ours = this.#setByUs.get(name);
    if (current !== null && current !== ours) return;
    if (current !== value) this.setAttribute(name, value);
    this.#setByUs.set(name, value);
  }

  /** The feed's accent goes on the host through CSSOM (CSP-safe), unless the page set its own. */
  #applyAccent(accent: string | undefined): void {
    const current = this.style.getPropertyValue('--sla-accent');
    if (current && current !== this.#accent) return;
    if (accent === this.#accent) return;
    if (accent) this.style.setProperty('--sla-accent', accent);
    else this.style.removeProperty('--sla-accent');
    this.#accent = accent;
  }

  /**
   * Renders the shared states around `content`:
   * - no feed yet: loading skeleton, the error (with issues), or "no data was provided";
   * - a feed: `content()`, preceded, when the data is stale, by the stale badge and a closed
   *   disclosure with the error.
   * `content` is only called when there is a feed (`this.feedState.feed` is defined).
   */
  protected renderWithState(content: () => unknown): TemplateResult {
    const s = this.feedState;
    // Until the locale's messages arrive, show the skeleton rather than a flash of English.
    if (this.#catalogue) return renderLoading(this.t);
    if (s.feed === undefined) {
      if (s.status === 'loading') return renderLoading(this.t);
      if (s.status === 'error' && s.error) return renderError(this.t, s.error);
      return renderEmpty(this.t, 'state.empty.noFeed');
    }
    const bar = s.stale
      ? html`<div class="sla-state-bar" part="state-bar">
          ${renderStaleBadge(this.t, this.fmt, s.lastSuccess, this.now())}
          ${s.error ? renderErrorDisclosure(this.t, s.error) : nothing}
        </div>`
      : nothing;
    // The page marked the host with a language whose messages do not exist: the content says
    // which language it is really in.
    return this.#contentLang
      ? html`<div class="sla-lang" lang=${this.#contentLang}>${bar}${content()}</div>`
      : html`${bar}${content()}`;
  }

  protected override render(): unknown {
    return this.renderWithState(() => nothing);
  }
}
