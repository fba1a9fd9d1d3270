/**
 * `parseFeed`, the public one: parse.ts with the full schema pass (schema-pass.ts, valibot's
 * issues and paths) always at hand, so it answers at once for any feed. The elements use
 * parse-lazy.ts instead, which loads that pass only for a feed that needs it.
 */
import type { FeedLimits } from './limits.js';
import { parseFeedWith } from './parse.js';
import { checkSchema } from './schema-pass.js';
import type { ParseResult } from './types.js';

/**
 * Validates and normalises a feed. Accepts JSON text or an already parsed value.
 *
 * @param input JSON text or a parsed value (e.g. the `.feed` property of an element)
 * @param limits caps to override (see {@link FeedLimits} for defaults)
 * @returns `{ ok: true, feed, warnings }` or `{ ok: false, issues }`; never throws.
 */
export function parseFeed(input: unknown, limits: Partial<FeedLimits> = {}): ParseResult {
  return parseFeedWith(input, limits, checkSchema);
}
