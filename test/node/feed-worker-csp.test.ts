/**
 * The split standalone build (`dist/standalone/`) on a page with a strict Content-Security-Policy
 * and Trusted Types: a feed by `src` is parsed in the feed worker (a same-origin file of the
 * build, allowed by `script-src 'self'`, its URL made trusted by the `sla-kit-worker` policy), and
 * the element shows it with nothing tripping the CSP. A page that gives the feed inline never
 * downloads the `src` code or the worker. Needs `npm run build` first (npm test builds before the
 * node tests).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const standalone = join(root, 'dist', 'standalone');
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');
const AS_OF = '2026-11-22T12:00:00+01:00';
const feedText = readFileSync(join(root, 'test', 'fixtures', 'sample-feed.json'), 'utf8');

const PAGES: Record<string, string> = {
  '/src.html': `<sla-scorecard src="/feed.json" customer="contoso" agreement="contoso-msa" as-of="${AS_OF}"></sla-scorecard>`,
  // `<` cannot occur in the JSON text's strings here, so it is safe inside the script element.
  '/inline.html': `<sla-scorecard agreement="contoso-msa" as-of="${AS_OF}"><script type="application/json">${feedText}</script></sla-scorecard>`,
};

function page(body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>sla-kit, split build</title>
    <script type="module" src="/define/sla-scorecard.js"></script>
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>
`;
}

let server: Server;
let origin: string;
let browser: Browser;

before(async () => {
  assert.ok(
    existsSync(join(standalone, 'define', 'sla-scorecard.js')),
    'dist/standalone/ is missing: run `npm run build` first.',
  );
  assert.ok(!feedText.includes('<'), 'the sample feed must not contain "<" to be inlined');
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status: number, type: string, body: string | Buffer): void => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP });
      res.end(body);
    };
    const body = PAGES[path];
    if (body) return send(200, 'text/html; charset=utf-8', page(body));
    if (path === '/feed.json') return send(200, 'application/json', feedText);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = normalize(join(standalone, path));
    if (file.startsWith(standalone + sep) && file.endsWith('.js') && existsSync(file))
      return send(200, 'text/javascript', readFileSync(file));
    return send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chromeUrl = pathToFileURL(join(root, 'scripts', 'chrome.mjs')).href;
  const { chromeArgs, findChrome } = (await import(chromeUrl)) as {
    chromeArgs: string[];
    findChrome: () => string;
  };
  browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens a page; returns the scorecard's text, what went wrong and every path requested. */
async function open(path: string) {
  const p = await browser.newPage();
  const problems: string[] = [];
  const requested: string[] = [];
  p.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  p.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  p.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await p.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  await p.waitForFunction(
    () => {
      const root = document.querySelector('sla-scorecard')?.shadowRoot;
      return (
        !!root && !root.querySelector('[part~="loading"]') && (root.textContent ?? '').trim() !== ''
      );
    },
    { timeout: 20_000 },
  );
  const text = await p.evaluate(() =>
    (document.querySelector('sla-scorecard')!.shadowRoot!.textContent ?? '').replace(/\s+/g, ' '),
  );
  const workers = p.workers().map((w) => new URL(w.url()).pathname);
  await p.close();
  return { text, problems, requested, workers };
}

describe('the feed worker under a strict CSP with Trusted Types (dist/standalone)', () => {
  test('a feed by src is parsed in the worker and shown, nothing trips the CSP', async () => {
    const { text, problems, requested, workers } = await open('/src.html');
    assert.match(text, /Contoso Retail/);
    assert.match(text, /Platform availability/);
    assert.deepEqual(problems, []);
    assert.ok(
      requested.some((r) => /^\/chunks\/feed-loader-[\w-]+\.js$/.test(r)),
      `the src code was loaded: ${requested.join(', ')}`,
    );
    assert.ok(
      workers.some((w) => /^\/assets\/feed-worker-[\w-]+\.js$/.test(w)),
      `the worker runs: ${workers.join(', ')}`,
    );
  });

  test('a page with the feed inline downloads neither the src code nor the worker', async () => {
    const { text, problems, requested, workers } = await open('/inline.html');
    assert.match(text, /Platform availability/);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      requested.filter((r) => /feed-loader|feed-worker/.test(r)),
      [],
      'no src code requested',
    );
    assert.deepEqual(workers, []);
  });
});
