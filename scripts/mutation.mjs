// `npm run mutation`: StrykerJS on the pure layers (src/model, src/feed, src/layout), then the
// scores per layer and per file with the equivalent mutants of scripts/mutation/equivalent.json
// left out, checked against the floors in scripts/mutation/scores.json (docs/testing.md).
//
//   npm run mutation                      every file of the three layers
//   npm run mutation -- --incremental     reuse reports/mutation/stryker-incremental.json
//   npm run mutation -- --changed[=REF]   only the pure-layer sources changed since REF (default
//                                         main) or not yet committed; CI-friendly
//   npm run mutation -- --full            also the static mutants (slow, see docs/testing.md)
//   npm run mutation -- --feed-tests      only the feed's own tests (fast for src/feed files)
//   npm run mutation -- --own-tests --mutate src/feed/fast.ts
//                                         only the test files that import the mutated files
//                                         themselves (not through index.ts or other modules)
//   npm run mutation -- --report-only     no run: score the last reports/mutation/mutation.json
// Other arguments go to `stryker run` (e.g. --mutate src/model/fee.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const at = (...parts) => join(root, ...parts);
const LAYERS = ['src/model/', 'src/feed/', 'src/layout/'];
const NOT_MUTATED = /(^|\/)index\.ts$|^src\/feed\/types\.ts$/;

const args = process.argv.slice(2);
const strykerArgs = [];
let changedRef = null;
let full = false;
let reportOnly = false;
let feedTests = false;
let ownTests = false;
for (const arg of args) {
  if (arg === '--changed') changedRef = 'main';
  else if (arg.startsWith('--changed=')) changedRef = arg.slice('--changed='.length);
  else if (arg === '--full') full = true;
  else if (arg === '--report-only') reportOnly = true;
  else if (arg === '--feed-tests') feedTests = true;
  else if (arg === '--own-tests') ownTests = true;
  else strykerArgs.push(arg);
}

function git(...gitArgs) {
  const result = spawnSync('git', gitArgs, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${gitArgs.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout.split('\n').filter(Boolean);
}

/** True when `ref` names a commit here (a fresh clone has `origin/main` but no local `main`). */
function hasRef(ref) {
  return (
    spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root })
      .status === 0
  );
}

let mutated = null;
if (changedRef === 'main' && !hasRef('main') && hasRef('origin/main')) changedRef = 'origin/main';
if (changedRef !== null) {
  const files = new Set([
    ...git('diff', '--name-only', `${changedRef}...HEAD`),
    ...git('diff', '--name-only', 'HEAD'),
  ]);
  mutated = [...files]
    .filter((f) => f.endsWith('.ts') && LAYERS.some((l) => f.startsWith(l)))
    .filter((f) => !NOT_MUTATED.test(f) && existsSync(at(f)))
    .sort();
  if (mutated.length === 0) {
    console.log(`mutation: no pure-layer source changed since ${changedRef}; nothing to mutate`);
    process.exit(0);
  }
  console.log(`mutation: ${mutated.length} changed file(s): ${mutated.join(', ')}`);
  strykerArgs.push('--mutate', mutated.join(','));
}

/** The pure-layer test files (test/model, test/feed, test/layout). */
function pureTestFiles() {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(at(dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.test.ts')) out.push(path);
    }
  };
  for (const dir of ['test/model', 'test/feed', 'test/layout']) if (existsSync(at(dir))) walk(dir);
  return out.sort();
}

/**
 * `--own-tests`: the test files that import one of `files` themselves (a static or dynamic import
 * whose relative specifier names the file, `.js` or `.ts`). Tests that reach a file only through
 * index.ts or another module are left out: they are the slow part of a run and rarely the ones that
 * kill its mutants (the rules suites test each file directly).
 */
