// What a page downloads for one entry of the standalone build (dist/standalone/): the entry file
// plus every shared chunk it imports statically, transitively, as listed in Vite's manifest
// (dist/standalone/.vite/manifest.json). Sizes are gzip -9 bytes, summed per file (each file is
// its own HTTP response). Used by scripts/test.mjs (size budgets) and bench/ (bytes report).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Repo-relative folder of the standalone build, and its manifest. */
export const STANDALONE_DIR = 'dist/standalone';
export const STANDALONE_MANIFEST = `${STANDALONE_DIR}/.vite/manifest.json`;

/** gzip -9 size of a file, in bytes. */
export function gzipBytes(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** `1234` -> `"1.2 kB"` (kB = 1024 bytes, as the budgets are written). */
export function kB(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/**
 * The standalone build's manifest for the repo at `root` (an empty one when it does not exist),
 * with a helper listing what a page loads for a file.
 * @param {string} root absolute path of the repo
 */
export function standaloneManifest(root) {
  const manifestFile = join(root, STANDALONE_MANIFEST);
  /** @type {Record<string, { file: string, imports?: string[] }>} */
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  const byFile = new Map(
    Object.values(manifest).map((chunk) => [`${STANDALONE_DIR}/${chunk.file}`, chunk]),
  );
  return {
    manifest,
    /**
     * `file` (repo-relative, e.g. dist/standalone/define/sla-scorecard.js) followed by the
     * repo-relative paths of the chunks it imports statically, transitively, each once. A file
     * the manifest does not know is returned alone.
     * @param {string} file
     * @returns {string[]}
     */
    withImports(file) {
      const seen = new Set([file]);
      const visit = (chunk) => {
        for (const key of chunk?.imports ?? []) {
          const imported = manifest[key];
          const path = imported && `${STANDALONE_DIR}/${imported.file}`;
          if (path && !seen.has(path)) {
            seen.add(path);
            visit(imported);
          }
        }
      };
      visit(byFile.get(file));
      return [...seen];
    },
  };
}

/**
 * Bytes a page loads for `file` (repo-relative) of the standalone build: per file and in total,
 * raw and gzip -9. Throws when a file is missing.
 * @param {string} root absolute path of the repo
 * @param {string} file
 */
export function loadedBytes(root, file) {
  const files = standaloneManifest(root)
    .withImports(file)
    .map((f) => ({
      file: f,
      bytes: readFileSync(join(root, f)).length,
      gzip: gzipBytes(join(root, f)),
    }));
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/**
 * Bytes a page that already loads `shown` (repo-relative standalone entry, e.g. the scorecard)
 * loads more for `file`: the files of `file` and its chunks that `shown` does not import.
 * @param {string} root absolute path of the repo
 * @param {string} file
 * @param {string} shown
 */
export function besideBytes(root, file, shown) {
  const { withImports } = standaloneManifest(root);
  const already = new Set(withImports(shown));
  const files = withImports(file)
    .filter((f) => !already.has(f))
    .map((f) => ({ file: f, gzip: gzipBytes(join(root, f)) }));
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/**
 * Bytes a page loads for every entry of the standalone build on one page: each entry and each
 * shared chunk counted once.
 * @param {string} root absolute path of the repo
 */
export function pageBytes(root) {
  const { manifest, withImports } = standaloneManifest(root);
  const files = new Set();
  for (const chunk of Object.values(manifest))
    if (chunk.isEntry) for (const f of withImports(`${STANDALONE_DIR}/${chunk.file}`)) files.add(f);
  const list = [...files].sort().map((f) => ({ file: f, gzip: gzipBytes(join(root, f)) }));
  return { files: list, gzip: list.reduce((sum, f) => sum + f.gzip, 0) };
}

/**
 * What a page loads for an npm entry (e.g. `define/sla-scorecard.js`) when an app bundles the
 * published package with esbuild (minified, code splitting, so lazy imports stay lazy): the
 * entry's output and the chunks it imports statically, gzip -9, each file once. Lit and the other
 * dependencies come from node_modules, as in an app. Needs `npm run build` (dist/) first.
 * @param {string} root absolute path of the repo
 * @param {string} entry path under dist/, e.g. `define/sla-scorecard.js`
 */
export async function npmEntryBytes(root, entry) {
  const esbuild = await import('esbuild');
  const { gzipSync: gzip } = await import('node:zlib');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, 'dist', entry)],
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    outdir: join(root, 'dist/.npm-bundle'),
    logLevel: 'warning',
  });
  const sizes = new Map(
    result.outputFiles.map((f) => [
      f.path.slice(root.length + 1),
      gzip(f.contents, { level: 9 }).length,
    ]),
  );
  const outputs = result.metafile.outputs;
  // Lazy chunks are entry points of their own in the metafile: start from the one asked for.
  const wanted = join('dist', entry);
  const start = Object.keys(outputs).find((o) => outputs[o].entryPoint === wanted);
  if (!start) throw new Error(`npmEntryBytes: no output for ${wanted}`);
  const seen = new Set();
  const visit = (out) => {
    if (seen.has(out) || !outputs[out]) return;
    seen.add(out);
    for (const imp of outputs[out].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(start);
  const files = [...seen].map((f) => ({ file: f, gzip: sizes.get(f) ?? 0 }));
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}
