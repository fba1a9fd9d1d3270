/**
 * Feed parsing cost: `parseFeed(text)` (JSON.parse + schema + cross-record rules + normalising)
 * against bare `JSON.parse(text)` on the same generated feed of about 1, 10 and 50 MB, in one
 * process, and the incremental case: an element's parser (createFeedParser) that parsed feed A
 * parses B, the same feed with 10 % of its periods changed, against `JSON.parse` of B. The goal is
 * a ratio of at most 2.5 in every cell: validating must not cost much more than reading.
 *
 *   npx tsx bench/feed.bench.ts            # or: npm run bench feed
 *   BENCH_MB=1,10 BENCH_RUNS=15 npx tsx bench/feed.bench.ts
 *
 * Runs alternate (JSON.parse, parseFeed, JSON.parse, ...) after warm-up, each after a full garbage
 * collection, so both see the same heap and CPU conditions; each run gives one ratio, and min / median / max of those ratios are
 * reported. Results go to bench/results/feed.json (gitignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createFeedParser } from '../src/feed/incremental.js';
import { parseFeed } from '../src/feed/index.js';
import { feedTextOfSize } from '../test/fixtures/generate.js';

const GOAL_RATIO = 2.5;
const sizes = (process.env.BENCH_MB ?? '1,10,50').split(',').map(Number);
const runsFor = (mb: number): number =>
  Number(process.env.BENCH_RUNS ?? (mb >= 50 ? 5 : mb >= 10 ? 9 : 15));
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
/** The 50 MB feed is above the default caps (32 MiB, 200k breaches): raised for every size. */
const LIMITS = { maxBytes: 128 * 1024 * 1024, maxBreaches: 2_000_000, maxPeriods: 2_000_000 };
/** Share of the periods whose value the incremental case changes. */
const CHANGED = 0.1;

interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}
const spread = (xs: readonly number[]): Spread => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { min: s[0]!, median, max: s[s.length - 1]! };
};
// A full collection before each timed step, so neither pays for the other's garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const time = (f: () => unknown): number => {
  gc();
  const t = performance.now();
  f();
  return performance.now() - t;
};

/** B: the feed of `text` with every tenth period's value changed (still valid). */
function changedText(text: string): { text: string; changed: number } {
  const raw = JSON.parse(text) as { periods: { value?: number }[] };
  let changed = 0;
  const every = Math.round(1 / CHANGED);
  raw.periods.forEach((p, i) => {
    if (i % every || typeof p.value !== 'number') return;
    p.value = p.value * 0.999;
    changed++;
  });
  return { text: JSON.stringify(raw), changed };
}

interface Cell {
  readonly case: 'full' | 'incremental';
  readonly megabytes: number;
  readonly bytes: number;
  readonly runs: number;
  readonly jsonParseMs: Spread;
  readonly parseMs: Spread;
  readonly ratio: Spread;
  readonly withinGoal: boolean;
}

/**
 * One cell: `runs` timed pairs of JSON.parse(text) and `parse()`, each `parse` after an untimed
 * `prime` (the incremental case parses A there), after `warmup` untimed pairs.
 */
function measure(
  name: Cell['case'],
  megabytes: number,
  text: string,
  prime: () => void,
  parse: () => void,
): Cell {
  const runs = runsFor(megabytes);
  for (let i = 0; i < warmup; i++) {
    JSON.parse(text);
    prime();
    parse();
  }
  const json: number[] = [];
  const ours: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const j = time(() => JSON.parse(text));
    prime();
    const p = time(parse);
    json.push(j);
    ours.push(p);
    ratios.push(p / j);
  }
  const ratio = spread(ratios);
  return {
    case: name,
    megabytes,
    bytes: text.length,
    runs,
    jsonParseMs: spread(json),
    parseMs: spread(ours),
    ratio,
    withinGoal: ratio.median <= GOAL_RATIO,
  };
}

const cells: Cell[] = [];
const records: Record<string, unknown>[] = [];
for (const mb of sizes) {
  const text = feedTextOfSize(mb, 1);
  const check = parseFeed(text, LIMITS);
  if (!check.ok) {
    console.error('the generated feed is invalid:', check.issues.slice(0, 3));
    process.exit(1);
  }
  const { feed } = check;
  records.push({
    megabytes: mb,
    bytes: text.length,
    customers: feed.customers.length,
    agreements: feed.agreements.length,
    periods: feed.periods.length,
    breaches: feed.breaches.length,
  });
  cells.push(
    measure(
      'full',
      mb,
      text,
      () => undefined,
      () => {
        const result = parseFeed(text, LIMITS);
        if (!result.ok) throw new Error(`rejected: ${result.issues[0]?.message}`);
      },
    ),
  );

  const b = changedText(text);
  const parser = createFeedParser(LIMITS);
  cells.push(
    measure(
      'incremental',
      mb,
      b.text,
      () => parser.parse(text),
      () => {
        if (!parser.parse(b.text).ok) throw new Error('B is invalid');
      },
    ),
  );
  // A value of 0 stays 0 when scaled: such a period is unchanged, and rightly reused.
  if (parser.stats.checked !== b.changed)
    console.warn(
      `  note: ${parser.stats.checked} records checked again, ${b.changed} values scaled`,
    );
}

const f = (x: number): string => x.toFixed(2);
const ms = (x: number): string => `${x.toFixed(1)} ms`;
console.log(
  `feed: parseFeed / JSON.parse per run, ${warmup} warm-up runs (${process.version}); incremental: B after A, ${CHANGED * 100} % of periods changed`,
);
console.log(
  `  ${'case'.padEnd(12)} ${'MB'.padStart(5)} ${'runs'.padStart(4)} ${'JSON.parse'.padStart(11)} ${'parse'.padStart(10)} ${'ratio min / median / max'.padStart(26)}`,
);
for (const c of cells)
  console.log(
    `  ${c.case.padEnd(12)} ${(c.bytes / 1e6).toFixed(1).padStart(5)} ${String(c.runs).padStart(4)} ${ms(c.jsonParseMs.median).padStart(11)} ${ms(c.parseMs.median).padStart(10)} ${`${f(c.ratio.min)} / ${f(c.ratio.median)} / ${f(c.ratio.max)}`.padStart(26)}${c.withinGoal ? '' : '  (goal missed)'}`,
  );

const withinGoal = cells.every((c) => c.withinGoal);
const summary = cells
  .map((c) => `${c.case === 'full' ? '' : 'incr '}${c.megabytes} MB ${f(c.ratio.median)}x`)
  .join(', ');
const result = {
  name: 'feed',
  date: new Date().toISOString(),
  node: process.version,
  goalRatio: GOAL_RATIO,
  changedShare: CHANGED,
  feeds: records,
  cells,
  withinGoal,
  summary: `parseFeed / JSON.parse median: ${summary} (goal <= ${GOAL_RATIO}x)`,
};
console.log(`  ${result.summary}: ${withinGoal ? 'met' : 'NOT met'}`);

const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'feed.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`  results: ${out}`);
if (process.env.BENCH_STRICT === '1' && !withinGoal) process.exitCode = 1;
