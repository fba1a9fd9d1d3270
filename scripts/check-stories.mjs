// Story check: every story of the static Storybook build is opened in headless Chromium and fails
// on a page error, a console error, an empty render, or an axe violation. Each story counts as one
// test. One exception: a story tagged `expect-network-error` (a feed URL that answers 404 on
// purpose) may log Chromium's own "Failed to load resource: ... 404" line, and only that line.
// Before axe runs, every element must have left its loading state (so axe sees the loaded content),
// except in stories tagged `expect-loading` (the loading skeleton itself).
// Usage: node scripts/check-stories.mjs [storybook-static] [--counts file.json]
// (run `npm run build-storybook` first; scripts/test.mjs does both).
// Functions passed to page.evaluate / waitForFunction run in the page, where `document` exists.
/* global document */
import { createServer } from 'node:http';
import { readFileSync, existsSync, writeFileSync, statSync } from 'node:fs';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './chrome.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const countsAt = args.indexOf('--counts');
const countsFile = countsAt >= 0 ? args[countsAt + 1] : undefined;
const dir = join(
  root,
  args.find((a, i) => !a.startsWith('--') && i !== countsAt + 1) ?? 'storybook-static',
);

if (!existsSync(join(dir, 'index.json'))) {
  console.error(`No Storybook build in ${dir}: run npm run build-storybook first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  let file = join(dir, path);
  if (!file.startsWith(dir)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** The console line Chromium logs for a 404 response; a page cannot suppress it. */
const NOT_FOUND_LINE =
  /^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/;
const EXPECT_NETWORK_ERROR = 'expect-network-error';
const EXPECT_LOADING = 'expect-loading';

const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });
let passed = 0;
let failed = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  let errors = [];
  let expectNetworkError = false;
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (expectNetworkError && NOT_FOUND_LINE.test(m.text())) return;
    errors.push(`console error: ${m.text()}`);
  });
  for (const story of stories) {
    errors = [];
    expectNetworkError = (story.tags ?? []).includes(EXPECT_NETWORK_ERROR);
    const label = `${story.title} / ${story.name}`;
    try {
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(
        () =>
          document.querySelector('#storybook-root')?.childElementCount > 0 ||
          document.querySelector('.sb-show-errordisplay'),
        { timeout: 15_000 },
      );
      // Wait for fetches of the fixtures to end: no loading skeleton left in any shadow root.
      if (!(story.tags ?? []).includes(EXPECT_LOADING)) {
        await page
          .waitForFunction(
            () => {
              const busy = (root) =>
                [...root.querySelectorAll('*')].some(
                  (el) =>
                    el.shadowRoot &&
                    (el.shadowRoot.querySelector('[part~="loading"]') || busy(el.shadowRoot)),
                );
              return !busy(document);
            },
            { timeout: 10_000, polling: 50 },
          )
          .catch(() =>
            errors.push(
              'still loading after 10 s (tag the story expect-loading if that is the point)',
            ),
          );
      }
      // Let elements finish rendering (Lit updates).
      await page.evaluate(async () => {
        const settle = async () => {
          const all = [];
          const walk = (root) => {
            for (const el of root.querySelectorAll('*')) {
              if ('updateComplete' in el) all.push(el.updateComplete);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          await Promise.all(all);
        };
        await settle();
        await new Promise((r) => setTimeout(r, 150));
        await settle();
      });
      const shown = await page.evaluate(() => {
        const err = document.querySelector('.sb-show-errordisplay #error-message');
        return err ? `story failed to render: ${err.textContent}` : '';
      });
      if (shown) errors.push(shown);
      // Every sla-* element must show something: a shadow root with no visible text and no
      // drawing (an element that rendered nothing) fails, whatever axe says about it.
      const blank = await page.evaluate(() => {
        const out = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (!el.shadowRoot) continue;
            if (el.localName.startsWith('sla-') && el.localName !== 'sla-feed') {
              const text = (el.shadowRoot.textContent ?? '').replace(/\s+/g, '');
              const drawn = el.shadowRoot.querySelector('svg, img, canvas');
              const box = el.getBoundingClientRect();
              if ((!text && !drawn) || box.width === 0 || box.height === 0) out.push(el.localName);
            }
            walk(el.shadowRoot);
          }
        };
        walk(document);
        return out;
      });
      for (const tag of blank) errors.push(`<${tag}> rendered a blank shadow root`);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await globalThis.axe.run(document.querySelector('#storybook-root'), {
          resultTypes: ['violations'],
        });
        return result.violations.map(
          (v) =>
            `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' > '))
              .join('; ')}`,
        );
      });
      errors.push(...violations);
    } catch (error) {
      errors.push(`check crashed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (errors.length) {
      failed++;
      console.log(`  ✗ ${label}`);
      for (const e of errors) console.log(`      ${e}`);
    } else {
      passed++;
      console.log(`  ✓ ${label}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`stories: ${passed} passed, ${failed} failed`);
if (countsFile) writeFileSync(countsFile, JSON.stringify({ passed, failed, skipped: 0 }));
process.exit(failed ? 1 : 0);
