/**
 * Retry policy of a feed `src`: which answers are worth another try, how long a server asks us to
 * wait (`Retry-After`), and the backoff between tries.
 */

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
