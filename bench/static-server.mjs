// What the browser benchmarks share: a fresh standalone build, its files held in memory (a build
// started elsewhere meanwhile, which empties dist/, cannot break a run), and a loopback server for
// them on a free port of 127.0.0.1 (no caching).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { STANDALONE_DIR, STANDALONE_MANIFEST } from '../scripts/bundle-size.mjs';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/standalone/ when `entry` is missing or older than src/ or vite.config.ts; exits the
 * process when the build fails. Then returns every standalone file by URL path (`/define/x.js`).
 * @param {string} root the repository
 * @param {string} entry a standalone file that must exist, relative to root
 * @returns {Map<string, { type: string, body: string | Buffer }>}
 */
export function freshStandaloneFiles(root, entry) {
  const at = (...parts) => join(root, ...parts);
  const built = existsSync(at(entry)) && existsSync(at(STANDALONE_MANIFEST));
  const stale =
    built &&
    statSync(at(STANDALONE_MANIFEST)).mtimeMs <
      Math.max(newestMtime(at('src')), statSync(at('vite.config.ts')).mtimeMs);
  if (!built || stale) {
    console.log(
      `${built ? 'dist/standalone/ is older than src/' : `${entry} is missing`}: vite build --mode standalone`,
    );
    const result = spawnSync(
      at('node_modules', '.bin', 'vite'),
      ['build', '--mode', 'standalone', '--logLevel', 'warn'],
      { cwd: root, stdio: 'inherit' },
    );
    if (result.status !== 0) {
      console.error(`vite build --mode standalone failed (exit ${result.status ?? result.signal})`);
      process.exit(1);
    }
  }
  const files = new Map();
  for (const file of readdirSync(at(STANDALONE_DIR), { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const full = join(file.parentPath ?? file.path, file.name);
    const url = `/${relative(at(STANDALONE_DIR), full).split(sep).join('/')}`;
    files.set(url, {
      type: TYPES[extname(full)] ?? 'application/octet-stream',
      body: readFileSync(full),
    });
  }
  return files;
}

/**
 * @param {Map<string, { type: string, body: string | Buffer }>} files
 * @returns {Promise<{ origin: string, server: import('node:http').Server }>}
 */
export async function serveFiles(files) {
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

/**
 * The in-page half of a browser benchmark (`bench/<name>.page.ts`), bundled with esbuild into one
 * minified ES module, as the text a page loads from `/bench/page.js`.
 */
export async function bundlePage(root, entry) {
  const { build } = await import('esbuild');
  const bundle = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return bundle.outputFiles[0].text;
}
