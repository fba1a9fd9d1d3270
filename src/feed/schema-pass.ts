/**
 * The schema pass: a feed is checked against the valibot schema (schema.ts) through its compiled
 * fast path (fast.ts); only a feed the fast path rejects pays for valibot's own pass, which words
 * the issues, record by record and stopping at `maxIssues`.
 */
import * as v from 'valibot';
import { compileChecker, FAIL, lastRunSawUnknownField, type Checker } from './fast.js';
import { closestField, knownFieldsAt } from './fields.js';
import { formatPath, issue, own } from './issues.js';
import { DEFAULT_LIMITS } from './limits.js';
import { buildFeedSchema, FeedSchema, type FeedOutput } from './schema.js';
import type { FeedIssue } from './types.js';

interface CompiledSchema {
  readonly maxText: number;
  readonly schema: typeof FeedSchema;
  /** Fast path for valid feeds (see fast.ts); compiled on first use. */
  fast?: Checker;
  /** The top-level lists, each with its item schema and fast checker, for wording issues. */
  lists?: readonly ListSchema[];
}
interface ListSchema {
  readonly key: string;
  readonly item: v.GenericSchema;
  readonly fast: Checker;
}
let cachedSchema: CompiledSchema = { maxText: DEFAULT_LIMITS.maxStringLength, schema: FeedSchema };
function schemaFor(maxText: number): CompiledSchema {
  if (cachedSchema.maxText !== maxText)
    cachedSchema = { maxText, schema: buildFeedSchema(maxText) };
  return cachedSchema;
}

/** A feed that passed the schema, and whether it carried fields the schema does not name. */
export interface SchemaPassed {
  readonly ok: true;
  readonly feed: FeedOutput;
  /** The schema it was checked against (for wording unknown-field warnings). */
  readonly schema: typeof FeedSchema;
  /** True when the feed may hold unknown fields (the fast path counted more keys than it knows). */
  readonly mayHaveUnknownFields: boolean;
}
export type SchemaRejected = { ok: false; issues: FeedIssue[]; truncated?: true };

/**
 * Checks `raw` against the feed schema (text fields capped at `maxStringLength`), reporting at
 * most `maxIssues` issues.
 */
export function checkSchema(
  raw: Record<string, unknown>,
  maxStringLength: number,
  maxIssues: number,
): SchemaPassed | SchemaRejected {
  const compiled = schemaFor(maxStringLength);
  compiled.fast ??= compileChecker(compiled.schema);
  const fast = compiled.fast(raw);
  // Only a feed the fast path rejects pays for valibot's second pass, which words the issues.
  let feed: FeedOutput;
  if (fast !== FAIL) feed = fast as FeedOutput;
  else {
    const rejected = schemaIssues(compiled, raw, maxIssues);
    if (rejected) return rejected;
    // The fast path is stricter than valibot, never laxer; should they ever differ, valibot wins.
    const result = v.safeParse(compiled.schema, raw, { abortPipeEarly: true });
    if (!result.success) return schemaIssues(compiled, raw, maxIssues, true)!;
    feed = result.output;
  }
  // Unknown fields are looked for only when the fast path counted more keys than it knows.
  return {
    ok: true,
    feed,
    schema: compiled.schema,
    mayHaveUnknownFields: fast === FAIL || lastRunSawUnknownField(),
  };
}

/**
 * The compiled fast checkers of the whole feed and of one record of each top-level list, for
 * re-checking only the records of a feed that changed (incremental.ts). The list checkers say, as
 * the whole-feed one does, through `lastRunSawUnknownField` whether their last record had a field
 * the schema does not name.
 */
export function fastCheckers(maxStringLength: number): {
  readonly feed: Checker;
  readonly lists: readonly { readonly key: string; readonly fast: Checker }[];
  readonly schema: typeof FeedSchema;
} {
  const compiled = schemaFor(maxStringLength);
  compiled.fast ??= compileChecker(compiled.schema);
  return { feed: compiled.fast, lists: listSchemas(compiled), schema: compiled.schema };
}

