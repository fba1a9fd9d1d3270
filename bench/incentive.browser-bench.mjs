// Incentive view in the browser: how long `<sla-incentive-view>` takes to draw an agreement's band
// charts and money ledger, against a plain-Lit baseline drawing the same band charts and ledger
// rows in the same run, and how many bytes a page loads for it (alone and next to the scorecard).
//
//   npm run bench -- incentive          # or: node bench/incentive.browser-bench.mjs
//   BENCH_RUNS=25 BENCH_WARMUP=5 node bench/incentive.browser-bench.mjs
//
// - Code under test: the production standalone build, dist/standalone/define/sla-incentive-view.js
//   and the chunks it imports (built here when missing or older than src/), served with the page
//   from a local HTTP server on 127.0.0.1 (random port).
// - Data: test/fixtures/incentive-feeds.ts `manyObjectivesFeed`: one agreement with 50 and one with
//   500 objectives, 12 monthly periods each, values spread over every zone. "Changed" copies
//   differ in 10 % of the periods' values (seeded choice).
// - Cases (bench/incentive.page.ts does the timing): first render (new element, raw feed on
//   `.feed`, append, updateComplete, next frame) and update (assign the changed feed to a rendered
//   element). Both draw every band chart and every ledger row (all against all). The baseline
//   (bench/incentive.baseline.ts) draws the same zones, target tick, dots, marker, zone counts and
//   ledger rows from arrays computed here. Kit and baseline samples alternate, after warm-up;
//   each pair gives a ratio, reported as min / median / max.
// - Goals (issue #9): first render <= 1.5x the baseline, update <= 1.3x (median ratio); the entry
//   alone <= 25 kB gzip -9 (entry + imported chunks), and <= 8 kB more next to the scorecard.
// Results: bench/results/incentive.json (gitignored). BENCH_STRICT=1: exit 1 when a goal is missed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { bundlePage, freshStandaloneFiles, serveFiles } from './static-server.mjs';
import {
  gzipBytes,
  kB,
  loadedBytes,
  standaloneManifest,
  STANDALONE_DIR,
} from '../scripts/bundle-size.mjs';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const at = (...parts) => join(root, ...parts);
const runs = Number(process.env.BENCH_RUNS ?? 15);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const SIZES = [50, 500];
const CHANGED_SHARE = 0.1;
const AGREEMENT = 'big';
const ENTRY = `${STANDALONE_DIR}/define/sla-incentive-view.js`;
const SCORECARD = `${STANDALONE_DIR}/define/sla-scorecard.js`;
const GOALS = {
  firstRatio: 1.5,
  updateRatio: 1.3,
  gzipBytes: 25 * 1024,
  besideScorecard: 8 * 1024,
};

// 1. The standalone build, fresh, and its weight ----------------------------------------------
const files = freshStandaloneFiles(root, ENTRY);
const bytes = loadedBytes(root, ENTRY);
const manifest = standaloneManifest(root);
const scorecardFiles = manifest.withImports(SCORECARD);
const union = [...new Set([...scorecardFiles, ...manifest.withImports(ENTRY)])];
const sum = (list) => list.reduce((s, f) => s + gzipBytes(at(f)), 0);
const besideScorecard = sum(union) - sum(scorecardFiles);

// 2. Data ---------------------------------------------------------------------------------------
const { tsImport } = await import('tsx/esm/api');
const fixtures = await tsImport(
  pathToFileURL(at('test/fixtures/incentive-feeds.ts')).href,
  import.meta.url,
);
const { mulberry32: rng } = await tsImport(
  pathToFileURL(at('test/fixtures/prng.ts')).href,
  import.meta.url,
);
const AS_OF = fixtures.AS_OF;
const SPREAD = [99.8, 99.9, 99.92, 99.96, 99.995, 99.901];

/** A copy of `feed` where `share` of the periods have another value of the spread. */
function changePeriods(feed, share, seed) {
  const copy = structuredClone(feed);
  const random = rng(seed);
  const picked = new Set();
  const wanted = Math.round(copy.periods.length * share);
  while (picked.size < wanted) picked.add(copy.periods[Math.floor(random() * copy.periods.length)]);
  for (const p of picked) p.value = SPREAD[(SPREAD.indexOf(p.value) + 1) % SPREAD.length];
  return { feed: copy, changed: picked.size };
}

