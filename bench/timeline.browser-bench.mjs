// Breach timeline in the browser: `<sla-breach-timeline>` against a raw Canvas 2D baseline (the
// fastest a hand-written chart drawing the same bars can be) and a plain d3 SVG baseline, in the
// same run, on the same bars; plus the longest task while panning, heap, DOM size and weight.
//
//   npm run bench -- timeline          # or: node bench/timeline.browser-bench.mjs
//   BENCH_RUNS=15 BENCH_WARMUP=3 node bench/timeline.browser-bench.mjs
//
// - Code under test: the production standalone build, dist/standalone/define/sla-breach-timeline.js
//   and the chunks it imports (built here with `vite build --mode standalone` when missing or
//   older than src/), served from memory with the page from a loopback HTTP server (random port).
// - Data (bench/timeline.data.ts, seed 8): one agreement `a-1` with 20 objectives `o-1` .. `o-20`
//   (the lanes), 90 days, N = 1k, 10k, 100k breaches (start, end, severity, one objective each).
//   Each feed is validated here first (parseFeed: valid, no warnings), so the kit cannot be timed
//   on a rejected feed. The kit gets the raw feed on `.feed` with `agreement="a-1"`, `as-of` (the
//   end of the 90 days) and `start` / `end` (the 90 days, so every renderer draws the same
//   domain), in a 1200 x 560 px container (`--sla-timeline-height: 560px`). The baselines
//   (bench/timeline.baselines.ts) get the same bars as arrays, computed outside the clock.
// - Cases (bench/timeline.page.ts does the timing and says exactly what each clock covers):
//   first render at 1k / 10k / 100k (create, assign, until renderComplete, or drawn, plus the next
//   frame); zoom to a 7-day window at 10k (kit: `start` / `end` attributes; baselines: a redraw
//   with the new domain, culling by a compare per bar on canvas, none in d3); update with 10 % of
//   the breaches changed at 10k (kit: the changed feed assigned; baselines: a redraw from the
//   changed arrays). Samples alternate between the three renderers (rotating order) after
//   BENCH_WARMUP warm-up samples each; every figure is min / median / max over BENCH_RUNS runs of
//   the per-run RATIO to the canvas baseline.
// - Pan at 100k: a 30-day window, puppeteer's mouse drags across the middle half of the chart in
//   30 steps; the figure is the longest main-thread task during the drag and the frames after it,
//   from a Chromium trace (RunTask events of the renderer's main thread; tracing adds a little),
//   cross-checked with a PerformanceObserver for 'longtask'. The baselines redraw on every
//   pointermove (canvas: full redraw; d3: x and width of every rect; one run only, as each of
//   its moves takes over a second), and fail the run when they did not move. The kit's figure
//   only meets the goal when the kit reported, with `sla-range-change` (within a second), that
//   the view moved to earlier times.
// - Heap at 100k: CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage (V8 usedSize)
//   before and after a render, the input held by the page in both, over 3 runs (it hardly varies);
//   DOM nodes inside the kit's shadow root (the baselines' own nodes for comparison).
// - Weight: gzip -9 of the timeline entry with the chunks it imports (scripts/bundle-size.mjs
//   loadedBytes), and the bytes it adds on a page that already loads the scorecard (the union of
//   both entries' chunk sets minus the scorecard's).
// - Sanity: the baselines are checked once per data set (bars drawn = bars in the domain, canvas
//   pixels at bar centres in a severity colour, d3 geometry equal to the canvas's) and on every
//   sample (bar count); the kit after every render (checkKitRendered in the page: defined, no
//   error / empty / loading state, `data-marks` in range when the element reports it).
//   Screenshots of each renderer at 10k go to bench/results/timeline-*.png.
// - Goals (ratios to canvas, median of the runs): render 10k <= 2x, 100k <= 2.5x, zoom 10k
//   <= 1.5x, update 10k <= 1.3x; pan: longest task <= 50 ms; heap growth <= 15 MB; <= 30 kB gzip
//   alone, <= 10 kB more next to the scorecard.
// - While the element is the skeleton (no `resetZoom()`, it renders a heading and no marks) the
//   run still goes end to end; the kit's figures are then flagged as not meaningful.
// Results: bench/results/timeline.json (gitignored). BENCH_STRICT=1: exit 1 when a goal is missed.
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
const runs = Number(process.env.BENCH_RUNS ?? 7);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const SEED = 8;
const SIZES = [1_000, 10_000, 100_000];
const CHANGED_SHARE = 0.1;
const ENTRY = `${STANDALONE_DIR}/define/sla-breach-timeline.js`;
const SCORECARD_ENTRY = `${STANDALONE_DIR}/define/sla-scorecard.js`;
const MB = 1024 * 1024;
const GOALS = {
  first10k: 2,
  first100k: 2.5,
  zoom10k: 1.5,
  update10k: 1.3,
  panTaskMs: 50,
  heapBytes: 15 * MB,
  aloneGzip: 30 * 1024,
  extraGzip: 10 * 1024,
};
const WHO = ['kit', 'canvas', 'd3'];
const D3_PAN_RUNS = 1;
// Heap growth hardly varies between runs (the figures agree to 0.1 MB): a few runs suffice.
const HEAP_RUNS = 3;
const resultsDir = at('bench', 'results');
mkdirSync(resultsDir, { recursive: true });

