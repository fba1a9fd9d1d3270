/**
 * The code a feed `src` needs, loaded by the FeedController with a dynamic `import()` the first
 * time an element uses `src` (a page that only passes `.feed` never downloads it): one request
 * (feed-request.ts), retries (feed-retry.ts), polling (feed-polling.ts) and the parse of a
 * response body, off the main thread where possible ({@link SrcParser}).
 */
import type { FeedLimits, ParseResult } from '../../feed/index.js';
import { adoptParsedFeed } from '../../feed/parse.js';
import { selectCustomer } from '../../feed/select.js';
import { FeedWorkerClient, WorkerUnavailable } from './feed-worker-client.js';
import { startFeedWorker } from './feed-worker-start.js';

export { requestFeed } from './feed-request.js';
export { backoffDelay, loadWithRetry } from './feed-retry.js';
export { Poller } from './feed-polling.js';

/** Where a body is parsed: see `FeedControllerOptions.parseIn`. */
export type ParseIn = 'worker' | 'main' | (() => Worker);

/** What became of a response body. */
export type BodyVerdict =
  { readonly unchanged: true } | { readonly unchanged: false; readonly result: ParseResult };

export interface BodyJob {
  readonly limits: Partial<FeedLimits> | undefined;
  /** The feed of the last good text is still shown: an equal text is only `unchanged`. */
  readonly compare: boolean;
  /** The display scope: only this customer's part of the feed is kept. */
  readonly customer: string | undefined;
}

const clients = new Map<() => Worker, FeedWorkerClient>();
let nextKey = 1;

/** The worker keeps each parser's last good text: an element gone for good lets it go. */
const gone = new FinalizationRegistry<number>((key) => {
  for (const client of clients.values()) client.forget(key);
});

function clientFor(factory: () => Worker): FeedWorkerClient {
  let client = clients.get(factory);
  if (!client) {
    client = new FeedWorkerClient(factory);
    clients.set(factory, client);
  }
  return client;
}

/** Lets the browser run other tasks (input, rendering) before the next step. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Parses the response bodies of one loader (one element). In a module Web Worker by default: the
 * body is decoded, compared with the last good text and parsed there, and only the result (with a
 * display scope, only that customer's part) comes back. Where workers are unavailable or the
 * worker fails, on the main thread in steps with a yield between them (decode and compare, parse,
 * scope), so the loading state paints and input is handled between the steps; the parse itself is
 * one step there.
 */
export class SrcParser {
  readonly #key = nextKey++;
  readonly #parseIn: () => ParseIn;
  readonly #onMainThreadParse: () => (() => void) | undefined;
  /** The last good text parsed on the main thread. */
  #lastText: string | undefined;

  constructor(parseIn: () => ParseIn, onMainThreadParse: () => (() => void) | undefined) {
    this.#parseIn = parseIn;
    this.#onMainThreadParse = onMainThreadParse;
    gone.register(this, this.#key);
  }

  async parse(bytes: Uint8Array, job: BodyJob): Promise<BodyVerdict> {
    const where = this.#parseIn();
    if (where !== 'main') {
      const client = clientFor(where === 'worker' ? startFeedWorker : where);
      if (!client.failed) {
        try {
          const answer = await client.parse({ key: this.#key, bytes, ...job });
          this.#lastText = undefined;
          if (answer.type === 'unchanged') return { unchanged: true };
          const { result } = answer;
          return { unchanged: false, result: result.ok ? adopted(result) : result };
        } catch (error) {
          if (!(error instanceof WorkerUnavailable)) throw error;
        }
      }
    }
    return this.#parseHere(bytes, job);
  }

  /** Forgets the last good text (the source changed or the element left the page). */
  forget(): void {
    this.#lastText = undefined;
    for (const client of clients.values()) client.forget(this.#key);
  }

  async #parseHere(bytes: Uint8Array, job: BodyJob): Promise<BodyVerdict> {
    await yieldToMain();
    const text = new TextDecoder().decode(bytes);
    if (job.compare && this.#lastText === text) return { unchanged: true };
    await yieldToMain();
    this.#onMainThreadParse()?.();
    // The full parser (with valibot) only where the worker is not used: the worker has its own.
    const { parseFeed } = await import('../../feed/parse-feed.js');
    const result = parseFeed(text, job.limits);
    if (!result.ok) return { unchanged: false, result };
    this.#lastText = text;
    if (job.customer === undefined) return { unchanged: false, result };
    await yieldToMain();
    const feed = selectCustomer(result.feed, job.customer, { onMixedChain: 'exclude' });
    return { unchanged: false, result: adopted({ ...result, feed }) };
  }
}

/** A good result from another realm, or scoped here: its feed counts as parsed. */
function adopted(result: Extract<ParseResult, { ok: true }>): ParseResult {
  adoptParsedFeed(result.feed);
  return result;
}
