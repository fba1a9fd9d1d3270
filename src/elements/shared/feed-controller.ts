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
 * Fetch, timers, clock, randomness and page visibility go through options or protected methods,
 * so tests can drive them. The pieces, each in a module named after what it does: source
 * selection (feed-sources.ts), one request with timeout, ETag and size cap (feed-request.ts), the
 * retry policy and backoff (feed-retry.ts), polling paused while hidden (feed-polling.ts), events
 * after rendering (feed-event-queue.ts) and the state (feed-state.ts); this module ties them
 * together.
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
import { DEFAULT_LIMITS, type ParseResult } from '../../feed/index.js';
import { feedContext, type FeedContextValue } from './context.js';
import { slaErrorEvent, slaLoadEvent, type FeedSourceKind, type SlaErrorDetail } from './events.js';
import { HostEventQueue } from './feed-event-queue.js';
import { parseFeedInput } from './feed-input.js';
import { Poller } from './feed-polling.js';
import { requestFeed } from './feed-request.js';
import { backoffDelay, loadWithRetry } from './feed-retry.js';
import { NONE, pickSource, sameSource, touchesInlineFeed, type Source } from './feed-sources.js';
import type { FeedControllerOptions, FeedHost } from './feed-controller-options.js';
import { INITIAL_FEED_STATE, parseErrorDetail, type FeedState } from './feed-state.js';

export type { FetchLike } from './feed-request.js';
export { isRetryableStatus, parseRetryAfter } from './feed-retry.js';
export type { FeedInputs } from './feed-sources.js';
export { INITIAL_FEED_STATE, parseErrorDetail, type FeedState } from './feed-state.js';
export type { FeedControllerOptions, FeedHost } from './feed-controller-options.js';

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
  #poller = new Poller({
    setTimer: (callback, ms) => this.setTimer(callback, ms),
    clearTimer: (handle) => this.clearTimer(handle),
    now: () => this.now(),
    isHidden: () => this.isHidden(),
    poll: () => void this.#startLoad(),
  });
  #intervalMs = 0;
  #lastSettled: number | undefined;
  /** Earliest next request (a Retry-After that ended the retries). */
  #notBefore = 0;
  #etag: { url: string; value: string } | undefined;
  #lastText: { url: string; text: string } | undefined;
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
    if (previous.kind === 'src') this.#stopNetwork();
    // Another URL or another kind of source is new data, not a refresh: nothing of the previous
    // source may stay on screen (under the new source's name, or marked stale after its failure).
    // A new `.feed` value or new inline text is the same source with new content.
    if (previous.kind !== next.kind || next.kind === 'src') this.#forgetSource();

    switch (next.kind) {
      case 'property':
        this.#applyParse(
          parseFeedInput(next.value, this.#options.limits, { source: this }),
          'property',
        );
        break;
      case 'inline':
        this.#applyParse(
          parseFeedInput(next.text, this.#options.limits, { source: this }),
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

  #setState(next: FeedState): void {
    this.#state = Object.freeze({ ...next });
    this.host.requestUpdate();
    this.#options.onChange?.(this.#state);
  }

  #applyParse(result: ParseResult, source: FeedSourceKind, url?: string, text?: string): void {
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
      if (url !== undefined && text !== undefined) this.#lastText = { url, text };
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
      this.#setState({ ...this.#state, status: 'loading', source: 'src' });
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

  #load(url: string, generation: number): Promise<void> {
    return loadWithRetry({
      maxAttempts: Math.max(1, this.#options.maxAttempts ?? 3),
      maxRetryAfterMs: this.#options.maxRetryAfterMs ?? 120_000,
      attempt: () => this.#attempt(url, generation),
      isCurrent: () => generation === this.#generation,
      backoff: (attempt) => this.#backoff(attempt),
      sleep: (ms) => this.#sleep(ms),
      retryAfter: (ms) => {
        this.#notBefore = this.now() + ms;
      },
      onText: (text) => {
        const previous = this.#lastText;
        if (previous && previous.url === url && previous.text === text && this.#state.feed) {
          this.#confirmCurrent(url);
        } else {
          const result = parseFeedInput(text, this.#options.limits, { memo: false, source: this });
          this.#applyParse(result, 'src', url, text);
        }
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
    this.#setState({
      ...this.#state,
      status: 'ready',
      stale: false,
      error: undefined,
      lastSuccess: this.now(),
      source: 'src',
    });
    this.#announceRecovery('src', url);
  }

  #backoff(attempt: number): number {
    const base = this.#options.backoffMs ?? 1000;
    const max = this.#options.maxBackoffMs ?? 30_000;
    return backoffDelay(attempt, base, max, () => this.random());
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

  #attempt(url: string, generation: number): ReturnType<typeof requestFeed> {
    return requestFeed(url, {
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
    this.#poller.clear();
  }

  #schedulePoll(): void {
    this.#clearPoll();
    if (!this.#connected || this.#source.kind !== 'src' || this.#intervalMs <= 0) return;
    this.#poller.schedule((now) =>
      Math.max((this.#lastSettled ?? now) + this.#intervalMs, this.#notBefore),
    );
  }

  #onVisibility = (): void => {
    if (this.#poller.visibilityChanged() && !this.#inFlight) this.#schedulePoll();
  };
}
