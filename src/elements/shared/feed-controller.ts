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
 * so tests can drive them.
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
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEFAULT_LIMITS,
  type FeedIssue,
  type FeedLimits,
  type ParseResult,
} from '../../feed/index.js';
import { feedContext, type FeedContextValue } from './context.js';
import { slaErrorEvent, slaLoadEvent, type FeedSourceKind, type SlaErrorDetail } from './events.js';
import { parseFeedInput } from './feed-input.js';

/** Everything an element needs to know about its data. Immutable: a new object on every change. */
export interface FeedState extends FeedContextValue {
  /** Where the current state comes from; `'none'` when no source is set. */
  readonly source: FeedSourceKind | 'none';
}

/** The host's inputs, read on every update. */
export interface FeedInputs {
  /** `.feed`: JSON text, a raw feed object or a validated feed; `null`/`undefined` means unset. */
  readonly feed?: unknown;
  /** Feed URL; empty means unset. Relative URLs resolve against the document. */
  readonly src?: string | null;
  /**
   * Polling interval in seconds for `src`; 0 or unset means no polling. Never more often than
   * `minRefreshIntervalMs` (5 s by default): a smaller positive value polls every 5 s.
   */
  readonly refreshInterval?: number | null;
}

/** A `fetch`-compatible function. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FeedControllerOptions {
  /** Reads the host's current inputs. */
  readonly inputs: () => FeedInputs;
  /** Fetch implementation (default: the global `fetch`). */
  readonly fetch?: FetchLike;
  /** Extra request options for `src` (credentials, headers such as Authorization). */
  readonly requestInit?: RequestInit;
  /** Abort a request (including reading its body) after this long. Default 15 000 ms. */
  readonly timeoutMs?: number;
  /** Tries per load, including the first. Default 3. */
  readonly maxAttempts?: number;
  /** First retry delay before jitter; doubles per try. Default 1000 ms. */
  readonly backoffMs?: number;
  /** Longest retry delay. Default 30 000 ms. */
  readonly maxBackoffMs?: number;
  /** A Retry-After longer than this ends the retries (polling waits for it). Default 120 000 ms. */
  readonly maxRetryAfterMs?: number;
  /** Polling never runs more often than this (the floor of `refresh-interval`). Default 5000 ms. */
  readonly minRefreshIntervalMs?: number;
  /** Parser caps (default: the feed layer's defaults). */
  readonly limits?: Partial<FeedLimits>;
  /** Consume the `<sla-feed>` context (default true). */
  readonly consumeContext?: boolean;
  /** Fire `sla-load` / `sla-error` (default true). Context-sourced states never fire them. */
  readonly fireEvents?: boolean;
  readonly setTimeout?: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout?: (handle: unknown) => void;
  readonly now?: () => number;
  /** Random number in [0, 1) for jitter. */
  readonly random?: () => number;
  /** True while the page is hidden (default: `document.visibilityState === 'hidden'`). */
  readonly isHidden?: () => boolean;
  /** Called synchronously with every new state (`<sla-feed>` uses it to update its context). */
  readonly onChange?: (state: FeedState) => void;
}

/** The host: any Lit element (ReactiveControllerHost + HTMLElement). */
export type FeedHost = ReactiveControllerHost & HTMLElement;

type Source =
  | { readonly kind: 'none' }
  | { readonly kind: 'property'; readonly value: unknown }
  | { readonly kind: 'src'; readonly url: string }
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'context'; readonly value: FeedContextValue };

type Outcome =
  | { readonly kind: 'aborted' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'fatal'; readonly error: SlaErrorDetail }
  | {
      readonly kind: 'retry';
      readonly error: SlaErrorDetail;
      readonly retryAfterMs?: number | undefined;
    };

const NONE: Source = Object.freeze({ kind: 'none' });

export const INITIAL_FEED_STATE: FeedState = Object.freeze({
  status: 'idle',
  feed: undefined,
  stale: false,
  lastSuccess: undefined,
  error: undefined,
  warnings: Object.freeze([]),
  source: 'none',
});

const INLINE_SELECTOR = ':scope > script[type="application/json" i]';

/**
 * Milliseconds to wait from an HTTP `Retry-After` value: delta seconds (`"120"`) or an HTTP-date.
 * `undefined` when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Retry on timeouts, rate limits and server errors; other 4xx answers will not change. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** The `sla-error` detail for a rejected parse. */
