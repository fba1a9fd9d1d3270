/**
 * The npm package as users install it: what `npm pack` ships, and that the specifiers the README
 * shows resolve through package.json "exports" (the package refers to itself by name, so Node
 * applies the same "exports" map a consumer's bundler would). Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function packedFiles(): string[] {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  const [pack] = JSON.parse(result.stdout) as { files: { path: string }[] }[];
  return pack!.files.map((f) => f.path);
}

describe('npm package', () => {
  test('ships the standalone build without the Vite build manifest', () => {
    const files = packedFiles();
    assert.ok(files.includes('dist/standalone/define/sla-scorecard.js'), files.join('\n'));
    assert.deepEqual(
      files.filter((f) => f.includes('.vite/')),
      [],
    );
  });

  for (const [specifier, file] of [
    ['sla-kit/define/sla-scorecard.js', 'dist/define/sla-scorecard.js'],
    ['sla-kit/define/sla-scorecard', 'dist/define/sla-scorecard.js'],
    ['sla-kit/define/sla-feed.js', 'dist/define/sla-feed.js'],
    ['sla-kit/package.json', 'package.json'],
    ['sla-kit', 'dist/index.js'],
  ] as const) {
    test(`"${specifier}" resolves to ${file}`, () => {
      const resolved = fileURLToPath(import.meta.resolve(specifier));
      assert.equal(resolved, join(root, file));
      assert.ok(existsSync(resolved), `${file} exists (npm run build first)`);
    });
  }
});
