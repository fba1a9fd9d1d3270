/**
 * The kit's events: typed `CustomEvent`s named `sla-*`, bubbling and composed (they cross shadow
 * roots, so a portal can listen on `document`). Declared in the global `HTMLElementEventMap`, so
 * `el.addEventListener('sla-error', (e) => e.detail.issues)` is typed.
 */
import type { Feed, FeedIssue } from '../../feed/index.js';

/** What went wrong, in one word (see {@link SlaErrorDetail}). */
export type FeedErrorKind =
  /** The request failed before an HTTP answer (offline, DNS, CORS, a refused connection). */
  | 'network'
  /** The server answered with a status that is not a success (see `status`). */
  | 'http'
  /** The text is not JSON (an HTML error page, a truncated body); the issue has line and column. */
  | 'parse'
  /** The JSON is not a valid feed (the issues name each path and reason). */
  | 'invalid'
  /** No answer within the timeout. */
  | 'timeout'
  /** The feed is fine but lacks what the element was asked to show (an agreement id, ...). */
  | 'missing';

/** Detail of `sla-error`. */
export interface SlaErrorDetail {
  readonly kind: FeedErrorKind;
  /** Plain-language summary (English, for logs and developers; elements show translated text). */
  readonly message: string;
  /** Problems with a path and reason; empty for network and timeout errors. */
  readonly issues: readonly FeedIssue[];
  /** The feed URL, when the feed came from `src`. */
  readonly url?: string;
  /** HTTP status, for `kind: 'http'`. */
  readonly status?: number;
  /** The timeout that expired, for `kind: 'timeout'`. */
  readonly timeoutMs?: number;
}

/** Where a feed came from. */
export type FeedSourceKind = 'property' | 'src' | 'inline' | 'context';

/** Detail of `sla-load`. */
export interface SlaLoadDetail {
  /** The new, validated feed. */
  readonly feed: Feed;
  /** Problems that were repaired (dropped links, unknown values shown as unknown). */
  readonly warnings: readonly FeedIssue[];
  readonly source: FeedSourceKind;
  /** The feed URL, when the feed came from `src`. */
  readonly url?: string;
  /**
   * `true` when the feed is the one already shown and this event says that loading works again
   * after `sla-error` (the recovered answer was identical, or a 304); `false` for new data.
   */
  readonly unchanged: boolean;
}

/** Detail of `sla-select`: what the reader picked (ids, so it is cheap to route on). */
export interface SlaSelectDetail {
  /** Agreement id. */
  readonly agreement: string;
  /** Objective id, when an objective (row, bar) was picked. */
  readonly objective?: string;
  /** The picked period, as epoch milliseconds. */
  readonly period?: { readonly start: number; readonly end: number };
}

export type SlaErrorEvent = CustomEvent<SlaErrorDetail>;
export type SlaLoadEvent = CustomEvent<SlaLoadDetail>;
export type SlaSelectEvent = CustomEvent<SlaSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    /** A new, valid feed is shown, or (`detail.unchanged`) the shown one is current again after `sla-error`. */
    'sla-load': SlaLoadEvent;
    /** Loading or validating failed; the last good data (if any) stays on screen, marked stale. */
    'sla-error': SlaErrorEvent;
    /** The reader selected an agreement, objective or period (click or keyboard). */
    'sla-select': SlaSelectEvent;
  }
}

const INIT = { bubbles: true, composed: true } as const;

/** Creates an `sla-load` event (bubbles, composed). */
export function slaLoadEvent(detail: SlaLoadDetail): SlaLoadEvent {
  return new CustomEvent('sla-load', { ...INIT, detail });
}

/** Creates an `sla-error` event (bubbles, composed). */
export function slaErrorEvent(detail: SlaErrorDetail): SlaErrorEvent {
  return new CustomEvent('sla-error', { ...INIT, detail });
}

/** Creates an `sla-select` event (bubbles, composed). */
export function slaSelectEvent(detail: SlaSelectDetail): SlaSelectEvent {
  return new CustomEvent('sla-select', { ...INIT, detail });
}
