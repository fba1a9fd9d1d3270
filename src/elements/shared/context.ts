/**
 * The feed context that `<sla-feed>` provides to the elements inside it (via `@lit/context`).
 * The value is a new frozen object whenever anything in it changes, never mutated in place, so
 * consumers can compare by identity.
 */
import { ContextRoot, createContext } from '@lit/context';
import type { Feed, FeedIssue } from '../../feed/index.js';
import type { SlaErrorDetail } from './events.js';

/** Loading status of a feed source. */
export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a `<sla-feed>` shares with its descendants. */
export interface FeedContextValue {
  /** The last good feed, if any. */
  readonly feed: Feed | undefined;
  /** True when the last load or refresh failed and `feed` is older data. */
  readonly stale: boolean;
  /** When `feed` was last confirmed good (epoch ms). */
  readonly lastSuccess: number | undefined;
  readonly status: FeedStatus;
  /** The last failure, while it is the latest news (cleared by the next success). */
  readonly error: SlaErrorDetail | undefined;
  /** Repairs made to the current feed. */
  readonly warnings: readonly FeedIssue[];
}

/** The context key. Consumers: `new ContextConsumer(this, { context: feedContext, subscribe: true })`. */
export const feedContext = createContext<FeedContextValue | undefined>(Symbol.for('sla-kit/feed'));

let root: ContextRoot | undefined;

/**
 * Attaches one `ContextRoot` to the document element (idempotent), so an element that asks for the
 * feed context before its `<sla-feed>` ancestor is defined gets it once the provider upgrades.
 * Called by `define/sla-feed` (which every other define entry imports first) before registering
 * its tag; harmless to call again, and a no-op where there is no document (server-side rendering).
 */
export function ensureContextRoot(): void {
  // Without a document (a server importing a define entry) there is nothing to attach to.
  if (globalThis.document && !root) (root = new ContextRoot()).attach(document.documentElement);
}
