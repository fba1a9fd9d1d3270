// Portfolio in the browser: how long `<sla-portfolio>` takes to show 2,000 customers, against a
// plain-Lit baseline drawing the same visible rows with the same cells in the same run, how long
// a sort by health takes from the click to the re-painted rows, how long the longest task is
// while the page scrolls from the first customer to the last, and how many bytes a page loads.
//
//   npm run bench -- portfolio          # or: node bench/portfolio.browser-bench.mjs
//   BENCH_RUNS=7 BENCH_WARMUP=2 node bench/portfolio.browser-bench.mjs
//
// - Code under test: the production standalone build, dist/standalone/define/sla-portfolio.js
//   (and define/sla-feed.js, which validates the "parsed" feeds outside the clock) with the chunks
//   they import (built here with `vite build --mode standalone` when missing or older than src/),
//   served with the page from a local HTTP server on 127.0.0.1 (random port).
// - Data: test/fixtures/portfolio-feeds.ts, seed 7 (the feed bench/portfolio.bench.ts times the
//   model on): 2,000 customers in five currencies, each with a customer agreement under one
//   corporate template and 1 to 3 service agreements along a dependency chain, 12 monthly periods
//   per objective, a few breaches per customer; "now" is the fixture's PORTFOLIO_NOW.
// - Like for like: the baseline (bench/portfolio.baseline.ts, bundled with esbuild) draws as many
//   rows as the kit has in the DOM (the kit keeps the rows near the viewport), from rows computed
//   here with the kit's own model (portfolioRows, sorted by health worst first as the element
//   shows them): name, health score and status word, met / at risk / breached counts, credits,
//   bonuses and net per currency, worst objective, review date, exit warning, trend path. Each
//   run checks that the kit's rows in the DOM are the same customers, in the same order.
// - Cases (bench/portfolio.page.ts does the timing, see there): first render with a feed parsed
//   beforehand (as from the `<sla-feed>` around a console, which parses off the main thread) and
//   with a raw feed object (validation on the main thread included, no goal); sort by health
//   (click on the sorted header's button until the next frame after the re-render, kit and
//   baseline); scroll top to bottom. Kit and baseline samples alternate, after warm-up; each cell is
//   min / median / max over the runs, and the ratio is taken per run (kit run i over baseline run i).
// - Scroll: the element is mounted (its first paint is the "first paint" figure), then the page
//   scrolls one viewport a frame to its end; the figure is the longest main-thread task
//   meanwhile, from a Chromium trace (RunTask events of the renderer's main thread; tracing adds a
//   little), cross-checked with a PerformanceObserver for 'longtask'. The run fails unless the
//   last customer's row is in the DOM at the end.
// - Goals (issue #11): first render <= 200 ms median and <= 1.5x the baseline; sort <= 50 ms; no
//   task over 50 ms while scrolling; the entry alone <= 25 kB gzip -9 with Lit, <= 10 kB more on
//   a page that already loads the scorecard. Judged on the median.
// Results: bench/results/portfolio.browser.json (gitignored; portfolio.json is the Node bench's).
// BENCH_STRICT=1: exit 1 when a goal is missed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { bundlePage, freshStandaloneFiles, serveFiles } from './static-server.mjs';
import { besideBytes, kB, loadedBytes, STANDALONE_DIR } from '../scripts/bundle-size.mjs';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const at = (...parts) => join(root, ...parts);
const runs = Number(process.env.BENCH_RUNS ?? 15);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const SEED = 7;
const CUSTOMERS = 2000;
const PERIODS = 12;
const ENTRY = `${STANDALONE_DIR}/define/sla-portfolio.js`;
const SCORECARD = `${STANDALONE_DIR}/define/sla-scorecard.js`;
const FEED_ENTRY = `${STANDALONE_DIR}/define/sla-feed.js`;
const GOALS = {
  firstMs: 200,
  firstRatio: 1.5,
  sortMs: 50,
  scrollTaskMs: 50,
  gzipBytes: 25 * 1024,
  besideScorecardBytes: 10 * 1024,
};

// 1. The standalone build, fresh ---------------------------------------------------------------
// Served from memory: a build started elsewhere meanwhile (it empties dist/) cannot break a run.
const files = freshStandaloneFiles(root, ENTRY);
const bytes = loadedBytes(root, ENTRY);
// Next to the scorecard: what the page loads more for the portfolio (scripts/size-budgets.json).
const { files: beside, gzip: besideGzip } = besideBytes(root, ENTRY, SCORECARD);
const scorecardFiles = new Set(loadedBytes(root, SCORECARD).files.map((f) => f.file));

