/**
 * Parsing one source again and again (a `.feed` that is refreshed, a polled `src`): a parser that
 * remembers the last feed it produced, and on the next input
 *
 * - hands back the same result (the same feed object) when the input is equal to the last one:
 *   the same text, or JSON-equal raw data; that costs the comparison only;
 * - otherwise checks only the records of the big lists (customers, services, agreements, periods,
 *   breaches, maintenance) that changed: a record JSON-equal to the previous record at the same
 *   place, or of the same id (periods: agreement, objective and start), reuses the previous
 *   normalised record, the same object. The rules across records (rules/) and the sort
 *   (normalise.ts) still run on the whole feed, so the issues are exactly those of a full parse.
 *
 * Records whose link was dropped (the one repair the rules make in place) are never reused, and
 * when the warnings were cut off at `maxIssues` (so repairs may be unlisted) nothing is.
 *
 * Raw objects handed in are compared by content, but a record that is the very same object as in
 * the previous input is taken as unchanged: replace a record to change it, never mutate it in
 * place (as with any Lit property).
 */
import { FAIL } from './schema-check-kit.js';
import {
  checkRecord,
  LIST_CHECKERS,
  checkFeedSchema,
  lastCheckSawUnknownField,
} from './schema-check.generated.js';
import { own } from './issues.js';
import { DEFAULT_LIMITS, type FeedLimits } from './limits.js';
import {
  checkAfterSchema,
  checkBeforeSchema,
  isParsedFeed,
  markParsed,
  readFeedInput,
  unreadable,
} from './parse.js';
import type { SchemaCheck, SchemaPassed } from './schema-pass.js';
import type { FeedOutput } from './schema.js';
import type { ParseResult } from './types.js';

/** What the last {@link FeedParser.parse} did (for tests and benchmarks). */
export interface ParseStats {
  /** The input equalled the previous one: its result was handed back. */
  readonly unchanged: boolean;
  /** Records of the big lists checked anew. */
  readonly checked: number;
  /** Records of the big lists whose previous normalised record was reused. */
  readonly reused: number;
}

export interface FeedParser {
  /** Like `parseFeed`, reusing what it can of the last feed this parser produced. */
  readonly parse: (input: unknown) => ParseResult;
  readonly stats: ParseStats;
}

/** One big list of the last feed: its raw records and their results, by raw position. */
interface ListMemo {
  readonly raw: readonly unknown[];
  readonly out: readonly unknown[];
  /** Per record: 1 when it held a field the schema does not name. */
  readonly unknown: Uint8Array;
  /** Per record: 1 when its result may be reused (its link was not dropped). */
  readonly reusable: Uint8Array;
  /** Record key -> position, built on first need. */
  byKey?: Map<string, number>;
}

interface Memo {
  text: string | undefined;
  readonly raw: Record<string, unknown>;
  readonly result: ParseResult & { ok: true };
  /** `undefined`: no record of the last feed may be reused. */
  readonly lists: ReadonlyMap<string, ListMemo> | undefined;
}

/**
 * A parser for one source (see the module comment). `limits` as for `parseFeed`; `check` is the
 * schema pass of a feed that cannot be checked record by record (the first one, or one whose
 * changed records fail or hold unknown fields): the full one (schema-pass.ts, `createFeedParser`
 * in incremental.ts) or the elements' lazy one (parse-lazy.ts). Records are re-checked with the
 * checkers generated at build time, so this module needs no valibot.
 */
export function createFeedParserWith(limits: Partial<FeedLimits>, check: SchemaCheck): FeedParser {
  const caps: FeedLimits = { ...DEFAULT_LIMITS, ...limits };
  let memo: Memo | undefined;
  let stats: ParseStats = { unchanged: false, checked: 0, reused: 0 };

  const run = (input: unknown): ParseResult => {
    if (memo && typeof input === 'string' && memo.text === input) {
      stats = { unchanged: true, checked: 0, reused: 0 };
      return memo.result;
    }
    stats = { unchanged: false, checked: 0, reused: 0 };
    const read = readFeedInput(input, caps);
    if (!read.ok) return read;
    const { raw } = read;
    const text = typeof input === 'string' ? input : undefined;
    if (memo && sameJson(raw, memo.raw)) {
      memo.text = text;
      stats = { unchanged: true, checked: 0, reused: 0 };
      return memo.result;
    }
    const early = checkBeforeSchema(raw, caps);
    if (early) return early;
    const counts = { checked: 0, reused: 0 };
    const changed = memo?.lists && checkChangedRecords(raw, memo.lists, caps, counts);
    const schema = changed || check(raw, caps.maxStringLength, caps.maxIssues);
    if (!schema.ok) return schema;
    stats = { unchanged: false, ...counts };
    // The lists as checked, by raw position (normalising sorts the feed's own lists in place).
    const lists = captureLists(raw, schema);
    const { result, sink } = checkAfterSchema(
      schema,
      raw,
      caps,
      changed ? changed.reused : undefined,
    );
    if (!result.ok) return result;
    markParsed(result.feed);
    if (lists && !sink.warningsFull) markRepaired(lists, result.warnings);
    memo = { text, raw, result, lists: sink.warningsFull ? undefined : lists };
    return result;
  };

  return {
    parse: (input: unknown): ParseResult => {
      if (isParsedFeed(input)) return { ok: true, feed: input, warnings: [] };
      try {
        return run(input);
      } catch (error) {
        return unreadable(error);
      }
    },
    get stats() {
      return stats;
    },
  };
}

/**
 * The schema pass for a feed following `previous`: the top level is checked with its big lists
 * empty, then each record that is not equal to one of the previous feed. `undefined` when a record
 * fails (the full pass then words the issues).
 */
