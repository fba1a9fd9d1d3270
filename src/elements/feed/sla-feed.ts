/**
 * `<sla-feed>`: loads a feed once and shares it with every sla-kit element inside it.
 */
import { ContextProvider } from '@lit/context';
import {
  html,
  LitElement,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { feedContext, type FeedContextValue } from '../shared/context.js';
import {
  FeedController,
  INITIAL_FEED_STATE,
  type FeedControllerOptions,
  type FeedState,
} from '../shared/feed-controller.js';
import { slaFeedStyles } from './sla-feed.styles.js';

function toContextValue(state: FeedState): FeedContextValue {
  return Object.freeze({
    feed: state.feed,
    stale: state.stale,
    lastSuccess: state.lastSuccess,
    status: state.status,
    error: state.error,
    warnings: state.warnings,
  });
}

/**
 * Loads one feed and provides it (through `@lit/context`) to the sla-kit elements inside it, so
 * a page with many views fetches and validates once. It renders only its children
 * (`display: contents`); the elements inside show loading, error and stale states.
 *
 * ```html
 * <sla-feed src="/sla/feed.json" refresh-interval="300">
 *   <sla-scorecard agreement="gold"></sla-scorecard>
 *   <sla-breach-timeline agreement="gold"></sla-breach-timeline>
 * </sla-feed>
 * ```
 * The feed can also come from `.feed` or an inline `<script type="application/json">` child
 * (precedence: `.feed` > `src` > inline script > an outer `<sla-feed>`). Each change is provided
 * as a new frozen `{ feed, stale, lastSuccess, status, error, warnings }`.
 *
 * @summary Loads a feed once and shares it with the elements inside.
 *
 * @slot - Elements that show the feed (and optionally the inline JSON script).
 *
 * @fires {SlaLoadEvent} sla-load - A new, valid feed was loaded, or loading works again after `sla-error` (then `unchanged` is true, also for a 304). Detail: `{ feed, warnings, source, url?, unchanged }`.
 * @fires {SlaErrorEvent} sla-error - Loading or validation failed; the same source's last good feed stays provided, marked stale (after a new `src`, nothing is provided). Detail: `{ kind, message, issues, url?, status? }`.
 */
export class SlaFeed extends LitElement {
  static override styles = slaFeedStyles;

  static override properties: PropertyDeclarations = {
    src: { type: String, reflect: true },
    refreshInterval: { type: Number, attribute: 'refresh-interval', reflect: true },
    feed: { attribute: false },
  };

  /** Options for the feed controller (fetch, timeouts, retries, timers); override in a subclass. */
  static feedControllerOptions: Partial<FeedControllerOptions> = {};

  /**
   * Feed URL. Another URL is a new source: the elements inside lose the previous data at once
   * and show the loading state.
   */
  declare src: string | undefined;
  /**
   * Poll `src` every this many seconds (0 = never); paused while the page is hidden. Never more
   * often than every 5 seconds: a smaller positive value polls every 5 seconds.
   */
  declare refreshInterval: number | undefined;
  /**
   * The feed as an object or JSON text (takes precedence over `src`). Anything else is reported
   * as an invalid feed (`sla-error`); the framework types accept a feed.
   * @type {FeedInput | Feed | string | undefined}
   */
  declare feed: unknown;

  /** Loads and watches the feed. */
  readonly feedController: FeedController;
  readonly #provider: ContextProvider<typeof feedContext, SlaFeed>;

  constructor() {
    super();
    this.#provider = new ContextProvider(this, {
      context: feedContext,
      initialValue: toContextValue(INITIAL_FEED_STATE),
    });
    const options = (this.constructor as typeof SlaFeed).feedControllerOptions;
    this.feedController = new FeedController(this, {
      ...options,
      inputs: () => ({ feed: this.feed, src: this.src, refreshInterval: this.refreshInterval }),
      onChange: (state) => {
        this.#provider.setValue(toContextValue(state));
        options.onChange?.(state);
      },
    });
  }

  /** The current state (status, feed, stale, lastSuccess, error, warnings, source). */
  get state(): FeedState {
    return this.feedController.state;
  }

  /** What is provided to the elements inside now. */
  get contextValue(): FeedContextValue | undefined {
    return this.#provider.value;
  }

  /** Fetches `src` again now. */
  refresh(): Promise<void> {
    return this.feedController.refresh();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.feedController.sync();
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
