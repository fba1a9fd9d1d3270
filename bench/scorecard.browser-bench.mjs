// Scorecard in the browser: how long `<sla-scorecard>` takes to show an agreement, against a
// plain-Lit baseline drawing the same rows in the same run, how long the longest task is while a
// 2,000-objective agreement scrolls to its end, and how many bytes a page loads for it.
//
//   npm run bench -- scorecard          # or: node bench/scorecard.browser-bench.mjs
//   BENCH_RUNS=7 BENCH_WARMUP=2 node bench/scorecard.browser-bench.mjs
//
// - Code under test: the production standalone build, dist/standalone/define/sla-scorecard.js and
//   the chunks it imports (built here with `vite build --mode standalone` when missing or older
//   than src/), served with the page from a local HTTP server on 127.0.0.1 (random port).
// - Data: test/fixtures/generate.ts, seed 7: one customer agreement with 50, 500 or 2,000
//   objectives, 12 monthly periods each. "Changed" copies differ in 10 % of that agreement's
//   period values (seeded choice; counts kept consistent).
// - Like for like: the baseline (bench/scorecard.baseline.ts, bundled with esbuild) draws as many
//   rows as the kit has in the DOM, from arrays computed here: every row of a 50-objective
//   agreement ("all rows"), the rows near the viewport of a virtualised one ("visible rows"; the
//   kit keeps only those in the DOM above 100 objectives). The table says which.
// - Cases (bench/scorecard.page.ts does the timing, see there): first render (new element, raw
//   feed object on `.feed`, attributes, append, renderComplete, next frame) and update (assign the
//   changed feed to a rendered element). Kit and baseline samples alternate, after warm-up; each
//   cell is min / median / max over the runs, and the ratio is taken per run (kit run i over
//   baseline run i).
// - Scroll, 2,000 objectives: the element is mounted (its first paint is the "first paint"
//   figure), then the page scrolls one viewport a frame to its end; the figure is the longest
//   main-thread task meanwhile, from a Chromium trace (RunTask events of the renderer's main
//   thread; tracing adds a little), cross-checked with a PerformanceObserver for 'longtask'.
// - Goals: first render <= 1.5x, update 10 % <= 1.3x; 2,000 objectives: first paint <= 100 ms
//   and no task over 50 ms while scrolling to the end; scorecard <= 25 kB gzip -9 (entry + imported
//   chunks, as in scripts/size-budgets.json). Judged on the median.
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
const SIZES = [50, 500, 2000];
/** Sizes with an update case (2,000 has first paint and scrolling). */
const UPDATE_SIZES = new Set([50, 500]);
const SCROLL_SIZE = 2000;
const CHANGED_SHARE = 0.1;
const AGREEMENT = 'a-1';
const AS_OF = '2026-11-22T12:00:00+01:00';
const ENTRY = `${STANDALONE_DIR}/define/sla-scorecard.js`;
const GOALS = {
  firstRatio: 1.5,
  updateRatio: 1.3,
  firstPaint2000Ms: 100,
  scrollTaskMs: 50,
  gzipBytes: 25 * 1024,
};

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
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const spread = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs) });

