/**
 * Server-side import: every JavaScript entry of the package (package.json "exports", wildcards
 * expanded over the built files: define/*, cdn/*, the framework entries and wrappers) imports in
 * plain Node, each in a fresh process with no DOM, without throwing. Tags register only where
 * `customElements` exists: the npm build runs on Lit's Node build, which provides a server-side
 * registry (what Lit SSR renders from), so the define entries register there; the one-file CDN
 * builds carry Lit's browser build and register nothing without a browser. The source define
 * entries are imported too (through tsx). Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const at = (...parts: string[]) => join(root, ...parts);

type Target = string | { readonly default?: string; readonly types?: string };
const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8')) as {
  exports: Record<string, Target>;
};

/** [specifier, file] for every JavaScript file an export (wildcards expanded) points at. */
function jsEntries(): [string, string][] {
  const entries = new Map<string, string>();
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file?.endsWith('.js')) continue;
    const specifier = `sla-kit${key.slice(1)}`;
    if (!key.includes('*')) {
      entries.set(specifier, file);
      continue;
    }
    const [before, after] = file.split('*') as [string, string];
    const folder = before.slice(0, before.lastIndexOf('/'));
    const dir = at(folder);
    const prefix = before.slice(folder.length + 1);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(prefix) || !name.endsWith(after)) continue;
      const stem = name.slice(prefix.length, name.length - after.length);
      const [keyBefore, keyAfter] = key.split('*') as [string, string];
      // `./define/*` and `./define/*.js` name the same files: keep the `.js` spelling.
      if (!keyAfter && entries.has(`sla-kit${keyBefore.slice(1)}${stem}.js`)) continue;
      entries.set(`sla-kit${keyBefore.slice(1)}${stem}${keyAfter}`, `${folder}/${name}`);
    }
  }
  return [...entries];
}

interface Imported {
  readonly status: number | null;
  readonly stderr: string;
  readonly report?: { readonly registry: string; readonly defined: string[] };
}

/** Imports `specifier` in a fresh Node process; reports the registry and the kit's tags in it. */
function importInNode(specifier: string, extraArgs: readonly string[] = []): Imported {
  const script = `
    await import(${JSON.stringify(specifier)});
    const registry = typeof customElements;
    const defined = [];
    if (registry !== 'undefined') {
      for (const tag of ${JSON.stringify(tags())}) if (customElements.get(tag)) defined.push(tag);
    }
    console.log(JSON.stringify({ registry, defined }));
  `;
  const result = spawnSync(
    process.execPath,
    [...extraArgs, '--input-type=module', '--eval', script],
    { cwd: root, encoding: 'utf8' },
  );
  const last = result.stdout.trim().split('\n').pop();
  return {
    status: result.status,
    stderr: result.stderr,
    report: result.status === 0 && last ? (JSON.parse(last) as Imported['report']) : undefined,
  };
}

/** Every tag of the manifest. */
function tags(): string[] {
  const manifest = JSON.parse(readFileSync(at('custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
  };
  return manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!),
  );
}

const entries = existsSync(at('dist')) ? jsEntries() : [];

describe('server-side import of every package entry (built dist, plain Node)', () => {
  it('finds the entries: main, feed, model, every define and CDN file, the framework entries', () => {
    assert.ok(entries.length > 0, 'no dist/: run `npm run build` first (npm test does)');
    const specifiers = entries.map(([s]) => s);
    for (const expected of ['sla-kit', 'sla-kit/feed', 'sla-kit/model', 'sla-kit/react']) {
      assert.ok(specifiers.includes(expected), `${expected} in ${specifiers.join(', ')}`);
    }
    for (const framework of ['jsx', 'vue', 'svelte']) {
      assert.ok(specifiers.includes(`sla-kit/${framework}`));
    }
    for (const tag of tags()) {
      assert.ok(specifiers.includes(`sla-kit/define/${tag}.js`), `define entry of ${tag}`);
      assert.ok(specifiers.includes(`sla-kit/cdn/${tag}.js`), `CDN file of ${tag}`);
    }
    assert.ok(specifiers.includes('sla-kit/cdn/sla-kit.js'));
  });

  for (const [specifier, file] of entries) {
    it(`${specifier} (${file}) imports without a DOM`, () => {
      const { status, stderr, report } = importInNode(specifier);
      assert.equal(status, 0, stderr);
      const tag = /^sla-kit\/define\/(.+)\.js$/.exec(specifier)?.[1];
      if (specifier.startsWith('sla-kit/cdn/')) {
        // Lit's browser build inside: no server registry, so nothing registers.
        assert.deepEqual(report, { registry: 'undefined', defined: [] });
      } else if (tag) {
        assert.equal(report?.registry, 'object');
        assert.ok(report.defined.includes(tag), `${tag} registered in ${report.defined.join()}`);
      }
    });
  }

  it('sla-kit/react registers every tag it wraps (in the server registry)', () => {
    const { status, stderr, report } = importInNode('sla-kit/react');
    assert.equal(status, 0, stderr);
    assert.deepEqual([...(report?.defined ?? [])].sort(), [...tags()].sort());
  });
});

describe('server-side import of the source define entries (src/define/*.ts through tsx)', () => {
  const dir = at('src/define');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    it(`src/define/${name} imports without a DOM`, () => {
      const url = pathToFileURL(join(dir, name)).href;
      const { status, stderr, report } = importInNode(url, ['--import', 'tsx']);
      assert.equal(status, 0, stderr);
      assert.ok(report?.defined.includes(name.replace(/\.ts$/, '')));
    });
  }
});
