/**
 * The messages between the feed loader and its module Web Worker (feed-worker.ts). Types only:
 * both sides import them, neither pulls code from the other.
 */
import type { FeedLimits, ParseResult } from '../../feed/index.js';

/** Main thread -> worker. */
export type ToWorker =
  | {
      readonly type: 'parse';
      /** Answers are matched to jobs by this id. */
      readonly id: number;
      /** The loader (one per element) whose last good text the worker compares with. */
      readonly key: number;
      /** The response body, UTF-8. */
      readonly bytes: Uint8Array;
      readonly limits: Partial<FeedLimits> | undefined;
      /** The loader still shows the feed of its last good text: an equal text is `unchanged`. */
      readonly compare: boolean;
      /** With a display scope, only that customer's part comes back (see feed-loader.ts). */
      readonly customer: string | undefined;
    }
  | { readonly type: 'forget'; readonly key: number };

/** Worker -> main thread. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'unchanged'; readonly id: number }
  /**
   * Records of a large top-level list of a good result (`periods`, `breaches`...), sent ahead of
   * it in parts, so that no one message takes long to deserialise on the main thread.
   */
  | { readonly type: 'part'; readonly id: number; readonly list: string; readonly items: unknown[] }
  /** The result; lists sent in parts are empty in it, their records arrived before it. */
  | { readonly type: 'parsed'; readonly id: number; readonly result: ParseResult };
