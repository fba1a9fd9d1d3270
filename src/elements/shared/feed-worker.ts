/**
 * The feed loader's module Web Worker: decodes a response body, compares it with the last good
 * text of the same loader (an equal text is only reported, never parsed again), parses it with
 * `parseFeed` and, when the element shows one customer, cuts that customer's part out
 * (`selectCustomer`, the same selection as the element's display scope), so only what the element
 * shows is cloned back to the main thread. Loaded same-origin (`worker-src` / `script-src
 * 'self'`); see feed-worker-start.ts.
 */
import { parseFeed } from '../../feed/parse.js';
import { selectCustomer } from '../../feed/select.js';
import type { ParseResult } from '../../feed/index.js';
import type { FromWorker, ToWorker } from './feed-worker-protocol.js';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
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
  scope.postMessage({ type: 'parsed', id: data.id, result });
});

scope.postMessage({ type: 'ready' });