/** What the baseline draws, computed here: zones, values per month, the ledger's figures. */
function baselineData(feed) {
  const agreement = feed.agreements[0];
  const months = [...new Set(feed.periods.map((p) => Date.parse(p.start)))].sort((a, b) => a - b);
  const byKey = new Map(feed.periods.map((p) => [`${p.objectiveId} ${Date.parse(p.start)}`, p]));
  const fee = agreement.fee.amount;
  const objectives = agreement.objectives.map((o) => ({
    id: o.id,
    name: o.name,
    kinds: ['credit', 'minimum-service', 'committed', 'incentive'],
    bounds: [o.minimum, o.target, o.incentiveTiers[0].threshold],
    target: o.target,
    values: months.map((m) => byKey.get(`${o.id} ${m}`)?.value ?? null),
  }));
  const ledger = months.map((start, i) => {
    let credits = 0;
    let bonuses = 0;
    for (const o of agreement.objectives) {
      const v = objectives.find((x) => x.id === o.id).values[i];
      if (v === null) continue;
      if (v < o.creditTiers[0].threshold) credits += (fee * o.creditTiers[0].creditPercent) / 100;
      if (v >= o.incentiveTiers[0].threshold)
        bonuses += (fee * o.incentiveTiers[0].bonusPercent) / 100;
    }
    return { start, credits, bonuses };
  });
  return { currency: agreement.fee.currency, objectives, ledger };
}

const data = new Map();
const sets = SIZES.map((size) => {
  const feed = fixtures.manyObjectivesFeed(size);
  const { feed: changed, changed: changedCount } = changePeriods(feed, CHANGED_SHARE, 7 + size);
  const json = (x) => JSON.stringify(x);
  data.set(`/data/feed-${size}.json`, json(feed));
  data.set(`/data/feed-${size}-changed.json`, json(changed));
  data.set(`/data/base-${size}.json`, json(baselineData(feed)));
  data.set(`/data/base-${size}-changed.json`, json(baselineData(changed)));
  return { size, periods: feed.periods.length, changedCount };
});
for (const [url, body] of data) files.set(url, { type: 'application/json', body });

