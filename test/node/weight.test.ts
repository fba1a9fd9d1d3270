/**
 * What keeps the standalone build light, read in the built files (what a page downloads): no
 * valibot on load (the full schema pass is a chunk loaded when a feed fails the generated check),
 * plain mode and the strip as chunks of their own, templates minified. The byte budgets
 * themselves are in scripts/size-budgets.json (npm test). Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { standaloneManifest } from '../../scripts/bundle-size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { manifest, withImports } = standaloneManifest(root);
const ENTRIES = ['sla-scorecard', 'sla-breach-timeline', 'sla-feed'];

/** The text a page downloads for an entry before the element renders. */
const onLoad = (tag: string): string =>
  withImports(`dist/standalone/define/${tag}.js`)
    .map((f) => readFileSync(join(root, f), 'utf8'))
    .join('\n');

/** The built chunk of a source module loaded on first use, and whether a file imports it lazily. */
function lazyChunk(source: string): string {
  const chunk = manifest[source];
  assert.ok(chunk, `${source} is a chunk of its own`);
  const importers = Object.values(manifest).filter((c) => c.dynamicImports?.includes(source));
  assert.ok(importers.length > 0, `${source} is imported with import()`);
  return readFileSync(join(root, 'dist/standalone', chunk.file), 'utf8');
}

// valibot's own issue wording (its _addIssue), and the kit's wording of a missing field.
const VALIBOT = 'Expected ${';
const WORDING = 'is required but missing';

describe('weight of the standalone build', () => {
  test('no view loads valibot or the issue wording up front; the full schema pass is lazy', () => {
    const pass = lazyChunk('src/feed/schema-pass.ts');
    assert.ok(pass.includes(VALIBOT) && pass.includes(WORDING));
    for (const tag of ENTRIES) {
      const text = onLoad(tag);
      assert.ok(!text.includes(VALIBOT), `${tag} loads valibot`);
      assert.ok(!text.includes(WORDING), `${tag} loads the schema issue wording`);
    }
  });

  test('plain mode and the strip are chunks loaded on first use', () => {
    const plain = lazyChunk('src/elements/scorecard/sla-scorecard.plain.ts');
    const strip = lazyChunk('src/elements/breach-timeline/sla-breach-timeline.strip.ts');
    const file = (source: string) => `dist/standalone/${manifest[source]!.file}`;
    for (const tag of ENTRIES) {
      const files = withImports(`dist/standalone/define/${tag}.js`);
      assert.ok(!files.includes(file('src/elements/scorecard/sla-scorecard.plain.ts')), tag);
      assert.ok(
        !files.includes(file('src/elements/breach-timeline/sla-breach-timeline.strip.ts')),
        tag,
      );
    }
    assert.ok(plain.length > 500 && strip.length > 500);
  });

  test('templates and styles are minified', () => {
    const text = onLoad('sla-scorecard');
    assert.ok(text.includes('.sla-sparkline{display:block;overflow:visible}'));
    assert.ok(!/\n {4}\.sla-sparkline \{/.test(text));
    assert.ok(
      !text.includes('<svg class="sla-sparkline" part="sparkline" role="img" aria-label=${t}\n'),
    );
  });
});
