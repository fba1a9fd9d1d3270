// `node scripts/size-report.mjs [--json]`: where the bytes of each view come from.
// Bundles every src/define/*.ts with esbuild (minified, split, as the standalone build ships
// them), follows each entry's static imports (what a page downloads before the element can
// render; dynamic imports such as the lazy languages, the table and the full validator are left
// out and listed apart) and prints the gzip bytes by source group. A file's gzip size is shared
// out among its sources in proportion to their minified bytes (gzip does not add up per source;
// the per-file totals are exact). "all" is every entry on one page, each shared file counted once.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entries = readdirSync(join(root, 'src/define'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .sort()
  .map((f) => `src/define/${f}`);

/** Source path -> group shown in the report (first match wins). */
const GROUPS = [
  [/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//, 'lit'],
  [/node_modules\/@lit\/context\//, '@lit/context'],
  [/node_modules\/valibot\//, 'valibot'],
  [/node_modules\/d3-(shape|path)\//, 'd3-shape'],
  [/node_modules\//, 'other packages'],
  [
    /src\/feed\/(schema|fast|schema-pass|fields|json-locate)\.ts$|src\/feed\/schema-/,
    'feed schema + validator',
  ],
  [/src\/feed\//, 'feed parser (rules, normalise)'],
  [/src\/model\//, 'model'],
  [/src\/layout\//, 'layout'],
  [/\/i18n\/(de|ar)\.ts$/, 'de + ar messages (lazy)'],
  [/\/i18n\//, 'English messages + i18n'],
  [/\.styles\.ts$|src\/themes\//, 'styles'],
  [
    /src\/elements\/shared\/feed-(request|retry|polling|sources|controller|controller-options|event-queue|state|worker)/,
    'feed loader',
  ],
  [/src\/elements\/(feed|shared)\//, 'shared element code'],
  [/src\/elements\/scorecard\//, 'scorecard'],
  [/src\/elements\/breach-timeline\//, 'breach timeline'],
  [/src\/elements\/([^/]+)\//, (m) => m[1]],
  [/src\/define\//, 'define'],
];
function groupOf(path) {
  for (const [re, name] of GROUPS) {
    const m = re.exec(path);
    if (m) return typeof name === 'function' ? name(m) : name;
  }
  return 'other';
}

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: entries,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  write: false,
  metafile: true,
  outdir: join(root, 'dist/size-report'),
  logLevel: 'warning',
});

const gzipOf = new Map(
  result.outputFiles.map((f) => [
    f.path.slice(root.length + 1),
    gzipSync(f.contents, { level: 9 }).length,
  ]),
);
const outputs = result.metafile.outputs;

/** Output file -> gzip bytes by group (exact per file, shared out by minified bytes). */
function groupsOfOutput(out) {
  const info = outputs[out];
  const total = Object.values(info.inputs).reduce((s, i) => s + i.bytesInOutput, 0) || 1;
  const gz = gzipOf.get(out) ?? 0;
  const groups = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(info.inputs)) {
    const g = groupOf(input);
    groups.set(g, (groups.get(g) ?? 0) + (gz * bytesInOutput) / total);
  }
  return groups;
}

/** An entry's output, and every output it imports statically, transitively. */
function staticClosure(out, seen = new Set()) {
  if (seen.has(out)) return seen;
  seen.add(out);
  for (const imp of outputs[out].imports)
    if (imp.kind === 'import-statement' && outputs[imp.path]) staticClosure(imp.path, seen);
  return seen;
}
function lazyOf(files) {
  const lazy = new Set();
  for (const f of files)
    for (const imp of outputs[f].imports)
      if (imp.kind === 'dynamic-import' && !files.has(imp.path)) lazy.add(imp.path);
  return lazy;
}

const views = {};
const entryOut = Object.fromEntries(
  Object.entries(outputs)
    .filter(([, o]) => o.entryPoint)
    .map(([out, o]) => [o.entryPoint, out]),
);
const all = new Set();
for (const entry of entries) {
  const files = staticClosure(entryOut[entry]);
  files.forEach((f) => all.add(f));
  views[entry.replace(/^src\/define\/|\.ts$/g, '')] = files;
}
views.all = all;

const report = {};
for (const [name, files] of Object.entries(views)) {
  const groups = new Map();
  let gzip = 0;
  for (const f of files) {
    gzip += gzipOf.get(f) ?? 0;
    for (const [g, b] of groupsOfOutput(f)) groups.set(g, (groups.get(g) ?? 0) + b);
  }
  const lazy = [...lazyOf(files)].map((f) => ({
    file: f.replace(/^dist\/size-report\//, ''),
    gzip: gzipOf.get(f) ?? 0,
    groups: [...groupsOfOutput(f).keys()],
  }));
  report[name] = {
    gzip,
    groups: Object.fromEntries(
      [...groups].sort((a, b) => b[1] - a[1]).map(([g, b]) => [g, Math.round(b)]),
    ),
    lazy,
  };
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const [name, r] of Object.entries(report)) {
    console.log(`\n${name}: ${r.gzip} B gzip on load (esbuild, minified, split)`);
    for (const [g, b] of Object.entries(r.groups)) console.log(`  ${String(b).padStart(6)}  ${g}`);
    if (r.lazy.length) {
      console.log('  loaded on first use:');
      for (const l of r.lazy)
        console.log(`  ${String(l.gzip).padStart(6)}  ${l.file} (${l.groups.join(', ')})`);
    }
  }
}