// 2. Data ---------------------------------------------------------------------------------------
const { tsImport } = await import('tsx/esm/api');
const load = (path) => tsImport(pathToFileURL(at(path)).href, import.meta.url);
/** @type {{ portfolioFeed: (o: object) => any, PORTFOLIO_NOW: number }} */
const fixtures = await load('test/fixtures/portfolio-feeds.ts');
const AS_OF = new Date(fixtures.PORTFOLIO_NOW).toISOString();
/** @type {{ parseFeed: (x: unknown) => any }} */
const kitFeed = await load('src/feed/index.ts');
/** @type {{ indexFeed: (f: any) => any, portfolioRows: (i: any, o: object) => any[] }} */
const kitModel = await load('src/model/index.ts');
/** @type {{ sortRows: (rows: any[], key: string, direction: string, locale?: string) => any[] }} */
const kitSort = await load('src/layout/portfolio-sort.ts');

const feed = fixtures.portfolioFeed({ seed: SEED, customers: CUSTOMERS, periods: PERIODS });
const feedText = JSON.stringify(feed);
const parsed = kitFeed.parseFeed(feedText);
if (!parsed.ok) throw new Error('the generated feed does not validate');

/** Minor-unit digits of a currency (EUR 2, JPY 0), as Intl knows them. */
const digitsOf = (currency) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
const minor = (amount, digits) => Math.round(amount * 10 ** digits);

/** The baseline's rows: the model's rows, in the order the element shows them (health, worst first). */
function baselineRows() {
  const index = kitModel.indexFeed(parsed.feed);
  const rows = kitModel.portfolioRows(index, { now: Date.parse(AS_OF) });
  if (rows.length !== CUSTOMERS) throw new Error(`${rows.length} portfolio rows, not ${CUSTOMERS}`);
  return kitSort.sortRows(rows, 'health', 'ascending', 'en').map((r) => ({
    id: r.customerId,
    name: r.name,
    score: r.score === null ? null : Math.round(r.score),
    exactScore: r.score,
    status: r.status,
    met: r.counts.met,
    atRisk: r.counts.atRisk,
    breached: r.counts.breached,
    money: r.money.map((m) => {
      const digits = digitsOf(m.currency);
      return {
        currency: m.currency,
        digits,
        credit: minor(m.credit, digits),
        bonus: minor(m.bonus, digits),
        net: minor(m.net, digits),
      };
    }),
    worst: r.worst?.name ?? null,
    worstValue: r.worst?.value ?? null,
    reviewBy: r.reviewDue?.reviewBy ?? null,
    reviewState: r.reviewDue?.state ?? null,
    exit: r.exit ? `${r.exit.state} ${r.exit.misses}/${r.exit.allowed} in ${r.exit.window}` : null,
    trend: r.trend.map((p) => p.score),
  }));
}
const rows = baselineRows();
files.set('/data/feed.json', { type: 'application/json', body: feedText });
files.set('/data/rows.json', { type: 'application/json', body: JSON.stringify(rows) });

// 3. The page ------------------------------------------------------------------------------------
files.set('/bench/page.js', {
  type: 'text/javascript',
  body: await bundlePage(root, 'bench/portfolio.page.ts'),
});
files.set('/', {
  type: 'text/html',
  body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>sla-portfolio benchmark</title>
    <script type="module" src="/${FEED_ENTRY.slice(STANDALONE_DIR.length + 1)}"></script>
    <script type="module" src="/define/sla-portfolio.js"></script>
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
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const spread = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs) });

/** Trace events that say where a task's time went (they nest: a sum is not the task's length). */
const INSIDE = new Set([
  'FunctionCall',
  'FireAnimationFrame',
  'EventDispatch',
  'TimerFire',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'MajorGC',
  'MinorGC',
  'V8.GC_MC_BACKGROUND_MARKING',
  'ParseHTML',
]);

/**
 * Trace of the renderer: the longest RunTask on a renderer main thread, in ms, and what ran inside
 * it (event name -> ms, from the trace's complete events within the task on the same thread).
 */
