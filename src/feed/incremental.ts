/**
 * `createFeedParser`: a parser for one source that reuses what it can of the last feed it
 * produced (see incremental-core.ts), with the full schema pass of `parseFeed`.
 */
import { createFeedParserWith, type FeedParser } from './incremental-core.js';
import type { FeedLimits } from './limits.js';
import { checkSchema } from './schema-pass.js';

export { sameJson, type FeedParser, type ParseStats } from './incremental-core.js';

/** A parser for one source; `limits` as for `parseFeed`. */
export function createFeedParser(limits: Partial<FeedLimits> = {}): FeedParser {
  return createFeedParserWith(limits, checkSchema);
}