/** Trace of the renderer: the longest RunTask on a renderer main thread, in ms. */
function longestTraceTask(buffer) {
  const { traceEvents = [] } = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const mains = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  let count = 0;
  for (const e of traceEvents) {
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`)) {
      count++;
      longest = Math.max(longest, (e.dur ?? 0) / 1000);
    }
  }
  return { longest, count };
}

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [...chromeArgs, '--js-flags=--expose-gc'],
  defaultViewport: { width: 1280, height: 1000 },
});
const results = [];
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
    () => globalThis.customElements.get('sla-scorecard') !== undefined && 'slaBench' in globalThis,
    { timeout: 10_000 },
  );

  const sample = (input) => page.evaluate((i) => globalThis.slaBench.run(i), input);
  for (const set of sets) {
    for (const mode of ['first', 'update']) {
      if (mode === 'update' && !UPDATE_SIZES.has(set.size)) continue;
      const common = { mode, agreement: AGREEMENT, asOf: AS_OF, runs: 1, warmup: 0 };
      const kitInput = {
        ...common,
        kind: 'kit',
        url: `/data/feed-${set.size}.json`,
        changedUrl: `/data/feed-${set.size}-changed.json`,
      };
      // The kit's warm-up says how many rows it keeps in the DOM: the baseline draws as many.
      const [probe] = await sample({ ...kitInput, warmup: Math.max(0, warmup - 1) });
      const limit = probe.rows;
      if (limit < 10) throw new Error(`the kit drew ${limit} rows of ${set.size}`);
      const baseInput = {
        ...common,
        kind: 'baseline',
        url: `/data/rows-${set.size}.json`,
        changedUrl: `/data/rows-${set.size}-changed.json`,
        limit,
      };
      await sample({ ...baseInput, warmup: Math.max(0, warmup - 1) });
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
        const wrong = list.find((s) => s.rows !== limit);
        if (wrong) throw new Error(`${who} drew ${wrong.rows} rows, expected ${limit}`);
      }
      const ratio = spread(kit.map((k, i) => k.total / base[i].total));
      const goal = mode === 'first' ? GOALS.firstRatio : GOALS.updateRatio;
      results.push({
        case: `${mode === 'first' ? 'first render' : 'update 10 %'}, ${set.size} objectives`,
        mode,
        objectives: set.size,
        periods: set.periods,
        changedPeriods: mode === 'update' ? set.changedCount : 0,
        feedBytes: set.feedBytes,
        rowsDrawn: limit,
        rows: limit === set.size ? 'all rows' : 'visible rows',
        kit: {
          total: spread(kit.map((s) => s.total)),
          script: spread(kit.map((s) => s.script)),
          layout: spread(kit.map((s) => s.layout)),
          samples: kit.map((s) => Number(s.total.toFixed(2))),
        },
        baseline: {
          total: spread(base.map((s) => s.total)),
          samples: base.map((s) => Number(s.total.toFixed(2))),
        },
        ratio,
        goalRatio: goal,
        withinGoal: ratio.median <= goal,
      });
    }
  }

  // 2,000 objectives: first paint, then the longest task while scrolling to the end.
  const scrollInput = {
    kind: 'kit',
    mode: 'first',
    agreement: AGREEMENT,
    asOf: AS_OF,
    runs: 1,
    warmup: 0,
    url: `/data/feed-${SCROLL_SIZE}.json`,
  };
  const call = (name, arg) => page.evaluate((n, a) => globalThis.slaBench[n](a), name, arg);
  const paints = [];
  const traced = [];
  const observed = [];
  const gaps = [];
  let end;
  for (let i = 0; i < warmup + runs; i++) {
    const firstPaint = await call('mount', scrollInput);
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
    if (end.lastRowIndex !== SCROLL_SIZE + 1)
      throw new Error(`scrolled to row ${end.lastRowIndex}, not ${SCROLL_SIZE + 1}`);
    if (i < warmup) continue;
    paints.push(firstPaint);
    traced.push(trace.longest);
    observed.push(longTasks.length ? Math.max(...longTasks) : 0);
    gaps.push(end.longestFrameGap);
  }
  scroll = {
    objectives: SCROLL_SIZE,
    firstPaintMs: spread(paints),
    longestTaskMs: spread(traced),
    longTaskObserverMs: spread(observed),
    longestFrameGapMs: spread(gaps),
    steps: end.steps,
    rowsAtEnd: end.rows,
    withinGoal: median(paints) <= GOALS.firstPaint2000Ms && median(traced) <= GOALS.scrollTaskMs,
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
const header = ['case', 'rows in the DOM', 'kit ms', 'baseline ms', 'ratio', 'goal'];
const rows = results.map((r) => [
  r.case,
  `${r.rows} (${r.rowsDrawn} of ${r.objectives})`,
  span(r.kit.total),
  span(r.baseline.total),
  span(r.ratio, x),
  `<= ${r.goalRatio}x ${r.withinGoal ? 'met' : 'MISSED'}`,
]);
rows.push([
  `first paint, ${scroll.objectives} objectives`,
  `visible rows (${scroll.rowsAtEnd} at the end)`,
  span(scroll.firstPaintMs),
  '',
  '',
  `<= ${GOALS.firstPaint2000Ms} ms ${scroll.firstPaintMs.median <= GOALS.firstPaint2000Ms ? 'met' : 'MISSED'}`,
]);
rows.push([
  `scroll to the end, ${scroll.objectives}: longest task`,
  `${scroll.steps} steps`,
  span(scroll.longestTaskMs),
  '',
  '',
  `<= ${GOALS.scrollTaskMs} ms ${scroll.longestTaskMs.median <= GOALS.scrollTaskMs ? 'met' : 'MISSED'}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(
  `sla-scorecard (${ENTRY}) vs plain Lit drawing the same rows, ${runs} runs after ${warmup} warm-up, ${chromeVersion}; min / median / max:`,
);
console.log(`  ${line(header)}`);
for (const row of rows) console.log(`  ${line(row)}`);
console.log(
  '  ms: from creating the element (first) or assigning the changed feed (update) until the next' +
    ' frame after renderComplete. Ratio: kit run / baseline run, per run. Baseline: plain Lit, the' +
    ' same number of rows from precomputed arrays. Scroll: one viewport a frame to the end; longest' +
    ' main-thread task from a trace.',
);
console.log(
  `  scroll, longtask observer: ${span(scroll.longTaskObserverMs)} ms (0: no task over 50 ms); longest gap between frames: ${span(scroll.longestFrameGapMs)} ms`,
);
const bytesOk = bytes.gzip <= GOALS.gzipBytes;
console.log(
  `bytes a page loads for <sla-scorecard>: ${kB(bytes.gzip)} gzip -9 (${kB(bytes.bytes)} minified) in ${bytes.files.length} file(s) (goal <= ${kB(GOALS.gzipBytes)}: ${bytesOk ? 'met' : 'MISSED'})`,
);
for (const f of bytes.files) console.log(`  ${f.file}: ${kB(f.gzip)} gzip, ${kB(f.bytes)}`);

const find = (size, mode) => results.find((r) => r.objectives === size && r.mode === mode);
const withinGoal = results.every((r) => r.withinGoal) && scroll.withinGoal && bytesOk;
const result = {
  name: 'scorecard',
  date: new Date().toISOString(),
  chrome: chromeVersion,
  node: process.version,
  runs,
  warmup,
  timing:
    'ms from creating the element (first) or assigning the changed feed (update) until the next frame after renderComplete; the baseline draws as many rows as the kit has in the DOM',
  goals: GOALS,
  cases: results,
  scroll,
  bytes: { ...bytes, goal: GOALS.gzipBytes, withinGoal: bytesOk },
  withinGoal,
  summary:
    `ratios (median): first 50 ${x(find(50, 'first').ratio.median)}, 500 ${x(find(500, 'first').ratio.median)}; ` +
    `update 50 ${x(find(50, 'update').ratio.median)}, 500 ${x(find(500, 'update').ratio.median)}; ` +
    `2,000: first paint ${ms(scroll.firstPaintMs.median)} ms, longest scroll task ${ms(scroll.longestTaskMs.median)} ms; ` +
    `${kB(bytes.gzip)} gzip`,
};
const out = at('bench', 'results', 'scorecard.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`results: ${out}`);
if (process.env.BENCH_STRICT === '1' && !withinGoal) process.exitCode = 1;
