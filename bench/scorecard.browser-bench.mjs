// Scorecard in the browser: how long `<sla-scorecard>` takes to show a large agreement, against a
// plain-Lit baseline rendering the same rows, and how many bytes a page loads for it.
//
//   npm run bench -- scorecard          # or: node bench/scorecard.browser-bench.mjs
//   BENCH_RUNS=25 BENCH_WARMUP=5 node bench/scorecard.browser-bench.mjs
//
// - Code under test: the production standalone build, dist/standalone/define/sla-scorecard.js and
//   the chunks it imports (built here with `vite build --mode standalone` when missing or older
//   than src/), served with the page from a local HTTP server on 127.0.0.1 (random port).
// - Data: test/fixtures/generate.ts, seed 7: one customer agreement with 50 objectives and one
//   with 500, 12 monthly periods each (600 and 6,000 period records). "Changed" copies differ in
//   10 % of that agreement's period values (seeded choice; counts kept consistent).
// - Cases (bench/scorecard.page.ts does the timing, see there): first render (new element, raw
//   feed object on `.feed`, attributes, append, updateComplete, next frame) and update (assign the
//   changed feed to a rendered element). The baseline (bench/scorecard.baseline.ts, bundled with
//   esbuild) renders the same rows from arrays computed here, timed the same way. Kit and baseline
//   samples alternate, after warm-up; medians and p90 of the fresh-element runs are reported.
// - Goals: 500 objectives first render <= 150 ms median, update <= 50 ms median, scorecard
//   <= 25 kB gzip -9 (entry + imported chunks, as in scripts/size-budgets.json).
// Results: bench/results/scorecard.json (gitignored). BENCH_STRICT=1: exit 1 when a goal is missed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { bundlePage, freshStandaloneFiles, serveFiles } from './static-server.mjs';
import { kB, loadedBytes, STANDALONE_DIR } from '../scripts/bundle-size.mjs';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const at = (...parts) => join(root, ...parts);
const runs = Number(process.env.BENCH_RUNS ?? 15);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const SEED = 7;
const PERIODS = 12;
const SIZES = [50, 500];
const CHANGED_SHARE = 0.1;
const AGREEMENT = 'a-1';
const AS_OF = '2026-11-22T12:00:00+01:00';
const ENTRY = `${STANDALONE_DIR}/define/sla-scorecard.js`;
const GOALS = { firstRenderMs: 150, updateMs: 50, gzipBytes: 25 * 1024 };

// 1. The standalone build, fresh ---------------------------------------------------------------
// Served from memory: a build started elsewhere meanwhile (it empties dist/) cannot break a run.
const files = freshStandaloneFiles(root, ENTRY);
const bytes = loadedBytes(root, ENTRY);

// 2. Data ---------------------------------------------------------------------------------------
const { tsImport } = await import('tsx/esm/api');
/** @type {{ generateFeed: (o: object) => any }} */
const generator = await tsImport(
  pathToFileURL(at('test/fixtures/generate.ts')).href,
  import.meta.url,
);

/** @type {{ mulberry32: (seed: number) => () => number }} */
const { mulberry32: rng } = await tsImport(
  pathToFileURL(at('test/fixtures/prng.ts')).href,
  import.meta.url,
);

/** A copy of `feed` where `share` of the agreement's periods have a different value. */
function changePeriods(feed, agreementId, share, seed) {
  const copy = structuredClone(feed);
  const own = copy.periods.filter((p) => p.agreementId === agreementId);
  const random = rng(seed);
  const picked = new Set();
  const wanted = Math.round(own.length * share);
  while (picked.size < wanted) picked.add(own[Math.floor(random() * own.length)]);
  for (const p of picked) {
    // 2 % worse or better (alternating), so some statuses, sparklines and money change too.
    const factor = picked.size % 2 ? 0.98 : 1.02;
    p.value = Math.round(p.value * factor * 1000) / 1000;
    if (p.counts) {
      p.value = Math.min(100, p.value);
      p.counts.good = Math.min(p.counts.total, Math.round((p.counts.total * p.value) / 100));
    }
  }
  return { feed: copy, changed: picked.size, of: own.length };
}