function ownTestsOf(files) {
  const wanted = new Set(files.map((f) => f.replace(/\.ts$/, '')));
  const importRe =
    /(?:from\s*|import\s*\(\s*)[`'"](\.{1,2}\/[^`'"?]+?)(?:\.js|\.ts)?(?:\?[^`'"]*)?[`'"]/g;
  return pureTestFiles().filter((test) => {
    const text = readFileSync(at(test), 'utf8');
    for (const [, spec] of text.matchAll(importRe)) {
      const target = relative(root, resolve(at(dirname(test)), spec))
        .split('\\')
        .join('/');
      if (wanted.has(target)) return true;
    }
    return false;
  });
}

let ownSpec = null;
if (ownTests && !reportOnly) {
  const index = strykerArgs.findIndex((a) => a === '--mutate' || a === '-m');
  const files = (index >= 0 ? (strykerArgs[index + 1] ?? '') : '')
    .split(',')
    .filter((f) => f && !f.startsWith('!'))
    .map((f) => f.replace(/:\d+(-\d+)?$/, ''));
  if (files.length === 0 || files.some((f) => /[*?{]/.test(f))) {
    console.error('mutation: --own-tests needs --mutate with file names (no globs)');
    process.exit(2);
  }
  const tests = ownTestsOf(files);
  if (tests.length === 0) {
    console.error(`mutation: no test file imports ${files.join(', ')} itself; use --feed-tests`);
    process.exit(2);
  }
  console.log(`mutation: ${tests.length} test file(s) of their own: ${tests.join(', ')}`);
  ownSpec = tests.join(',');
}

if (!reportOnly) {
  const started = Date.now();
  const result = spawnSync(at('node_modules/.bin/stryker'), ['run', ...strykerArgs], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      ...(full ? { SLA_MUTATION_STATIC: '1' } : {}),
      ...(feedTests ? { SLA_MUTATION_TESTS: 'feed' } : {}),
      ...(ownSpec ? { SLA_MUTATION_TESTS: 'feed', SLA_MUTATION_SPEC: ownSpec } : {}),
    },
  });
  console.log(`mutation: stryker took ${Math.round((Date.now() - started) / 1000)} s`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Scores ------------------------------------------------------------------------------------
const report = JSON.parse(readFileSync(at('reports/mutation/mutation.json'), 'utf8'));
const equivalent = JSON.parse(readFileSync(at('scripts/mutation/equivalent.json'), 'utf8'));
const floors = JSON.parse(readFileSync(at('scripts/mutation/scores.json'), 'utf8'));

/** The source text a mutant replaces (Stryker locations: 1-based lines and columns). */
function original(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  return [
    lines[start.line - 1].slice(start.column - 1),
    ...lines.slice(start.line, end.line - 1),
    lines[end.line - 1].slice(0, end.column - 1),
  ].join('\n');
}

// Layer floors and stale equivalents only mean something for a run over every file.
const wholeRun =
  mutated === null && !reportOnly && !strykerArgs.some((a) => a === '--mutate' || a === '-m');
const usedEquivalents = new Set();
function isEquivalent(file, source, mutant) {
  const text = original(source, mutant.location);
  const index = equivalent.findIndex(
    (e) =>
      e.file === file &&
      e.mutator === mutant.mutatorName &&
      e.original === text &&
      e.replacement === mutant.replacement,
  );
  if (index >= 0) usedEquivalents.add(index);
  return index >= 0;
}

const rows = [];
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const c = { killed: 0, survived: 0, equivalent: 0, ignored: 0, errors: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed' || m.status === 'Timeout') c.killed += 1;
    else if (m.status === 'Survived' || m.status === 'NoCoverage') {
      if (isEquivalent(file, source, m)) c.equivalent += 1;
      else c.survived += 1;
    } else if (m.status === 'Ignored') c.ignored += 1;
    else c.errors += 1;
  }
  rows.push({ file, ...c });
}

const score = (r) =>
  r.killed + r.survived === 0 ? null : (100 * r.killed) / (r.killed + r.survived);
const pct = (s) => (s === null ? '  n/a' : s.toFixed(1).padStart(5));
const sum = (list) =>
  list.reduce(
    (a, r) => ({
      killed: a.killed + r.killed,
      survived: a.survived + r.survived,
      equivalent: a.equivalent + r.equivalent,
      ignored: a.ignored + r.ignored,
      errors: a.errors + r.errors,
    }),
    { killed: 0, survived: 0, equivalent: 0, ignored: 0, errors: 0 },
  );

const width = Math.max(...rows.map((r) => r.file.length + 2), 20);
const line = (name, r, floor) =>
  `${name.padEnd(width)}  ${pct(score(r))} %  ${String(r.killed).padStart(6)} ${String(r.survived).padStart(8)} ${String(r.equivalent).padStart(10)} ${String(r.ignored).padStart(7)}${floor === undefined ? '' : `  (floor ${floor})`}`;
console.log(
  `\nmutation score = killed / (killed + survived), equivalent mutants left out\n${'file'.padEnd(width)}  score    killed survived equivalent ignored`,
);
const failures = [];
for (const layer of LAYERS) {
  const inLayer = rows
    .filter((r) => r.file.startsWith(layer))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  if (inLayer.length === 0) continue;
  const total = sum(inLayer);
  console.log(line(`${layer}** (all)`, total, floors[layer]));
  for (const r of inLayer) {
    const floor = floors[r.file];
    console.log(line(`  ${r.file}`, r, floor));
    const s = score(r);
    if (floor !== undefined && s !== null && s + 1e-9 < floor) {
      failures.push(`${r.file}: ${s.toFixed(1)} % is below its floor of ${floor} %`);
    }
  }
  const s = score(total);
  // A layer floor only holds for a run over the whole layer.
  if (wholeRun && floors[layer] !== undefined && s !== null && s + 1e-9 < floors[layer]) {
    failures.push(`${layer}: ${s.toFixed(1)} % is below its floor of ${floors[layer]} %`);
  }
}
const stale = equivalent.filter(
  (e, i) => !usedEquivalents.has(i) && rows.some((r) => r.file === e.file) && wholeRun,
);
for (const e of stale)
  console.log(
    `note: equivalent entry no longer matches a survivor: ${e.file} ${e.mutator} ${JSON.stringify(e.original)}`,
  );
if (failures.length > 0) {
  console.log(`\nmutation scores went down:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}