// 3. The page ------------------------------------------------------------------------------------
files.set('/bench/page.js', {
  type: 'text/javascript',
  body: await bundlePage(root, 'bench/incentive.page.ts'),
});
files.set('/', {
  type: 'text/html',
  body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>sla-incentive-view benchmark</title>
    <script type="module" src="/define/sla-incentive-view.js"></script>
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
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const spread = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs) });

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
    () =>
      globalThis.customElements.get('sla-incentive-view') !== undefined &&
      'slaIncentiveBench' in globalThis,
    { timeout: 10_000 },
  );
  const sample = (input) => page.evaluate((i) => globalThis.slaIncentiveBench.run(i), input);
  for (const set of sets) {
    for (const mode of ['first', 'update']) {
      const common = { mode, agreement: AGREEMENT, asOf: AS_OF };
      const kitInput = {
        ...common,
        kind: 'kit',
        url: `/data/feed-${set.size}.json`,
        changedUrl: `/data/feed-${set.size}-changed.json`,
      };
      const baseInput = {
        ...common,
        kind: 'baseline',
        url: `/data/base-${set.size}.json`,
        changedUrl: `/data/base-${set.size}-changed.json`,
      };
      for (let i = 0; i < warmup; i++) {
        await sample(kitInput);
        await sample(baseInput);
      }
      const kit = [];
      const base = [];
      for (let i = 0; i < runs; i++) {
        kit.push(await sample(kitInput));
        base.push(await sample(baseInput));
      }
      for (const [who, list] of [
        ['kit', kit],
        ['baseline', base],
      ]) {
        const wrong = list.find((s) => s.charts !== set.size || s.ledgerRows !== 12);
        if (wrong)
          throw new Error(
            `${who} drew ${wrong.charts} charts and ${wrong.ledgerRows} ledger rows, expected ${set.size} and 12`,
          );
      }
      const ratios = kit.map((k, i) => k.total / base[i].total);
      const ratio = spread(ratios);
      const goal = mode === 'first' ? GOALS.firstRatio : GOALS.updateRatio;
      results.push({
        case: `${mode === 'first' ? 'first render' : 'update 10 %'}, ${set.size} objectives`,
        mode,
        objectives: set.size,
        periods: set.periods,
        changedPeriods: mode === 'update' ? set.changedCount : 0,
        kit: { ...spread(kit.map((s) => s.total)), script: median(kit.map((s) => s.script)) },
        baseline: { ...spread(base.map((s) => s.total)) },
        ratio,
        goalRatio: goal,
        withinGoal: ratio.median <= goal,
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
const x = (r) => `${r.toFixed(2)}x`;
const header = [
  'case',
  'kit median',
  'kit script',
  'baseline median',
  'ratio min / median / max',
  'goal',
];
const rows = results.map((r) => [
  r.case,
  ms(r.kit.median),
  ms(r.kit.script),
  ms(r.baseline.median),
  `${x(r.ratio.min)} / ${x(r.ratio.median)} / ${x(r.ratio.max)}`,
  `<= ${r.goalRatio}x ${r.withinGoal ? 'met' : 'MISSED'}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(
  `sla-incentive-view (${ENTRY}) vs plain Lit, ${runs} runs after ${warmup} warm-up, ${chromeVersion}, ms:`,
);
console.log(`  ${line(header)}`);
for (const row of rows) console.log(`  ${line(row)}`);
console.log(
  '  ms to the next frame after updateComplete (script: until updateComplete); every band chart' +
    ' and ledger row drawn by both; ratio per kit / baseline pair of samples.',
);
const bytesOk = bytes.gzip <= GOALS.gzipBytes;
const besideOk = besideScorecard <= GOALS.besideScorecard;
console.log(
  `bytes a page loads for <sla-incentive-view>: ${kB(bytes.gzip)} gzip -9 in ${bytes.files.length} file(s) (goal <= ${kB(GOALS.gzipBytes)}: ${bytesOk ? 'met' : 'MISSED'})`,
);
for (const f of bytes.files) console.log(`  ${f.file}: ${kB(f.gzip)} gzip, ${kB(f.bytes)}`);
console.log(
  `more on a page that already shows <sla-scorecard>: ${kB(besideScorecard)} gzip -9 (goal <= ${kB(GOALS.besideScorecard)}: ${besideOk ? 'met' : 'MISSED'})`,
);

const withinGoal = results.every((r) => r.withinGoal) && bytesOk && besideOk;
const pick = (n, mode) => results.find((r) => r.objectives === n && r.mode === mode);
const result = {
  name: 'incentive',
  date: new Date().toISOString(),
  chrome: chromeVersion,
  node: process.version,
  runs,
  warmup,
  goals: GOALS,
  cases: results,
  bytes: { ...bytes, goal: GOALS.gzipBytes, withinGoal: bytesOk },
  besideScorecard: { gzip: besideScorecard, goal: GOALS.besideScorecard, withinGoal: besideOk },
  withinGoal,
  summary:
    `500 obj: first ${x(pick(500, 'first').ratio.median)} Lit, update ${x(pick(500, 'update').ratio.median)}; ` +
    `50 obj: first ${x(pick(50, 'first').ratio.median)}, update ${x(pick(50, 'update').ratio.median)}; ` +
    `${kB(bytes.gzip)} gzip alone, +${kB(besideScorecard)} beside the scorecard ` +
    `(goals ${GOALS.firstRatio}x / ${GOALS.updateRatio}x / ${kB(GOALS.gzipBytes)} / +${kB(GOALS.besideScorecard)})`,
};
const out = at('bench', 'results', 'incentive.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`results: ${out}`);
if (process.env.BENCH_STRICT === '1' && !withinGoal) process.exitCode = 1;
