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

/** A time span as epoch milliseconds, `start` inclusive, `end` exclusive. */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where a selected node sits in a customer's tree of agreements (a portfolio drill-down): the
 * customer, the agreements from the top-most down to the selected one (or to the one holding the
 * selected objective or service), and the objective or service when one was picked.
 */
export interface SlaSelectPath {
  readonly customer: string;
  /** Agreement ids, top-most (corporate) first. */
  readonly agreements: readonly string[];
  readonly objective?: string;
  readonly service?: string;
}

/** `sla-select` for a customer (a portfolio row or tile). */
export interface SlaSelectCustomer {
  readonly kind: 'customer';
  /** Customer id. */
  readonly customer: string;
  /** The full path, from elements that show a tree (the portfolio). */
  readonly path?: SlaSelectPath;
}

/** `sla-select` for an agreement (a card title, a portfolio cell). */
export interface SlaSelectAgreement {
  readonly kind: 'agreement';
  /** Agreement id. */
  readonly agreement: string;
  /** The full path, from elements that show a tree (the portfolio). */
  readonly path?: SlaSelectPath;
}

/** `sla-select` for a service (a portfolio drill-down's service node and its dependency chain). */
export interface SlaSelectService {
  readonly kind: 'service';
  /** Service id. */
  readonly service: string;
  /** The agreement the service node belongs to. */
  readonly agreement: string;
  /** The agreement period the chain was shown for, when it has one. */
  readonly period?: TimeRange;
  readonly path?: SlaSelectPath;
}

/** `sla-select` for an objective of an agreement (a scorecard row, a bar), in a period. */
export interface SlaSelectObjective {
  readonly kind: 'objective';
  readonly agreement: string;
  /** Objective id. */
  readonly objective: string;
  /** The period the objective was shown for. */
  readonly period: TimeRange;
  /** The full path, from elements that show a tree (the portfolio). */
  readonly path?: SlaSelectPath;
}

/** `sla-select` for a period of an agreement (the period picker, a timeline column). */
export interface SlaSelectPeriod {
  readonly kind: 'period';
  readonly agreement: string;
  readonly period: TimeRange;
}

/** `sla-select` for a breach (a timeline mark). */
export interface SlaSelectBreach {
  readonly kind: 'breach';
  readonly agreement: string;
  /** Breach id. */
  readonly breach: string;
  /** The objectives the breach counts against. */
  readonly objectives: readonly string[];
}

/**
 * Detail of `sla-select`: what the reader picked, as ids (cheap to route on). A tagged union:
 * switch on `kind` and TypeScript knows which ids are there.
 *
 * ```ts
 * el.addEventListener('sla-select', ({ detail }) => {
 *   if (detail.kind === 'objective') open(detail.agreement, detail.objective, detail.period);
 * });
 * ```
 */
export type SlaSelectDetail =
  | SlaSelectCustomer
  | SlaSelectAgreement
  | SlaSelectObjective
  | SlaSelectPeriod
  | SlaSelectBreach
  | SlaSelectService;

/** What was picked: the `kind` of an {@link SlaSelectDetail}. */
export type SlaSelectKind = SlaSelectDetail['kind'];

/**
 * Detail of `sla-range-change`: the reader changed the visible time span (a timeline's zoom or
 * brush, a range picker). Only on user action.
 */
export interface SlaRangeChangeDetail extends TimeRange {
  /** The agreement the range belongs to, when the element shows one. */
  readonly agreement?: string;
}

/** Sort direction of {@link SlaSortChangeDetail}. */
export type SortDirection = 'ascending' | 'descending';

/**
 * Detail of `sla-sort-change`: the reader changed the order of a list or table (a portfolio
 * column header). `key` names the column as in the element's `sort` attribute. Only on user action.
 */
export interface SlaSortChangeDetail {
  readonly key: string;
  readonly direction: SortDirection;
}

/**
 * Detail of `sla-filter-change`: the reader changed which rows a list shows (a portfolio's status
 * filter or search). `status` is empty when every status is shown. Only on user action.
 */
export interface SlaFilterChangeDetail {
  readonly status: readonly string[];
  readonly search: string;
}

export type SlaErrorEvent = CustomEvent<SlaErrorDetail>;
export type SlaLoadEvent = CustomEvent<SlaLoadDetail>;
export type SlaSelectEvent = CustomEvent<SlaSelectDetail>;
export type SlaRangeChangeEvent = CustomEvent<SlaRangeChangeDetail>;
export type SlaSortChangeEvent = CustomEvent<SlaSortChangeDetail>;
export type SlaFilterChangeEvent = CustomEvent<SlaFilterChangeDetail>;

/** The kit's events by name (in `HTMLElementEventMap` and `DocumentEventMap`). */
export interface SlaEventMap {
  /** A new, valid feed is shown, or (`detail.unchanged`) the shown one is current again after `sla-error`. */
  'sla-load': SlaLoadEvent;
  /** Loading or validating failed; the last good data (if any) stays on screen, marked stale. */
  'sla-error': SlaErrorEvent;
  /** The reader selected a customer, agreement, objective, service, period or breach (click or keyboard). */
  'sla-select': SlaSelectEvent;
  /** The reader changed the visible time span. */
  'sla-range-change': SlaRangeChangeEvent;
  /** The reader changed the sort order. */
  'sla-sort-change': SlaSortChangeEvent;
  /** The reader changed the status filter or the search text. */
  'sla-filter-change': SlaFilterChangeEvent;
}

declare global {
  // Typed on elements and on `document` (the events are composed: a portal may listen there).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends SlaEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends SlaEventMap {}
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

/** Creates an `sla-range-change` event (bubbles, composed). */
export function slaRangeChangeEvent(detail: SlaRangeChangeDetail): SlaRangeChangeEvent {
  return new CustomEvent('sla-range-change', { ...INIT, detail });
}

/** Creates an `sla-sort-change` event (bubbles, composed). */
export function slaSortChangeEvent(detail: SlaSortChangeDetail): SlaSortChangeEvent {
  return new CustomEvent('sla-sort-change', { ...INIT, detail });
}

/** Creates an `sla-filter-change` event (bubbles, composed). */
export function slaFilterChangeEvent(detail: SlaFilterChangeDetail): SlaFilterChangeEvent {
  return new CustomEvent('sla-filter-change', { ...INIT, detail });
}