// 1. The standalone build, fresh, and its weight -------------------------------------------------
// Served from memory: a build started elsewhere meanwhile (it empties dist/) cannot break a run.
const files = freshStandaloneFiles(root, ENTRY);
const bytes = loadedBytes(root, ENTRY);
const manifest = standaloneManifest(root);
const scorecardSet = new Set(manifest.withImports(SCORECARD_ENTRY));
const extraFiles = manifest
  .withImports(ENTRY)
  .filter((f) => !scorecardSet.has(f))
  .map((f) => ({ file: f, gzip: gzipBytes(at(f)) }));
const extraGzip = extraFiles.reduce((sum, f) => sum + f.gzip, 0);

// 2. Data ---------------------------------------------------------------------------------------
const { tsImport } = await import('tsx/esm/api');
const load = (path) => tsImport(pathToFileURL(at(path)).href, import.meta.url);
/** @type {typeof import('./timeline.data.ts')} */
const D = await load('bench/timeline.data.ts');
/** @type {{ parseFeed: (input: unknown) => { ok: boolean, issues?: unknown[], warnings?: unknown[] } }} */
const { parseFeed } = await load('src/feed/index.ts');
/** @type {typeof import('./timeline.baselines.ts')} */
const { PLOT, WIDTH } = await load('bench/timeline.baselines.ts');

const DAY = D.DAY;
const FULL = { start: D.RANGE_START, end: D.RANGE_END };
const ZOOM = { start: D.RANGE_START + 41 * DAY, end: D.RANGE_START + 48 * DAY };
const PAN = { start: D.RANGE_START + 45 * DAY, end: D.RANGE_START + 75 * DAY };
const AS_OF = new Date(D.RANGE_END).toISOString();

function checkedFeed(feed, label) {
  const parsed = parseFeed(structuredClone(feed));
  if (!parsed.ok)
    throw new Error(`${label}: the feed is invalid: ${JSON.stringify(parsed.issues?.slice(0, 3))}`);
  if (parsed.warnings?.length)
    throw new Error(`${label}: the feed has warnings: ${JSON.stringify(parsed.warnings[0])}`);
  return feed;
}

