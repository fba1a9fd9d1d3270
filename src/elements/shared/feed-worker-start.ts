/**
 * Starts the feed loader's module Web Worker (feed-worker.ts).
 *
 * - Bundlers (Vite, and the kit's own library and standalone builds) recognise
 *   `new Worker(new URL('./x', import.meta.url), { type: 'module' })` and emit the worker as a
 *   file of its own next to the code, so it is same-origin: `worker-src 'self'` (or `script-src
 *   'self'`) allows it.
 * - On a page that enforces Trusted Types (`require-trusted-types-for 'script'`) a worker's URL
 *   must be a `TrustedScriptURL`: it is made by a policy named `sla-kit-worker` that accepts this
 *   one URL only. A page that lists its policies (`trusted-types ...`) adds that name, or the
 *   loader parses on the main thread instead.
 * The one-file build (dist/cdn) replaces this module with feed-worker-none.ts: a single file has
 * no second file to start, so it parses on the main thread.
 */

const POLICY = 'sla-kit-worker';
let policy: { createScriptURL(url: string): unknown } | undefined;

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

/** The script URL as the page's Trusted Types setting wants it (a plain string where none). */
function trustedScriptUrl(url: URL): string {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url.href;
  const allowed = url.href;
  policy ??= tt.createPolicy(POLICY, {
    createScriptURL(candidate) {
      if (candidate !== allowed) throw new TypeError(`${POLICY} allows the feed worker only`);
      return candidate;
    },
  });
  // A TrustedScriptURL is what the Worker constructor takes in place of the string.
  return policy.createScriptURL(url.href) as string;
}

/** The global `Worker`, its URL made trusted first (see the module comment). */
class TrustedWorker {
  constructor(url: URL, options: WorkerOptions) {
    return new globalThis.Worker(trustedScriptUrl(url), options);
  }
}

type WorkerConstructor = new (url: URL, options: WorkerOptions) => Worker;

/** The `new Worker(new URL(...))` form bundlers look for, with `Worker` bound to TrustedWorker. */
function spawn(Worker: WorkerConstructor): Worker {
  return new Worker(new URL('./feed-worker.ts', import.meta.url), {
    type: 'module',
    name: 'sla-kit-feed',
  });
}

/** A new feed worker; throws where workers are unavailable or the page's policy refuses it. */
export function startFeedWorker(): Worker {
  if (typeof globalThis.Worker !== 'function') throw new Error('Web Workers are unavailable');
  return spawn(TrustedWorker as unknown as WorkerConstructor);
}
