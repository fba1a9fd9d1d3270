/**
 * A fast path for valid feeds, compiled from the valibot schema itself (so there is still one
 * source of truth). valibot allocates a result object per value and per check; on a 10 MB feed
 * that dominates the time to validate. The compiled checker walks the same schema tree with plain
 * closures, produces the same output (same keys, defaults, transforms), and gives up at the first
 * problem: `parseFeed` then runs valibot itself to word the issues. So a valid feed is checked once
 * quickly, an invalid one twice, and the messages stay valibot's.
 *
 * Every schema or action kind without a hand-written equivalent here runs through valibot's own
 * `~run`, so a new kind in schema.ts can make this slower, never laxer. Tests compare the two
 * paths on valid, generated and mutated feeds.
 */
import type { GenericSchema } from 'valibot';

import { FAIL, type Checker } from './schema-check-kit.js';

export { FAIL, type Checker } from './schema-check-kit.js';

interface Dataset {
  typed: boolean;
  value: unknown;
  issues?: unknown[] | undefined;
}
type Runnable = { '~run': (dataset: Dataset, config: object) => Dataset };
/** The parts of valibot's schema and action objects this compiler reads. */
interface Node extends Runnable {
  kind: string;
  type: string;
  pipe?: readonly Node[];
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  default?: unknown;
  fallback?: unknown;
  options?: readonly unknown[];
  literal?: unknown;
  key?: string;
  requirement?: unknown;
  operation?: (value: unknown) => unknown;
}

const CONFIG = { abortEarly: true, abortPipeEarly: true };

/** Runs a schema or action through valibot itself: the fallback for kinds not compiled here. */
function viaValibot(node: Node): Checker {
  return (value) => {
    const dataset = node['~run']({ typed: node.kind !== 'schema', value }, CONFIG);
    return dataset.issues || (node.kind === 'schema' && !dataset.typed) ? FAIL : dataset.value;
  };
}

function defaultOf(node: Node): unknown {
  return typeof node.default === 'function' ? (node.default as () => unknown)() : node.default;
}

/**
 * Set by the last run of a compiled checker when some object held a key its schema does not
 * name. Counting keys costs little; finding and wording them (fields.ts) runs only when this is set.
 */
let sawUnknownKey = false;

/** True when the last value a compiled checker ran on held a field its schema does not know. */
export function lastRunSawUnknownField(): boolean {
  return sawUnknownKey;
}

/** Compiles a valibot schema into a checker that returns the output, or {@link FAIL}. */
export function compileChecker(schema: GenericSchema): Checker {
  const root = compileSchema(schema as unknown as Node);
  return (value) => {
    sawUnknownKey = false;
    return root(value);
  };
}

function compileSchema(node: Node): Checker {
  if (node.pipe) return compilePipe(node.pipe);
  switch (node.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : FAIL);
    case 'number':
      return (v) => (typeof v === 'number' && !Number.isNaN(v) ? v : FAIL);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'literal': {
      const literal = node.literal;
      return (v) => (v === literal || (Number.isNaN(v) && Number.isNaN(literal)) ? v : FAIL);
    }
    case 'picklist': {
      const options = node.options!;
      return (v) => (options.includes(v) ? v : FAIL);
    }
    case 'optional':
    case 'nullable': {
      const wrapped = compileSchema(node.wrapped!);
      const empty = node.type === 'optional' ? undefined : null;
      const hasDefault = node.default !== undefined;
      return (v) => {
        if (v === empty) {
          if (hasDefault) v = defaultOf(node);
          if (v === empty) return v;
        }
        return wrapped(v);
      };
    }
    case 'array': {
      const item = compileSchema(node.item!);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = item(v[i]);
          if (r === FAIL) return FAIL;
          out[i] = r;
        }
        return out;
      };
    }
    case 'object':
      return compileObject(node);
    case 'variant':
      return compileVariant(node);
    default:
      return viaValibot(node);
  }
}

