/**
 * The rules across records (src/feed/rules/) are found by their name: each rule file exports one
 * function named after the file, and rules/index.ts runs every one of them, once.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../src/feed/rules/index.js';
import { root } from './cli-runner.js';

const dir = join(root, 'src/feed/rules');
/** Shared by the rules, not rules themselves. */
const HELPERS = new Set(['index.ts', 'context.ts', 'fraction.ts']);
const ruleFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !HELPERS.has(f))
  .sort();
const camel = (file: string): string =>
  file.slice(0, -'.ts'.length).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe('feed rules layout', () => {
  test('there are rule files (the listing can fail)', () => {
    assert.ok(ruleFiles.length >= 10, ruleFiles.join(', '));
    assert.ok(ruleFiles.includes('references.ts'));
  });

  for (const file of ruleFiles) {
    test(`${file} exports one function, ${camel(file)}, and rules/index.ts runs it`, async () => {
      const module = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
      assert.deepEqual(Object.keys(module), [camel(file)]);
      const rule = module[camel(file)];
      assert.equal(typeof rule, 'function');
      assert.equal(RULES.filter((r) => r === rule).length, 1);
    });
  }

  test('rules/index.ts runs nothing but the rule files', () => {
    assert.deepEqual(RULES.map((r) => r.name).sort(), ruleFiles.map(camel).sort());
  });
});
