/** The options of a `FeedController`: its inputs, the network policy, and the hooks tests drive. */
import type { ReactiveControllerHost } from 'lit';
import type { FeedLimits } from '../../feed/index.js';
import type { FetchLike } from './feed-request.js';
import type { FeedInputs } from './feed-sources.js';
import type { FeedState } from './feed-state.js';

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
  /**
   * Where a body fetched by `src` is parsed. `'worker'` (default): in a module Web Worker, and on
   * the main thread (in steps that yield) where workers are unavailable or the worker fails to
   * start. `'main'`: always on the main thread. A function: the worker to use (it must speak the
   * protocol of feed-worker.ts; tests use it to make a worker fail).
   */
  readonly parseIn?: 'worker' | 'main' | (() => Worker);
  /** Called each time a body fetched by `src` is parsed on the main thread (diagnostics, tests). */
  readonly onMainThreadParse?: () => void;
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
