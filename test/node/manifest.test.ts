/**
 * custom-elements.json, the manifest editors, Storybook and users read: it is what a fresh
 * `npm run analyze` writes (CI also fails when the build changes the committed file), it lists
 * every part the elements render, once, and says each event's type.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Declaration {
  name: string;
  tagName?: string;
  cssParts?: { name: string; description?: string }[];
  events?: { name: string; type?: { text: string } }[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const committedText = readFileSync(join(root, 'custom-elements.json'), 'utf8');
const manifest = JSON.parse(committedText) as Manifest;
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const elements = declarations.filter((d) => d.tagName);

interface Module {
  path: string;
  declarations?: Declaration[];
}

/** Part names written in the templates of these files (`part="x"`, and the icon parts). */
function partsIn(dir: string, files: readonly string[]): Set<string> {
  const parts = new Set<string>();
  for (const file of files) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/\bpart="([^"$]+)"/g)) {
      for (const name of m[1]!.split(/\s+/)) parts.add(name);
    }
    // status-icon.ts passes its part name in (`part=${part}`): the two icon parts.
    for (const m of text.matchAll(/\bicon\('([a-z-]+-icon)'/g)) parts.add(m[1]!);
  }
  return parts;
}

/** Whether one of the files mentions one of the names as a word. */
function mentions(dir: string, files: readonly string[], names: readonly string[]): boolean {
  if (!names.length) return false;
  const word = new RegExp(`\\b(?:${names.join('|')})\\b`);
  return files.some((f) => f.endsWith('.ts') && word.test(readFileSync(join(dir, f), 'utf8')));
}

/**
 * Per element folder under src/elements (shared/ aside): the parts its files render, plus the
 * parts of shared/ (the base class's states and views, which every element built on it renders),
 * plus the parts of each chart controller in shared/controllers/ that the folder uses (names one
 * of its exports): the tooltip's parts only belong to elements that show a tooltip.
 */
function renderedPartsByFolder(): Map<string, Set<string>> {
  const dir = join(root, 'src', 'elements');
  const files = readdirSync(dir, { recursive: true }) as string[];
  const controllers = `shared${sep}controllers${sep}`;
  const shared = partsIn(
    dir,
    files.filter((f) => f.startsWith(`shared${sep}`) && !f.startsWith(controllers)),
  );
  const optIn = files
    .filter((f) => f.startsWith(controllers) && f.endsWith('.ts'))
    .map((f) => ({
      parts: partsIn(dir, [f]),
      names: [
        ...readFileSync(join(dir, f), 'utf8').matchAll(/\bexport (?:class|function|const) (\w+)/g),
      ].map((m) => m[1]!),
    }))
    .filter((c) => c.parts.size);
  const byFolder = new Map<string, Set<string>>();
  for (const folder of new Set(files.filter((f) => f.includes(sep)).map((f) => f.split(sep)[0]!))) {
    if (folder === 'shared') continue;
    const own = files.filter((f) => f.startsWith(`${folder}${sep}`));
    const parts = partsIn(dir, own);
    const used = optIn.filter((c) => mentions(dir, own, c.names)).flatMap((c) => [...c.parts]);
    byFolder.set(folder, parts.size ? new Set([...parts, ...shared, ...used]) : parts);
  }
  return byFolder;
}

describe('custom-elements.json', () => {
  test('is what a fresh npm run analyze writes', () => {
    const out = mkdtempSync(join(tmpdir(), 'sla-cem-'));
    try {
      const bin = join(root, 'node_modules', '.bin', 'custom-elements-manifest');
      // The analyzer joins --outdir to the working directory: pass it relative.
      const result = spawnSync(bin, ['analyze', '--quiet', '--outdir', relative(root, out)], {
        cwd: root,
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, result.stderr);
      const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
      assert.ok(
        fresh === committedText,
        'custom-elements.json is out of date: run `npm run analyze` and commit it',
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('each element declares every part its folder and the shared views render', () => {
    const modules = (manifest as unknown as { modules: Module[] }).modules;
    const byFolder = renderedPartsByFolder();
    assert.ok(byFolder.get('scorecard')?.size, 'the scorecard renders parts');
    for (const [folder, rendered] of byFolder) {
      const tags = modules
        .filter((m) => m.path.startsWith(`dist/elements/${folder}/`))
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName);
      if (!rendered.size) continue;
      assert.ok(tags.length, `src/elements/${folder} renders parts but defines no element`);
      const declared = new Set(tags.flatMap((d) => (d.cssParts ?? []).map((p) => p.name)));
      const missing = [...rendered].filter((p) => !declared.has(p)).sort();
      assert.deepEqual(missing, [], `src/elements/${folder}`);
    }
  });

  test('no element declares a part name twice (one name, one thing)', () => {
    for (const d of declarations) {
      const names = (d.cssParts ?? []).map((p) => p.name);
      const twice = names.filter((n, i) => names.indexOf(n) !== i);
      assert.deepEqual(twice, [], `${d.name} declares ${twice.join(', ')} more than once`);
    }
  });

  test('every event says its type', () => {
    const untyped = elements.flatMap((d) =>
      (d.events ?? []).filter((e) => !e.type?.text).map((e) => `${d.tagName} ${e.name}`),
    );
    assert.deepEqual(untyped, []);
    const scorecard = elements.find((d) => d.tagName === 'sla-scorecard')!;
    const select = scorecard.events?.find((e) => e.name === 'sla-select');
    assert.equal(select?.type?.text, 'SlaSelectEvent');
  });
});
