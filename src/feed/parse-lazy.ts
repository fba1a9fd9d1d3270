/**
 * The elements' `parseFeed`: the same verdicts, issues and output, without valibot on the page
 * until a feed needs it. A feed that passes the checker generated from the schema at build time
 * (schema-check.generated.ts) and has no field the schema does not name is parsed at once, as by
 * `parseFeed`. Any other feed needs the full schema pass (schema-pass.ts: valibot's issues, paths,
 * "did you mean", unknown-field warnings), which loads on first use: the result is then
 * {@link PendingParse}, and parsing the same input again once `pending` settles gives the answer.
 * After that first load every feed is parsed at once.
 */
import { parseFeedWith } from './parse.js';
import { FAIL } from './schema-check-kit.js';
import { checkFeedSchema, lastCheckSawUnknownField } from './schema-check.generated.js';
import type { SchemaCheck, SchemaPassed } from './schema-pass.js';
import type { FeedLimits } from './limits.js';
import type { FeedOutput } from './schema.js';
import type { ParseResult } from './types.js';

/** A parse that has to wait for the full schema pass to load; parse again when it settles. */
export interface PendingParse {
  readonly ok: false;
  readonly issues: readonly [];
  readonly pending: Promise<void>;
}

let fullCheck: SchemaCheck | undefined;
let loading: Promise<void> | undefined;

/** Loads the full schema pass (valibot and the issue wording); settles when it is ready. */
export function loadFullValidator(): Promise<void> {
  loading ??= import('./schema-pass.js').then(
    (module) => {
      fullCheck = module.checkSchema;
    },
    (error: unknown) => {
      // A failed chunk load (network) may be retried by the next parse.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The load of the full schema pass while it is under way, else null. */
export function fullValidatorLoading(): Promise<void> | null {
  return loading && !fullCheck ? loading.catch(() => undefined) : null;
}

/** True for the result of a parse that waits for the full schema pass. */
export function isPendingParse(result: ParseResult | PendingParse): result is PendingParse {
  return 'pending' in result;
}

/** Valid feeds without unknown fields pass here; `undefined` calls for the full pass. */
function quickCheck(
  raw: Record<string, unknown>,
  maxStringLength: number,
): SchemaPassed | undefined {
  const feed = checkFeedSchema(raw, maxStringLength);
  if (feed === FAIL || lastCheckSawUnknownField()) return undefined;
  return { ok: true, feed: feed as FeedOutput, mayHaveUnknownFields: false };
}

/** Marks the answer of {@link lazySchemaCheck} for a feed that needs the full schema pass. */
const NEEDS_FULL = { ok: false as const, issues: [] };

/**
 * The elements' schema pass for code that takes one (the incremental parser): the full pass once
 * it has loaded, else the generated checker; a feed that needs the full pass gets a rejection
 * that {@link needsFullPass} recognises (and that must not be shown or remembered).
 */
export const lazySchemaCheck: SchemaCheck = (raw, maxStringLength, maxIssues) =>
  fullCheck
    ? fullCheck(raw, maxStringLength, maxIssues)
    : (quickCheck(raw, maxStringLength) ?? NEEDS_FULL);

/**
 * For a result of a parse with {@link lazySchemaCheck}: a {@link PendingParse} when the feed needs
 * the full schema pass (parse again once it settles), else the result itself.
 */
export function pendingIfNeedsFull(result: ParseResult): ParseResult | PendingParse {
  return result === (NEEDS_FULL as ParseResult)
    ? { ok: false, issues: [], pending: loadFullValidator() }
    : result;
}

/** `parseFeed(input, limits)`, or a {@link PendingParse} while the full schema pass loads. */
export function parseFeedLazy(
  input: unknown,
  limits: Partial<FeedLimits> = {},
): ParseResult | PendingParse {
  if (fullCheck) return parseFeedWith(input, limits, fullCheck);
  let needsFull = false;
  const result = parseFeedWith(input, limits, (raw, maxStringLength) => {
    const passed = quickCheck(raw, maxStringLength);
    if (passed) return passed;
    needsFull = true;
    return { ok: false, issues: [] };
  });
  if (!needsFull) return result;
  return { ok: false, issues: [], pending: loadFullValidator() };
}