export function parseErrorDetail(issues: readonly FeedIssue[], url?: string): SlaErrorDetail {
  const json = issues.some((i) => i.code === 'json');
  const first = issues[0];
  const where = first
    ? `${first.path ? `${first.path}: ` : ''}${first.message}`
    : 'unknown problem';
  const message = json
    ? where
    : `The feed is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}; first: ${where})`;
  return url === undefined
    ? { kind: json ? 'parse' : 'invalid', message, issues }
    : { kind: json ? 'parse' : 'invalid', message, issues, url };
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
  #pollTimer: unknown;
  #pollPaused = false;
  #intervalMs = 0;
  #lastSettled: number | undefined;
  /** Earliest next request (a Retry-After that ended the retries). */
  #notBefore = 0;
  #etag: { url: string; value: string } | undefined;
  #lastText: { url: string; text: string } | undefined;
  #contextValue: FeedContextValue | undefined;
  #observer: MutationObserver | undefined;
  #pendingEvents: Event[] = [];
  /** Resolves once the queued events are dispatched; undefined when none are queued. */
  #flushing: Promise<void> | undefined;
  /** An `sla-error` was reported for the current source and no success followed yet. */
  #failing = false;

  constructor(host: FeedHost, options: FeedControllerOptions) {
    this.host = host;
    this.#options = options;
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
      const flushing = this.#flushing;
      await loading;
      await flushing;
      if (loading === this.#loading && flushing === this.#flushing) return;
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
    const next = this.#pickSource(inputs);
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
        this.#applyParse(parseFeedInput(next.value, this.#options.limits), 'property');
        break;
      case 'inline':
        this.#applyParse(parseFeedInput(next.text, this.#options.limits), 'inline');
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

  #pickSource(inputs: FeedInputs): Source {
    if (inputs.feed !== undefined && inputs.feed !== null)
      return { kind: 'property', value: inputs.feed };
    const src = typeof inputs.src === 'string' ? inputs.src.trim() : '';
    if (src) return { kind: 'src', url: resolveUrl(src) };
    const script = this.host.querySelector(INLINE_SELECTOR);
    const text = script?.textContent ?? '';
    if (text.trim()) return { kind: 'inline', text };
    if (this.#contextValue) return { kind: 'context', value: this.#contextValue };
    return NONE;
  }

  #toIntervalMs(seconds: number | null | undefined): number {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return 0;
    return Math.max(seconds * 1000, this.#options.minRefreshIntervalMs ?? 5000);
  }

  #onMutation = (records: MutationRecord[]): void => {
    const host = this.host;
    const relevant = records.some((r) => {
      if (r.target === host) return true;
      const element = r.target instanceof Element ? r.target : r.target.parentElement;
      const script = element?.closest('script');
      return script?.parentElement === host;
    });
    if (relevant) host.requestUpdate();
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
    this.#pendingEvents.push(event);
    if (this.#flushing) return;
    const flush = (): void => {
      this.#flushing = undefined;
      const events = this.#pendingEvents;
      this.#pendingEvents = [];
      for (const e of events) this.host.dispatchEvent(e);
    };
    this.#flushing = this.host.updateComplete.then(flush, flush);
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

  async #load(url: string, generation: number): Promise<void> {
    const maxAttempts = Math.max(1, this.#options.maxAttempts ?? 3);
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#attempt(url, generation);
      if (generation !== this.#generation || outcome.kind === 'aborted') return;
      if (outcome.kind === 'text') {
        const previous = this.#lastText;
        if (
          previous &&
          previous.url === url &&
          previous.text === outcome.text &&
          this.#state.feed
        ) {
          this.#confirmCurrent(url);
        } else {
          const result = parseFeedInput(outcome.text, this.#options.limits, { memo: false });
          this.#applyParse(result, 'src', url, outcome.text);
        }
        break;
      }
      if (outcome.kind === 'not-modified') {
        this.#confirmCurrent(url);
        break;
      }
      if (outcome.kind === 'fatal') {
        this.#fail(outcome.error, 'src');
        break;
      }
      const maxRetryAfter = this.#options.maxRetryAfterMs ?? 120_000;
      const wait = outcome.retryAfterMs ?? this.#backoff(attempt);
      if (outcome.retryAfterMs !== undefined) this.#notBefore = this.now() + outcome.retryAfterMs;
      if (attempt >= maxAttempts || wait > maxRetryAfter) {
        this.#fail(outcome.error, 'src');
        break;
      }
      await this.#sleep(wait);
      if (generation !== this.#generation) return;
    }
    this.#lastSettled = this.now();
    this.#inFlight = false;
    this.#schedulePoll();
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
    const delay = Math.min(max, base * 2 ** (attempt - 1));
    // "Equal jitter": half fixed, half random, so retries of many clients spread out.
    return delay / 2 + this.random() * (delay / 2);
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

  async #attempt(url: string, generation: number): Promise<Outcome> {
    const controller = new AbortController();
    this.#abort = controller;
    const timeoutMs = this.#options.timeoutMs ?? 15_000;
    let timedOut = false;
    const timer = this.setTimer(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const init = this.#options.requestInit ?? {};
      const headers = new Headers(init.headers);
      if (!headers.has('Accept')) headers.set('Accept', 'application/json');
      const etag = this.#etag?.url === url && this.#state.feed ? this.#etag.value : undefined;
      if (etag) headers.set('If-None-Match', etag);
      const response = await this.fetch(url, {
        ...init,
        headers,
        signal: controller.signal,
        // With our own If-None-Match the HTTP cache must stay out of the way (a 304 reaches us);
        // without one, revalidate so polling sees new data.
        cache: etag ? 'no-store' : 'no-cache',
      });
      if (generation !== this.#generation) return { kind: 'aborted' };
      if (response.status === 304) {
        if (this.#state.feed) return { kind: 'not-modified' };
        this.#etag = undefined;
        return { kind: 'retry', error: httpError(url, response), retryAfterMs: 0 };
      }
      if (!response.ok) {
        const error = httpError(url, response);
        if (!isRetryableStatus(response.status)) return { kind: 'fatal', error };
        return {
          kind: 'retry',
          error,
          retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), this.now()),
        };
      }
      const maxBytes = this.#options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
      const text = await readText(response, maxBytes);
      if (generation !== this.#generation) return { kind: 'aborted' };
      if (text === null) {
        return {
          kind: 'fatal',
          error: {
            kind: 'invalid',
            message: `The feed is larger than the limit of ${maxBytes} bytes.`,
            issues: [
              {
                path: '',
                message: `The feed is larger than the limit of ${maxBytes} bytes. Split it, or raise maxBytes.`,
                severity: 'error',
                code: 'too-large',
              },
            ],
            url,
          },
        };
      }
      const tag = response.headers.get('ETag');
      this.#etag = tag ? { url, value: tag } : undefined;
      return { kind: 'text', text };
    } catch (error) {
      if (generation !== this.#generation || (controller.signal.aborted && !timedOut)) {
        return { kind: 'aborted' };
      }
      if (timedOut) {
        return {
          kind: 'retry',
          error: {
            kind: 'timeout',
            message: `The feed did not arrive within ${timeoutMs / 1000} s.`,
            issues: [],
            url,
            timeoutMs,
          },
        };
      }
      const reason = error instanceof Error ? error.message : String(error);
      return {
        kind: 'retry',
        error: {
          kind: 'network',
          message: `The feed could not be fetched: ${reason}`,
          issues: [],
          url,
        },
      };
    } finally {
      this.clearTimer(timer);
      if (this.#abort === controller) this.#abort = undefined;
    }
  }

  // ---- Polling ---------------------------------------------------------------------------------

  #clearPoll(): void {
    if (this.#pollTimer !== undefined) this.clearTimer(this.#pollTimer);
    this.#pollTimer = undefined;
  }

  #schedulePoll(): void {
    this.#clearPoll();
    if (!this.#connected || this.#source.kind !== 'src' || this.#intervalMs <= 0) return;
    if (this.isHidden()) {
      this.#pollPaused = true;
      return;
    }
    this.#pollPaused = false;
    const now = this.now();
    const due = Math.max((this.#lastSettled ?? now) + this.#intervalMs, this.#notBefore);
    this.#pollTimer = this.setTimer(
      () => {
        this.#pollTimer = undefined;
        if (this.isHidden()) {
          this.#pollPaused = true;
          return;
        }
        void this.#startLoad();
      },
      Math.max(0, due - now),
    );
  }

  #onVisibility = (): void => {
    if (this.isHidden()) {
      if (this.#pollTimer !== undefined) {
        this.#clearPoll();
        this.#pollPaused = true;
      }
      return;
    }
    if (this.#pollPaused && !this.#inFlight) this.#schedulePoll();
  };
}

function sameSource(a: Source, b: Source): boolean {
  switch (a.kind) {
    case 'none':
      return b.kind === 'none';
    case 'property':
      return b.kind === 'property' && Object.is(a.value, b.value);
    case 'src':
      return b.kind === 'src' && a.url === b.url;
    case 'inline':
      return b.kind === 'inline' && a.text === b.text;
    case 'context':
      return b.kind === 'context' && a.value === b.value;
  }
}

function resolveUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

function httpError(url: string, response: Response): SlaErrorDetail {
  const text = response.statusText ? ` ${response.statusText}` : '';
  return {
    kind: 'http',
    message: `The feed server answered HTTP ${response.status}${text}.`,
    issues: [],
    url,
    status: response.status,
  };
}

/** Reads a body as UTF-8 text, giving up (null) beyond `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
