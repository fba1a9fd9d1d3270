// `node scripts/size-report.mjs [--json]` (after `npm run build`): where the bytes of each view
// come from, in the standalone build the size budgets measure (dist/standalone/). For each entry,
// the files a page downloads before the element can render (the entry and the chunks it imports
// statically, Vite's manifest) and their gzip -9 bytes, shared out by source group in proportion
// to each module's rendered length in the file (dist/standalone/.vite/modules.json, written by
// vite.config.ts; gzip does not add up per source, the per-file totals are exact). Modules loaded
// on first use (languages, plain mode, the strip, the full schema pass) are listed apart. "page"
// is every entry on one page, each file counted once.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipBytes, pageBytes, STANDALONE_DIR, standaloneManifest } from './bundle-size.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const modulesFile = join(root, STANDALONE_DIR, '.vite/modules.json');
if (!existsSync(modulesFile)) {
  console.error(`${STANDALONE_DIR}/.vite/modules.json is missing: run npm run build first`);
  process.exit(1);
}
/** @type {Record<string, Record<string, number>>} */
const modules = JSON.parse(readFileSync(modulesFile, 'utf8'));
const { manifest, withImports } = standaloneManifest(root);

/** Source path -> group shown in the report (first match wins). */
const GROUPS = [
  [/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//, 'lit'],
  [/node_modules\/@lit\/context\//, '@lit/context'],
  [/node_modules\/valibot\//, 'valibot'],
  [/node_modules\//, 'other packages'],
  [/src\/feed\/schema-check|src\/feed\/schema-checks\.ts$/, 'feed checker (generated)'],
  [/src\/feed\/(schema|fast|schema-pass)\.ts$/, 'feed schema (valibot)'],
  [/src\/feed\/(fields|json-locate|issues)\.ts$/, 'feed issue wording'],
  [/src\/feed\//, 'feed parser (rules, normalise)'],
  [/src\/model\//, 'model'],
  [/src\/layout\//, 'layout'],
  [/\/i18n\/(de|ar)\.ts$/, 'German + Arabic messages'],
  [/\/i18n\//, 'English messages + i18n'],
  [/\.styles\.ts$|src\/themes\//, 'styles'],
  [
    /src\/elements\/shared\/feed-(request|retry|polling|sources|controller|controller-options|event-queue|state|input|worker)/,
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

/** A file's gzip bytes by group (repo-relative file path). */
function groupsOfFile(file) {
  const gz = gzipBytes(join(root, file));
  const inFile = modules[file.slice(STANDALONE_DIR.length + 1)] ?? {};
  const total = Object.values(inFile).reduce((s, n) => s + n, 0) || 1;
  const groups = new Map();
  for (const [id, length] of Object.entries(inFile)) {
    const g = groupOf(id);
    groups.set(g, (groups.get(g) ?? 0) + (gz * length) / total);
  }
  return { gzip: gz, groups };
}

const byFile = new Map(Object.values(manifest).map((c) => [`${STANDALONE_DIR}/${c.file}`, c]));
function view(files) {
  const groups = new Map();
  let gzip = 0;
  for (const f of files) {
    const r = groupsOfFile(f);
    gzip += r.gzip;
    for (const [g, b] of r.groups) groups.set(g, (groups.get(g) ?? 0) + b);
  }
  const lazy = new Set();
  for (const f of files)
    for (const key of byFile.get(f)?.dynamicImports ?? []) {
      const file = manifest[key] && `${STANDALONE_DIR}/${manifest[key].file}`;
      if (file && !files.includes(file)) lazy.add(file);
    }
  return {
    gzip,
    files: files.map((f) => f.slice(STANDALONE_DIR.length + 1)),
    groups: Object.fromEntries(
      [...groups].sort((a, b) => b[1] - a[1]).map(([g, b]) => [g, Math.round(b)]),
    ),
    lazy: [...lazy].sort().map((f) => {
      const r = groupsOfFile(f);
      return {
        file: f.slice(STANDALONE_DIR.length + 1),
        gzip: r.gzip,
        groups: [...r.groups.keys()],
      };
    }),
  };
}

const report = {};
for (const chunk of Object.values(manifest).filter((c) => c.isEntry)) {
  const name = chunk.file.replace(/^define\/|\.js$/g, '');
  report[name] = view(withImports(`${STANDALONE_DIR}/${chunk.file}`));
}
report.page = view(pageBytes(root).files.map((f) => f.file));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const [name, r] of Object.entries(report)) {
    console.log(`\n${name}: ${r.gzip} B gzip on load (${r.files.join(' + ')})`);
    for (const [g, b] of Object.entries(r.groups)) console.log(`  ${String(b).padStart(6)}  ${g}`);
    if (r.lazy.length) {
      console.log('  loaded on first use:');
      for (const l of r.lazy)
        console.log(`  ${String(l.gzip).padStart(6)}  ${l.file} (${l.groups.join(', ')})`);
    }
  }
}