const sets = new Map();
for (const size of SIZES) {
  const feed = checkedFeed(D.timelineFeed(size, SEED), `${size} breaches`);
  const bars = D.barsOf(feed);
  const set = {
    size,
    feedUrl: `/data/feed-${size}.json`,
    barsUrl: `/data/bars-${size}.json`,
    count: bars.id.length,
    inFull: D.overlapping(bars, FULL.start, FULL.end),
    inZoom: D.overlapping(bars, ZOOM.start, ZOOM.end),
    inPan: D.overlapping(bars, PAN.start, PAN.end),
    feedBytes: 0,
  };
  const feedText = JSON.stringify(feed);
  set.feedBytes = Buffer.byteLength(feedText);
  files.set(set.feedUrl, { type: 'application/json', body: feedText });
  files.set(set.barsUrl, { type: 'application/json', body: JSON.stringify(bars) });
  if (size === 10_000) {
    const { feed: changed, changed: changedCount } = D.changeBreaches(
      feed,
      CHANGED_SHARE,
      SEED + 1,
    );
    checkedFeed(changed, `${size} breaches, changed`);
    const changedBars = D.barsOf(changed);
    set.changedFeedUrl = `/data/feed-${size}-changed.json`;
    set.changedBarsUrl = `/data/bars-${size}-changed.json`;
    set.changedCount = changedCount;
    set.inFullChanged = D.overlapping(changedBars, FULL.start, FULL.end);
    files.set(set.changedFeedUrl, { type: 'application/json', body: JSON.stringify(changed) });
    files.set(set.changedBarsUrl, { type: 'application/json', body: JSON.stringify(changedBars) });
  }
  sets.set(size, set);
}