function listSchemas(compiled: CompiledSchema): readonly ListSchema[] {
  if (compiled.lists) return compiled.lists;
  const entries = (compiled.schema as unknown as { entries: Record<string, SchemaLike> }).entries;
  const lists: ListSchema[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    const list = entry.type === 'optional' ? entry.wrapped : entry;
    if (list?.type !== 'array' || list.pipe || !list.item) continue;
    lists.push({ key, item: list.item, fast: compileChecker(list.item) });
  }
  return (compiled.lists = lists);
}
interface SchemaLike {
  type: string;
  wrapped?: SchemaLike;
  item?: SchemaLike & v.GenericSchema;
  pipe?: unknown;
}

/**
 * The schema issues of a feed the fast path rejected, in valibot's words and order, stopping at
 * `max`: the top-level fields first, then the big lists record by record, where each record is
 * run through the fast path first and through valibot only when it fails. So a feed with 200,000
 * bad breaches costs `max` valibot runs, not 200,000. `undefined` when there is no issue (then the
 * whole feed goes through valibot once more). `whole` words the issues of the whole feed at once.
 */
function schemaIssues(
  compiled: CompiledSchema,
  raw: Record<string, unknown>,
  max: number,
  whole = false,
): { ok: false; issues: FeedIssue[]; truncated?: true } | undefined {
  const issues: FeedIssue[] = [];
  const seen = new Set<string>();
  const add = (found: readonly v.BaseIssue<unknown>[], prefix: (string | number)[]): boolean => {
    for (const i of found) {
      const keys = [...prefix, ...(i.path ?? []).map((p) => p.key as string | number)];
      const one = issue(formatPath(keys), schemaMessage(compiled, raw, i, keys), 'invalid');
      const key = `${one.path}\u0000${one.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(one);
      if (issues.length >= max) return true;
    }
    return false;
  };
  const done = (
    truncated: boolean,
  ): { ok: false; issues: FeedIssue[]; truncated?: true } | undefined =>
    issues.length
      ? { ok: false as const, issues, ...(truncated ? { truncated: true as const } : {}) }
      : undefined;
  const options = { abortPipeEarly: true };
  if (whole) {
    const result = v.safeParse(compiled.schema, raw, options);
    if (!result.success) add(result.issues, []);
    return done(issues.length >= max);
  }
  const lists = listSchemas(compiled);
  const top: Record<string, unknown> = { ...raw };
  for (const { key } of lists) if (Array.isArray(own(raw, key))) top[key] = [];
  const head = v.safeParse(compiled.schema, top, options);
  if (!head.success && add(head.issues, [])) return done(true);
  for (const { key, item, fast } of lists) {
    const list = own(raw, key);
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const record: unknown = list[i];
      if (fast(record) !== FAIL) continue;
      const result = v.safeParse(item, record, options);
      if (!result.success && add(result.issues, [key, i])) return done(true);
    }
  }
  return done(false);
}

/** valibot's message, said plainly where it is terse, with a hint when a missing field is a typo. */
function schemaMessage(
  compiled: CompiledSchema,
  raw: unknown,
  found: v.BaseIssue<unknown>,
  keys: readonly (string | number)[],
): string {
  const last = found.path?.[found.path.length - 1];
  // valibot words a missing required field "Invalid key: Expected ..."; say it plainly.
  if (last?.origin === 'key') {
    const missing = String(last.key);
    let parent: unknown = raw;
    for (const k of keys.slice(0, -1))
      parent = (parent as Record<string, unknown> | undefined)?.[k];
    const known = knownFieldsAt(compiled.schema, keys.slice(0, -1));
    const typo =
      parent && typeof parent === 'object'
        ? Object.keys(parent).find((k) => !known.includes(k) && closestField(k, known) === missing)
        : undefined;
    return typo === undefined
      ? 'is required but missing'
      : `is required but missing: the feed has ${JSON.stringify(typo)} here; did you mean "${missing}"?`;
  }
  if (typeof found.input === 'number' && !Number.isFinite(found.input))
    return 'is not a finite number (1e400 and the like are beyond the range of numbers).';
  return found.message;
}
