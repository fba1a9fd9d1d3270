// `npm run build`: everything that goes into the npm package, in order.
//   1. clean dist/
//   1b. scripts/generate-validator.mjs -> src/feed/schema-check.generated.ts (from the schema)
//   2. vite build                      -> dist/ (ESM library, dependencies external)
//   3. vite build --mode standalone    -> dist/standalone/ (self-contained, minified)
//   3b. esbuild, one file per tag       -> dist/cdn/<tag>.js and dist/cdn/sla-kit.js (all tags):
//      each a single file with nothing to fetch but the feed (languages included)
//   4. tsc -p tsconfig.build.json      -> dist/types/
//   5. esbuild src/cli/main.ts         -> dist/cli.js (the `sla-kit` bin, all bundled)
//   6. feedJsonSchema()                -> dist/feed.schema.json
//   7. custom-elements-manifest        -> custom-elements.json
//   8. scripts/frameworks.mjs          -> dist/frameworks/ (from the manifest: JSX, Vue and Svelte
//      types, React 18 wrappers, VS Code custom data, JetBrains web-types)
// A step whose sources do not exist yet is skipped and said so; a step that fails stops the
// build with a non-zero exit. SLA_BUILD_QUIET=1 (set by scripts/test.mjs) keeps vite terse.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const at = (...parts) => join(root, ...parts);
const quiet = process.env.SLA_BUILD_QUIET === '1';
const skipped = [];

