/**
 * The feed loader's module Web Worker: decodes a response body, compares it with the last good
 * text of the same loader (an equal text is only reported, never parsed again), parses it with
 * `parseFeed` and, when the element shows one customer, cuts that customer's part out
 * (`selectCustomer`, the same selection as the element's display scope), so only what the element
 * shows is cloned back to the main thread; large lists come back in parts, each a task of its own
 * there. Loaded same-origin (`worker-src` / `script-src
 * 'self'`); see feed-worker-start.ts.
 */
import { parseFeed } from '../../feed/parse-feed.js';
import { selectCustomer } from '../../feed/select.js';
import type { ParseResult } from '../../feed/index.js';
import type { FromWorker, ToWorker } from './feed-worker-protocol.js';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
/** Records per part of a large list (see `part` in feed-worker-protocol.ts). */
const PART = 5000;
/** The last good text of each loader. */
const lastText = new Map<number, string>();
const decoder = new TextDecoder();

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'forget') {
    lastText.delete(data.key);
    return;
  }
  const text = decoder.decode(data.bytes);
  if (data.compare && lastText.get(data.key) === text) {
    scope.postMessage({ type: 'unchanged', id: data.id });
    return;
  }
  let result: ParseResult = parseFeed(text, data.limits);
  if (result.ok) {
    lastText.set(data.key, text);
    if (data.customer !== undefined) {
      const feed = selectCustomer(result.feed, data.customer, { onMixedChain: 'exclude' });
      result = { ok: true, feed, warnings: result.warnings };
    }
  }
  if (result.ok) result = { ...result, feed: sendInParts(data.id, result.feed) };
  scope.postMessage({ type: 'parsed', id: data.id, result });
});

/** Sends the records of each large top-level list in parts; returns the feed without them. */
function sendInParts<T extends object>(id: number, feed: T): T {
  const shell: Record<string, unknown> = {};
  for (const [list, value] of Object.entries(feed)) {
    if (!Array.isArray(value) || value.length <= PART) {
      shell[list] = value;
      continue;
    }
    for (let i = 0; i < value.length; i += PART)
      scope.postMessage({ type: 'part', id, list, items: value.slice(i, i + PART) as unknown[] });
    shell[list] = [];
  }
  return shell as T;
}

scope.postMessage({ type: 'ready' });
