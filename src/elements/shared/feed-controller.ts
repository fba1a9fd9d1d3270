/**
 * `FeedController`: the one way data gets into an element.
 *
 * Sources, highest precedence first:
 * 1. the `.feed` property (JSON text, a raw feed object, or a feed validated by the kit);
 * 2. `src`: a URL fetched with a timeout, retries with exponential backoff and jitter, ETag
 *    revalidation and optional polling (`refresh-interval`, paused while the page is hidden);
 * 3. an inline `<script type="application/json">` child, watched for changes;
 * 4. the feed context of a surrounding `<sla-feed>` (`@lit/context`).
 *
 * It keeps the last good feed when a refresh or new input of the same source fails (then `stale`
 * is true), fires `sla-load` for each new good feed and `sla-error` for each failure, after the host
 * has rendered the new state. A new source (another `src` URL, or a switch between `.feed`, `src`,
 * inline script and context) is not a refresh: the previous data goes at once, so a failure of the
 * new source shows the error state, never the previous source's data marked stale. The first
 * success after a reported failure fires `sla-load` even when the data is unchanged or the server
 * answers 304 (`detail.unchanged` is true), so a page that reacted to `sla-error` hears that the
 * outage is over. A response that arrives after a newer request started is ignored, and every
 * request is aborted when the source changes or the host disconnects.
 *
 * A body fetched by `src` is parsed in a module Web Worker (see feed-loader.ts): the main thread
 * gets the parsed feed (with `customer` set, only that customer's part) without a long task, and a
 * body equal to the last good one is only compared. The `src` code (request, retries, polling, the
 * worker client) is loaded with a dynamic `import()` the first time `src` is used.
 *
 * Fetch, timers, clock, randomness and page visibility go through options or protected methods,
 * so tests can drive them. The pieces, each in a module named after what it does: source
 * selection (feed-sources.ts), one request with timeout, ETag and size cap (feed-request.ts), the
 * retry policy and backoff (feed-retry.ts), polling paused while hidden (feed-polling.ts), the
 * parse off the main thread (feed-loader.ts, feed-worker*.ts), events after rendering
 * (feed-event-queue.ts) and the state (feed-state.ts); this module ties them together.
 *
 * ```ts
 * class MyView extends LitElement {
 *   feedController = new FeedController(this, {
 *     inputs: () => ({ feed: this.feed, src: this.src, refreshInterval: this.refreshInterval }),
 *   });
 *   render() { return this.feedController.state.feed ? ... : ... }
 * }
 * ```
 * `SlaElement` wires this up already; use the controller directly only outside it.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController } from 'lit';
import type { ParseResult } from '../../feed/index.js';
import { DEFAULT_LIMITS } from '../../feed/limits.js';
import { feedContext, type FeedContextValue } from './context.js';
import { slaErrorEvent, slaLoadEvent, type FeedSourceKind, type SlaErrorDetail } from './events.js';
import { HostEventQueue } from './feed-event-queue.js';
import { isPendingParse, type PendingParse } from '../../feed/parse-lazy.js';
import { parseFeedInput } from './feed-input.js';
import type { Poller } from './feed-polling.js';
import type { Outcome } from './feed-request.js';
import { NONE, pickSource, sameSource, touchesInlineFeed, type Source } from './feed-sources.js';
import type { FeedControllerOptions, FeedHost } from './feed-controller-options.js';
import { INITIAL_FEED_STATE, parseErrorDetail, type FeedState } from './feed-state.js';

export type { FetchLike } from './feed-request.js';
export type { FeedInputs } from './feed-sources.js';
export { INITIAL_FEED_STATE, parseErrorDetail, type FeedState } from './feed-state.js';

/** The full schema pass did not load (a chunk request failed): like a failed feed request. */
function validatorLoadError(error: unknown, url: string | undefined): SlaErrorDetail {
  const message = `The feed checker could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  return url === undefined
    ? { kind: 'network', message, issues: [] }
    : { kind: 'network', message, issues: [], url };
}
export type { FeedControllerOptions, FeedHost } from './feed-controller-options.js';

type Loader = typeof import('./feed-loader.js');
let loaderModule: Promise<Loader> | undefined;
/** The `src` code once it arrived: later loads start at once, without waiting for a promise. */
let loaded: Loader | undefined;

/** The `src` code, fetched once per page on first use. */
function loadLoader(): Promise<Loader> {
  if (!loaderModule) {
    const pending = import('./feed-loader.js');
    loaderModule = pending;
    pending.then(
      (module) => {
        loaded = module;
      },
      () => {
        // A failed import may succeed later (a network blip): the next load asks again.
        if (loaderModule === pending) loaderModule = undefined;
      },
    );
  }
  return loaderModule;
}

/**
 * Fetches the code that feeds by `src` need (requests, retries, polling, the feed worker) ahead of
 * the first element that uses `src`; otherwise it is fetched then. Resolves when it is ready.
 */
export async function preloadFeedLoader(): Promise<void> {
  await loadLoader();
}

export class FeedController implements ReactiveController {
  readonly host: FeedHost;
  #options: FeedControllerOptions;
  #state: FeedState = INITIAL_FEED_STATE;
  #source: Source = NONE;
  #connected = false;
  /** Set on (re)connect: the next sync resumes loading or polling. */
  #resume = false;
  /** A load was cut short by a disconnect. */
  #interrupted = false;
  /** Incremented by every new load and every stop; stale async work compares and bails out. */
  #generation = 0;
  #inFlight = false;
  #loading: Promise<void> | undefined;
  #abort: AbortController | undefined;
  #cancelSleep: (() => void) | undefined;
  /** The `src` code once loaded, and what it made for this controller. */
  #loader: Loader | undefined;
  #poller: Poller | undefined;
  #parser: InstanceType<Loader['SrcParser']> | undefined;
  #intervalMs = 0;
  #lastSettled: number | undefined;
  /** Earliest next request (a Retry-After that ended the retries). */
  #notBefore = 0;
  #etag: { url: string; value: string } | undefined;
  /** The URL (and display scope) of the last good body: the parser remembers its text. */
  #lastBody: string | undefined;
  #contextValue: FeedContextValue | undefined;
  #observer: MutationObserver | undefined;
  #events: HostEventQueue;
  /** An `sla-error` was reported for the current source and no success followed yet. */
  #failing = false;

  constructor(host: FeedHost, options: FeedControllerOptions) {
    this.host = host;
    this.#options = options;
    this.#events = new HostEventQueue(host);
    host.addController(this);
    if (options.consumeContext !== false) {
      new ContextConsumer(host, {
        context: feedContext,
        subscribe: true,
        callback: (value) => {
          this.#contextValue = value;
          this.host.requestUpdate();
        },
      });
    }
  }

  /** The current state (a new frozen object on every change). */
  get state(): FeedState {
    return this.#state;
  }

  /** Merges new options (e.g. a `fetch` with credentials); applies from the next request. */
  setOptions(options: Partial<FeedControllerOptions>): void {
    this.#options = { ...this.#options, ...options };
  }

  /**
   * Resolves when the current load (if any) has settled and the events it announces (`sla-load`,
   * `sla-error`) have been dispatched. A retry or poll that is still waiting for its timer is part
   * of the load; a poll scheduled after it is not.
   */
  async settled(): Promise<void> {
    for (;;) {
      const loading = this.#loading;
      const flushing = this.#events.flushing;
      await loading;
      await flushing;
      if (loading === this.#loading && flushing === this.#events.flushing) return;
    }
  }

  /** Fetches `src` again now (resetting retries); other sources are read on every update. */
  refresh(): Promise<void> {
    if (this.#source.kind !== 'src' || !this.#connected) return Promise.resolve();
    return this.#startLoad();
  }

  // ---- Lifecycle ------------------------------------------------------------------------------

  hostConnected(): void {
    this.#connected = true;
    this.#resume = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#observer ??= new MutationObserver(this.#onMutation);
    this.#observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#observer?.disconnect();
    // The context consumer asks again on reconnect; an old value must not outlive its provider.
    this.#contextValue = undefined;
    if (this.#inFlight) this.#interrupted = true;
    this.#stopNetwork();
  }

  hostUpdate(): void {
    this.sync();
  }

  /**
   * Reads the inputs and starts whatever work they call for. Idempotent; called on every host
   * update (SlaElement calls it at the start of `willUpdate`, so derived data sees the new state).
   */
  sync(): void {
    if (!this.#connected) return;
    const inputs = this.#options.inputs();
    const next = pickSource(inputs, this.host, this.#contextValue);
    const intervalMs = this.#toIntervalMs(inputs.refreshInterval);
    const intervalChanged = intervalMs !== this.#intervalMs;
    this.#intervalMs = intervalMs;
    const resume = this.#resume;
    this.#resume = false;

    if (sameSource(this.#source, next)) {
      if (next.kind === 'src') {
        if (resume && (this.#interrupted || this.#state.feed === undefined)) void this.#startLoad();
        else if ((resume || intervalChanged) && !this.#inFlight) this.#schedulePoll();
      }
      this.#interrupted = false;
      return;
    }
    this.#interrupted = false;
    const previous = this.#source;
    this.#source = next;
    if (previous.kind === 'src') {
      this.#stopNetwork();
      // The parser (and the feed worker) forget the previous source's text.
      this.#lastBody = undefined;
      this.#parser?.forget();
    }
    // Another URL or another kind of source is new data, not a refresh: nothing of the previous
    // source may stay on screen (under the new source's name, or marked stale after its failure).
    // A new `.feed` value or new inline text is the same source with new content.
    if (previous.kind !== next.kind || next.kind === 'src') this.#forgetSource();

    switch (next.kind) {
      case 'property':
        this.#applyParsed(
          () => parseFeedInput(next.value, this.#options.limits, { source: this }),
          'property',
        );
        break;
      case 'inline':
        this.#applyParsed(
          () => parseFeedInput(next.text, this.#options.limits, { source: this }),
          'inline',
        );
        break;
      case 'src':
        void this.#startLoad();
        break;
      case 'context':
        this.#setState({ ...next.value, source: 'context' });
        break;
      case 'none':
        this.#setState(INITIAL_FEED_STATE);
        break;
    }
  }

  /** Drops everything learned from the previous source (data, failure streak, Retry-After). */
  #forgetSource(): void {
    this.#failing = false;
    this.#notBefore = 0;
    this.#lastSettled = undefined;
    if (this.#state.feed !== undefined || this.#state.status === 'error')
      this.#setState(INITIAL_FEED_STATE);
  }

  // ---- Hooks (override in tests or subclasses) -------------------------------------------------

  protected fetch(url: string, init: RequestInit): Promise<Response> {
    const f = this.#options.fetch;
    return f ? f(url, init) : globalThis.fetch(url, init);
  }
  protected setTimer(callback: () => void, ms: number): unknown {
    return this.#options.setTimeout
      ? this.#options.setTimeout(callback, ms)
      : globalThis.setTimeout(callback, ms);
  }
  protected clearTimer(handle: unknown): void {
    if (this.#options.clearTimeout) this.#options.clearTimeout(handle);
    else globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>);
  }
  protected now(): number {
    return this.#options.now ? this.#options.now() : Date.now();
  }
  protected random(): number {
    return this.#options.random ? this.#options.random() : Math.random();
  }
  protected isHidden(): boolean {
    return this.#options.isHidden
      ? this.#options.isHidden()
      : document.visibilityState === 'hidden';
  }

  // ---- Sources ---------------------------------------------------------------------------------

  #toIntervalMs(seconds: number | null | undefined): number {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return 0;
    return Math.max(seconds * 1000, this.#options.minRefreshIntervalMs ?? 5000);
  }

  #onMutation = (records: MutationRecord[]): void => {
    if (touchesInlineFeed(records, this.host)) this.host.requestUpdate();
  };

  // ---- State and events -----------------------------------------------------------------------

  /**
   * Sets the state; the host re-renders unless `quiet` (a change it does not show: a refresh
   * starting, or confirming, while the same feed stays on screen, not stale).
   */
  #setState(next: FeedState, quiet = false): void {
    this.#state = Object.freeze({ ...next });
    if (!quiet) this.host.requestUpdate();
    this.#options.onChange?.(this.#state);
  }

  /**
   * Parses and applies; a feed that needs the full schema pass while it loads (only a feed that
   * fails the quick check, feed/parse-lazy.ts) is parsed again when it is there, if its source is
   * still the current one.
   */
  #applyParsed(
    parse: () => ParseResult | PendingParse,
    source: FeedSourceKind,
    url?: string,
    text?: string,
    isCurrent?: () => boolean,
  ): void {
    const result = parse();
    if (!isPendingParse(result)) {
      this.#applyParse(result, source, url, text);
      return;
    }
    const current = this.#source;
    void result.pending.then(
      () => {
        if (this.#source === current && (isCurrent?.() ?? true))
          this.#applyParsed(parse, source, url, text, isCurrent);
      },
      (error: unknown) => {
        if (this.#source === current && (isCurrent?.() ?? true))
          this.#fail(validatorLoadError(error, url), source);
      },
    );
  }

  #applyParse(result: ParseResult, source: FeedSourceKind, url?: string, body?: string): void {
    if (result.ok) {
      const isNew = result.feed !== this.#state.feed;
      // `.feed` or inline text equal to what is shown (the parser hands back the same feed):
      // nothing changes on screen, so the state stays the same object and nothing re-renders.
      const { status, stale } = this.#state;
      if (
        !isNew &&
        url === undefined &&
        status === 'ready' &&
        !stale &&
        this.#state.source === source
      )
        return;
      if (body !== undefined) this.#lastBody = body;
      this.#setState({
        status: 'ready',
        feed: result.feed,
        stale: false,
        lastSuccess: this.now(),
        error: undefined,
        warnings: result.warnings,
        source,
      });
      if (isNew) this.#announceLoad(source, url, false);
      else this.#announceRecovery(source, url);
    } else {
      this.#fail(parseErrorDetail(result.issues, url), source);
    }
  }

  /** Queues `sla-load` for the current feed and ends a failure streak. */
  #announceLoad(source: FeedSourceKind, url: string | undefined, unchanged: boolean): void {
    this.#failing = false;
    const { feed, warnings } = this.#state;
    if (!feed) return;
    this.#queue(
      slaLoadEvent(
        url === undefined
          ? { feed, warnings, source, unchanged }
          : { feed, warnings, source, url, unchanged },
      ),
    );
  }

  /** The same data is good again: after a reported failure, say so with `sla-load`. */
  #announceRecovery(source: FeedSourceKind, url: string | undefined): void {
    if (this.#failing) this.#announceLoad(source, url, true);
  }

  #fail(error: SlaErrorDetail, source: FeedSourceKind): void {
    this.#failing = true;
    const { feed, lastSuccess, warnings } = this.#state;
    this.#setState({
      status: 'error',
      feed,
      stale: feed !== undefined,
      lastSuccess,
      error,
      warnings,
      source,
    });
    this.#queue(slaErrorEvent(error));
  }

  /** Events fire after the host rendered the state they announce. */
  #queue(event: Event): void {
    if (this.#options.fireEvents === false) return;
    this.#events.queue(event);
  }

  // ---- Network ---------------------------------------------------------------------------------

  #startLoad(): Promise<void> {
    const source = this.#source;
    if (source.kind !== 'src') return Promise.resolve();
    this.#stopNetwork();
    const generation = ++this.#generation;
    this.#inFlight = true;
    if (this.#state.status !== 'loading' || this.#state.source !== 'src') {
      // With a feed on screen, "loading" shows nothing new: a refresh renders only if it must.
      const quiet = this.#state.feed !== undefined && this.#state.source === 'src';
      this.#setState({ ...this.#state, status: 'loading', source: 'src' }, quiet);
    }
    const loading = this.#load(source.url, generation).finally(() => {
      if (generation === this.#generation) this.#inFlight = false;
    });
    this.#loading = loading;
    return loading;
  }

  /** Aborts the request, cancels a retry wait and the poll timer; invalidates pending work. */
  #stopNetwork(): void {
    this.#generation++;
    this.#inFlight = false;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#cancelSleep?.();
    this.#clearPoll();
  }

  async #load(url: string, generation: number): Promise<void> {
    let loader = this.#loader ?? loaded;
    if (!loader) {
      try {
        loader = await loadLoader();
      } catch (error) {
        if (generation !== this.#generation) return;
        const reason = error instanceof Error ? error.message : String(error);
        this.#fail(
          {
            kind: 'network',
            message: `The feed loader could not be loaded: ${reason}`,
            issues: [],
            url,
          },
          'src',
        );
        this.#lastSettled = this.now();
        this.#inFlight = false;
        return;
      }
    }
    this.#loader = loader;
    if (generation !== this.#generation) return;
    const source = this.#source;
    const customer = source.kind === 'src' ? source.customer : undefined;
    const body = `${url}\n${customer ?? ''}`;
    return loader.loadWithRetry({
      maxAttempts: Math.max(1, this.#options.maxAttempts ?? 3),
      maxRetryAfterMs: this.#options.maxRetryAfterMs ?? 120_000,
      attempt: () => this.#attempt(url, generation),
      isCurrent: () => generation === this.#generation,
      backoff: (attempt) => this.#backoff(attempt),
      sleep: (ms) => this.#sleep(ms),
      retryAfter: (ms) => {
        this.#notBefore = this.now() + ms;
      },
      onBody: async (bytes) => {
        const parser = this.#srcParser(loader);
        let verdict;
        try {
          verdict = await parser.parse(bytes, {
            limits: this.#options.limits,
            compare: this.#lastBody === body && this.#state.feed !== undefined,
            customer,
          });
        } catch (error) {
          // Defensive: parsing never throws, but a body the worker cannot be sent might.
          if (generation !== this.#generation) return;
          const reason = error instanceof Error ? error.message : String(error);
          const message = `The feed could not be read: ${reason}`;
          this.#fail({ kind: 'parse', message, issues: [], url }, 'src');
          return;
        }
        if (generation !== this.#generation) return;
        if (verdict.unchanged) this.#confirmCurrent(url);
        else this.#applyParse(verdict.result, 'src', url, body);
      },
      onNotModified: () => this.#confirmCurrent(url),
      onFailure: (error) => this.#fail(error, 'src'),
      settled: () => {
        this.#lastSettled = this.now();
        this.#inFlight = false;
        this.#schedulePoll();
      },
    });
  }

  /** A 304 or an identical body: the data is current again (and, after a failure, recovered). */
  #confirmCurrent(url: string): void {
    // Nothing the host shows changes (the same feed, not stale before either): no render.
    const quiet = !this.#state.stale && this.#state.error === undefined;
    this.#setState(
      {
        ...this.#state,
        status: 'ready',
        stale: false,
        error: undefined,
        lastSuccess: this.now(),
        source: 'src',
      },
      quiet,
    );
    this.#announceRecovery('src', url);
  }

  #srcParser(loader: Loader): InstanceType<Loader['SrcParser']> {
    this.#parser ??= new loader.SrcParser(
      () => this.#options.parseIn ?? 'worker',
      () => this.#options.onMainThreadParse,
    );
    return this.#parser;
  }

  #backoff(attempt: number): number {
    const base = this.#options.backoffMs ?? 1000;
    const max = this.#options.maxBackoffMs ?? 30_000;
    return this.#loader!.backoffDelay(attempt, base, max, () => this.random());
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const handle = this.setTimer(() => {
        this.#cancelSleep = undefined;
        resolve();
      }, ms);
      this.#cancelSleep = () => {
        this.clearTimer(handle);
        this.#cancelSleep = undefined;
        resolve();
      };
    });
  }

  #attempt(url: string, generation: number): Promise<Outcome> {
    return this.#loader!.requestFeed(url, {
      fetch: (u, init) => this.fetch(u, init),
      setTimer: (callback, ms) => this.setTimer(callback, ms),
      clearTimer: (handle) => this.clearTimer(handle),
      now: () => this.now(),
      requestInit: this.#options.requestInit,
      timeoutMs: this.#options.timeoutMs ?? 15_000,
      maxBytes: this.#options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes,
      etag: this.#etag?.url === url && this.#state.feed ? this.#etag.value : undefined,
      hasFeed: () => this.#state.feed !== undefined,
      saveEtag: (value) => {
        this.#etag = value ? { url, value } : undefined;
      },
      isCurrent: () => generation === this.#generation,
      started: (controller) => {
        this.#abort = controller;
      },
      ended: (controller) => {
        if (this.#abort === controller) this.#abort = undefined;
      },
    });
  }

  // ---- Polling ---------------------------------------------------------------------------------

  #clearPoll(): void {
    this.#poller?.clear();
  }

  #schedulePoll(): void {
    this.#clearPoll();
    if (!this.#connected || this.#source.kind !== 'src' || this.#intervalMs <= 0) return;
    // Without the `src` code there was no load yet: the first one schedules the poll when it settles.
    const loader = this.#loader;
    if (!loader) return;
    this.#poller ??= new loader.Poller({
      setTimer: (callback, ms) => this.setTimer(callback, ms),
      clearTimer: (handle) => this.clearTimer(handle),
      now: () => this.now(),
      isHidden: () => this.isHidden(),
      poll: () => void this.#startLoad(),
    });
    this.#poller.schedule((now) =>
      Math.max((this.#lastSettled ?? now) + this.#intervalMs, this.#notBefore),
    );
  }

  #onVisibility = (): void => {
    if (this.#poller?.visibilityChanged() && !this.#inFlight) this.#schedulePoll();
  };
}