// 3. The page ------------------------------------------------------------------------------------
files.set('/bench/page.js', {
  type: 'text/javascript',
  body: await bundlePage(root, 'bench/timeline.page.ts'),
});
files.set('/', {
  type: 'text/html',
  body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>sla-breach-timeline benchmark</title>
    <style>
      body { margin: 0; font: 14px sans-serif; }
      #stage { width: 1200px; height: 560px; overflow: hidden; }
      #stage > * { display: block; width: 1200px; height: 560px; }
      sla-breach-timeline { --sla-timeline-height: 560px; }
    </style>
    <script type="module" src="/define/sla-breach-timeline.js"></script>
    <script type="module" src="/bench/page.js"></script>
  </head>
  <body>
    <main id="stage"></main>
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
const round = (x, digits = 2) => Number(x.toFixed(digits));

/** The page input of one renderer for one case. */
function caseInput(who, mode, set, extra = {}) {
  const kit = who === 'kit';
  return {
    who,
    mode,
    url: kit ? set.feedUrl : set.barsUrl,
    changedUrl: mode === 'update' ? (kit ? set.changedFeedUrl : set.changedBarsUrl) : undefined,
    agreement: D.AGREEMENT,
    asOf: AS_OF,
    domain: FULL,
    zoomTo: mode === 'zoom' ? ZOOM : undefined,
    expected: mode === 'zoom' ? set.inZoom : mode === 'update' ? set.inFullChanged : set.inFull,
    ...extra,
  };
}

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
  defaultViewport: { width: 1280, height: 720 },
});
const timings = [];
const pan = {};
const heap = {};
const dom = {};
let chromeVersion;
let skeleton = false;
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
      globalThis.customElements.get('sla-breach-timeline') !== undefined &&
      'slaTimelineBench' in globalThis,
    { timeout: 10_000 },
  );
  const cdp = await page.createCDPSession();
  const call = (method, input) =>
    page.evaluate((m, i) => globalThis.slaTimelineBench[m](i), method, input);
  const fail = (message) => {
    throw new Error(`${message}${errors.length ? `\npage errors:\n  ${errors.join('\n  ')}` : ''}`);
  };

  // Baselines first: they must draw what the data holds before anything is compared with them.
  for (const set of sets.values()) {
    for (const input of [
      caseInput('canvas', 'first', set),
      ...(set.size === 10_000 ? [caseInput('canvas', 'zoom', set, { domain: ZOOM })] : []),
    ]) {
      const problems = await call('verifyBaselines', input);
      if (problems.length)
        fail(`baselines at ${set.size} are wrong:\n  ${problems.slice(0, 10).join('\n  ')}`);
    }
  }
  console.log('baselines checked: bar counts, canvas pixels, d3 geometry');

  /** Checks what a sample drew: the kit is checked in the page (checkKitRendered). */
  const checkSample = (who, input, set, s) => {
    if (who === 'kit') {
      skeleton ||= s.skeleton;
      return;
    }
    const wanted = who === 'canvas' ? input.expected : set.count;
    if (s.drawn !== wanted) fail(`${who} drew ${s.drawn} bars, expected ${wanted}`);
  };

  const cases = [
    ...SIZES.map((size) => ({ mode: 'first', size })),
    { mode: 'zoom', size: 10_000 },
    { mode: 'update', size: 10_000 },
  ];
  for (const c of cases) {
    const set = sets.get(c.size);
    const inputs = Object.fromEntries(WHO.map((who) => [who, caseInput(who, c.mode, set)]));
    for (let i = 0; i < warmup; i++) for (const who of WHO) await call('sample', inputs[who]);
    const samples = { kit: [], canvas: [], d3: [] };
    for (let i = 0; i < runs; i++) {
      // Rotating order, so no renderer always runs right after the same other one.
      for (let k = 0; k < WHO.length; k++) {
        const who = WHO[(i + k) % WHO.length];
        const s = await call('sample', inputs[who]);
        checkSample(who, inputs[who], set, s);
        samples[who].push(s);
      }
    }
    const totals = (who) => samples[who].map((s) => s.total);
    const ratio = (who) => spread(samples[who].map((s, i) => s.total / samples.canvas[i].total));
    timings.push({
      case:
        c.mode === 'first'
          ? `first render, ${c.size / 1000}k`
          : c.mode === 'zoom'
            ? 'zoom to 7 days, 10k'
            : 'update 10 %, 10k',
      mode: c.mode,
      breaches: c.size,
      bars: inputs.canvas.expected,
      changed: c.mode === 'update' ? set.changedCount : 0,
      feedBytes: set.feedBytes,
      ms: Object.fromEntries(WHO.map((who) => [who, spread(totals(who))])),
      scriptMs: Object.fromEntries(
        WHO.map((who) => [who, spread(samples[who].map((s) => s.script))]),
      ),
      kitMarks: samples.kit[0].drawn,
      kitVsCanvas: ratio('kit'),
      d3VsCanvas: ratio('d3'),
      samples: Object.fromEntries(WHO.map((who) => [who, totals(who).map((x) => round(x))])),
      goal:
        c.mode === 'first'
          ? c.size === 10_000
            ? GOALS.first10k
            : c.size === 100_000
              ? GOALS.first100k
              : undefined
          : c.mode === 'zoom'
            ? GOALS.zoom10k
            : GOALS.update10k,
    });
    console.log(`  measured ${timings.at(-1).case}`);
  }

  // Screenshots at 10k, for a look.
  for (const who of WHO) {
    await call('stage', caseInput(who, 'first', sets.get(10_000)));
    await call('mount');
    const stage = await page.$('#stage');
    await stage.screenshot({ path: join(resultsDir, `timeline-${who}-10k.png`) });
    await call('unmount');
  }

  // Pan at 100k: the longest task while dragging.
  const big = sets.get(100_000);
  for (const who of WHO) {
    const traced = [];
    const observed = [];
    const moved = [];
    // d3 redraws 100k rects on each of the 30 moves (over a second each): one run says enough.
    const panRuns = who === 'd3' ? Math.min(runs, D3_PAN_RUNS) : runs;
    for (let i = 0; i < panRuns; i++) {
      await call(
        'stage',
        caseInput(who, 'first', big, { domain: PAN, expected: big.inPan, pan: true }),
      );
      const s = await call('mount');
      checkSample(who, { expected: big.inPan }, big, s);
      const box = await page.$eval('#stage', (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      const y = box.y + box.height / 2;
      await page.evaluate(() => globalThis.slaTimelineBench.longTasks.start());
      await page.tracing.start({
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      await page.mouse.move(box.x + box.width * 0.25, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.75, y, { steps: 30 });
      await page.mouse.up();
      let domainAfter = await call('settle');
      const trace = longestTraceTask(await page.tracing.stop());
      const longTasks = await page.evaluate(() => globalThis.slaTimelineBench.longTasks.stop());
      if (trace.count === 0) fail('the trace has no renderer tasks: cannot measure the pan');
      if (who === 'kit') {
        // The kit says where it panned to with sla-range-change (debounced: give it a second).
        const changes = await page
          .waitForFunction(() => globalThis.slaTimelineBench.rangeChanges().count > 0, {
            timeout: 1_000,
          })
          .then(
            () => page.evaluate(() => globalThis.slaTimelineBench.rangeChanges()),
            () => ({ count: 0, last: null }),
          );
        domainAfter = changes.last;
      }
      traced.push(trace.longest);
      observed.push(longTasks.length ? Math.max(...longTasks) : 0);
      moved.push(domainAfter);
      await call('unmount');
    }
    // A baseline that did not pan would make the comparison meaningless: it must have moved
    // by the dragged pixels (half the stage) at its scale.
    if (who !== 'kit') {
      const wanted = (-(WIDTH / 2) / (PLOT.right - PLOT.left)) * (PAN.end - PAN.start);
      const shift = (moved[0]?.start ?? PAN.start) - PAN.start;
      if (Math.abs(shift - wanted) > DAY / 4)
        fail(
          `${who} panned by ${(shift / DAY).toFixed(2)} days, expected ${(wanted / DAY).toFixed(2)}`,
        );
    }
    // How far the view moved (days; negative: to earlier times), null when it did not say.
    const movedDays = moved.map((d) =>
      d && Number.isFinite(d.start) ? round((d.start - PAN.start) / DAY) : null,
    );
    pan[who] = {
      movedDays,
      longestTaskMs: spread(traced),
      longTaskObserverMs: spread(observed),
      samples: traced.map((x) => round(x)),
    };
  }
  console.log('  measured pan');

  // Heap growth and DOM nodes at 100k.
  const usedHeap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage;
  };
  for (const who of WHO) {
    const growth = [];
    const embedder = [];
    let nodes;
    for (let i = 0; i < Math.min(runs, HEAP_RUNS); i++) {
      const input = caseInput(who, 'first', big);
      await call('stage', input);
      const before = await usedHeap();
      const s = await call('mount');
      checkSample(who, input, big, s);
      const after = await usedHeap();
      growth.push(after.usedSize - before.usedSize);
      if (typeof after.embedderHeapUsedSize === 'number')
        embedder.push(after.embedderHeapUsedSize - before.embedderHeapUsedSize);
      nodes = { nodes: s.nodes, elements: s.elements };
      await call('unmount');
    }
    heap[who] = {
      usedBytes: spread(growth),
      embedderBytes: embedder.length ? spread(embedder) : null,
      samples: growth,
    };
    dom[who] = nodes;
  }
  console.log('  measured heap and DOM');
  if (errors.length) fail('page errors');
} finally {
  await browser.close();
  server.close();
}

// 5. Report --------------------------------------------------------------------------------------
const ms = (x) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x.toFixed(1)) : '-');
const x3 = (s) => `${s.min.toFixed(2)} / ${s.median.toFixed(2)} / ${s.max.toFixed(2)}x`;
const mb = (b) => `${(b / MB).toFixed(1)} MB`;
const verdict = (ok) => (ok ? 'meets' : 'MISSES');
const flag = skeleton ? ' (skeleton)' : '';

