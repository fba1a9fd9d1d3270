/**
 * Unknown fields: a feed may carry fields this kit does not know (a newer schema, a backend's own
 * extension), and they are dropped. Most of them, though, are typos (`breachs`, `vlaue`) that
 * silently drop data, so each one is reported as a warning with its path and, when a known field
 * is close, a suggestion.
 *
 * The known fields are read from the valibot schema's object entries (schema.ts), never from a
 * hand-kept list: a field added to the schema is known here at once.
 */
import type { FeedIssue } from './types.js';

/** The parts of valibot's schema objects the feed layer reads (here and in slice.ts). */
export interface SchemaNode {
  type: string;
  pipe?: readonly SchemaNode[];
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  options?: readonly SchemaNode[];
  key?: string;
  literal?: unknown;
  requirement?: unknown;
}

/** What a value at one place of the feed may hold. */
type Shape =
  | { readonly kind: 'object'; readonly fields: ReadonlyMap<string, Shape> }
  | { readonly kind: 'array'; readonly item: Shape }
  | {
      readonly kind: 'variant';
      readonly key: string;
      readonly options: readonly { literal: unknown; shape: Shape }[];
    }
  | { readonly kind: 'leaf' };

const LEAF: Shape = { kind: 'leaf' };
const shapes = new WeakMap<object, Shape>();

/** The shape of a valibot schema (cached per schema object). */
export function shapeOf(schema: object): Shape {
  let shape = shapes.get(schema);
  if (!shape) shapes.set(schema, (shape = build(schema as SchemaNode)));
  return shape;
}

function build(node: SchemaNode): Shape {
  // A pipe's head is its schema; the actions after it do not change which fields exist.
  if (node.pipe) return build(node.pipe[0]!);
  switch (node.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
    case 'exact_optional':
      return build(node.wrapped!);
    case 'array':
      return { kind: 'array', item: build(node.item!) };
    case 'object':
    case 'loose_object':
    case 'strict_object':
      return {
        kind: 'object',
        fields: new Map(Object.entries(node.entries!).map(([k, v]) => [k, build(v)])),
      };
    case 'variant': {
      const key = node.key!;
      const options = (node.options as SchemaNode[]).flatMap((o) => {
        const tag = o.entries?.[key];
        return tag?.type === 'literal' ? [{ literal: tag.literal, shape: build(o) }] : [];
      });
      return { kind: 'variant', key, options };
    }
    default:
      return LEAF;
  }
}

/** The field names a schema's shape knows at a path of keys (numbers step into lists). */
export function knownFieldsAt(schema: object, path: readonly (string | number)[]): string[] {
  let shape = shapeOf(schema);
  for (const key of path) {
    if (shape.kind === 'array' && typeof key === 'number') shape = shape.item;
    else if (shape.kind === 'object' && typeof key === 'string')
      shape = shape.fields.get(key) ?? LEAF;
    else return [];
  }
  return shape.kind === 'object' ? [...shape.fields.keys()] : [];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
function step(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (IDENTIFIER.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * Warnings for every field of `raw` that the schema does not know, depth first (an object's own
 * unknown fields before those of the objects inside it), at most `limit` of them. Values under an
 * unknown field are not looked into.
 */
export function unknownFieldIssues(schema: object, raw: unknown, limit: number): FeedIssue[] {
  const out: FeedIssue[] = [];
  if (limit <= 0) return out;
  // An explicit stack: a hostile feed may nest deeper than the call stack allows.
  const stack: { shape: Shape; value: unknown; path: string }[] = [];
  const push = (shape: Shape, value: unknown, path: string): void => {
    if (shape.kind !== 'leaf' && value !== null && typeof value === 'object')
      stack.push({ shape, value, path });
  };
  push(shapeOf(schema), raw, '');
  while (stack.length) {
    const top = stack.pop()!;
    const { value, path } = top;
    let shape = top.shape;
    if (shape.kind === 'variant') {
      if (!isRecord(value)) continue;
      const tag = value[shape.key];
      const option = shape.options.find((o) => o.literal === tag);
      if (!option) continue;
      shape = option.shape;
    }
    if (shape.kind === 'array') {
      if (!Array.isArray(value)) continue;
      // Pushed in reverse so that issues come out in document order.
      for (let i = value.length - 1; i >= 0; i--) push(shape.item, value[i], step(path, i));
    } else if (shape.kind === 'object') {
      if (!isRecord(value)) continue;
      const nested: [Shape, unknown, string][] = [];
      for (const key of Object.keys(value)) {
        const field = shape.fields.get(key);
        if (field) {
          if (field.kind !== 'leaf') nested.push([field, value[key], step(path, key)]);
          continue;
        }
        out.push(unknownField(step(path, key), key, shape.fields));
        if (out.length >= limit) return out;
      }
      for (let k = nested.length - 1; k >= 0; k--) push(...nested[k]!);
    }
  }
  return out;
}

function unknownField(path: string, key: string, known: ReadonlyMap<string, Shape>): FeedIssue {
  const suggestion = closestField(key, known.keys());
  return {
    path,
    message: suggestion
      ? `is not a field this kit knows, so it is ignored: did you mean "${suggestion}"?`
      : 'is not a field this kit knows, so it is ignored (a typo, or a field of a newer schema version).',
    code: 'unknown-field',
    severity: 'warning',
  };
}

/**
 * The known field closest to `key`, when it is close enough to be a typo of it: at most one edit
 * for short names, two for names of six or more characters (an edit is an insertion, deletion,
 * substitution or swap of two neighbours; letter case does not count).
 */
export function closestField(key: string, known: Iterable<string>): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(key.length, best?.length ?? 0) >= 6 ? 2 : 1;
  return best !== undefined && bestDistance <= allowed && best !== key ? best : undefined;
}

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return Math.abs(a.length - b.length);
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}