function checkChangedRecords(
  raw: Record<string, unknown>,
  previous: ReadonlyMap<string, ListMemo>,
  caps: FeedLimits,
  counts: { checked: number; reused: number },
):
  | (SchemaPassed & { unknown: Map<string, Uint8Array>; reused: Map<string, Uint8Array> })
  | undefined {
  const max = caps.maxStringLength;
  const top: Record<string, unknown> = { ...raw };
  for (const [key] of LIST_CHECKERS) if (Array.isArray(own(raw, key))) top[key] = [];
  const head = checkFeedSchema(top, max);
  // Unknown fields are worded by the full schema pass: such a feed goes through `check`.
  if (head === FAIL || lastCheckSawUnknownField()) return undefined;
  const feed = head as Record<string, unknown>;
  const unknown = new Map<string, Uint8Array>();
  const reused = new Map<string, Uint8Array>();
  for (const [key, fast] of LIST_CHECKERS) {
    const list = own(raw, key);
    if (!Array.isArray(list)) continue;
    const before = previous.get(key);
    const n = list.length;
    const out = new Array<unknown>(n);
    const flags = new Uint8Array(n);
    const kept = new Uint8Array(n);
    const taken = before ? new Uint8Array(before.out.length) : undefined;
    for (let i = 0; i < n; i++) {
      const record: unknown = list[i];
      const j = before ? match(before, taken!, record, i) : -1;
      if (j >= 0) {
        taken![j] = 1;
        out[i] = before!.out[j];
        flags[i] = before!.unknown[j]!;
        kept[i] = 1;
        counts.reused++;
      } else {
        const checked = checkRecord(fast, record, max);
        if (checked === FAIL || lastCheckSawUnknownField()) return undefined;
        out[i] = checked;
        counts.checked++;
      }
      // A reused record with unknown fields: the full pass words them.
      if (flags[i]) return undefined;
    }
    feed[key] = out;
    unknown.set(key, flags);
    reused.set(key, kept);
  }
  return {
    ok: true,
    feed: feed as unknown as FeedOutput,
    mayHaveUnknownFields: false,
    unknown,
    reused,
  };
}

/** The position in `before` of a record equal to `record`, preferring position `i`; else -1. */
function match(before: ListMemo, taken: Uint8Array, record: unknown, i: number): number {
  if (i < before.raw.length && !taken[i] && before.reusable[i] && sameJson(record, before.raw[i]))
    return i;
  const key = recordKey(record);
  if (key === undefined) return -1;
  if (!before.byKey) {
    const byKey = new Map<string, number>();
    for (let k = 0; k < before.raw.length; k++) {
      const other = recordKey(before.raw[k]);
      if (other !== undefined && !byKey.has(other)) byKey.set(other, k);
    }
    before.byKey = byKey;
  }
  const j = before.byKey.get(key);
  if (j === undefined || j === i || taken[j] || !before.reusable[j]) return -1;
  return sameJson(record, before.raw[j]) ? j : -1;
}

/** A record's id, or for a period its agreement, objective and start; `undefined` when absent. */
function recordKey(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const r = record as Record<string, unknown>;
  if (typeof r.id === 'string') return r.id;
  const { agreementId, objectiveId, start } = r;
  if (
    typeof agreementId === 'string' &&
    typeof objectiveId === 'string' &&
    typeof start === 'string'
  )
    return `${agreementId}\u0000${objectiveId}\u0000${start}`;
  return undefined;
}

/** The big lists of a feed that passed the schema, by raw position, before normalising. */
function captureLists(
  raw: Record<string, unknown>,
  schema: SchemaPassed & { unknown?: Map<string, Uint8Array> },
): Map<string, ListMemo> {
  const lists = new Map<string, ListMemo>();
  const feed = schema.feed as unknown as Record<string, unknown>;
  for (const [key] of LIST_CHECKERS) {
    const list = own(raw, key);
    const out = feed[key];
    if (!Array.isArray(list) || !Array.isArray(out) || out.length !== list.length) continue;
    let unknown = schema.unknown?.get(key);
    // After a full pass the fields are not known record by record: assume any may have some.
    if (!unknown) unknown = new Uint8Array(list.length).fill(schema.mayHaveUnknownFields ? 1 : 0);
    lists.set(key, {
      raw: list,
      out: out.slice(),
      unknown,
      reusable: new Uint8Array(list.length).fill(1),
    });
  }
  return lists;
}

const RECORD_PATH = /^([a-z]+)\[(\d+)\]/;

/** Records whose link the rules dropped (reported as `unsafe-link`) must be checked again. */
function markRepaired(
  lists: ReadonlyMap<string, ListMemo>,
  warnings: readonly { readonly code: string; readonly path: string }[],
): void {
  for (const w of warnings) {
    if (w.code !== 'unsafe-link') continue;
    const m = RECORD_PATH.exec(w.path);
    const list = m ? lists.get(m[1]!) : undefined;
    if (list) list.reusable[Number(m![2])] = 0;
  }
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const objectProto = Object.prototype;

/**
 * Structural equality of JSON data: same primitives (`===`), arrays of equal items, plain objects
 * with the same own keys and equal values (in any key order). Anything else (a Date, a class
 * instance, NaN) is unequal to all but itself, which only costs a new check.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const pa: unknown = Object.getPrototypeOf(a);
  const pb: unknown = Object.getPrototypeOf(b);
  if ((pa !== objectProto && pa !== null) || (pb !== objectProto && pb !== null)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (!hasOwn(x, key)) continue;
    if (!hasOwn(y, key) || !sameJson(x[key], y[key])) return false;
    count++;
  }
  for (const key in y) if (hasOwn(y, key)) count--;
  return count === 0;
}
