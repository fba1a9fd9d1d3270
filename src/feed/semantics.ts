/**
 * The rules the parser and the model must read the same way, in one leaf module (no runtime
 * imports) that both `feed` and `model` import:
 * - the decimal rule: two figures equal to {@link DECIMAL_PLACES} decimal places are equal;
 * - direction: what "worse" and "better" mean for a higher-is-better or lower-is-better objective;
 * - objective field inheritance: down an agreement chain, each field of an objective takes the
 *   value of the nearest agreement that sets it (a child that only sets `target` keeps everything
 *   else from its parent); `wording` merges per sentence.
 * `parseFeed` validates with these rules and the model computes with them, so a feed the parser
 * accepts means to the model what the parser checked.
 */
import type { Direction } from './types.js';

/** Decimal places a derived figure is kept to before it is compared. */
export const DECIMAL_PLACES = 10;

/** `x` rounded to {@link DECIMAL_PLACES} decimal places (NaN, infinities and huge values unchanged). */
export function decimal(x: number): number {
  if (x === 0 || !Number.isFinite(x) || Math.abs(x) >= 1e15) return x;
  return Number(x.toFixed(DECIMAL_PLACES)) || 0;
}

/** -1, 0 or 1: how `a` compares with `b` under the decimal rule. */
export function compareDecimal(a: number, b: number): number {
  if (a === b) return 0;
  // Rounding moves each side by at most half a unit of the 10th place: far apart keeps the order.
  const d = a - b;
  if (d > 2e-10) return 1;
  if (d < -2e-10) return -1;
  const x = decimal(a);
  const y = decimal(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * True when `value` is strictly worse than `threshold`. For higher-is-better this means
 * `value < threshold`; for lower-is-better `value > threshold`. A value exactly equal to the
 * threshold is NOT worse than it. Compared under the decimal rule: a derived 99.89999999999999 is
 * 99.9, not worse than 99.9.
 */
export function isWorse(direction: Direction, value: number, threshold: number): boolean {
  if (value === threshold) return false;
  const c = compareDecimal(value, threshold);
  return direction === 'lower-is-better' ? c > 0 : c < 0;
}

/**
 * True when `value` is strictly better than `threshold` (higher-is-better: `value > threshold`,
 * lower-is-better: `value < threshold`). Equal is not better.
 */
export function isBetter(direction: Direction, value: number, threshold: number): boolean {
  return isWorse(direction, threshold, value);
}

/** An objective as written on one agreement: an id and any of its fields. */
export interface WrittenObjective {
  readonly id: string;
}

/** An agreement as the inheritance rule sees it: its written objectives. */
export interface ObjectiveHolder<O extends WrittenObjective> {
  readonly objectives: readonly O[];
}

/** Where a field's winning value (or an objective) is written: the agreement and the position. */
export interface WrittenAt<A> {
  readonly agreement: A;
  /** Index of the objective in that agreement's `objectives`. */
  readonly position: number;
}

/** One objective after inheritance down a chain. */
export interface InheritedObjective<A, O, F extends keyof O> {
  /** The winning value of each field set somewhere in the chain. */
  readonly values: Partial<Pick<O, F>>;
  /** For each field in {@link values}, where its winning value is written. */
  readonly sources: Partial<Record<F, WrittenAt<A>>>;
  /** Every agreement that writes the objective, top-most ancestor first. */
  readonly writtenIn: readonly WrittenAt<A>[];
}

/**
 * Objective field inheritance. `chain` is an agreement followed by its ancestors, nearest first
 * (`[service, customer, corporate]`); the result has one entry per objective id written anywhere in
 * it, in the order they first appear from the top-most agreement down. For each of `fields`, the
 * nearest agreement that sets it wins; `wording` merges per sentence (a child may reword the
 * remedy and keep the promise).
 */
export function inheritObjectives<
  A extends ObjectiveHolder<WrittenObjective>,
  F extends keyof A['objectives'][number],
>(
  chain: readonly A[],
  fields: readonly F[],
): Map<string, InheritedObjective<A, A['objectives'][number], F>> {
  type O = A['objectives'][number];
  const out = new Map<
    string,
    {
      values: Partial<Pick<O, F>>;
      sources: Partial<Record<F, WrittenAt<A>>>;
      writtenIn: WrittenAt<A>[];
    }
  >();
  // Walk from the top-most ancestor down, so each child's fields overwrite its parent's.
  for (let k = chain.length - 1; k >= 0; k--) {
    const agreement = chain[k]!;
    const objectives = agreement.objectives;
    for (let position = 0; position < objectives.length; position++) {
      const input: O = objectives[position]!;
      let merged = out.get(input.id);
      if (!merged) {
        merged = { values: {}, sources: {}, writtenIn: [] };
        out.set(input.id, merged);
      }
      const at: WrittenAt<A> = { agreement, position };
      merged.writtenIn.push(at);
      for (const field of fields) {
        const value = input[field];
        if (value === undefined) continue;
        merged.values[field] =
          field === 'wording' ? (mergeWording(merged.values[field], value) as O[F]) : value;
        merged.sources[field] = at;
      }
    }
  }
  return out;
}

interface Wording {
  readonly promise?: string | undefined;
  readonly remedy?: string | undefined;
}

function mergeWording(previous: unknown, next: unknown): Wording {
  const p = (previous ?? {}) as Wording;
  const n = next as Wording;
  return { promise: n.promise ?? p.promise, remedy: n.remedy ?? p.remedy };
}

/** Fields the parser checks after inheritance. */
const RESOLVED_KEYS = [
  'name',
  'unit',
  'direction',
  'minimum',
  'target',
  'creditTiers',
  'incentiveTiers',
] as const;
type ResolvedKey = (typeof RESOLVED_KEYS)[number];

/** The fields of an objective the parser checks, after inheritance, and where each is written. */
export interface ResolvedFields {
  /** Where each field is written: `agreements[0].objectives[2].target`. */
  from: Partial<Record<ResolvedKey, string>>;
  name?: string | undefined;
  unit?: string | undefined;
  direction?: Direction | undefined;
  minimum?: number | undefined;
  target?: number | undefined;
  creditTiers?: readonly { threshold: number; creditPercent: number }[] | undefined;
  incentiveTiers?: readonly { threshold: number; bonusPercent: number }[] | undefined;
}

/** An agreement as the parser holds it (before normalisation). */
type CheckedAgreement = ObjectiveHolder<WrittenObjective & Omit<ResolvedFields, 'from'>>;

/**
 * Field presence of each objective after inheritance (child values win), with the feed path of
 * each winning value, for validation. `indexOf` gives each agreement's position in the feed.
 */
export function resolveFields<A extends CheckedAgreement>(
  chain: readonly A[],
  indexOf: ReadonlyMap<A, number>,
): Map<string, ResolvedFields> {
  const out = new Map<string, ResolvedFields>();
  for (const [id, merged] of inheritObjectives(chain, RESOLVED_KEYS)) {
    const from: Partial<Record<ResolvedKey, string>> = {};
    for (const key of RESOLVED_KEYS) {
      const at = merged.sources[key];
      if (at)
        from[key] = `agreements[${indexOf.get(at.agreement)}].objectives[${at.position}].${key}`;
    }
    out.set(id, { ...merged.values, from });
  }
  return out;
}