/** The baseline's rows: resolved objectives of the agreement, latest value, last 12 values. */
function baselineRows(feed, agreementId) {
  const byId = new Map(feed.agreements.map((a) => [a.id, a]));
  const chain = [];
  for (let a = byId.get(agreementId); a; a = a.parentId ? byId.get(a.parentId) : undefined)
    chain.unshift(a);
  const objectives = new Map();
  for (const a of chain)
    for (const o of a.objectives ?? [])
      objectives.set(o.id, { ...(objectives.get(o.id) ?? {}), ...o });
  const asOf = Date.parse(AS_OF);
  const series = new Map();
  for (const p of feed.periods) {
    if (p.agreementId !== agreementId || Date.parse(p.end) > asOf) continue;
    const list = series.get(p.objectiveId) ?? [];
    list.push(p);
    series.set(p.objectiveId, list);
  }
  return [...objectives.values()].map((o) => {
    const list = (series.get(o.id) ?? []).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const trend = list.slice(-PERIODS).map((p) => p.value ?? null);
    return {
      id: o.id,
      name: o.name,
      value: trend.length ? trend[trend.length - 1] : null,
      minimum: o.minimum,
      target: o.target,
      higherIsBetter: o.direction !== 'lower-is-better',
      trend,
    };
  });
}

const data = new Map();
const sets = SIZES.map((size) => {
  // `objectives` counts definitions: the corporate ones plus the agreement's own, one of which
  // only overrides a corporate target. size + 1 definitions give `size` resolved objectives.
  const feed = generator.generateFeed({
    seed: SEED,
    customers: 1,
    objectives: size + 1,
    periods: PERIODS,
  });
  const {
    feed: changed,
    changed: changedCount,
    of,
  } = changePeriods(feed, AGREEMENT, CHANGED_SHARE, SEED + size);
  const rows = baselineRows(feed, AGREEMENT);
  if (rows.length !== size)
    throw new Error(`expected ${size} objectives, generated ${rows.length}`);
  const json = (x) => JSON.stringify(x);
  data.set(`/data/feed-${size}.json`, json(feed));
  data.set(`/data/feed-${size}-changed.json`, json(changed));
  data.set(`/data/rows-${size}.json`, json(rows));
  data.set(`/data/rows-${size}-changed.json`, json(baselineRows(changed, AGREEMENT)));
  return {
    size,
    periods: of,
    changedCount,
    feedBytes: Buffer.byteLength(data.get(`/data/feed-${size}.json`)),
  };
});
for (const [url, body] of data) files.set(url, { type: 'application/json', body });