function compileObject(node: Node): Checker {
  const entries = Object.entries(node.entries!).map(([key, schema]) => {
    const optionalLike =
      schema.type === 'optional' || schema.type === 'exact_optional' || schema.type === 'nullish';
    return {
      key,
      check: compileSchema(schema),
      // Same rules as valibot's object(): a missing key with a default gets the default, a
      // missing optional key is left out, a missing required key fails.
      whenMissing: optionalLike
        ? schema.default !== undefined
          ? 'default'
          : 'skip'
        : schema.fallback !== undefined
          ? 'fallback'
          : 'fail',
      schema,
    } as const;
  });
  if (entries.some((e) => e.whenMissing === 'fallback')) return viaValibot(node);
  return (v) => {
    if (!v || typeof v !== 'object') return FAIL;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let known = 0;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.key in input) {
        known++;
        const r = e.check(input[e.key]);
        if (r === FAIL) return FAIL;
        out[e.key] = r;
      } else if (e.whenMissing === 'default') {
        const r = e.check(undefined);
        if (r === FAIL) return FAIL;
        out[e.key] = r;
      } else if (e.whenMissing === 'fail') {
        return FAIL;
      }
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

/** valibot returns the first option whose discriminator matches and which passes as a whole. */
function compileVariant(node: Node): Checker {
  const key = node.key!;
  const options = node.options as Node[];
  if (options.some((o) => o.type !== 'object' || !o.entries?.[key])) return viaValibot(node);
  const compiled = options.map((o) => ({
    discriminator: compileSchema(o.entries![key]!),
    check: compileSchema(o),
  }));
  return (v) => {
    if (!v || typeof v !== 'object' || !(key in v)) return FAIL;
    const tag = (v as Record<string, unknown>)[key];
    for (const o of compiled) {
      if (o.discriminator(tag) === FAIL) continue;
      const r = o.check(v);
      if (r !== FAIL) return r;
    }
    return FAIL;
  };
}

/**
 * A check function may say that it accepts only texts a pattern matches (`impliesPattern`, set
 * where the function is defined, and tested there). A regex step right before such a check is
 * then left out of the fast path: the check rejects everything the regex would, so the fast path
 * stays as strict, and valibot still words the issue with the regex's message.
 */
export interface ImpliesPattern {
  impliesPattern?: RegExp;
}

function impliedByNextCheck(pipe: readonly Node[], index: number): boolean {
  const next = pipe[index + 1];
  const pattern = (next?.requirement as ImpliesPattern | undefined)?.impliesPattern;
  return next?.type === 'check' && pattern !== undefined && pattern === pipe[index]!.requirement;
}

function compilePipe(pipe: readonly Node[]): Checker {
  const steps: Checker[] = [];
  pipe.forEach((item, index) => {
    if (item.kind === 'metadata') return;
    if (index === 0 || item.kind === 'schema') {
      // The head of a pipe is its schema; it may itself be a pipe (nested `v.pipe(count, ...)`).
      steps.push(compileSchema(item));
      return;
    }
    if (item.type === 'regex' && impliedByNextCheck(pipe, index)) return;
    steps.push(compileAction(item));
  });
  return (v) => {
    for (let i = 0; i < steps.length; i++) {
      v = steps[i]!(v);
      if (v === FAIL) return FAIL;
    }
    return v;
  };
}

function compileAction(action: Node): Checker {
  const req = action.requirement;
  switch (action.type) {
    case 'min_length': {
      const n = req as number;
      return (v) => ((v as { length: number }).length >= n ? v : FAIL);
    }
    case 'max_length': {
      const n = req as number;
      return (v) => ((v as { length: number }).length <= n ? v : FAIL);
    }
    case 'regex': {
      const re = req as RegExp;
      if (re.global || re.sticky) return viaValibot(action);
      return (v) => (re.test(v as string) ? v : FAIL);
    }
    case 'finite':
      return (v) => (Number.isFinite(v) ? v : FAIL);
    case 'integer':
      return (v) => (Number.isInteger(v) ? v : FAIL);
    case 'min_value':
      if (typeof req !== 'number') return viaValibot(action);
      return (v) => ((v as number) >= req ? v : FAIL);
    case 'max_value':
      if (typeof req !== 'number') return viaValibot(action);
      return (v) => ((v as number) <= req ? v : FAIL);
    case 'check': {
      const test = req as (value: unknown) => boolean;
      return (v) => (test(v) ? v : FAIL);
    }
    case 'transform': {
      const op = action.operation!;
      return (v) => op(v);
    }
    default:
      return viaValibot(action);
  }
}
