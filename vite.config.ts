/**
 * Vite, three jobs:
 *   `vite` / `npm start`        dev server for the demo portal (root demo/, 127.0.0.1:5173).
 *   `vite build`                npm library build: ESM, dist/, dependencies external, one output
 *                               file per source module (readable, tree-shakable by consumers).
 *   `vite build --mode standalone`
 *                               dist/standalone/: everything bundled and minified, one entry per
 *                               src/define/*.ts, shared code in chunks/. For plain
 *                               `<script type="module">` pages and for the size budgets.
 * Vite 8 bundles with Rolldown: bundler options live under `build.rolldownOptions`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { viteMinifyTemplates } from './scripts/minify-templates.mjs';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (...parts: string[]): string => resolve(repoRoot, ...parts);

/** Every package in `dependencies`, and its subpaths (lit/directives/..., @lit/context/...), is external. */
function dependencyMatcher(): (id: string) => boolean {
  const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const names = Object.keys(pkg.dependencies ?? {});
  return (id) => names.some((name) => id === name || id.startsWith(`${name}/`));
}

/** `define/<tag>` -> src/define/<tag>.ts, for every registration entry point that exists. */
function defineEntries(): Record<string, string> {
  const dir = fromRoot('src/define');
  if (!existsSync(dir)) return {};
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort();
  return Object.fromEntries(
    files.map((file) => [`define/${basename(file, '.ts')}`, resolve(dir, file)]),
  );
}

/** The package's public entry points (package.json "exports"), skipping ones not written yet. */
function libraryEntries(): Record<string, string> {
  const candidates: Record<string, string> = {
    index: fromRoot('src/index.ts'),
    feed: fromRoot('src/feed/index.ts'),
    model: fromRoot('src/model/index.ts'),
  };
  const present = Object.entries(candidates).filter(([, file]) => existsSync(file));
  return { ...Object.fromEntries(present), ...defineEntries() };
}

function requireEntries(entries: Record<string, string>, what: string): Record<string, string> {
  if (Object.keys(entries).length === 0) {
    throw new Error(`vite build: no ${what} entry points found under src/`);
  }
  return entries;
}

/**
 * The demo's feed server, as a provider's backend would do it: each customer portal gets its own
 * feed, cut from the portfolio feed by `sliceFeed` (`/sla/<customer>.json`), so a customer's
 * browser never downloads another customer's data. `/sla/index.json` lists the customers for the
 * demo's customer switcher (a real portal knows its customer from the login, and keeps this list
 * on the server).
 */
function perCustomerFeeds(): Plugin {
  return {
    name: 'sla-demo-per-customer-feeds',
    configureServer(server) {
      server.middlewares.use('/sla/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        void (async () => {
          const kit = (await server.ssrLoadModule(
            fromRoot('src/feed/index.ts'),
          )) as typeof import('./src/feed/index.js');
          const parsed = kit.parseFeed(
            readFileSync(fromRoot('test/fixtures/sample-feed.json'), 'utf8'),
          );
          if (!parsed.ok) throw new Error('the sample feed does not validate');
          const { feed } = parsed;
          let body: unknown;
          if (name === 'index.json') {
            body = { customers: feed.customers.map((c) => ({ id: c.id, name: c.name })) };
          } else {
            const id = name.replace(/\.json$/, '');
            if (!name.endsWith('.json') || !feed.customers.some((c) => c.id === id)) {
              res.statusCode = 404;
              res.end('no such customer feed');
              return;
            }
            body = kit.sliceFeed(feed, id);
          }
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(JSON.stringify(body));
        })().catch(next);
      });
    },
  };
}

/**
 * The demo's monthly reports, as a provider's backend makes them: `/sla/report/<customer>.html`
 * (`?period=YYYY-MM`, default the latest complete month) is what `sla-kit report` writes for that
 * customer from the sample feed, by the same builder (src/report/report-html.ts), with the kit's
 * one-file runtime bundled from src/define/ on first use. Sent as a download.
 */
