/**
 * Turns whatever was handed to an element (`.feed`, inline script text, a response body) into a
 * validated feed, parsing each distinct input once.
 *
 * - Feeds produced by `parseFeed` are recognised (it remembers them): handing one back (e.g. from
 *   context, or `b.feed = a.feedState.feed`) costs nothing and is never re-validated.
 * - Other objects are parsed once per object identity (WeakMap memo): assign a new object to change
 *   data, as with any Lit property.
 * - Text is parsed once per distinct text (the last few are remembered).
 * - With a `source` (the element's feed controller), what that source gave last is remembered
 *   too (src/feed/incremental.ts): an input equal to it (JSON-equal data, the same long text)
 *   gives back the same feed, and a changed one re-checks only the records that changed, reusing
 *   the normalised records of the others (same objects, so the model's memos keep them).
 * - A feed that needs the full schema pass while it loads gives a `PendingParse` (never
 *   remembered): parse again when its `pending` settles (feed/parse-lazy.ts).
 */
import type { FeedLimits, ParseResult } from '../../feed/index.js';
import { createFeedParserWith, type FeedParser } from '../../feed/incremental-core.js';
import { isParsedFeed } from '../../feed/parse.js';
import {
  isPendingParse,
  lazySchemaCheck,
  parseFeedLazy as parseFeed,
  pendingIfNeedsFull,
  type PendingParse,
} from '../../feed/parse-lazy.js';

const byObject = new WeakMap<object, ParseResult>();
const byText = new Map<string, ParseResult>();
const TEXT_MEMO = 4;
/** Texts longer than this are not memoised (they would pin megabytes). */
const TEXT_MEMO_MAX_LENGTH = 1_000_000;

/**
 * Validates a feed input: JSON text, a raw feed object, or a feed already validated here.
 * Never throws. Custom `limits` or `memo: false` bypass the shared memos (the feed is still
 * registered); a `source` still compares with what it gave last.
 */
export function parseFeedInput(
  input: unknown,
  limits?: Partial<FeedLimits>,
  { memo = true, source }: { memo?: boolean; source?: object } = {},
): ParseResult | PendingParse {
  if (isParsedFeed(input)) return { ok: true, feed: input, warnings: [] };
  const parse = source
    ? (x: unknown): ParseResult | PendingParse =>
        pendingIfNeedsFull(parserOf(source, limits).parse(x))
    : (x: unknown): ParseResult | PendingParse => parseFeed(x, limits);
  if (limits || !memo) return parse(input);
  if (typeof input === 'string') {
    if (input.length > TEXT_MEMO_MAX_LENGTH) return parse(input);
    const hit = byText.get(input);
    if (hit) return hit;
    const result = parse(input);
    if (isPendingParse(result)) return result;
    byText.set(input, result);
    if (byText.size > TEXT_MEMO) byText.delete(byText.keys().next().value as string);
    return result;
  }
  if (typeof input === 'object' && input !== null) {
    const hit = byObject.get(input);
    if (hit) return hit;
    const result = parse(input);
    if (!isPendingParse(result)) byObject.set(input, result);
    return result;
  }
  return parse(input);
}

const parsers = new WeakMap<
  object,
  { readonly limits: Partial<FeedLimits> | undefined; readonly parser: FeedParser }
>();

/** The parser that remembers what `source` gave last (a new one when its limits change). */
function parserOf(source: object, limits: Partial<FeedLimits> | undefined): FeedParser {
  let entry = parsers.get(source);
  if (!entry || entry.limits !== limits) {
    entry = { limits, parser: createFeedParserWith(limits ?? {}, lazySchemaCheck) };
    parsers.set(source, entry);
  }
  return entry.parser;
}