const goalCells = [];
const goalCell = (name, ok) => {
  goalCells.push({ name, ok });
  return `${verdict(ok)}${flag}`;
};

const header = ['case', 'kit', 'canvas', 'd3-svg', 'kit/canvas', 'd3/canvas', 'goal', 'verdict'];
const rows = [];
for (const t of timings) {
  t.withinGoal = t.goal === undefined ? undefined : t.kitVsCanvas.median <= t.goal;
  rows.push([
    t.case,
    `${ms(t.ms.kit.median)} ms`,
    `${ms(t.ms.canvas.median)} ms`,
    `${ms(t.ms.d3.median)} ms`,
    x3(t.kitVsCanvas),
    x3(t.d3VsCanvas),
    t.goal === undefined ? '-' : `<= ${t.goal}x`,
    t.goal === undefined ? 'report' : goalCell(t.case, t.withinGoal),
  ]);
}
// A pan that did not move the view measured nothing: it cannot meet the goal.
const kitPanned = pan.kit.movedDays.every((d) => d !== null && d < -1);
const panOk = kitPanned && pan.kit.longestTaskMs.median <= GOALS.panTaskMs;
const span = (s, f) => `${f(s.min)} / ${f(s.median)} / ${f(s.max)}`;
rows.push([
  'pan 100k: longest task',
  `${span(pan.kit.longestTaskMs, ms)} ms`,
  `${ms(pan.canvas.longestTaskMs.median)} ms`,
  `${ms(pan.d3.longestTaskMs.median)} ms`,
  '',
  '',
  `<= ${GOALS.panTaskMs} ms`,
  goalCell('pan', panOk),
]);
const heapOk = heap.kit.usedBytes.median <= GOALS.heapBytes;
rows.push([
  'JS heap growth, 100k',
  span(heap.kit.usedBytes, mb),
  mb(heap.canvas.usedBytes.median),
  mb(heap.d3.usedBytes.median),
  '',
  '',
  `<= ${mb(GOALS.heapBytes)}`,
  goalCell('heap', heapOk),
]);
rows.push([
  'DOM nodes, 100k',
  `${dom.kit.nodes} (${dom.kit.elements} el.)`,
  `${dom.canvas.nodes}`,
  `${dom.d3.nodes}`,
  '',
  '',
  '-',
  'report',
]);
const aloneOk = bytes.gzip <= GOALS.aloneGzip;
const extraOk = extraGzip <= GOALS.extraGzip;
rows.push([
  'weight alone, gzip',
  kB(bytes.gzip),
  '',
  '',
  '',
  '',
  `<= ${kB(GOALS.aloneGzip)}`,
  goalCell('alone', aloneOk),
]);
rows.push([
  'weight next to scorecard',
  `+${kB(extraGzip)}`,
  '',
  '',
  '',
  '',
  `<= ${kB(GOALS.extraGzip)}`,
  goalCell('extra', extraOk),
]);

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(
  `sla-breach-timeline (${ENTRY}) vs raw Canvas 2D and d3 SVG, ${runs} runs after ${warmup} warm-up, ${chromeVersion}:`,
);
if (skeleton)
  console.log(
    '  NOTE: the element is still the skeleton (no resetZoom(), draws no marks): the kit figures are NOT meaningful yet.',
  );
