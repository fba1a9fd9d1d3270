/**
 * What a `FeedController` tells its element: the state of its data (immutable, a new object on
 * every change), and the `sla-error` detail of a rejected parse.
 */
import type { FeedIssue } from '../../feed/index.js';
import type { FeedContextValue } from './context.js';
import type { FeedSourceKind, SlaErrorDetail } from './events.js';

/** Everything an element needs to know about its data. Immutable: a new object on every change. */
export interface FeedState extends FeedContextValue {
  /** Where the current state comes from; `'none'` when no source is set. */
  readonly source: FeedSourceKind | 'none';
}

export const INITIAL_FEED_STATE: FeedState = Object.freeze({
  status: 'idle',
  feed: undefined,
  stale: false,
  lastSuccess: undefined,
  error: undefined,
  warnings: Object.freeze([]),
  source: 'none',
});

/** The `sla-error` detail for a rejected parse. */
export function parseErrorDetail(issues: readonly FeedIssue[], url?: string): SlaErrorDetail {
  const json = issues.some((i) => i.code === 'json');
  const first = issues[0];
  const where = first
    ? `${first.path ? `${first.path}: ` : ''}${first.message}`
    : 'unknown problem';
  const message = json
    ? where
    : `The feed is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}; first: ${where})`;
  return url === undefined
    ? { kind: json ? 'parse' : 'invalid', message, issues }
    : { kind: json ? 'parse' : 'invalid', message, issues, url };
}
