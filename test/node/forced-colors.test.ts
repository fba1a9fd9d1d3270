/**
 * <sla-scorecard> in forced colours (Windows contrast themes), in headless Chromium through the
 * DevTools protocol (the test runner's `emulateMedia` cannot turn forced colours on in Chromium):
 * the pressed chart / table toggle stands out from the other one in system colours. Needs
 * `npm run build` first (npm test builds before the node tests).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = join(root, 'dist', 'standalone', 'define', 'sla-scorecard.js');
const PAGE = `<!doctype html><html lang="en"><head><title>forced colours</title>
<script type="module" src="/define/sla-scorecard.js"></script></head><body>
<sla-scorecard agreement="contoso-msa" as-of="2026-11-22T12:00:00+01:00" src="/sample-feed.json"></sla-scorecard>
</body></html>`;

let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  assert.ok(existsSync(entry), 'run npm run build first');
  const standalone = join(root, 'dist', 'standalone');
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    if (path === '/sample-feed.json')
      return res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(readFileSync(join(root, 'test', 'fixtures', 'sample-feed.json')));
    // The standalone build as it is laid out: an entry imports chunks and other entries by
    // relative URL.
    const file = join(standalone, path);
    if (!file.startsWith(standalone) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
    return undefined;
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

test('the pressed view toggle stands out in forced colours', async () => {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [{ name: 'forced-colors', value: 'active' }],
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(
    () =>
      document.querySelector('sla-scorecard')?.shadowRoot?.querySelector('[part="view-button"]'),
    { timeout: 20_000 },
  );
  const seen = await page.evaluate(() => {
    const el = document.querySelector('sla-scorecard')!;
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="view-button"]')];
    return {
      forced: matchMedia('(forced-colors: active)').matches,
      buttons: buttons.map((b) => {
        const s = getComputedStyle(b);
        return { pressed: b.getAttribute('aria-pressed'), bg: s.backgroundColor, fg: s.color };
      }),
    };
  });
  await page.close();
  assert.equal(seen.forced, true, 'forced colours are on');
  const pressed = seen.buttons.find((b) => b.pressed === 'true')!;
  const other = seen.buttons.find((b) => b.pressed === 'false')!;
  assert.notEqual(pressed.bg, other.bg, 'the pressed toggle has its own background');
  assert.notEqual(pressed.fg, pressed.bg, 'its text is legible on it');
});
