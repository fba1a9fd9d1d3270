/**
 * The demo portal's "Download this month's report" (demo/report-button.ts), tried as a customer
 * would: the button asks the demo's server for the signed-in customer's report
 * (vite.config.ts, `monthlyReports`), which comes as a download of one HTML file holding that
 * customer alone, made by the same builder as `sla-kit report`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';
import { root } from './cli-runner.js';

let server: ViteDevServer;
let base = '';
let browser: Browser;
before(async () => {
  server = await createServer({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer!.address();
  assert.ok(address && typeof address === 'object');
  base = `http://127.0.0.1:${address.port}`;
  const chromeUrl = pathToFileURL(join(root, 'scripts', 'chrome.mjs')).href;
  const { chromeArgs, findChrome } = (await import(chromeUrl)) as {
    chromeArgs: string[];
    findChrome: () => string;
  };
  browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe("demo: download this month's report", () => {
  test('the server sends the customer’s report of a month as a download, and nothing of others', async () => {
    const response = await fetch(`${base}/sla/report/fabrikam.html?period=2026-10`);
    assert.equal(response.status, 200);
    assert.equal(
      response.headers.get('content-disposition'),
      'attachment; filename="sla-report-fabrikam-2026-10.html"',
    );
    const html = await response.text();
    assert.match(
      html,
      /<title>Fabrikam Logistics Ltd: service level report, October 2026<\/title>/,
    );
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/,
    );
    assert.doesNotMatch(html, /Contoso|Tailspin/);
    assert.equal((await fetch(`${base}/sla/report/nobody.html`)).status, 404);
  });

  test('the button asks for the signed-in customer’s report, after a switch too', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // Stands in for the browser's download: the report is answered without leaving the page.
      if (new URL(request.url()).pathname.startsWith('/sla/report/'))
        void request.respond({ status: 204, body: '' });
      else void request.continue();
    });
    const askFor = async (): Promise<string> => {
      const asked = page.waitForRequest((r) =>
        new URL(r.url()).pathname.startsWith('/sla/report/'),
      );
      await page.click('#report');
      return new URL((await asked).url()).pathname;
    };
    await page.goto(`${base}/?customer=tailspin`);
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('#customer')?.value);
    assert.equal(await page.$eval('#report', (b) => b.textContent), "Download this month's report");
    assert.equal(await askFor(), '/sla/report/tailspin.html');
    await page.select('#customer', 'contoso');
    assert.equal(await askFor(), '/sla/report/contoso.html');
    await page.close();
  });
});
