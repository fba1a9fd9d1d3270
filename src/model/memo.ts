/**
 * Memos across feeds. A refreshed feed keeps the normalised records that did not change (the
 * same objects, see src/feed/incremental.ts), so what the model derives from records can be kept
 * by their identities: an entry remembers the inputs it was computed from and is reused while
 * they are the same objects (or equal primitives). Entries hang off a record in a `WeakMap`, so
 * they go away with the feed.
 */

/** True when two input lists hold the same values (`Object.is`), item by item. */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * True when two objects have the same own keys with the same values (`Object.is`); arrays among
 * the values are compared item by item the same way. For small results recomputed from the same
 * inputs (a credit, a bonus), so whatever holds them can be kept.
 */
export function shallowSame(a: object | null, b: object | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(y, key)) return false;
    const u = x[key];
    const v = y[key];
    if (Object.is(u, v)) continue;
    if (!Array.isArray(u) || !Array.isArray(v) || !sameInputs(u, v)) return false;
  }
  return true;
}

/**
 * A memo keyed by an object: `get(owner, inputs, compute)` returns the value computed last for
 * `owner` when `inputs` are the same as then (and `keep`, when given, accepts it), else computes,
 * remembers and returns a new one.
 */
export class IdentityMemo<K extends object, V> {
  readonly #entries = new WeakMap<K, { readonly inputs: readonly unknown[]; readonly value: V }>();
  /** How many values were computed (for tests: what a refresh recomputed). */
  computed = 0;

  get(owner: K, inputs: readonly unknown[], compute: () => V, keep?: (value: V) => boolean): V {
    const entry = this.#entries.get(owner);
    if (entry && sameInputs(entry.inputs, inputs) && (!keep || keep(entry.value)))
      return entry.value;
    const value = compute();
    this.computed++;
    this.#entries.set(owner, { inputs, value });
    return value;
  }
}

/**
 * Like {@link IdentityMemo}, with one entry per owner and slot: for what one record gives in
 * several places (a breach's mark in each lane it shows in).
 */
type Entry<V> = { readonly inputs: readonly unknown[]; readonly value: V };

export class SlottedMemo<K extends object, V> {
  readonly #entries = new WeakMap<K, Map<string, Entry<V>>>();

  get(owner: K, slot: string, inputs: readonly unknown[], compute: () => V): V {
    let slots = this.#entries.get(owner);
    const entry = slots?.get(slot);
    if (entry && sameInputs(entry.inputs, inputs)) return entry.value;
    const value = compute();
    if (!slots) this.#entries.set(owner, (slots = new Map<string, Entry<V>>()));
    slots.set(slot, { inputs, value });
    return value;
  }
}
