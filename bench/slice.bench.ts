/**
 * Slicing a portfolio feed into per-customer feeds: every one of 2,000 customers of a ~22 MB
 * generated feed (test/fixtures/generate.ts, seed 1), the way `sla-kit slice --all` does it.
 *
 *   npx tsx bench/slice.bench.ts            # or: npm run bench -- slice
 *   BENCH_RUNS=9 BENCH_CUSTOMERS=2000 npx tsx bench/slice.bench.ts
 *
 * Two figures, each as min / median / max over BENCH_RUNS runs:
 * - in process: `sliceFeed` + `JSON.stringify` for every customer of a freshly parsed feed (its
 *   index is built inside the timed part; the parse is not timed);
 * - the CLI end to end: `sla-kit slice --all --out <tmp> feed.json` in a new Node process (read,
 *   validate, slice, write 2,001 files), through tsx from the sources.
 * Goal: the CLI well under 10 s. Results go to bench/results/slice.json (gitignored).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed, sliceFeed } from '../src/feed/index.js';
import { generateFeedText } from '../test/fixtures/generate.js';

const GOAL_MS = 10_000;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const customers = Number(process.env.BENCH_CUSTOMERS ?? 2000);
const root = dirname(dirname(fileURLToPath(import.meta.url)));

const text = generateFeedText({ seed: 1, customers, periods: 9, breaches: 20_000 });
const scratch = mkdtempSync(join(tmpdir(), 'sla-slice-bench-'));
const feedFile = join(scratch, 'feed.json');
writeFileSync(feedFile, text);

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return {
    min: s[0]!,
    median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
    max: s[s.length - 1]!,
    all: xs,
  };
};
const parsed = () => {
  const r = parseFeed(text);
  if (!r.ok) throw new Error(`the generated feed is invalid: ${JSON.stringify(r.issues[0])}`);
  return r.feed;
};

const inProcess: number[] = [];
let sliceBytes = 0;
for (let run = 0; run < runs; run++) {
  const feed = parsed();
  const t = performance.now();
  let bytes = 0;
  for (const c of feed.customers) bytes += JSON.stringify(sliceFeed(feed, c.id)).length;
  inProcess.push(performance.now() - t);
  sliceBytes = bytes;
}

const cli: number[] = [];
for (let run = 0; run < runs; run++) {
  const out = join(scratch, `out-${run}`);
  const t = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'src', 'cli', 'main.ts'),
      'slice',
      '--all',
      '--quiet',
      '--out',
      out,
      feedFile,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  cli.push(performance.now() - t);
  if (result.status !== 0) throw new Error(`sla-kit slice failed: ${result.stderr}`);
  const files = readdirSync(out).length;
  if (files !== customers + 1) throw new Error(`expected ${customers + 1} files, got ${files}`);
  rmSync(out, { recursive: true, force: true });
}
rmSync(scratch, { recursive: true, force: true });

const a = stats(inProcess);
const b = stats(cli);
const ms = (x: number): string => `${x.toFixed(0)} ms`;
const result = {
  name: 'slice',
  date: new Date().toISOString(),
  node: process.version,
  feedBytes: text.length,
  customers,
  sliceBytes,
  runs,
  inProcessMs: a,
  cliMs: b,
  goalMs: GOAL_MS,
  withinGoal: b.median <= GOAL_MS,
  summary: `${customers} customers of ${(text.length / 1e6).toFixed(1)} MB: sliceFeed ${ms(a.median)} (min ${ms(a.min)}, max ${ms(a.max)}), CLI slice --all ${ms(b.median)} (min ${ms(b.min)}, max ${ms(b.max)}) (goal < ${GOAL_MS / 1000} s)`,
};
console.log(
  `slice: ${customers} customers, ${(text.length / 1e6).toFixed(1)} MB feed -> ${(sliceBytes / 1e6).toFixed(1)} MB of slices, ${runs} runs (${process.version})`,
);
console.log(
  `  ${'step'.padEnd(34)} ${'min'.padStart(8)} ${'median'.padStart(8)} ${'max'.padStart(8)}`,
);
for (const [name, s] of [
  ['sliceFeed + stringify, all', a],
  ['sla-kit slice --all (process)', b],
] as const)
  console.log(
    `  ${name.padEnd(34)} ${ms(s.min).padStart(8)} ${ms(s.median).padStart(8)} ${ms(s.max).padStart(8)}`,
  );
console.log(`  goal: CLI median < ${GOAL_MS} ms: ${result.withinGoal ? 'met' : 'NOT met'}`);
const resultFile = join(root, 'bench', 'results', 'slice.json');
mkdirSync(dirname(resultFile), { recursive: true });
writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
console.log(`  results: ${resultFile}`);
if (process.env.BENCH_STRICT === '1' && !result.withinGoal) process.exitCode = 1;
