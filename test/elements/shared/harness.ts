/**
 * Test harness for the shared element pieces: small inline feeds, a scripted fake `fetch` that
 * honours (or, on purpose, ignores) abort signals, and helpers to read what a user sees inside a
 * shadow root. Time: `fake-clock.ts` (the FeedController's timer options).
 */
import type { FetchLike } from '../../../src/elements/shared/index.js';

/** A small valid raw feed; `patch` replaces top-level parts. */
export function rawFeed(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    provider: { id: 'acme', name: 'Acme Cloud' },
    customers: [{ id: 'globex', name: 'Globex' }],
    services: [{ id: 'portal', name: 'Customer portal' }],
    agreements: [
      {
        id: 'gold',
        name: 'Gold SLA',
        level: 'customer',
        customerId: 'globex',
        objectives: [
          {
            id: 'avail',
            name: 'Availability',
            serviceId: 'portal',
            unit: 'percent',
            direction: 'higher-is-better',
            minimum: 99,
            target: 99.9,
          },
        ],
      },
    ],
    periods: [
      {
        agreementId: 'gold',
        objectiveId: 'avail',
        start: '2026-09-01T00:00:00Z',
        end: '2026-10-01T00:00:00Z',
        value: 99.95,
      },
    ],
    ...patch,
  };
}

/** A raw feed whose provider has this name (and optional extra provider fields). */
export function feedNamed(
  name: string,
  provider: Record<string, unknown> = {},
): Record<string, unknown> {
  return rawFeed({ provider: { id: 'acme', name, ...provider } });
}

/** A JSON response (content type deliberately irrelevant to the controller). */
export function jsonResponse(
  body: unknown,
  init: ResponseInit & { headers?: Record<string, string> } = {},
): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status: 200, ...init });
}

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface FetchCall {
  readonly url: string;
  readonly init: RequestInit;
  readonly headers: Headers;
  readonly signal: AbortSignal;
  /** performance.now() when the call was made. */
  readonly at: number;
}

type Handler = (call: FetchCall) => Response | Promise<Response>;

/**
 * A scripted server: `reply()` queues one answer per call (a Response, or a function of the call);
 * when the queue is empty, `fallback` answers (default: the small feed).
 * With `honourAbort: false` it behaves like a broken fetch that ignores the abort signal, to prove
 * the controller's own generation check.
 */
export class FakeServer {
  readonly calls: FetchCall[] = [];
  fallback: Handler = () => jsonResponse(rawFeed());
  honourAbort = true;
  readonly #queue: Handler[] = [];

  reply(...answers: (Response | Handler)[]): this {
    for (const a of answers) this.#queue.push(a instanceof Response ? () => a : a);
    return this;
  }

  readonly fetch: FetchLike = (url, init) => {
    const call: FetchCall = {
      url,
      init,
      headers: new Headers(init.headers),
      signal: init.signal ?? new AbortController().signal,
      at: performance.now(),
    };
    this.calls.push(call);
    const handler = this.#queue.shift() ?? this.fallback;
    return new Promise<Response>((resolve, reject) => {
      if (this.honourAbort) {
        const onAbort = (): void =>
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        if (call.signal.aborted) return onAbort();
        call.signal.addEventListener('abort', onAbort, { once: true });
      }
      Promise.resolve()
        .then(() => handler(call))
        .then(resolve, reject);
    });
  };
}

/** The shadow root of an element (fails the test when there is none). */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** Text of the first match in the shadow root, whitespace collapsed; '' when absent. */
export function textOf(el: Element, selector: string): string {
  const node = shadow(el).querySelector(selector);
  return visibleText(node?.textContent ?? '');
}

/** Text as read: whitespace collapsed, invisible bidi isolates (around feed text) removed. */
export function visibleText(text: string): string {
  return text
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collects events of a type dispatched on a target. */
export function collect<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  target.addEventListener(type, (e) => events.push(e as HTMLElementEventMap[K]));
  return events;
}

/** Resolves when `predicate` holds, polling each frame; rejects after `timeout` ms. */
export async function until(
  predicate: () => boolean,
  message: string,
  timeout = 3000,
): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting until ${message}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
