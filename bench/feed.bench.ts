/**
 * Feed parsing cost: `parseFeed(text)` (JSON.parse + schema + cross-record rules + normalising)
 * against bare `JSON.parse(text)` on the same ~10 MB generated feed, in one process. The goal is a
 * ratio of at most 4: validating must not cost much more than reading.
 *
 *   npx tsx bench/feed.bench.ts            # or: npm run bench
 *   BENCH_MB=20 BENCH_RUNS=15 npx tsx bench/feed.bench.ts
 *
 * Runs alternate (JSON.parse, parseFeed, JSON.parse, ...) after warm-up, so both see the same heap
 * and CPU conditions; medians are reported. Results go to bench/results/feed.json (gitignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../src/feed/index.js';
import { feedTextOfSize } from '../test/fixtures/generate.js';

const GOAL_RATIO = 4;
const megabytes = Number(process.env.BENCH_MB ?? 10);
const runs = Number(process.env.BENCH_RUNS ?? 9);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const time = (f: () => unknown): number => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const text = feedTextOfSize(megabytes, 1);
const check = parseFeed(text);
if (!check.ok) {
  console.error('the generated feed is invalid:', check.issues.slice(0, 3));
  process.exit(1);
}
const { feed } = check;

for (let i = 0; i < warmup; i++) {
  JSON.parse(text);
  parseFeed(text);
}
const jsonParse: number[] = [];
const parse: number[] = [];
for (let i = 0; i < runs; i++) {
  jsonParse.push(time(() => JSON.parse(text)));
  parse.push(time(() => parseFeed(text)));
}

const jsonMedian = median(jsonParse);
const parseMedian = median(parse);
const ratio = parseMedian / jsonMedian;
const result = {
  name: 'feed',
  date: new Date().toISOString(),
  node: process.version,
  bytes: text.length,
  records: {
    customers: feed.customers.length,
    agreements: feed.agreements.length,
    objectives: feed.agreements.reduce((n, a) => n + a.objectives.length, 0),
    periods: feed.periods.length,
    breaches: feed.breaches.length,
    maintenance: feed.maintenance.length,
  },
  runs,
  warmup,
  jsonParseMs: { median: jsonMedian, all: jsonParse },
  parseFeedMs: { median: parseMedian, all: parse },
  ratio,
  goalRatio: GOAL_RATIO,
  withinGoal: ratio <= GOAL_RATIO,
  summary: `parseFeed ${parseMedian.toFixed(1)} ms / JSON.parse ${jsonMedian.toFixed(1)} ms = ${ratio.toFixed(2)}x on ${(text.length / 1e6).toFixed(1)} MB (goal <= ${GOAL_RATIO}x)`,
};

const ms = (x: number): string => `${x.toFixed(1)} ms`;
const rows: [string, string, string][] = [
  ['JSON.parse(text)', ms(jsonMedian), ms(Math.min(...jsonParse))],
  ['parseFeed(text)', ms(parseMedian), ms(Math.min(...parse))],
];
console.log(
  `feed: ${(text.length / 1e6).toFixed(1)} MB, ${feed.periods.length} periods, ${feed.breaches.length} breaches, ${runs} runs after ${warmup} warm-up (${process.version})`,
);
console.log(`  ${'step'.padEnd(18)} ${'median'.padStart(10)} ${'fastest'.padStart(10)}`);
for (const [name, med, min] of rows)
  console.log(`  ${name.padEnd(18)} ${med.padStart(10)} ${min.padStart(10)}`);
console.log(
  `  ratio parseFeed / JSON.parse = ${ratio.toFixed(2)} (goal <= ${GOAL_RATIO}: ${result.withinGoal ? 'met' : 'NOT met'})`,
);

const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'feed.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`  results: ${out}`);
if (process.env.BENCH_STRICT === '1' && !result.withinGoal) process.exitCode = 1;
