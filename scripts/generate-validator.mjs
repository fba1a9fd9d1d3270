// `node scripts/generate-validator.mjs [--check]`: writes src/feed/schema-check.generated.ts, the
// checker a page runs on a valid feed, from the valibot schema (src/feed/schema.ts), so that
// valibot itself is loaded only when a feed fails that check (to word the issues). `npm run build`
// runs it first; `--check` exits non-zero when the committed file differs from a fresh one.
//
// The checker has the semantics of src/feed/fast.ts (same output, same verdict as valibot with
// abortPipeEarly, gives up at the first problem): one call of src/feed/schema-check-kit.ts per
// schema node. The schema's check and transform functions are imported from src/feed/schema-checks.ts
// by name; a schema kind, action or function the generator does not know stops it with an error
// (never a laxer checker).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const GENERATED_FILE = 'src/feed/schema-check.generated.ts';
/** Stands for the caller's text cap (`maxStringLength`) while the schema is walked. */
const MAX_TEXT = 987_654_321;

/** The generated module's text, from the schema as it is now. */
export async function generateValidatorSource() {
  // One module graph for both (tsImport would load schema-checks.ts twice, as two modules).
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  try {
    const url = (file) => pathToFileURL(join(root, file)).href;
    const schemaModule = await import(url('src/feed/schema.ts'));
    const checks = await import(url('src/feed/schema-checks.ts'));
    return emitValidator(schemaModule.buildFeedSchema(MAX_TEXT), checks);
  } finally {
    await unregister();
  }
}