console.log(`  ${line(header)}`);
for (const row of rows) console.log(`  ${line(row)}`);
console.log(
  '  ms: median of the runs, to the next frame after renderComplete (kit) or the draw (baselines);' +
    ' ratios: min / median / max over the runs of the per-run ratio to the canvas baseline; goals' +
    ' judged on the median. Pan: longest main-thread task (trace) during a 30-step drag, min /' +
    ' median / max (baselines: median; d3: one run). Heap: V8 used size after GC, after minus' +
    " before the render (3 runs). DOM: nodes in the kit's shadow root (canvas: its one element;" +
    ' d3: the svg subtree).',
);
for (const t of timings)
  console.log(
    `  ${t.case}: ${t.bars} bars in view (${t.breaches} breaches${t.changed ? `, ${t.changed} changed` : ''}, feed ${kB(t.feedBytes)})${t.kitMarks === null ? '' : `, kit data-marks ${t.kitMarks}`}`,
  );
console.log(
  `  pan, longtask observer (kit): ${span(pan.kit.longTaskObserverMs, ms)} ms (0: no task over 50 ms)`,
);
const kitMoved = pan.kit.movedDays.filter((d) => d !== null && d < -1);
console.log(
  kitPanned
    ? `  pan, kit moved by ${pan.kit.movedDays.join(', ')} days (sla-range-change), canvas by ${pan.canvas.movedDays[0]}`
    : `  WARNING: the kit did not report panning to earlier times (sla-range-change) in ${pan.kit.movedDays.length - kitMoved.length} of ${pan.kit.movedDays.length} runs: its pan figure is not meaningful`,
);
if (heap.kit.embedderBytes)
  console.log(
    `  DOM/Blink heap growth (embedder), median: kit ${mb(heap.kit.embedderBytes.median)}, canvas ${mb(heap.canvas.embedderBytes.median)}, d3 ${mb(heap.d3.embedderBytes.median)}`,
  );