function longestTraceTask(buffer) {
  const { traceEvents = [] } = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const mains = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  let count = 0;
  let task;
  for (const e of traceEvents) {
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`)) {
      count++;
      if ((e.dur ?? 0) / 1000 > longest) {
        longest = (e.dur ?? 0) / 1000;
        task = e;
      }
    }
  }
  const inside = {};
  if (task) {
    for (const e of traceEvents) {
      if (e.ph !== 'X' || e.pid !== task.pid || e.tid !== task.tid || !INSIDE.has(e.name)) continue;
      if (e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + task.dur) continue;
      inside[e.name] = (inside[e.name] ?? 0) + (e.dur ?? 0) / 1000;
    }
  }
  return { longest, count, inside };
}

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [...chromeArgs, '--js-flags=--expose-gc'],
  defaultViewport: { width: 1280, height: 1000 },
});
const results = [];
let sort;
let scroll;
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
      globalThis.customElements.get('sla-portfolio') !== undefined &&
      globalThis.customElements.get('sla-feed') !== undefined &&
      'slaPortfolioBench' in globalThis,
    { timeout: 10_000 },
  );

  const call = (name, arg) =>
    page.evaluate((n, a) => globalThis.slaPortfolioBench[n](a), name, arg);
  const common = { asOf: AS_OF, runs: 1, warmup: 0 };
  const kitInput = (feedKind) => ({
    ...common,
    kind: 'kit',
    feed: feedKind,
    url: '/data/feed.json',
  });

  // The kit's warm-up says how many rows it keeps in the DOM, and which: the baseline draws those.
  await call('run', { ...kitInput('parsed'), runs: 0, warmup: Math.max(1, warmup - 1) });
  const [probe] = await call('run', kitInput('parsed'));
  const limit = probe.rows;
  if (limit < 10) throw new Error(`the kit drew ${limit} rows of ${CUSTOMERS}`);
  const baseInput = { ...common, kind: 'baseline', url: '/data/rows.json', limit };
  await call('run', { ...baseInput, runs: 0, warmup: Math.max(1, warmup - 1) });

  for (const feedKind of ['parsed', 'raw']) {
    const kit = [];
    const base = [];
    const n = feedKind === 'raw' ? Math.max(3, Math.ceil(runs / 3)) : runs;
    if (feedKind === 'raw') await call('run', { ...kitInput('raw'), runs: 0, warmup: 1 });
    for (let i = 0; i < n; i++) {
      kit.push(...(await call('run', kitInput(feedKind))));
      base.push(...(await call('run', baseInput)));
    }
    for (const [who, list] of [
      ['kit', kit],
      ['baseline', base],
    ]) {
      const wrong = list.find((s) => s.rows !== limit);
      if (wrong) throw new Error(`${who} drew ${wrong.rows} rows, expected ${limit}`);
    }
    const ratio = spread(kit.map((k, i) => k.total / base[i].total));
    const total = spread(kit.map((s) => s.total));
    const judged = feedKind === 'parsed';
    results.push({
      case: `first render, ${feedKind === 'parsed' ? 'parsed feed' : 'raw feed (validation included)'}`,
      feed: feedKind,
      runs: n,
      customers: CUSTOMERS,
      rowsDrawn: limit,
      kit: {
        total,
        script: spread(kit.map((s) => s.script)),
        samples: kit.map((s) => Number(s.total.toFixed(2))),
      },
      baseline: {
        total: spread(base.map((s) => s.total)),
        samples: base.map((s) => Number(s.total.toFixed(2))),
      },
      ratio,
      judged,
      withinGoal: judged ? total.median <= GOALS.firstMs && ratio.median <= GOALS.firstRatio : true,
    });
  }

  // The same customers in the same order: the kit's rows in the DOM against the baseline's.
  {
    const kitNames = await page.evaluate(async (input) => {
      const bench = globalThis.slaPortfolioBench;
      await bench.mount(input);
      const names = bench.names();
      await bench.unmount();
      return names;
    }, kitInput('parsed'));
    const expected = rows.slice(0, kitNames.length).map((r) => r.id);
    if (kitNames.join() !== expected.join())
      throw new Error(
        `the kit shows other rows than the baseline: ${kitNames.slice(0, 5).join()} vs ${expected.slice(0, 5).join()}`,
      );
  }

  // Sort by health: click on the sorted header until the rows are re-painted.
  {
    const kit = [];
    const base = [];
    await call('sort', { ...kitInput('parsed'), runs: 0, warmup: Math.max(1, warmup - 1) });
    await call('sort', { ...baseInput, runs: 0, warmup: Math.max(1, warmup - 1) });
    for (let i = 0; i < runs; i++) {
      kit.push(...(await call('sort', kitInput('parsed'))));
      base.push(...(await call('sort', baseInput)));
    }
    for (const [who, list] of [
      ['kit', kit],
      ['baseline', base],
    ]) {
      const same = list.find((s) => s.firstAfter === s.firstBefore || !s.firstAfter);
      if (same)
        throw new Error(`${who}: the first row did not change with the sort (${same.firstBefore})`);
    }
    const total = spread(kit.map((s) => s.total));
    sort = {
      kit: { total, samples: kit.map((s) => Number(s.total.toFixed(2))) },
      baseline: {
        total: spread(base.map((s) => s.total)),
        samples: base.map((s) => Number(s.total.toFixed(2))),
      },
      ratio: spread(kit.map((k, i) => k.total / base[i].total)),
      withinGoal: total.median <= GOALS.sortMs,
    };
  }

  // 2,000 customers: first paint, then the longest task while scrolling to the end.
  const paints = [];
  const traced = [];
  /** What ran inside the longest task of each run (event name -> ms). */
  const insides = [];
  const observed = [];
  const gaps = [];
  let end;
  for (let i = 0; i < warmup + runs; i++) {
    const firstPaint = await call('mount', kitInput('parsed'));
    await page.evaluate(() => {
      globalThis.benchLongTasks = [];
      globalThis.benchObserver = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) globalThis.benchLongTasks.push(e.duration);
      });
      globalThis.benchObserver.observe({ type: 'longtask', buffered: false });
    });
    await page.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    end = await call('scrollToEnd');
    const trace = longestTraceTask(await page.tracing.stop());
    const longTasks = await page.evaluate(async () => {
      await new Promise((r) => globalThis.requestAnimationFrame(() => setTimeout(r, 0)));
      for (const e of globalThis.benchObserver.takeRecords())
        globalThis.benchLongTasks.push(e.duration);
      globalThis.benchObserver.disconnect();
      return globalThis.benchLongTasks;
    });
    await call('unmount');
    if (trace.count === 0) throw new Error('the trace has no renderer tasks');
    if (end.lastRowIndex !== end.rowCount || !Number.isFinite(end.rowCount))
      throw new Error(`scrolled to row ${end.lastRowIndex}, not ${end.rowCount}`);
    if (i < warmup) continue;
    paints.push(firstPaint);
    traced.push(trace.longest);
    insides.push({ longest: trace.longest, inside: trace.inside });
    observed.push(longTasks.length ? Math.max(...longTasks) : 0);
    gaps.push(end.longestFrameGap);
  }
  scroll = {
    customers: CUSTOMERS,
    firstPaintMs: spread(paints),
    longestTaskMs: spread(traced),
    longTaskObserverMs: spread(observed),
    longestFrameGapMs: spread(gaps),
    slowestSteps: end.slowestSteps,
    /** The run with the median longest task: what ran inside that task. */
    medianTask: [...insides].sort((a, b) => a.longest - b.longest)[insides.length >> 1],
    steps: end.steps,
    rowsAtEnd: end.rows,
    withinGoal: median(traced) <= GOALS.scrollTaskMs,
  };
  if (errors.length) throw new Error(`page errors:\n  ${errors.join('\n  ')}`);
} finally {
  await browser.close();
  server.close();
}

// 5. Report --------------------------------------------------------------------------------------
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const span = (s, f = ms) => `${f(s.min)} / ${f(s.median)} / ${f(s.max)}`;
const x = (r) => `${r.toFixed(2)}x`;
const met = (ok) => (ok ? 'met' : 'MISSED');
const header = ['case', 'rows in the DOM', 'kit ms', 'baseline ms', 'ratio', 'goal'];
const table = results.map((r) => [
  `${r.case} (${r.runs} runs)`,
  `visible rows (${r.rowsDrawn} of ${r.customers})`,
  span(r.kit.total),
  span(r.baseline.total),
  span(r.ratio, x),
  r.judged
    ? `<= ${GOALS.firstMs} ms ${met(r.kit.total.median <= GOALS.firstMs)}, <= ${GOALS.firstRatio}x ${met(r.ratio.median <= GOALS.firstRatio)}`
    : '-',
]);
table.push([
  'sort by health (click to repaint)',
  'visible rows',
  span(sort.kit.total),
  span(sort.baseline.total),
  span(sort.ratio, x),
  `<= ${GOALS.sortMs} ms ${met(sort.withinGoal)}`,
]);
table.push([
  `first paint before scrolling, ${scroll.customers}`,
  `visible rows (${scroll.rowsAtEnd} at the end)`,
  span(scroll.firstPaintMs),
  '',
  '',
  '',
]);
table.push([
  `scroll to the end, ${scroll.customers}: longest task`,
  `${scroll.steps} steps`,
  span(scroll.longestTaskMs),
  '',
  '',
  `<= ${GOALS.scrollTaskMs} ms ${met(scroll.withinGoal)}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(
  `sla-portfolio (${ENTRY}) vs plain Lit drawing the same rows, ${CUSTOMERS} customers, ${runs} runs after ${warmup} warm-up, ${chromeVersion}; min / median / max:`,
);
console.log(`  ${line(header)}`);
for (const row of table) console.log(`  ${line(row)}`);
console.log(
  '  ms: from creating the element (first render) or the click on the sort button (sort) until the' +
    ' next frame after renderComplete. Parsed feed: validated beforehand by an <sla-feed>, as in a' +
    ' console; raw feed: validation on the main thread included. Ratio: kit run / baseline run, per' +
    ' run. Baseline: plain Lit, the same rows from the model computed beforehand. Scroll: one' +
    ' viewport a frame to the end; longest main-thread task from a trace.',
);
console.log(
  `  scroll, longtask observer: ${span(scroll.longTaskObserverMs)} ms (0: no task over 50 ms); longest gap between frames: ${span(scroll.longestFrameGapMs)} ms`,
);
if (scroll.medianTask) {
  const parts = Object.entries(scroll.medianTask.inside)
    .sort((a, b) => b[1] - a[1])
    .map(([name, t]) => `${name} ${ms(t)}`)
    .join(', ');
  console.log(
    `  scroll, inside the median run's longest task (${ms(scroll.medianTask.longest)} ms; events nest): ${parts || '-'}`,
  );
  console.log(
    `  scroll, slowest steps of the last run: ${scroll.slowestSteps.map((g) => `step ${g.step} ${ms(g.ms)} ms`).join(', ')}`,
  );
}
const bytesOk = bytes.gzip <= GOALS.gzipBytes;
const besideOk = besideGzip <= GOALS.besideScorecardBytes;
console.log(
  `bytes a page loads for <sla-portfolio>: ${kB(bytes.gzip)} gzip -9 (${kB(bytes.bytes)} minified) in ${bytes.files.length} file(s) (goal <= ${kB(GOALS.gzipBytes)}: ${met(bytesOk)}); next to <sla-scorecard>: +${kB(besideGzip)} (goal <= ${kB(GOALS.besideScorecardBytes)}: ${met(besideOk)})`,
);
for (const f of bytes.files)
  console.log(
    `  ${f.file}: ${kB(f.gzip)} gzip, ${kB(f.bytes)}${scorecardFiles.has(f.file) ? ' (the scorecard loads it too)' : ''}`,
  );

const first = results.find((r) => r.feed === 'parsed');
const withinGoal =
  results.every((r) => r.withinGoal) && sort.withinGoal && scroll.withinGoal && bytesOk && besideOk;
const result = {
  name: 'portfolio',
  date: new Date().toISOString(),
  chrome: chromeVersion,
  node: process.version,
  runs,
  warmup,
  customers: CUSTOMERS,
  feedBytes: Buffer.byteLength(feedText),
  timing:
    'ms from creating the element (first render) or the click on the sort button (sort) until the next frame after renderComplete; the baseline draws the same rows the kit has in the DOM',
  goals: GOALS,
  cases: results,
  sort,
  scroll,
  bytes: {
    ...bytes,
    goal: GOALS.gzipBytes,
    withinGoal: bytesOk,
    besideScorecard: {
      gzip: besideGzip,
      files: beside,
      goal: GOALS.besideScorecardBytes,
      withinGoal: besideOk,
    },
  },
  withinGoal,
  summary:
    `first render ${ms(first.kit.total.median)} ms, ${x(first.ratio.median)}; ` +
    `sort ${ms(sort.kit.total.median)} ms; longest scroll task ${ms(scroll.longestTaskMs.median)} ms; ` +
    `${kB(bytes.gzip)} gzip, +${kB(besideGzip)} beside the scorecard`,
};
// portfolio.browser.json: bench/portfolio.bench.ts (the model in Node) writes portfolio.json.
const out = at('bench', 'results', 'portfolio.browser.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`results: ${out}`);
if (process.env.BENCH_STRICT === '1' && !withinGoal) process.exitCode = 1;
