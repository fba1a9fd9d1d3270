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
import type { SchemaCheck } from './schema-pass.js';
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
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [issue('', `The feed could not be read: ${message}`, 'invalid')] };
  }
}

function parseChecked(input: unknown, caps: FeedLimits, check: SchemaCheck): ParseResult {
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

  const schema = check(raw, caps.maxStringLength, caps.maxIssues);
  if (!schema.ok) return schema;
  const { feed } = schema;

  const sink = new IssueSink(caps.maxIssues);
  let truncated = false;
  try {
    checkRules(
      new RuleContext(feed, raw, sink, schema.mayHaveUnknownFields ? schema.schema : undefined),
    );
  } catch (error) {
    if (error !== ENOUGH) throw error;
    truncated = true;
  }
  const errors = sink.list.filter((p) => p.severity === 'error');
  if (errors.length)
    return {
      ok: false,
      issues: errors.slice(0, caps.maxIssues),
      ...(truncated ? { truncated } : {}),
    };
  normalise(feed);
  return { ok: true, feed, warnings: sink.list.slice(0, caps.maxIssues) };
}

function fail(one: FeedIssue): ParseResult {
  return { ok: false, issues: [one] };
}