/** All files under dir (recursively) whose name passes the filter, as absolute paths. */
function filesUnder(dir, filter) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && filter(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

const isTs = (name) => name.endsWith('.ts') && !name.endsWith('.d.ts');

function bin(name, args) {
  const result = spawnSync(at('node_modules', '.bin', name), args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${name} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

async function step(title, { skipIf, run }) {
  const reason = skipIf?.();
  if (reason) {
    skipped.push(`${title}: ${reason}`);
    console.log(`\n-- ${title}: skipped (${reason})`);
    return;
  }
  console.log(`\n-- ${title}`);
  const started = performance.now();
  await run();
  console.log(`   done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const defineEntries = () => filesUnder(at('src/define'), isTs);
const libraryEntries = () => [
  ...['src/index.ts', 'src/feed/index.ts', 'src/model/index.ts'].filter((f) => existsSync(at(f))),
  ...defineEntries(),
];
const viteLog = quiet ? ['--logLevel', 'warn'] : [];

try {
  await step('clean dist/', {
    run: () => rmSync(at('dist'), { recursive: true, force: true }),
  });

  await step('generate the feed checker (-> src/feed/schema-check.generated.ts)', {
    skipIf: () => !existsSync(at('src/feed/schema.ts')) && 'src/feed/schema.ts does not exist',
    run: () => {
      const result = spawnSync(process.execPath, [at('scripts/generate-validator.mjs')], {
        cwd: root,
        stdio: 'inherit',
      });
      if (result.status !== 0) throw new Error(`generate-validator exited with ${result.status}`);
    },
  });

  await step('vite build (npm library -> dist/)', {
    skipIf: () =>
      libraryEntries().length === 0 &&
      'none of src/index.ts, src/feed/index.ts, src/model/index.ts, src/define/*.ts exist',
    run: () => bin('vite', ['build', ...viteLog]),
  });

  await step('vite build --mode standalone (-> dist/standalone/)', {
    skipIf: () => defineEntries().length === 0 && 'no src/define/*.ts yet',
    run: () => bin('vite', ['build', '--mode', 'standalone', ...viteLog]),
  });

  await step('esbuild one file per tag (-> dist/cdn/)', {
    skipIf: () => defineEntries().length === 0 && 'no src/define/*.ts yet',
    run: async () => {
      const esbuild = await import('esbuild');
      const { esbuildMinifyTemplates } = await import('./minify-templates.mjs');
      const common = {
        absWorkingDir: root,
        bundle: true,
        // No code splitting: the language catalogues that the other builds load on first use
        // are bundled into the file, so copying the one file is enough.
        splitting: false,
        format: 'esm',
        target: 'es2022',
        minify: true,
        legalComments: 'eof',
        logLevel: 'warning',
        // Importing a CDN file where there is no DOM (a server) must not throw.
        inject: [at('scripts/frameworks-cdn-globals.js')],
        plugins: [
          esbuildMinifyTemplates(),
          // One file has no feed worker file beside it: feeds by `src` are parsed on the main thread.
          {
            name: 'no-feed-worker',
            setup(build) {
              build.onResolve({ filter: /\/feed-worker-start\.js$/ }, () => ({
                path: at('src/elements/shared/feed-worker-none.ts'),
              }));
            },
          },
        ],
      };
      const entries = defineEntries().map((f) => relative(root, f));
      for (const entry of entries) {
        const name = entry.split('/').pop().replace(/\.ts$/, '');
        await esbuild.build({
          ...common,
          entryPoints: [entry],
          outfile: at('dist/cdn', `${name}.js`),
        });
      }
      await esbuild.build({
        ...common,
        stdin: {
          contents: entries.map((e) => `import './${e}';`).join('\n'),
          resolveDir: root,
          sourcefile: 'sla-kit-all.ts',
          loader: 'ts',
        },
        outfile: at('dist/cdn/sla-kit.js'),
      });
    },
  });

  await step('tsc -p tsconfig.build.json (-> dist/types/)', {
    skipIf: () =>
      filesUnder(at('src'), isTs).every((f) => relative(at('src'), f).startsWith('cli')) &&
      'no TypeScript sources under src/ (outside src/cli)',
    run: () => bin('tsc', ['-p', 'tsconfig.build.json']),
  });

  await step('esbuild src/cli/main.ts (-> dist/cli.js)', {
    skipIf: () => !existsSync(at('src/cli/main.ts')) && 'src/cli/main.ts does not exist',
    run: async () => {
      const esbuild = await import('esbuild');
      const outfile = at('dist/cli.js');
      await esbuild.build({
        absWorkingDir: root,
        entryPoints: ['src/cli/main.ts'],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        // The bin must run with no node_modules around it: everything is bundled. CommonJS
        // code inside an ESM bundle may still call require() for node built-ins.
        banner: {
          js: [
            '#!/usr/bin/env node',
            "import { createRequire as __slaCreateRequire } from 'node:module';",
            'const require = __slaCreateRequire(import.meta.url);',
          ].join('\n'),
        },
        legalComments: 'none',
        logLevel: 'warning',
      });
      chmodSync(outfile, 0o755);
    },
  });

  await step('feedJsonSchema() (-> dist/feed.schema.json)', {
    skipIf: () =>
      !existsSync(at('src/feed/json-schema.ts')) && 'src/feed/json-schema.ts does not exist',
    run: async () => {
      const { tsImport } = await import('tsx/esm/api');
      const source = pathToFileURL(at('src/feed/json-schema.ts')).href;
      /** @type {{ feedJsonSchema?: () => unknown }} */
      const mod = await tsImport(source, import.meta.url);
      if (typeof mod.feedJsonSchema !== 'function') {
        throw new Error('src/feed/json-schema.ts does not export a function feedJsonSchema()');
      }
      mkdirSync(at('dist'), { recursive: true });
      writeFileSync(
        at('dist/feed.schema.json'),
        `${JSON.stringify(mod.feedJsonSchema(), null, 2)}\n`,
      );
    },
  });

  await step('custom-elements-manifest analyze (-> custom-elements.json)', {
    skipIf: () =>
      filesUnder(at('src/elements'), isTs).length === 0 && 'no src/elements/**/*.ts yet',
    run: () => bin('custom-elements-manifest', ['analyze', '--quiet']),
  });
  await step('framework types, React wrappers, editor data (-> dist/frameworks/)', {
    skipIf: () =>
      (!existsSync(at('custom-elements.json')) && 'no custom-elements.json') ||
      (!existsSync(at('dist/types/index.d.ts')) && 'no dist/types/index.d.ts'),
    run: async () => {
      const { generateFrameworks } = await import('./frameworks.mjs');
      const manifest = JSON.parse(readFileSync(at('custom-elements.json'), 'utf8'));
      await generateFrameworks(root, manifest);
    },
  });
} catch (error) {
  console.error(`\nbuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

console.log(skipped.length ? `\nbuild done; skipped:\n  ${skipped.join('\n  ')}` : '\nbuild done');
