/**
 * The published JSON Schema, checked with an independent validator (ajv, draft 2020-12, formats
 * asserted). This runs under node: ajv ships CommonJS only, which the browser test runner does not
 * load. It pins down the documented split between what a backend's own JSON Schema validator can
 * catch and what only parseFeed / `sla-kit validate` can (docs/feed.md, "Validation").
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { feedJsonSchema } from '../../src/feed/json-schema.js';
import { parseFeed } from '../../src/feed/index.js';
import { generateFeed } from '../fixtures/generate.js';
import { root } from './cli-runner.js';

interface FeedCase {
  file: string;
  layer: 'json' | 'schema' | 'parser' | 'limits' | 'warning';
}

const fixtures = join(root, 'test', 'fixtures');
const read = (...parts: string[]): string => readFileSync(join(fixtures, ...parts), 'utf8');
const cases = JSON.parse(read('invalid', 'cases.json')) as FeedCase[];

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const schema = feedJsonSchema();
const validate = ajv.compile(schema);
const errorsOf = (): string =>
  (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');

describe('feedJsonSchema() with ajv (draft 2020-12, ajv-formats)', () => {
  test('compiles in strict mode', () => {
    assert.equal(typeof validate, 'function');
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  });

  test('accepts the sample and the minimal feed', () => {
    for (const file of ['sample-feed.json', 'minimal-feed.json']) {
      assert.equal(validate(JSON.parse(read(file))), true, `${file}: ${errorsOf()}`);
    }
  });

  test('accepts generated feeds of several shapes', () => {
    const shapes = [
      {},
      {
        seed: 2,
        customers: 30,
        serviceAgreementsPerCustomer: 2,
        objectivesPerAgreement: 5,
        breaches: 500,
      },
      { seed: 3, customers: 20, objectives: 500, periods: 2 },
      { seed: 4, customers: 2_000, periods: 1, breaches: 2_000 },
    ];
    for (const options of shapes) {
      const feed = JSON.parse(JSON.stringify(generateFeed(options))) as unknown;
      assert.equal(validate(feed), true, `${JSON.stringify(options)}: ${errorsOf()}`);
      assert.equal(parseFeed(feed).ok, true);
    }
  });

  test('cases: ajv rejects exactly the schema-level ones and accepts the rest', () => {
    const rejected: string[] = [];
    for (const c of cases) {
      const text = read('invalid', c.file);
      if (c.layer === 'json') {
        assert.throws(() => JSON.parse(text), SyntaxError, `${c.file} should not be JSON`);
        continue;
      }
      if (!validate(JSON.parse(text))) rejected.push(c.file);
    }
    const schemaLevel = cases.filter((c) => c.layer === 'schema').map((c) => c.file);
    assert.deepEqual(rejected, schemaLevel);
    assert.ok(schemaLevel.length >= 10);
  });

  test('marks every instant with the RFC 3339 pattern and format date-time', () => {
    const instants: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (typeof record.pattern === 'string' && record.pattern.includes('[Tt]')) {
        assert.equal(record.format, 'date-time', path);
        instants.push(path);
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(schema, '');
    // generatedAt, versions.effectiveFrom, validFrom, validTo, reviewBy, period start/end,
    // breach start/end, maintenance start/end
    assert.equal(instants.length, 11);
  });

  test('dist/feed.schema.json, when built, is this schema', () => {
    const built = join(root, 'dist', 'feed.schema.json');
    if (
      !existsSync(built) ||
      statSync(built).mtimeMs < statSync(join(root, 'src', 'feed', 'schema.ts')).mtimeMs
    ) {
      return; // not built yet, or older than the sources: npm test builds first
    }
    assert.deepEqual(JSON.parse(readFileSync(built, 'utf8')), schema);
  });
});
