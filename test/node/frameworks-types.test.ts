/**
 * The framework types shipped in dist/frameworks (built by `npm run build` from
 * custom-elements.json): a React 19 TSX file (`sla-kit/jsx`), React 18 wrappers (`sla-kit/react`),
 * a Vue single-file component (vue-tsc, `sla-kit/vue`) and a Svelte 5 component (svelte-check,
 * `sla-kit/svelte`) type-check against the package as an app sees it (`sla-kit/...` resolves
 * through package.json exports), and one deliberate misuse in each fails with the expected
 * error. Fixtures: test/types/. The examples in docs/frameworks.md are these files.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const at = (...parts: string[]) => join(root, ...parts);
const bin = (name: string) => at('node_modules', '.bin', name);

interface Diagnostic {
  readonly path: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

function requireBuild(): void {
  assert.ok(
    existsSync(at('dist/frameworks/jsx.d.ts')),
    'dist/frameworks/ is missing: run `npm run build` first (npm test does)',
  );
}

function run(command: string, args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** `path(line,col): error TS2322: message` lines of tsc / vue-tsc (`--pretty false`). */
function tscDiagnostics(output: string): Diagnostic[] {
  return [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)].map((m) => ({
    path: m[1]!,
    file: m[1]!.split('/').pop()!,
    line: Number(m[2]),
    message: m[3]!,
  }));
}

/** svelte-check `--output machine` ERROR lines. */
function svelteDiagnostics(output: string): Diagnostic[] {
  return [...output.matchAll(/^\d+ ERROR "(.+?)" (\d+):\d+ "(.*)"$/gm)].map((m) => ({
    path: m[1]!,
    file: m[1]!.split('/').pop()!,
    line: Number(m[2]),
    message: m[3]!,
  }));
}

/** The line of the fixture that says it must not compile (`error:` marker or the misused tag). */
function lineOf(fixture: string, needle: string): number {
  const lines = readFileSync(at('test/types', fixture), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `${needle} not found in ${fixture}`);
  return index + 1;
}

function assertOnlyMisuse(
  diagnostics: readonly Diagnostic[],
  misuse: { file: string; fixture: string; needle: string; message: RegExp },
  output: string,
): void {
  const others = diagnostics.filter((d) => d.file !== misuse.file).map((d) => d.message);
  assert.deepEqual(others, [], `the correct examples must compile:\n${output}`);
  const wrong = diagnostics.filter((d) => d.file === misuse.file);
  assert.equal(wrong.length, 1, `exactly one error in ${misuse.file}:\n${output}`);
  assert.equal(wrong[0]!.line, lineOf(misuse.fixture, misuse.needle));
  assert.match(wrong[0]!.message, misuse.message);
}

describe('framework types (dist/frameworks, through package.json exports)', () => {
  it('React 19 JSX: a portal with two elements compiles; a wrong attribute value does not', () => {
    requireBuild();
    const { status, output } = run(bin('tsc'), [
      '-p',
      'test/types/react19/tsconfig.json',
      '--pretty',
      'false',
    ]);
    assert.notEqual(status, 0);
    assertOnlyMisuse(
      tscDiagnostics(output),
      {
        file: 'misuse.tsx',
        fixture: 'react19/misuse.tsx',
        needle: 'variant="bars"',
        message:
          /TS2322: Type '"bars"' is not assignable to type '"(lanes|strip)" \| "(lanes|strip)" \| undefined'/,
      },
      output,
    );
  });

  it('React 18 wrappers: typed props and onSlaSelect compile; a number as the feed does not', () => {
    requireBuild();
    const { status, output } = run(bin('tsc'), [
      '-p',
      'test/types/react18/tsconfig.json',
      '--pretty',
      'false',
    ]);
    assert.notEqual(status, 0);
    assertOnlyMisuse(
      tscDiagnostics(output),
      {
        file: 'misuse.tsx',
        fixture: 'react18/misuse.tsx',
        needle: 'feed={42}',
        message: /TS2322: Type 'number' is not assignable to type 'string \| \{ schemaVersion: 1;/,
      },
      output,
    );
  });

  it('Vue 3 (vue-tsc): the single-file component compiles; a wrong attribute value does not', () => {
    requireBuild();
    const { status, output } = run(bin('vue-tsc'), [
      '-p',
      'test/types/vue/tsconfig.json',
      '--pretty',
      'false',
    ]);
    assert.notEqual(status, 0);
    assertOnlyMisuse(
      tscDiagnostics(output),
      {
        file: 'Misuse.vue',
        fixture: 'vue/Misuse.vue',
        needle: 'variant="bars"',
        message:
          /TS2322: Type '"bars"' is not assignable to type '"lanes" \| "strip" \| undefined'/,
      },
      output,
    );
  });

  it('Svelte 5 (svelte-check): the component compiles; a wrong attribute value does not', () => {
    requireBuild();
    const { output } = run(bin('svelte-check'), [
      '--workspace',
      'test/types/svelte',
      '--tsconfig',
      './tsconfig.json',
      '--output',
      'machine',
    ]);
    assert.match(output, /COMPLETED \d+ FILES 1 ERRORS/, output);
    assertOnlyMisuse(
      svelteDiagnostics(output),
      {
        file: 'Misuse.svelte',
        fixture: 'svelte/Misuse.svelte',
        needle: 'variant="bars"',
        message:
          /Type '\\"bars\\"' is not assignable to type '\\"lanes\\" \| \\"strip\\" \| undefined'/,
      },
      output,
    );
  });

  it('the generated declarations compile on their own, with library checks on', () => {
    requireBuild();
    const { output } = run(bin('tsc'), [
      '-p',
      'test/types/declarations/tsconfig.json',
      '--pretty',
      'false',
    ]);
    // Only our files count: a dependency's own declarations are not ours to fix.
    const ours = tscDiagnostics(output).filter((d) => d.path.includes('dist/frameworks/'));
    assert.deepEqual(ours, [], output);
  });
});

