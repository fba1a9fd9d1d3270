/**
 * `parseFeed`: unknown input -> a typed, normalised feed, or the list of issues that reject it.
 * It never throws. Order of work, cheapest rejection first, each step in a module of its own:
 * size cap and JSON syntax (json-text.ts), schema version, list caps and dangling references
 * (caps.ts), schema (schema-pass.ts), the rules across records (rules/), normalisation
 * (normalise.ts).
 */
import { checkListCaps, danglingAgreementReferences } from './caps.js';
import { ENOUGH, issue, isRecord, IssueSink, own, shown } from './issues.js';
import { parseJsonText, utf8Length } from './json-text.js';
import { DEFAULT_LIMITS, type FeedLimits } from './limits.js';
import { normalise } from './normalise.js';
import { checkRules, RuleContext } from './rules/index.js';
import { SUPPORTED_SCHEMA_VERSIONS } from './schema-checks.js';
import type { SchemaCheck, SchemaPassed } from './schema-pass.js';
import type { Feed, FeedIssue, ParseResult } from './types.js';

export { formatPath } from './issues.js';
export { lineColumn, parseJsonText } from './json-text.js';
export { isSafeLink } from './safe-link.js';

const parsedFeeds = new WeakSet<object>();

/** True when `value` is a feed returned by `parseFeed` (validated and normalised). */
export function isParsedFeed(value: unknown): value is Feed {
  return typeof value === 'object' && value !== null && parsedFeeds.has(value);
}

/**
 * Marks a feed validated and normalised by {@link parseFeed} in another realm (a Web Worker) and
 * passed here by structured clone as parsed, so handing it on costs nothing. Internal to the kit's
 * loader: it is not exported from the feed entry point.
 */
export function adoptParsedFeed(feed: Feed): Feed {
  parsedFeeds.add(feed);
  return feed;
}

/**
 * `parseFeed` (parse-feed.ts) with a given schema pass: the full one (schema-pass.ts) there, the
 * elements' one, which leaves valibot out until a feed needs it, in parse-lazy.ts. This module
 * does not import the schema pass itself, so that a bundle of the elements can leave it out.
 */
export function parseFeedWith(
  input: unknown,
  limits: Partial<FeedLimits>,
  check: SchemaCheck,
): ParseResult {
  // A feed this function produced is already valid and normalised: hand it back as it is.
  if (isParsedFeed(input)) return { ok: true, feed: input, warnings: [] };
  const caps: FeedLimits = { ...DEFAULT_LIMITS, ...limits };
  try {
    const result = parseChecked(input, caps, check);
    if (result.ok) parsedFeeds.add(result.feed);
    return result;
  } catch (error) {
    // Defensive: nothing above should throw, but a hostile object (getters, proxies) might.
    return unreadable(error);
  }
}

/** The answer for an input whose reading threw (a hostile object: getters, proxies). */
export function unreadable(error: unknown): ParseResult {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, issues: [issue('', `The feed could not be read: ${message}`, 'invalid')] };
}

function parseChecked(input: unknown, caps: FeedLimits, check: SchemaCheck): ParseResult {
  const read = readFeedInput(input, caps);
  if (!read.ok) return read;
  const { raw } = read;
  const early = checkBeforeSchema(raw, caps);
  if (early) return early;
  const schema = check(raw, caps.maxStringLength, caps.maxIssues);
  if (!schema.ok) return schema;
  return checkAfterSchema(schema, raw, caps).result;
}

/** The raw feed of an input: JSON text parsed (within `maxBytes`), or the value itself. */
export function readFeedInput(
  input: unknown,
  caps: FeedLimits,
): { ok: true; raw: Record<string, unknown> } | { ok: false; issues: FeedIssue[] } {
  let raw = input;
  if (typeof input === 'string') {
    const bytes = utf8Length(input, caps.maxBytes);
    if (bytes > caps.maxBytes) {
      return fail(
        issue(
          '',
          `The feed is larger than the limit of ${caps.maxBytes} bytes. Split it, or raise maxBytes.`,
          'too-large',
        ),
      );
    }
    const json = parseJsonText(input);
    if (!json.ok) return fail(json.issue);
    raw = json.value;
  }
  if (!isRecord(raw)) {
    return fail(
      issue(
        '',
        'The feed must be a JSON object with schemaVersion, provider and agreements.',
        'invalid',
      ),
    );
  }
  return { ok: true, raw };
}

/** The checks before the schema: schema version, list caps, dangling agreement references. */
export function checkBeforeSchema(
  raw: Record<string, unknown>,
  caps: FeedLimits,
): (ParseResult & { ok: false }) | undefined {
  const version = own(raw, 'schemaVersion');
  if (version === undefined) {
    return fail(
      issue(
        'schemaVersion',
        `is missing: this kit reads feed schema version ${SUPPORTED_SCHEMA_VERSIONS.join(', ')}.`,
        'schema-version',
      ),
    );
  }
  if (!(SUPPORTED_SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
    return fail(
      issue(
        'schemaVersion',
        `is ${shown(version)}, but this version of sla-kit reads feed schema version ${SUPPORTED_SCHEMA_VERSIONS.join(', ')} only. Publish a version-1 feed or upgrade sla-kit.`,
        'schema-version',
      ),
    );
  }
  const capIssues = checkListCaps(raw, caps);
  if (capIssues.length) return { ok: false, issues: capIssues };

  const dangling = danglingAgreementReferences(raw, caps.maxIssues);
  if (dangling) return { ok: false, issues: dangling, truncated: true };
  return undefined;
}

/**
 * The rules across records and normalisation, on a feed that passed the schema. `sink` is
 * returned too: whoever reuses records of this feed later needs to know which were repaired.
 */
export function checkAfterSchema(
  schema: SchemaPassed,
  raw: Record<string, unknown>,
  caps: FeedLimits,
  reused?: ReadonlyMap<string, Uint8Array>,
): { result: ParseResult; sink: IssueSink } {
  const { feed } = schema;
  const sink = new IssueSink(caps.maxIssues);
  let truncated = false;
  try {
    const unknownFields = schema.mayHaveUnknownFields ? schema.schema : undefined;
    checkRules(new RuleContext(feed, raw, sink, unknownFields, reused));
  } catch (error) {
    if (error !== ENOUGH) throw error;
    truncated = true;
  }
  const errors = sink.list.filter((p) => p.severity === 'error');
  if (errors.length)
    return {
      result: {
        ok: false,
        issues: errors.slice(0, caps.maxIssues),
        ...(truncated ? { truncated } : {}),
      },
      sink,
    };
  normalise(feed);
  return { result: { ok: true, feed, warnings: sink.list.slice(0, caps.maxIssues) }, sink };
}

/** Registers a feed as produced here (see {@link isParsedFeed}). */
export function markParsed(feed: Feed): void {
  parsedFeeds.add(feed);
}

function fail(one: FeedIssue): { ok: false; issues: FeedIssue[] } {
  return { ok: false, issues: [one] };
}