for (const f of bytes.files)
  console.log(
    `  ${f.file}: ${kB(f.gzip)} gzip${extraFiles.some((e) => e.file === f.file) ? '' : ' (shared with the scorecard)'}`,
  );
console.log(`  screenshots: ${join(resultsDir, 'timeline-{kit,canvas,d3}-10k.png')}`);

const withinGoal = goalCells.every((g) => g.ok);
const byCase = (c) => timings.find((t) => t.case === c);
const med = (c) => `${byCase(c).kitVsCanvas.median.toFixed(2)}x`;
const result = {
  name: 'timeline',
  date: new Date().toISOString(),
  chrome: chromeVersion,
  node: process.version,
  runs,
  warmup,
  kitSkeleton: skeleton,
  data: {
    seed: SEED,
    lanes: D.LANES,
    days: D.DAYS,
    range: { start: new Date(FULL.start).toISOString(), end: new Date(FULL.end).toISOString() },
    zoom: { start: new Date(ZOOM.start).toISOString(), end: new Date(ZOOM.end).toISOString() },
    pan: { start: new Date(PAN.start).toISOString(), end: new Date(PAN.end).toISOString() },
    size: '1200 x 560 px',
  },
  timing:
    'ms from creating the renderer (first) or changing its domain / data (zoom / update) until the next frame after renderComplete (kit) or the draw (baselines); ratios per run to the canvas baseline, min / median / max',
  goals: GOALS,
  cases: timings,
  pan: { ...pan, kitPanned },
  heap,
  dom,
  bytes: { ...bytes, goal: GOALS.aloneGzip, withinGoal: aloneOk },
  nextToScorecard: {
    gzip: extraGzip,
    files: extraFiles,
    goal: GOALS.extraGzip,
    withinGoal: extraOk,
  },
  withinGoal,
  summary:
    `${skeleton ? 'SKELETON element, kit figures not meaningful: ' : ''}kit/canvas render 10k ${med('first render, 10k')}, ` +
    `100k ${med('first render, 100k')}, zoom ${med('zoom to 7 days, 10k')}, update ${med('update 10 %, 10k')}; ` +
    `pan task ${ms(pan.kit.longestTaskMs.median)} ms, heap ${mb(heap.kit.usedBytes.median)}, ` +
    `${kB(bytes.gzip)} gzip (+${kB(extraGzip)} next to the scorecard); ` +
    `d3/canvas 10k ${byCase('first render, 10k').d3VsCanvas.median.toFixed(1)}x`,
};
const out = join(resultsDir, 'timeline.json');
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`results: ${out}`);
if (process.env.BENCH_STRICT === '1' && !withinGoal) process.exitCode = 1;