interface ManifestDeclaration {
  readonly name: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly events?: readonly {
    readonly name?: string;
    readonly type?: { readonly text?: string };
  }[];
}

function manifestTags(): { tag: string; name: string; events: ManifestDeclaration['events'] }[] {
  const manifest = JSON.parse(readFileSync(at('custom-elements.json'), 'utf8')) as {
    modules: { declarations?: ManifestDeclaration[] }[];
  };
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => ({ tag: d.tagName!, name: d.name, events: d.events ?? [] }));
}

describe('generated from custom-elements.json: every tag, every event', () => {
  it('every event of every element has a type in the manifest (JSDoc @fires {Type})', () => {
    const untyped = manifestTags().flatMap(({ tag, events }) =>
      (events ?? []).filter((e) => !e.type?.text).map((e) => `${tag} ${e.name}`),
    );
    assert.deepEqual(untyped, []);
  });

  it('every type the manifest names is exported by sla-kit, sla-kit/feed or sla-kit/model', async () => {
    requireBuild();
    const { frameworkModel } = await import('../../scripts/frameworks.mjs');
    const manifest: unknown = JSON.parse(readFileSync(at('custom-elements.json'), 'utf8'));
    const model = await frameworkModel(root, manifest);
    assert.deepEqual(model.missing, []);
    const scorecard = model.elements.find((el) => el.tag === 'sla-scorecard');
    assert.equal(scorecard?.propTypes.get('feed'), 'FeedInput | Feed | string | undefined');
    assert.equal(scorecard?.eventTypes.get('sla-select'), 'SlaSelectEvent');
  });

  it('each framework file and the editor data cover every tag of the manifest', () => {
    requireBuild();
    const read = (file: string) => readFileSync(at('dist/frameworks', file), 'utf8');
    const html = JSON.parse(read('vscode.html-custom-data.json')) as { tags: { name: string }[] };
    const webTypes = JSON.parse(read('web-types.json')) as {
      contributions: { html: { elements: { name: string }[] } };
    };
    for (const { tag, name, events } of manifestTags()) {
      for (const file of ['jsx-types.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
        assert.ok(read(file).includes(`"${tag}":`), `${tag} in ${file}`);
      }
      assert.match(read('react.js'), new RegExp(`export const ${name} = createComponent\\(`));
      assert.match(read('react.d.ts'), new RegExp(`export declare const ${name}:`));
      for (const event of events ?? []) {
        assert.ok(read('vue.d.ts').includes(`"on${event.name![0]!.toUpperCase()}`), event.name);
        assert.ok(read('svelte.d.ts').includes(`"on${event.name}"`), `${tag} ${event.name}`);
      }
      assert.ok(
        html.tags.some((t) => t.name === tag),
        `${tag} in VS Code data`,
      );
      assert.ok(
        webTypes.contributions.html.elements.some((e) => e.name === tag),
        `${tag} in web-types`,
      );
    }
  });

  it('package.json points editors at the data, and npm pack ships it', () => {
    const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8')) as {
      'web-types'?: string;
      exports: Record<string, unknown>;
    };
    assert.equal(pkg['web-types'], './dist/frameworks/web-types.json');
    for (const entry of [
      './jsx',
      './vue',
      './svelte',
      './react',
      './web-types.json',
      './vscode.html-custom-data.json',
      './vscode.css-custom-data.json',
    ]) {
      assert.ok(entry in pkg.exports, entry);
    }
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packed = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(packed.status, 0, packed.stderr);
    const [pack] = JSON.parse(packed.stdout) as { files: { path: string }[] }[];
    const files = pack!.files.map((f) => f.path);
    for (const file of [
      'web-types.json',
      'vscode.html-custom-data.json',
      'vscode.css-custom-data.json',
      'jsx.d.ts',
      'jsx-types.d.ts',
      'vue.d.ts',
      'svelte.d.ts',
      'react.js',
      'react.d.ts',
    ]) {
      assert.ok(files.includes(`dist/frameworks/${file}`), file);
    }
  });
});

describe('docs/frameworks.md', () => {
  it('shows the type-checked examples as they are (copy-pasteable)', () => {
    const docs = readFileSync(at('docs/frameworks.md'), 'utf8');
    for (const fixture of [
      'react19/portal.tsx',
      'react18/portal.tsx',
      'vue/Portal.vue',
      'svelte/Portal.svelte',
    ]) {
      const code = readFileSync(at('test/types', fixture), 'utf8').trimEnd();
      assert.ok(docs.includes(code), `docs/frameworks.md shows test/types/${fixture}`);
    }
  });
});
