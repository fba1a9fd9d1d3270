/**
 * The pieces the generated checker (schema-check.generated.ts) is built of: each returns a
 * closure that gives the checked output of a value, or {@link FAIL} at the first problem, with
 * the semantics of valibot's schema and action of the same name (abortPipeEarly) as fast.ts
 * compiles them. Written once here so that the generated module is a short list of calls.
 */
/** Returned instead of an output when the value fails any check. */
export const FAIL: unique symbol = Symbol('fail');
export type Checker = (value: unknown) => unknown;

let maxText = 0;
let sawUnknownKey = false;

/** Runs `root` with texts capped at `cap` (the caller's `maxStringLength`). */
export function run(root: Checker, value: unknown, cap: number): unknown {
  maxText = cap;
  sawUnknownKey = false;
  return root(value);
}

/** True when the last run met a field its schema does not name. */
export function sawUnknownField(): boolean {
  return sawUnknownKey;
}

export const str: Checker = (v) => (typeof v === 'string' ? v : FAIL);
export const num: Checker = (v) => (typeof v === 'number' && !Number.isNaN(v) ? v : FAIL);
export const bool: Checker = (v) => (typeof v === 'boolean' ? v : FAIL);

export const literal =
  (literal: unknown): Checker =>
  (v) =>
    v === literal ? v : FAIL;

export const picklist =
  (options: readonly unknown[]): Checker =>
  (v) =>
    options.includes(v) ? v : FAIL;

/** valibot's optional (empty `undefined`) or nullable (`null`), with a default when given. */
export function maybe(empty: undefined | null, wrapped: Checker, fallback?: unknown): Checker {
  if (fallback === undefined) return (v) => (v === empty ? v : wrapped(v));
  if (typeof fallback !== 'object' || fallback === null)
    return (v) => wrapped(v === empty ? fallback : v);
  // An object or list default: a fresh copy each time (the checks copy lists and objects anyway).
  const json = JSON.stringify(fallback);
  return (v) => wrapped(v === empty ? JSON.parse(json) : v);
}

export const array =
  (item: Checker): Checker =>
  (v) => {
    if (!Array.isArray(v)) return FAIL;
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const r = item(v[i]);
      if (r === FAIL) return FAIL;
      out[i] = r;
    }
    return out;
  };

/** How an object treats a missing key: 0 fails, 1 leaves it out, 2 runs the entry (its default). */
export type Missing = 0 | 1 | 2;

export function object(entries: readonly (readonly [string, Checker, Missing])[]): Checker {
  return (v) => {
    if (!v || typeof v !== 'object') return FAIL;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let known = 0;
    for (let i = 0; i < entries.length; i++) {
      const [key, check, missing] = entries[i]!;
      let r: unknown;
      if (key in input) {
        known++;
        r = check(input[key]);
      } else if (missing === 2) r = check(undefined);
      else if (missing === 0) return FAIL;
      else continue;
      if (r === FAIL) return FAIL;
      out[key] = r;
    }
    if (!sawUnknownKey) {
      // More own keys than known ones present: some key is unknown (a typo, or a newer field).
      let keys = 0;
      for (const key in input) if (Object.prototype.hasOwnProperty.call(input, key)) keys++;
      if (keys > known) sawUnknownKey = true;
    }
    return out;
  };
}

/** The first option whose discriminator matches and which passes as a whole. */
export function variant(key: string, options: readonly (readonly [Checker, Checker])[]): Checker {
  return (v) => {
    if (!v || typeof v !== 'object' || !(key in v)) return FAIL;
    const tag = (v as Record<string, unknown>)[key];
    for (const [discriminator, check] of options) {
      if (discriminator(tag) === FAIL) continue;
      const r = check(v);
      if (r !== FAIL) return r;
    }
    return FAIL;
  };
}

/** The first option that passes. */
export const union =
  (options: readonly Checker[]): Checker =>
  (v) => {
    for (const option of options) {
      const r = option(v);
      if (r !== FAIL) return r;
    }
    return FAIL;
  };

/** A schema, then its actions in order; each gets the previous one's output. */
export const pipe =
  (...steps: Checker[]): Checker =>
  (v) => {
    for (let i = 0; i < steps.length; i++) {
      v = steps[i]!(v);
      if (v === FAIL) return FAIL;
    }
    return v;
  };

export const minLength =
  (n: number): Checker =>
  (v) =>
    (v as { length: number }).length >= n ? v : FAIL;
export const maxLength =
  (n: number): Checker =>
  (v) =>
    (v as { length: number }).length <= n ? v : FAIL;
/** The caller's text cap. */
export const maxTextLength: Checker = (v) =>
  (v as { length: number }).length <= maxText ? v : FAIL;
export const regex =
  (re: RegExp): Checker =>
  (v) =>
    re.test(v as string) ? v : FAIL;
export const finite: Checker = (v) => (Number.isFinite(v) ? v : FAIL);
export const integer: Checker = (v) => (Number.isInteger(v) ? v : FAIL);
export const minValue =
  (n: number): Checker =>
  (v) =>
    (v as number) >= n ? v : FAIL;
export const maxValue =
  (n: number): Checker =>
  (v) =>
    (v as number) <= n ? v : FAIL;
export const check =
  (test: (value: never) => boolean): Checker =>
  (v) =>
    test(v as never) ? v : FAIL;
export const transform =
  (operation: (value: never) => unknown): Checker =>
  (v) =>
    operation(v as never);
/** An open vocabulary: a known value stays, any other text becomes `'unknown'`. */
export function openEnum(known: readonly string[]): Checker {
  const set = new Set<unknown>(known);
  return (v) => (set.has(v) ? v : 'unknown');
}
