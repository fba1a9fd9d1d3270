/**
 * `npm run new-element -- sla-x` (scripts/new-element.mjs), run into a temporary copy of the
 * repository: it refuses names the kit does not allow, and what it writes typechecks, lints, is
 * declared in the manifest, follows the anatomy (harness, story states) and passes its own test in
 * Chromium, so a new element is correct from its first commit.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = join(root, 'scripts', 'new-element.mjs');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

/** Build outputs and local state a copy does not need. */
const NOT_COPIED = new Set([
  '.git',
  'node_modules',
  'dist',
  'storybook-static',
  'coverage',
  'reports',
  '.stryker-tmp',
]);

/** The repository's files, copied (build outputs aside); node_modules linked. */
function copyOfRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sla-new-element-'));
  for (const name of readdirSync(root)) {
    if (NOT_COPIED.has(name)) continue;
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function generate(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [script, ...args, '--root', dir], {
    cwd: dir,
    encoding: 'utf8',
  });
}

const TAG = 'sla-uptime-card';
const FILES = [
  'src/elements/uptime-card/sla-uptime-card.ts',
  'src/elements/uptime-card/sla-uptime-card.styles.ts',
  'src/elements/uptime-card/i18n/en.ts',
  'src/elements/uptime-card/i18n/de.ts',
  'src/elements/uptime-card/i18n/ar.ts',
  'src/elements/uptime-card/i18n/index.ts',
  'src/elements/uptime-card/README.md',
  'src/define/sla-uptime-card.ts',
  'test/elements/uptime-card/harness.ts',
  'test/elements/uptime-card/sla-uptime-card.test.ts',
  'stories/uptime-card.stories.ts',
];

describe('npm run new-element', () => {
  let dir = '';
  let generated: ReturnType<typeof generate>;
  const read = (path: string): string => readFileSync(join(dir, path), 'utf8');

  before(() => {
    dir = copyOfRepo();
    generated = generate(dir, TAG);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('refuses a name without the sla- prefix, or not in kebab case, and writes nothing', () => {
    for (const name of ['uptime-card', 'sla-Breach', 'sla-uptime_card', 'sla-']) {
      const result = generate(dir, name);
      assert.equal(result.status, 1, name);
      assert.match(result.stderr, /sla- prefix|kebab-case/, name);
    }
    assert.equal(existsSync(join(dir, 'src/elements/Breach')), false);
    assert.equal(existsSync(join(dir, 'src/define/uptime-card.ts')), false);
  });

  test('refuses an existing name (an element folder, or what it generated before)', () => {
    for (const name of ['sla-scorecard', 'sla-feed', TAG]) {
      const before = existsSync(join(dir, 'src/define', `${name}.ts`))
        ? read(`src/define/${name}.ts`)
        : '';
      const result = generate(dir, name);
      assert.equal(result.status, 1, name);
      assert.match(result.stderr, /exists already/, name);
      assert.equal(
        existsSync(join(dir, 'src/define', `${name}.ts`)) ? read(`src/define/${name}.ts`) : '',
        before,
      );
    }
  });

  test('writes the element folder, its define entry, harness, test, story and README', () => {
    assert.equal(generated.status, 0, generated.stderr);
    for (const path of FILES) assert.ok(existsSync(join(dir, path)), path);
    const element = read(FILES[0]!);
    assert.match(element, /export class SlaUptimeCard extends SlaElement/);
    assert.match(element, /@summary /);
    assert.match(element, /@csspart base /);
    assert.match(element, /@fires \{SlaErrorEvent\} sla-error /);
    assert.match(element, /this\.renderWithState\(/);
    assert.match(read('src/define/sla-uptime-card.ts'), /customElements\.get\('sla-uptime-card'\)/);
    assert.match(
      read('src/elements/uptime-card/i18n/index.ts'),
      /defineMessages\('sla-uptime-card'/,
    );
  });

  test('the repository typechecks with the new element, whose files lint and are formatted', () => {
    // The whole project: a new element's message keys join every catalogue type of the kit.
    const tsc = spawnSync(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    const ts = FILES.filter((f) => f.endsWith('.ts'));
    const lint = spawnSync(bin('eslint'), ts, { cwd: dir, encoding: 'utf8' });
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);
    const format = spawnSync(bin('prettier'), ['--check', ...FILES], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(format.status, 0, format.stdout + format.stderr);
  });

  test('the manifest declares the new element: its tag, parts and typed events', () => {
    const manifest = JSON.parse(read('custom-elements.json')) as {
      modules: {
        declarations?: {
          tagName?: string;
          cssParts?: { name: string }[];
          events?: { name: string; type?: { text: string } }[];
        }[];
      }[];
    };
    const declaration = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === TAG);
    assert.ok(declaration, 'no declaration with the tag');
    const parts = (declaration.cssParts ?? []).map((p) => p.name);
    for (const part of ['base', 'heading', 'loading', 'empty', 'error'])
      assert.ok(parts.includes(part), part);
    assert.deepEqual((declaration.events ?? []).map((e) => `${e.name} ${e.type?.text}`).sort(), [
      'sla-error SlaErrorEvent',
      'sla-load SlaLoadEvent',
    ]);
  });

  test('the manifest checks of the repository pass with the new element (analyze, parts, event types)', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--test', 'test/node/manifest.test.ts'],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  test('its test acts through the harness, and its story covers the states', () => {
    const harness = read('test/elements/uptime-card/harness.ts');
    assert.match(harness, /class UptimeCardHarness extends ElementHarness<SlaUptimeCard>/);
    const spec = read('test/elements/uptime-card/sla-uptime-card.test.ts');
    assert.match(spec, /from '\.\/harness\.js'/);
    for (const block of ['states', 'what it shows', 'accessibility']) {
      assert.match(spec, new RegExp(`describe\\('${block}'`), block);
    }
    assert.doesNotMatch(spec, /shadowRoot|querySelector/, 'reads through the harness');
    const story = read('stories/uptime-card.stories.ts');
    assert.match(story, /title: 'Elements\/sla-uptime-card'/);
    assert.match(story, /import '\.\.\/src\/define\/sla-uptime-card\.js'/);
    for (const name of ['Default', 'Loading', 'EmptyAgreement', 'ErrorInvalidFeed', 'Arabic']) {
      assert.match(story, new RegExp(`export const ${name}: Story`), name);
    }
    assert.match(story, /tags: \['expect-loading'\]/);
  });

  test('its test passes in Chromium: loading, no data, invalid feed and a missing agreement', () => {
    const wtr = spawnSync(
      bin('web-test-runner'),
      ['--files', 'test/elements/uptime-card/sla-uptime-card.test.ts'],
      { cwd: dir, encoding: 'utf8', timeout: 240_000 },
    );
    assert.equal(wtr.status, 0, wtr.stdout + wtr.stderr);
    assert.match(wtr.stdout, /7 passed, 0 failed/);
  });
});
