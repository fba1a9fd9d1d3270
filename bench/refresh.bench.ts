/**
 * Refresh cost in the pure layers: parsing a feed and deriving the scorecard data of a
 * 500-objective agreement (12 monthly periods each), as an element's feed controller and
 * `<sla-scorecard>` do it, in three cases:
 *
 * - first:  a new parser parses the feed text, then scorecardData (nothing to reuse);
 * - update: the same parser parses the text of the feed with 10 % of the agreement's periods
 *           changed (picked as bench/scorecard.browser-bench.mjs picks them), then scorecardData;
 * - equal:  the same parser is handed a new object equal to the last feed (`.feed = await
 *           res.json()` with nothing new), then scorecardData.
 *
 * Each run does first, update and equal in that order, each after a full garbage collection;
 * min / median / max over the runs, and of the ratios update / first and equal / first per run.
 *
 *   npx tsx bench/refresh.bench.ts          # or: npm run bench refresh
 *   BENCH_OBJECTIVES=2000 BENCH_RUNS=15 npx tsx bench/refresh.bench.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  isEmpty,
  scorecardBuildCounts,
  scorecardData,
} from '../src/elements/scorecard/scorecard-data.js';
import { createFeedParser } from '../src/feed/incremental.js';
import { generateFeed } from '../test/fixtures/generate.js';
import { mulberry32 } from '../test/fixtures/prng.js';

const OBJECTIVES = Number(process.env.BENCH_OBJECTIVES ?? 500);
const runs = Number(process.env.BENCH_RUNS ?? 11);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const SEED = 7;
const PERIODS = 12;
const CHANGED_SHARE = 0.1;
const AGREEMENT = 'a-1';
const NOW = Date.UTC(2027, 0, 15);
/** Goals: an update costs at most 0.5 of the first parse and derivation, an equal feed 0.25. */
const GOALS = { update: 0.5, equal: 0.25 } as const;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type RawPeriod = { agreementId: string; value: number; counts?: { good: number; total: number } };
type RawFeed = { periods: RawPeriod[] };

/** A copy of `feed` where `share` of the agreement's periods have another value. */
function changePeriods(feed: RawFeed, share: number, seed: number): { feed: RawFeed; n: number } {
  const copy = structuredClone(feed);
  const own = copy.periods.filter((p) => p.agreementId === AGREEMENT);
  const random = mulberry32(seed);
  const picked = new Set<RawPeriod>();
  const wanted = Math.round(own.length * share);
  while (picked.size < wanted) picked.add(own[Math.floor(random() * own.length)]!);
  for (const p of picked) {
    // 2 % worse or better (alternating); a percentage never above 100.
    let factor = picked.size % 2 ? 0.98 : 1.02;
    if (p.value <= 100 && p.value * factor > 100) factor = 0.98;
    p.value = Math.round(p.value * factor * 1000) / 1000;
    if (p.counts) {
      p.value = Math.min(100, p.value);
      p.counts.good = Math.min(p.counts.total, Math.round((p.counts.total * p.value) / 100));
    }
  }
  return { feed: copy, n: picked.size };
}

const raw = generateFeed({
  seed: SEED,
  customers: 1,
  objectives: OBJECTIVES + 1,
  periods: PERIODS,
}) as unknown as RawFeed;
const changed = changePeriods(raw, CHANGED_SHARE, SEED + OBJECTIVES);
const textA = JSON.stringify(raw);
const textB = JSON.stringify(changed.feed);

function derive(result: ReturnType<ReturnType<typeof createFeedParser>['parse']>): number {
  if (!result.ok) throw new Error(`invalid feed: ${result.issues[0]?.message}`);
  const data = scorecardData(result.feed, { agreementId: AGREEMENT, now: NOW });
  if (isEmpty(data)) throw new Error(`no scorecard: ${data.empty}`);
  return data.rows.length;
}

interface Run {
  first: number;
  update: number;
  equal: number;
  rowsBuilt: number;
}
function once(): Run {
  const parser = createFeedParser();
  const equalInput = JSON.parse(textB) as unknown;
  gc();
  let t = performance.now();
  const rows = derive(parser.parse(textA));
  const first = performance.now() - t;
  gc();
  const built = scorecardBuildCounts().rows;
  t = performance.now();
  derive(parser.parse(textB));
  const update = performance.now() - t;
  const rowsBuilt = scorecardBuildCounts().rows - built;
  gc();
  t = performance.now();
  derive(parser.parse(equalInput));
  const equal = performance.now() - t;
  if (rows !== OBJECTIVES) throw new Error(`${rows} rows, expected ${OBJECTIVES}`);
  return { first, update, equal, rowsBuilt };
}

for (let i = 0; i < warmup; i++) once();
const all: Run[] = [];
for (let i = 0; i < runs; i++) all.push(once());

const spread = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { min: s[0]!, median, max: s[s.length - 1]! };
};
const ms = {
  first: spread(all.map((r) => r.first)),
  update: spread(all.map((r) => r.update)),
  equal: spread(all.map((r) => r.equal)),
};
const ratio = {
  update: spread(all.map((r) => r.update / r.first)),
  equal: spread(all.map((r) => r.equal / r.first)),
};
const rowsBuilt = all[0]!.rowsBuilt;
const withinGoal = ratio.update.median <= GOALS.update && ratio.equal.median <= GOALS.equal;

const f = (x: number): string => x.toFixed(1);
const r = (x: number): string => x.toFixed(2);
console.log(
  `refresh: parse + scorecard data, ${OBJECTIVES} objectives x ${PERIODS} periods (${(textA.length / 1e6).toFixed(1)} MB), ${changed.n} periods changed (${CHANGED_SHARE * 100} %), ${rowsBuilt} rows rebuilt on update; ${runs} runs after ${warmup} warm-up (${process.version})`,
);
console.log(
  `  ${'case'.padEnd(8)} ${'ms min / median / max'.padStart(24)} ${'/ first min / median / max'.padStart(28)}`,
);
const line = (name: string, m: ReturnType<typeof spread>, q?: ReturnType<typeof spread>) =>
  console.log(
    `  ${name.padEnd(8)} ${`${f(m.min)} / ${f(m.median)} / ${f(m.max)}`.padStart(24)} ${(q ? `${r(q.min)} / ${r(q.median)} / ${r(q.max)}` : '1').padStart(28)}`,
  );
line('first', ms.first);
line('update', ms.update, ratio.update);
line('equal', ms.equal, ratio.equal);

const result = {
  name: 'refresh',
  date: new Date().toISOString(),
  node: process.version,
  objectives: OBJECTIVES,
  periods: PERIODS,
  bytes: textA.length,
  changedPeriods: changed.n,
  rowsRebuiltOnUpdate: rowsBuilt,
  runs,
  warmup,
  ms,
  ratioToFirst: ratio,
  goals: GOALS,
  withinGoal,
  summary: `first ${f(ms.first.median)} ms, update ${f(ms.update.median)} ms (${r(ratio.update.median)}x), equal ${f(ms.equal.median)} ms (${r(ratio.equal.median)}x) for ${OBJECTIVES} objectives`,
};
console.log(`  ${result.summary}: goals ${withinGoal ? 'met' : 'NOT met'}`);
const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'refresh.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`  results: ${out}`);
if (process.env.BENCH_STRICT === '1' && !withinGoal) process.exitCode = 1;
