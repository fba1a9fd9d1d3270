/**
 * Each element's bundle carries its own strings and the shared ones, not another element's: read
 * in the standalone build (what a plain page downloads), through Vite's manifest. Needs
 * `npm run build` first (npm test builds before the node tests).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { standaloneManifest } from '../../scripts/bundle-size.mjs';
import { de as scorecardDe } from '../../src/elements/scorecard/i18n/de.js';
import { en as scorecardEn } from '../../src/elements/scorecard/i18n/en.js';
import { de } from '../../src/elements/shared/i18n/de.js';
import { en } from '../../src/elements/shared/i18n/en.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { manifest, withImports } = standaloneManifest(root);

/** The text a page downloads for an entry (the entry and the chunks it imports statically). */
function entryText(entry: string): string {
  return withImports(`dist/standalone/${entry}`)
    .map((f) => readFileSync(join(root, f), 'utf8'))
    .join('\n');
}

/** The built chunk of a source module (a language that loads on first use). */
function chunkText(source: string): string {
  const chunk = manifest[source];
  assert.ok(chunk, `${source} is a chunk of its own in the standalone build`);
  return readFileSync(join(root, 'dist/standalone', chunk.file), 'utf8');
}

/** A message as it appears in a bundle (plain messages only; JSON-escaped like a JS string). */
function plain(message: unknown): string {
  assert.equal(typeof message, 'string');
  return JSON.stringify(message).slice(1, -1);
}

describe('strings per element bundle (standalone build)', () => {
  test('<sla-feed> ships none of the scorecard’s strings', () => {
    const text = entryText('define/sla-feed.js');
    const leaked = Object.values(scorecardEn as Record<string, unknown>)
      .filter((m): m is string => typeof m === 'string' && m.length > 12)
      // As a string literal of its own, not as words inside another message.
      .filter((m) => ['"', "'", '`'].some((q) => text.includes(q + plain(m) + q)));
    assert.deepEqual(leaked, []);
  });

  test('<sla-scorecard> ships its own strings', () => {
    const text = entryText('define/sla-scorecard.js');
    assert.ok(text.includes(plain(scorecardEn['scorecard.netHint'])));
    assert.ok(text.includes(plain(en['state.empty.noFeed'])));
  });

  test('the shared German chunk has no scorecard German; the scorecard’s own chunk has it', () => {
    const shared = chunkText('src/elements/shared/i18n/de.ts');
    const own = chunkText('src/elements/scorecard/i18n/de.ts');
    assert.ok(shared.includes(plain(de['state.loading'])));
    assert.ok(!shared.includes(plain(scorecardDe['scorecard.netHint'])));
    assert.ok(own.includes(plain(scorecardDe['scorecard.netHint'])));
  });
});
