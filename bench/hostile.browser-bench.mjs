// Hostile feeds in the browser: the longest main-thread task while `<sla-scorecard src=...>`
// loads a feed built to be slow to reject, until the element reaches its error state.
//
//   npm run bench -- hostile           # or: node bench/hostile.browser-bench.mjs
//   BENCH_RUNS=5 node bench/hostile.browser-bench.mjs
//
// - Code under test: the production standalone build (dist/standalone/define/sla-scorecard.js,
//   built here with `vite build --mode standalone` when missing or older than src/), served with
//   the feeds from a local HTTP server on 127.0.0.1 (random port).
// - Feeds (made here): 200,000 breaches with a bad start (schema errors), 200,000 breaches naming
//   no agreement (errors across records), 100,000 unclosed lists (JSON syntax error at the end),
//   a syntax error 100,000 levels deep, and a value of 1e400.
// - Measure: a fresh page per run; a PerformanceObserver for 'longtask' (tasks over 50 ms) is
//   started, the element is appended with `src`, and the run ends at its `sla-error` event (plus
//   two frames and a short pause so the last long task is reported). The figure per run is the
//   longest task (0 when none took over 50 ms); min / median / max over BENCH_RUNS runs.
// - Goal: no task over 200 ms in any run. Results: bench/results/hostile.json (gitignored).
//   BENCH_STRICT=1: exit 1 when the goal is missed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/* global customElements, document, requestAnimationFrame -- code run in the page */
import puppeteer from 'puppeteer-core';
import { freshStandaloneFiles, serveFiles } from './static-server.mjs';
import { STANDALONE_DIR } from '../scripts/bundle-size.mjs';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const at = (...parts) => join(root, ...parts);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const ENTRY = `${STANDALONE_DIR}/define/sla-scorecard.js`;
const GOAL_MS = 200;

// 1. The standalone build, fresh ---------------------------------------------------------------
// Served from memory: a build started elsewhere meanwhile (it empties dist/) cannot break a run.
const files = freshStandaloneFiles(root, ENTRY);

// 2. The hostile feeds ---------------------------------------------------------------------------
const minimal = JSON.parse(readFileSync(at('test/fixtures/minimal-feed.json'), 'utf8'));
const BREACHES = 200_000;
// Small records, so that 200,000 of them stay under the default maxBytes (32 MiB).
const breach = (i, changes) => ({
  id: `B${i}`,
  agreementId: 'acme-standard',
  objectiveIds: ['availability'],
  start: '2026-10-02T10:00:00Z',
  severity: 'minor',
  title: 'x',
  ...changes,
});
const withBreaches = (changes) =>
  JSON.stringify({
    ...minimal,
    breaches: Array.from({ length: BREACHES }, (_, i) => breach(i, changes)),
  });
const feeds = {
  'breaches-bad-start': withBreaches({ start: 'yesterday' }),
  'breaches-no-agreement': withBreaches({ agreementId: 'nowhere' }),
  'nesting-unclosed': `{"schemaVersion":1,"provider":${'['.repeat(100_000)}`,
  'nesting-deep-error': `{"schemaVersion":1,"provider":${'['.repeat(100_000)}1,]${']'.repeat(99_999)}}`,
  'number-1e400': JSON.stringify(minimal).replace('"value":99.93', '"value":1e400'),
};
for (const [name, body] of Object.entries(feeds))
  files.set(`/data/${name}.json`, { type: 'application/json', body });
files.set('/', {
  type: 'text/html',
  body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>hostile feeds</title>
    <script type="module" src="/define/sla-scorecard.js"></script>
  </head>
  <body><main id="stage"></main></body>
</html>
`,
});

const { origin, server } = await serveFiles(files);

// 3. Measure -------------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: chromeArgs,
  defaultViewport: { width: 1280, height: 900 },
});
const results = [];
let chromeVersion;
try {
  chromeVersion = await browser.version();
  for (const name of Object.keys(feeds)) {
    const longest = [];
    const toError = [];
    let message = '';
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('sla-scorecard') !== undefined);
      const r = await page.evaluate(async (url) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        });
        observer.observe({ type: 'longtask' });
        const el = document.createElement('sla-scorecard');
        const t0 = performance.now();
        const failed = new Promise((resolve) =>
          el.addEventListener('sla-error', (e) => resolve(e.detail), { once: true }),
        );
        el.setAttribute('src', url);
        document.getElementById('stage').append(el);
        const detail = await failed;
        const elapsed = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await new Promise((r) => setTimeout(r, 300));
        observer.disconnect();
        const first = detail?.issues?.[0];
        return {
          longest: tasks.length ? Math.max(...tasks) : 0,
          elapsed,
          message: first
            ? `${first.path || '(feed)'}: ${first.message}`
            : String(detail?.message ?? ''),
        };
      }, `/data/${name}.json`);
      longest.push(r.longest);
      toError.push(r.elapsed);
      message = r.message;
      await page.close();
    }
    results.push({
      feed: name,
      bytes: Buffer.byteLength(feeds[name]),
      longestTaskMs: {
        min: Math.min(...longest),
        median: median(longest),
        max: Math.max(...longest),
        all: longest,
      },
      toErrorMs: { median: median(toError), all: toError },
      firstIssue: message.slice(0, 160),
    });
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`hostile feeds in <sla-scorecard src>, ${runs} runs each (${chromeVersion})`);
console.log(
  `  ${'feed'.padEnd(24)} ${'MB'.padStart(6)} ${'longest task min/median/max'.padStart(30)} ${'to error'.padStart(10)}`,
);
for (const r of results)
  console.log(
    `  ${r.feed.padEnd(24)} ${(r.bytes / 1e6).toFixed(1).padStart(6)} ${`${ms(r.longestTaskMs.min)} / ${ms(r.longestTaskMs.median)} / ${ms(r.longestTaskMs.max)}`.padStart(30)} ${ms(r.toErrorMs.median).padStart(10)}   ${r.firstIssue}`,
  );
const worst = Math.max(...results.map((r) => r.longestTaskMs.max));
const withinGoal = worst <= GOAL_MS;
console.log(`  goal: no task over ${GOAL_MS} ms: ${withinGoal ? 'met' : `NOT met (${ms(worst)})`}`);
const out = at('bench', 'results', 'hostile.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      name: 'hostile',
      date: new Date().toISOString(),
      chrome: chromeVersion,
      runs,
      results,
      goalMs: GOAL_MS,
      withinGoal,
      summary: results
        .map((r) => `${r.feed} ${ms(r.longestTaskMs.median)} (max ${ms(r.longestTaskMs.max)})`)
        .join(', '),
    },
    null,
    2,
  )}\n`,
);
console.log(`  results: ${out}`);
if (process.env.BENCH_STRICT === '1' && !withinGoal) process.exitCode = 1;
