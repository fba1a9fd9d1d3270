/**
 * The feed checker a page runs (src/feed/schema-check.generated.ts) is generated from the schema:
 * the committed file must be what the generator writes now (`npm run build` regenerates it), and
 * the generator must refuse what it cannot write an exact equivalent for, rather than write a
 * laxer checker. Its verdicts and output are compared with valibot's in test/feed/fast-path.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import {
  emitValidator,
  formattedValidatorSource,
  GENERATED_FILE,
} from '../../scripts/generate-validator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('generated feed checker', () => {
  test('the committed checker is what the generator writes from the schema now', async () => {
    const committed = readFileSync(join(root, GENERATED_FILE), 'utf8');
    assert.equal(committed, await formattedValidatorSource());
  });

  test('names the schema’s checks and writes each open vocabulary as its list', () => {
    const text = readFileSync(join(root, GENERATED_FILE), 'utf8');
    assert.match(text, /check\(isInstant\), transform\(instantOf\)/);
    assert.match(text, /openEnum\(\['critical', 'major', 'minor'\]\)/);
    assert.doesNotMatch(text, /from 'valibot'/);
  });

  test('refuses a schema kind, a check or a default it has no equivalent for', () => {
    const isEven = (n: number) => n % 2 === 0;
    assert.throws(() => emitValidator(v.object({ a: v.date() }), {}), /schema type "date"/);
    assert.throws(
      () => emitValidator(v.object({ a: v.pipe(v.number(), v.check(isEven)) }), {}),
      /not exported from src\/feed\/schema-checks.ts/,
    );
    assert.throws(
      () => emitValidator(v.object({ a: v.optional(v.array(v.string()), () => []) }), {}),
      /computed default/,
    );
    assert.throws(
      () => emitValidator(v.object({ a: v.pipe(v.string(), v.email()) }), {}),
      /pipe action "email"/,
    );
    // With the check exported, the same schema is written.
    assert.match(
      emitValidator(v.object({ a: v.pipe(v.number(), v.check(isEven)) }), { isEven }),
      /check\(isEven\)/,
    );
  });
});