/** The module text for a valibot schema, whose check functions are the exports of `checks`. */
export function emitValidator(rootSchema, checks) {
  const functionNames = new Map(
    Object.entries(checks)
      .filter(([, value]) => typeof value === 'function')
      .map(([name, fn]) => [fn, name]),
  );
  const fromChecks = new Set();
  const fromKit = new Set(['run', 'sawUnknownField']);
  const kit = (name) => {
    fromKit.add(name);
    return name;
  };
  const names = new Map();
  const lines = [];
  const fail = (what) => {
    throw new Error(`generate-validator: ${what} has no generated equivalent; add it here`);
  };
  const fnRef = (fn, what) => {
    const name = functionNames.get(fn);
    if (!name) fail(`${what} (a function not exported from src/feed/schema-checks.ts)`);
    fromChecks.add(name);
    return name;
  };
  const literal = (value, what) => {
    if (value === undefined) return 'undefined';
    const json = typeof value === 'function' ? undefined : JSON.stringify(value);
    if (json === undefined || Number.isNaN(value)) fail(what);
    return json;
  };

  /** The name of the checker of `node` (one const per schema object; shared nodes once). */
  function checker(node) {
    let name = names.get(node);
    if (name) return name;
    const expression = expressionOf(node);
    if (/^[a-z]+$/.test(expression)) return expression;
    name = `c${names.size}`;
    names.set(node, name);
    lines.push(`const ${name}: Checker = ${expression};`);
    return name;
  }

  function expressionOf(node) {
    if (node.pipe) return pipeOf(node.pipe);
    switch (node.type) {
      case 'string':
        return kit('str');
      case 'number':
        return kit('num');
      case 'boolean':
        return kit('bool');
      case 'literal':
        return `${kit('literal')}(${literal(node.literal, 'a NaN or non-JSON literal')})`;
      case 'picklist':
        return `${kit('picklist')}(${literal(node.options, 'a picklist')})`;
      case 'optional':
      case 'nullable': {
        const empty = node.type === 'optional' ? 'undefined' : 'null';
        const wrapped = checker(node.wrapped);
        if (typeof node.default === 'function') fail('a computed default');
        const fallback =
          node.default === undefined ? '' : `, ${literal(node.default, 'a default')}`;
        return `${kit('maybe')}(${empty}, ${wrapped}${fallback})`;
      }
      case 'array':
        return `${kit('array')}(${checker(node.item)})`;
      case 'object': {
        const entries = Object.entries(node.entries).map(([key, schema]) => {
          const optionalLike = ['optional', 'exact_optional', 'nullish'].includes(schema.type);
          if (!optionalLike && schema.fallback !== undefined) fail('a fallback');
          const missing = !optionalLike ? 0 : schema.default === undefined ? 1 : 2;
          return `[${JSON.stringify(key)}, ${checker(schema)}, ${missing}]`;
        });
        return `${kit('object')}([${entries.join(', ')}])`;
      }
      case 'variant': {
        const key = node.key;
        if (node.options.some((o) => o.type !== 'object' || !o.entries?.[key]))
          fail('a variant option that is not an object with the discriminator');
        const options = node.options.map((o) => `[${checker(o.entries[key])}, ${checker(o)}]`);
        return `${kit('variant')}(${JSON.stringify(key)}, [${options.join(', ')}])`;
      }
      case 'union':
        return `${kit('union')}([${node.options.map(checker).join(', ')}])`;
      default:
        return fail(`schema type "${node.type}"`);
    }
  }

  function pipeOf(pipe) {
    const steps = [];
    pipe.forEach((item, index) => {
      if (item.kind === 'metadata') return;
      if (index === 0 || item.kind === 'schema') {
        steps.push(checker(item));
        return;
      }
      const req = item.requirement;
      switch (item.type) {
        case 'min_length':
          steps.push(`${kit('minLength')}(${literal(req, 'min_length')})`);
          return;
        case 'max_length':
          steps.push(
            req === MAX_TEXT
              ? kit('maxTextLength')
              : `${kit('maxLength')}(${literal(req, 'max_length')})`,
          );
          return;
        case 'regex': {
          if (req.global || req.sticky) fail('a global or sticky regex');
          const next = pipe[index + 1];
          // A check that implies the pattern makes the regex redundant (fast.ts, ImpliesPattern).
          if (next?.type === 'check' && next.requirement?.impliesPattern === req) return;
          steps.push(`${kit('regex')}(${req.toString()})`);
          return;
        }
        case 'finite':
          steps.push(kit('finite'));
          return;
        case 'integer':
          steps.push(kit('integer'));
          return;
        case 'min_value':
        case 'max_value':
          if (typeof req !== 'number') fail(`a non-number ${item.type}`);
          steps.push(`${kit(item.type === 'min_value' ? 'minValue' : 'maxValue')}(${req})`);
          return;
        case 'check':
          steps.push(`${kit('check')}(${fnRef(req, 'a check')})`);
          return;
        case 'transform': {
          const known = item.operation.knownValues;
          steps.push(
            known
              ? `${kit('openEnum')}(${literal(known, 'an open vocabulary')})`
              : `${kit('transform')}(${fnRef(item.operation, 'a transform')})`,
          );
          return;
        }
        default:
          fail(`pipe action "${item.type}"`);
      }
    });
    return `${kit('pipe')}(${steps.join(', ')})`;
  }

  const rootName = checker(rootSchema);
  // The record checker of each top-level list (an array without a pipe of its own), so that a
  // feed following another re-checks only the records that changed (src/feed/incremental.ts).
  const lists = [];
  for (const [key, entry] of Object.entries(rootSchema.entries ?? {})) {
    const list = entry.type === 'optional' ? entry.wrapped : entry;
    if (list?.type !== 'array' || list.pipe || !list.item) continue;
    lists.push(`[${JSON.stringify(key)}, ${checker(list.item)}]`);
  }
  return `// Generated by scripts/generate-validator.mjs from src/feed/schema.ts: do not edit.
// \`npm run build\` regenerates it; \`node scripts/generate-validator.mjs\` does it alone.
import {
  type Checker,
  ${[...fromKit].sort().join(', ')},
} from './schema-check-kit.js';
import { ${[...fromChecks].sort().join(', ')} } from './schema-checks.js';

${lines.join('\n')}

/**
 * The feed checked against the schema with texts capped at \`maxTextLength\`: the output valibot
 * would give (defaults filled, transforms applied, unknown fields dropped), or FAIL at the first
 * problem.
 */
export function checkFeedSchema(value: unknown, maxTextLength: number): unknown {
  return run(${rootName}, value, maxTextLength);
}

/** True when the last value checked held a field its schema does not name. */
export function lastCheckSawUnknownField(): boolean {
  return sawUnknownField();
}

/** Each top-level list of records, with the checker of one of its records. */
export const LIST_CHECKERS: readonly (readonly [string, Checker])[] = [${lists.join(', ')}];

/** One record checked with \`checker\` (from {@link LIST_CHECKERS}), texts capped at \`maxTextLength\`. */
export function checkRecord(checker: Checker, value: unknown, maxTextLength: number): unknown {
  return run(checker, value, maxTextLength);
}
`;
}

/** The generated module as it is committed: {@link generateValidatorSource}, formatted. */
export async function formattedValidatorSource() {
  const prettier = await import('prettier');
  const file = join(root, GENERATED_FILE);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(await generateValidatorSource(), { ...options, filepath: file });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = join(root, GENERATED_FILE);
  const text = await formattedValidatorSource();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing: differs
    }
    if (current !== text) {
      console.error(`${GENERATED_FILE} is out of date: run node scripts/generate-validator.mjs`);
      process.exit(1);
    }
  } else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    writeFileSync(file, text);
  }
}
