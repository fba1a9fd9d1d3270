/**
 * Turns whatever was handed to an element (`.feed`, inline script text, a response body) into a
 * validated feed, parsing each distinct input once.
 *
 * - Feeds produced by `parseFeed` are recognised (it remembers them): handing one back (e.g. from
 *   context, or `b.feed = a.feedState.feed`) costs nothing and is never re-validated.
 * - Other objects are parsed once per object identity (WeakMap memo): assign a new object to change
 *   data, as with any Lit property.
 * - Text is parsed once per distinct text (the last few are remembered).
 * - A feed that needs the full schema pass while it loads gives a `PendingParse` (never
 *   remembered): parse again when its `pending` settles (feed/parse-lazy.ts).
 */
import type { FeedLimits, ParseResult } from '../../feed/index.js';
import { isParsedFeed } from '../../feed/parse.js';
import {
  isPendingParse,
  parseFeedLazy as parseFeed,
  type PendingParse,
} from '../../feed/parse-lazy.js';

const byObject = new WeakMap<object, ParseResult>();
const byText = new Map<string, ParseResult>();
const TEXT_MEMO = 4;
/** Texts longer than this are not memoised (they would pin megabytes). */
const TEXT_MEMO_MAX_LENGTH = 1_000_000;

/**
 * Validates a feed input: JSON text, a raw feed object, or a feed already validated here.
 * Never throws. Custom `limits` or `memo: false` bypass the memo (the feed is still registered).
 */
export function parseFeedInput(
  input: unknown,
  limits?: Partial<FeedLimits>,
  { memo = true }: { memo?: boolean } = {},
): ParseResult | PendingParse {
  if (isParsedFeed(input)) return { ok: true, feed: input, warnings: [] };
  if (limits || !memo) return parseFeed(input, limits);
  if (typeof input === 'string') {
    if (input.length > TEXT_MEMO_MAX_LENGTH) return parseFeed(input);
    const hit = byText.get(input);
    if (hit) return hit;
    const result = parseFeed(input);
    if (isPendingParse(result)) return result;
    byText.set(input, result);
    if (byText.size > TEXT_MEMO) byText.delete(byText.keys().next().value as string);
    return result;
  }
  if (typeof input === 'object' && input !== null) {
    const hit = byObject.get(input);
    if (hit) return hit;
    const result = parseFeed(input);
    if (!isPendingParse(result)) byObject.set(input, result);
    return result;
  }
  return parseFeed(input);
}
