/**
 * One request for a feed `src`: a timeout that also covers reading the body, ETag revalidation
 * (`If-None-Match`), the `maxBytes` cap while the body streams in, and every failure turned into
 * an outcome the retry loop decides on (retry, give up, or use the body). The body stays bytes:
 * decoding and parsing are the parser's (in the feed worker, off the main thread).
 */
import type { SlaErrorDetail } from './events.js';
import { isRetryableStatus, parseRetryAfter } from './feed-retry.js';

/** A `fetch`-compatible function. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type Outcome =
  | { readonly kind: 'aborted' }
  | { readonly kind: 'body'; readonly bytes: Uint8Array }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'fatal'; readonly error: SlaErrorDetail }
  | {
      readonly kind: 'retry';
      readonly error: SlaErrorDetail;
      readonly retryAfterMs?: number | undefined;
    };

/** What a request needs from its controller (timers and clock go through it, for tests). */
export interface RequestEnv {
  fetch(url: string, init: RequestInit): Promise<Response>;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  now(): number;
  readonly requestInit: RequestInit | undefined;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** The ETag to revalidate with (sent as `If-None-Match`), if any. */
  readonly etag: string | undefined;
  /** True while there is a feed a 304 can confirm. */
  hasFeed(): boolean;
  /** Keeps the ETag of a new body for the next request; `undefined` forgets the last one. */
  saveEtag(value: string | undefined): void;
  /** False once a newer request started or the source changed: the answer is ignored. */
  isCurrent(): boolean;
  /** The request's abort controller, for the controller to abort it; and when it is done. */
  started(controller: AbortController): void;
  ended(controller: AbortController): void;
}

/** Requests `url` once; never throws. */
export async function requestFeed(url: string, env: RequestEnv): Promise<Outcome> {
  const controller = new AbortController();
  env.started(controller);
  const timeoutMs = env.timeoutMs;
  let timedOut = false;
  const timer = env.setTimer(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const init = env.requestInit ?? {};
    const headers = new Headers(init.headers);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    const etag = env.etag;
    if (etag) headers.set('If-None-Match', etag);
    const response = await env.fetch(url, {
      ...init,
      headers,
      signal: controller.signal,
      // With our own If-None-Match the HTTP cache must stay out of the way (a 304 reaches us);
      // without one, revalidate so polling sees new data.
      cache: etag ? 'no-store' : 'no-cache',
    });
    if (!env.isCurrent()) return { kind: 'aborted' };
    if (response.status === 304) {
      if (env.hasFeed()) return { kind: 'not-modified' };
      // There is no feed to confirm: the tag must not be sent again.
      env.saveEtag(undefined);
      return { kind: 'retry', error: httpError(url, response), retryAfterMs: 0 };
    }
    if (!response.ok) {
      const error = httpError(url, response);
      if (!isRetryableStatus(response.status)) return { kind: 'fatal', error };
      return {
        kind: 'retry',
        error,
        retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), env.now()),
      };
    }
    const maxBytes = env.maxBytes;
    const bytes = await readBytes(response, maxBytes);
    if (!env.isCurrent()) return { kind: 'aborted' };
    if (bytes === null) {
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
    env.saveEtag(response.headers.get('ETag') || undefined);
    return { kind: 'body', bytes };
  } catch (error) {
    if (!env.isCurrent() || (controller.signal.aborted && !timedOut)) {
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
    env.clearTimer(timer);
    env.ended(controller);
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

/** Reads a body, giving up (null) beyond `maxBytes`. */
async function readBytes(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
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
  return bytes;
}