function monthlyReports(): Plugin {
  let runtime: Promise<string> | undefined;
  const bundleRuntime = async (): Promise<string> => {
    const esbuild = await import('esbuild');
    const entries = Object.values(defineEntries());
    const result = await esbuild.build({
      stdin: {
        contents: entries.map((e) => `import ${JSON.stringify(e)};`).join('\n'),
        resolveDir: repoRoot,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'warning',
      // As in the one-file build: no worker file beside it, feeds are parsed on the main thread.
      plugins: [
        {
          name: 'no-feed-worker',
          setup(build) {
            build.onResolve({ filter: /\/feed-worker-start\.js$/ }, () => ({
              path: fromRoot('src/elements/shared/feed-worker-none.ts'),
            }));
          },
        },
      ],
    });
    return result.outputFiles[0]!.text;
  };
  return {
    name: 'sla-demo-monthly-reports',
    configureServer(server) {
      server.middlewares.use('/sla/report/', (req, res, next) => {
        void (async () => {
          const url = new URL(req.url ?? '/', 'http://demo.invalid');
          const id = decodeURIComponent(url.pathname.replace(/^\//, '').replace(/\.html$/, ''));
          const { parseFeed } = (await server.ssrLoadModule(
            fromRoot('src/feed/index.ts'),
          )) as typeof import('./src/feed/index.js');
          const { buildReport, ReportError } = (await server.ssrLoadModule(
            fromRoot('src/report/report-html.ts'),
          )) as typeof import('./src/report/report-html.js');
          const parsed = parseFeed(
            readFileSync(fromRoot('test/fixtures/sample-feed.json'), 'utf8'),
          );
          if (!parsed.ok) throw new Error('the sample feed does not validate');
          runtime ??= bundleRuntime();
          try {
            const report = await buildReport(parsed.feed, {
              customer: id,
              period: url.searchParams.get('period') ?? undefined,
              asOf: Date.now(),
              runtime: await runtime,
            });
            const file = `sla-report-${id.replace(/[^A-Za-z0-9_-]/g, '_')}-${report.data.month}.html`;
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
            res.setHeader('Cache-Control', 'no-store');
            res.end(report.html);
          } catch (error) {
            if (!(error instanceof ReportError)) throw error;
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(error.message);
          }
        })().catch(next);
      });
    },
  };
}

function serveConfig(): UserConfig {
  return {
    root: fromRoot('demo'),
    plugins: [monthlyReports(), perCustomerFeeds()],
    // The bundled fixtures (sample feed) are served as static files: /sample-feed.json.
    publicDir: fromRoot('test/fixtures'),
    // The demo pages load the kit and the fixtures from the repo root. Module imports of
    // ../src/... already work through fs.allow; `<script src="../src/...">` becomes the URL
    // /src/..., which the aliases map back to the repo (else the SPA fallback answers with HTML).
    resolve: {
      alias: [{ find: /^\/(src|test|stories)\//, replacement: `${repoRoot}$1/` }],
    },
    server: {
      host: '127.0.0.1',
      port: 5173,
      fs: { allow: [repoRoot] },
    },
    preview: { host: '127.0.0.1', port: 4173 },
  };
}

function libraryConfig(): UserConfig {
  const isExternal = dependencyMatcher();
  return {
    root: repoRoot,
    // Relative URLs for emitted files (the feed worker), so dist/ works wherever it is served from.
    base: './',
    publicDir: false,
    // Lit templates and styles minified here, so consumers' bundles get them small too.
    plugins: [viteMinifyTemplates()],
    build: {
      outDir: fromRoot('dist'),
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      lib: {
        entry: requireEntries(libraryEntries(), 'library'),
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: {
        external: isExternal,
        output: {
          // One file per source module under dist/ (named entries keep their alias:
          // dist/index.js, dist/feed.js, dist/model.js, dist/define/<tag>.js); consumers'
          // bundlers then tree-shake and dedupe exactly as with the source.
          preserveModules: true,
          preserveModulesRoot: fromRoot('src'),
        },
      },
    },
  };
}

/**
 * Writes dist/standalone/.vite/modules.json: for each output file, the source modules in it and
 * their rendered length, for scripts/size-report.mjs (bytes by source).
 */
function moduleSizes(): Plugin {
  return {
    name: 'sla-module-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files: Record<string, Record<string, number>> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        files[output.fileName] = Object.fromEntries(
          Object.entries(output.modules).map(([id, m]) => [
            id.startsWith(repoRoot) ? id.slice(repoRoot.length) : id,
            m.renderedLength,
          ]),
        );
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/modules.json',
        source: `${JSON.stringify(files, null, 1)}\n`,
      });
    },
  };
}

function standaloneConfig(): UserConfig {
  return {
    root: repoRoot,
    // Relative URLs for emitted files (the feed worker): the folder can be copied anywhere.
    base: './',
    publicDir: false,
    plugins: [viteMinifyTemplates(), moduleSizes()],
    build: {
      outDir: fromRoot('dist/standalone'),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      // .vite/manifest.json lists each entry's static imports: scripts/test.mjs uses it to
      // budget an entry together with the shared chunks a page has to download with it.
      manifest: true,
      lib: {
        entry: requireEntries(defineEntries(), 'src/define/*.ts'),
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: {
        // Lib mode keeps each entry's exports exactly ('strict'), so code an entry shares with a
        // module it loads on first use (plain mode, the strip) would become one more chunk to
        // download up front. Letting the entry export it too keeps it in the entry file.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Vite keeps whitespace and /*#__PURE__*/ in lib-mode ES output (for consumers'
          // tree-shaking). These files go straight to browsers: minify fully, keep licences.
          minify: true,
          comments: { legal: true, annotation: false, jsdoc: false },
          // Several tags on one page must share one Lit and one context registry: shared code
          // goes to chunks/ rather than being copied into every entry.
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return serveConfig();
  return mode === 'standalone' ? standaloneConfig() : libraryConfig();
});
