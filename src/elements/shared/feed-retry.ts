/**
 * Retry policy of a feed `src`: which answers are worth another try, how long a server asks us to
 * wait (`Retry-After`), the backoff between tries, and the load that applies them.
 */
import type { SlaErrorDetail } from './events.js';
import type { Outcome } from './feed-request.js';

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

/**
 * The wait before try `attempt + 1`: exponential from `baseMs`, at most `maxMs`, with "equal
 * jitter" (half fixed, half random), so retries of many clients spread out.
 */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number,
): number {
  const delay = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return delay / 2 + random() * (delay / 2);
}

/** What {@link loadWithRetry} needs from its controller, and where it reports. */
export interface RetryEnv {
  /** Tries per load, including the first. */
  readonly maxAttempts: number;
  /** A Retry-After longer than this ends the retries. */
  readonly maxRetryAfterMs: number;
  /** One request. */
  attempt(): Promise<Outcome>;
  /** False once the load was superseded or stopped: it ends without a word. */
  isCurrent(): boolean;
  /** The wait before try `attempt + 1` when the server named none. */
  backoff(attempt: number): number;
  sleep(ms: number): Promise<void>;
  /** The server asked for `ms` of quiet (Retry-After). */
  retryAfter(ms: number): void;
  /** A body arrived; the load settles when its parse has (a superseded load ends quietly). */
  onBody(bytes: Uint8Array): Promise<void>;
  onNotModified(): void;
  onFailure(error: SlaErrorDetail): void;
  /** The load ended with data or a failure (not when superseded). */
  settled(): void;
}

/**
 * Loads a feed `src`: requests it, and retries what is worth retrying (after the server's
 * Retry-After, else after a backoff) until it arrives, fails for good or the tries run out.
 */
export async function loadWithRetry(env: RetryEnv): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await env.attempt();
    if (!env.isCurrent() || outcome.kind === 'aborted') return;
    if (outcome.kind === 'body') {
      await env.onBody(outcome.bytes);
      if (!env.isCurrent()) return;
      break;
    }
    if (outcome.kind === 'not-modified') {
      env.onNotModified();
      break;
    }
    if (outcome.kind === 'fatal') {
      env.onFailure(outcome.error);
      break;
    }
    const wait = outcome.retryAfterMs ?? env.backoff(attempt);
    if (outcome.retryAfterMs !== undefined) env.retryAfter(outcome.retryAfterMs);
    if (attempt >= env.maxAttempts || wait > env.maxRetryAfterMs) {
      env.onFailure(outcome.error);
      break;
    }
    await env.sleep(wait);
    if (!env.isCurrent()) return;
  }
  env.settled();
}
