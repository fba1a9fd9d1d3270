// `npm run bench [-- <filter>...]`: runs every benchmark entry in bench/, in name order, each in
// its own process so one cannot warm up or slow down the next:
//   bench/*.bench.ts          node --import tsx   (pure code: feed parsing, model maths)
//   bench/*.browser-bench.mjs node                (entries that drive Chromium themselves)
// Each entry prints its own table and writes bench/results/<name>.json (gitignored) with at least
// { name, summary } and, when it has a goal, { withinGoal }; a browser bench beside a Node bench of
// the same name (portfolio) writes <name>.browser.json. This script prints those summaries at
// the end. Filters keep only entries whose file name contains one of them.
// Exit status: non-zero when an entry crashes; with BENCH_STRICT=1 also when a goal is missed
// (timings on shared machines are noisy, so a missed goal is reported, not fatal, by default).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const benchDir = join(root, 'bench');
const filters = process.argv.slice(2);
const strict = process.env.BENCH_STRICT === '1';

const kinds = [
  { suffix: '.bench.ts', args: (file) => ['--import', 'tsx', file], results: [''] },
  { suffix: '.browser-bench.mjs', args: (file) => [file], results: ['.browser', ''] },
];

const entries = existsSync(benchDir)
  ? readdirSync(benchDir)
      .sort()
      .flatMap((name) => {
        const kind = kinds.find((k) => name.endsWith(k.suffix));
        if (!kind) return [];
        if (filters.length && !filters.some((f) => name.includes(f))) return [];
        return [
          {
            name,
            base: name.slice(0, -kind.suffix.length),
            args: kind.args(join(benchDir, name)),
            results: kind.results,
          },
        ];
      })
  : [];

if (entries.length === 0) {
  console.log(
    filters.length ? `no bench entry matches ${filters.join(', ')}` : 'no bench entries in bench/',
  );
  process.exit(filters.length ? 1 : 0);
}

const outcomes = [];
for (const entry of entries) {
  console.log(`\n=== ${entry.name}`);
  const started = performance.now();
  const startedAt = Date.now();
  const result = spawnSync(process.execPath, entry.args, { cwd: root, stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  // The entry's own results: the first of its names written during this run.
  const resultsFile = entry.results
    .map((tail) => join(benchDir, 'results', `${entry.base}${tail}.json`))
    .find((file) => existsSync(file) && statSync(file).mtimeMs >= startedAt - 1000);
  let summary = '';
  let withinGoal;
  if (resultsFile) {
    try {
      const data = JSON.parse(readFileSync(resultsFile, 'utf8'));
      summary = typeof data.summary === 'string' ? data.summary : '';
      withinGoal = typeof data.withinGoal === 'boolean' ? data.withinGoal : undefined;
    } catch {
      summary = `(unreadable ${resultsFile})`;
    }
  }
  const crashed = result.status !== 0;
  outcomes.push({
    ...entry,
    crashed,
    status: result.status ?? result.signal,
    seconds,
    summary,
    withinGoal,
  });
}

console.log('\n=== bench summary');
for (const o of outcomes) {
  const state = o.crashed
    ? `FAILED (exit ${o.status})`
    : o.withinGoal === false
      ? 'goal missed'
      : 'ok';
  console.log(
    `  ${o.name.padEnd(32)} ${state.padEnd(16)} ${o.seconds.toFixed(1).padStart(6)} s  ${o.summary}`,
  );
}
const crashed = outcomes.filter((o) => o.crashed).length;
const missed = outcomes.filter((o) => o.withinGoal === false).length;
process.exit(crashed || (strict && missed) ? 1 : 0);