// 3. The page ------------------------------------------------------------------------------------
files.set('/bench/page.js', {
  type: 'text/javascript',
  body: await bundlePage(root, 'bench/scorecard.page.ts'),
});
files.set('/', {
  type: 'text/html',
  body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>sla-scorecard benchmark</title>
    <script type="module" src="/define/sla-scorecard.js"></script>
    <script type="module" src="/bench/page.js"></script>
  </head>
  <body>
    <main id="stage" style="width: 1200px"></main>
  </body>
</html>
`,
});

const { origin, server } = await serveFiles(files);

// 4. Measure -------------------------------------------------------------------------------------
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  if (q === 0.5) {
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  }
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const stats = (samples) => ({
  median: quantile(
    samples.map((s) => s.total),
    0.5,
  ),
  p90: quantile(
    samples.map((s) => s.total),
    0.9,
  ),
  min: Math.min(...samples.map((s) => s.total)),
  scriptMedian: quantile(
    samples.map((s) => s.script),
    0.5,
  ),
  layoutMedian: quantile(
    samples.map((s) => s.layout),
    0.5,
  ),
  completeMedian: quantile(
    samples.map((s) => s.complete),
    0.5,
  ),
  firstRows: Math.max(...samples.map((s) => s.firstRows)),
  all: samples.map((s) => Number(s.total.toFixed(2))),
});

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [...chromeArgs, '--js-flags=--expose-gc'],
  defaultViewport: { width: 1280, height: 1000 },
});
const results = [];
let chromeVersion;
try {
  chromeVersion = await browser.version();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => globalThis.customElements.get('sla-scorecard') !== undefined && 'slaBench' in globalThis,
    { timeout: 10_000 },
  );

  const sample = (input) => page.evaluate((i) => globalThis.slaBench.run(i), input);
  for (const set of sets) {
    for (const mode of ['first', 'update']) {
      const common = { mode, agreement: AGREEMENT, asOf: AS_OF, runs: 1, warmup: 0 };
      const kitInput = {
        ...common,
        kind: 'kit',
        url: `/data/feed-${set.size}.json`,
        changedUrl: `/data/feed-${set.size}-changed.json`,
      };
      const baseInput = {
        ...common,
        kind: 'baseline',
        url: `/data/rows-${set.size}.json`,
        changedUrl: `/data/rows-${set.size}-changed.json`,
      };
      await sample({ ...kitInput, warmup: warmup - 1 });
      await sample({ ...baseInput, warmup: warmup - 1 });
      const kit = [];
      const base = [];
      for (let i = 0; i < runs; i++) {
        kit.push(...(await sample(kitInput)));
        base.push(...(await sample(baseInput)));
      }
      for (const [who, list] of [
        ['kit', kit],
        ['baseline', base],
      ]) {
        const wrong = list.find((s) => s.rows !== set.size);
        if (wrong) throw new Error(`${who} rendered ${wrong.rows} rows, expected ${set.size}`);
      }
      const kitStats = stats(kit);
      const baseStats = stats(base);
      const goal =
        set.size === 500 ? (mode === 'first' ? GOALS.firstRenderMs : GOALS.updateMs) : undefined;
      results.push({
        case: `${mode === 'first' ? 'first render' : 'update 10 %'}, ${set.size} objectives`,
        mode,
        objectives: set.size,
        periods: set.periods,
        changedPeriods: mode === 'update' ? set.changedCount : 0,
        feedBytes: set.feedBytes,
        kit: kitStats,
        baseline: baseStats,
        ratio: kitStats.median / baseStats.median,
        goalMs: goal,
        withinGoal: goal === undefined ? undefined : kitStats.median <= goal,
      });
    }
  }
  if (errors.length) throw new Error(`page errors:\n  ${errors.join('\n  ')}`);
} finally {
  await browser.close();
  server.close();
}

// 5. Report --------------------------------------------------------------------------------------
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const header = [
  'case',
  'median',
  'p90',
  'script',
  '+layout',
  'all rows',
  'baseline',
  'b. p90',
  'ratio',
  'goal',
];
const rows = results.map((r) => [
  r.case,
  ms(r.kit.median),
  ms(r.kit.p90),
  ms(r.kit.scriptMedian),
  ms(r.kit.layoutMedian),
  r.mode === 'first'
    ? `${ms(r.kit.completeMedian)} (${r.kit.firstRows} first)`
    : ms(r.kit.completeMedian),
  ms(r.baseline.median),
  ms(r.baseline.p90),
  `${r.ratio.toFixed(1)}x`,
  r.goalMs === undefined ? '' : `<= ${r.goalMs} ${r.withinGoal ? 'met' : 'MISSED'}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(
  `sla-scorecard (${ENTRY}) vs plain Lit, ${runs} runs after ${warmup} warm-up, ${chromeVersion}, ms:`,
);
console.log(`  ${line(header)}`);
for (const row of rows) console.log(`  ${line(row)}`);
console.log(
  '  median/p90: to the next frame after updateComplete (kit column); script: updateComplete;' +
    ' +layout: plus forced layout; all rows: until every row is painted (the kit draws the first' +
    ' rows in the first frame, the rest in the tasks right after). Baseline: plain Lit, same rows' +
    ' from precomputed arrays, all at once.',
);
const bytesOk = bytes.gzip <= GOALS.gzipBytes;
console.log(
  `bytes a page loads for <sla-scorecard>: ${kB(bytes.gzip)} gzip -9 (${kB(bytes.bytes)} minified) in ${bytes.files.length} file(s) (goal <= ${kB(GOALS.gzipBytes)}: ${bytesOk ? 'met' : 'MISSED'})`,
);
for (const f of bytes.files) console.log(`  ${f.file}: ${kB(f.gzip)} gzip, ${kB(f.bytes)}`);

const first500 = results.find((r) => r.objectives === 500 && r.mode === 'first');
const update500 = results.find((r) => r.objectives === 500 && r.mode === 'update');
const withinGoal = results.every((r) => r.withinGoal !== false) && bytesOk;
const result = {
  name: 'scorecard',
  date: new Date().toISOString(),
  chrome: chromeVersion,
  node: process.version,
  runs,
  warmup,
  timing:
    'ms from creating the element (first) or assigning the changed feed (update) until the next frame after updateComplete; script = until updateComplete; layout = plus forced layout',
  goals: GOALS,
  cases: results,
  bytes: { ...bytes, goal: GOALS.gzipBytes, withinGoal: bytesOk },
  withinGoal,
  summary:
    `500 obj: first ${ms(first500.kit.median)} ms (p90 ${ms(first500.kit.p90)}, ${first500.ratio.toFixed(1)}x Lit), ` +
    `update ${ms(update500.kit.median)} ms (${update500.ratio.toFixed(1)}x); ${kB(bytes.gzip)} gzip ` +
    `(goals ${GOALS.firstRenderMs} ms / ${GOALS.updateMs} ms / ${kB(GOALS.gzipBytes)})`,
};
const out = at('bench', 'results', 'scorecard.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`results: ${out}`);
if (process.env.BENCH_STRICT === '1' && !withinGoal) process.exitCode = 1;
