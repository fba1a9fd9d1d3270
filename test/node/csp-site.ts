/**
 * What the strict-CSP page tests share: a local HTTP server that sends every response with the
 * page's Content-Security-Policy, headless Chromium, and a page that records what went wrong
 * (page errors, console errors and warnings) and every path it requested.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Sends one response (status, content type, body) with the site's CSP. */
export type Send = (status: number, type: string, body: string | Buffer) => void;

export interface CspSite {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Serves `route` under `csp` on 127.0.0.1 (a random port) and launches Chromium. `route` answers
 * a path with `send`; the favicon gets a 204, anything `route` leaves unanswered a 404.
 */
export async function openCspSite(
  csp: string,
  route: (path: string, send: Send) => boolean,
): Promise<CspSite> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const send: Send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': csp });
      res.end(body);
    };
    if (route(path, send)) return;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chromeUrl = pathToFileURL(join(root, 'scripts', 'chrome.mjs')).href;
  const { chromeArgs, findChrome } = (await import(chromeUrl)) as {
    chromeArgs: string[];
    findChrome: () => string;
  };
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A new page of `site` that records its problems and requested paths, at `path`. */
export async function openPage(
  site: CspSite,
  path: string,
): Promise<{ page: Page; problems: string[]; requested: string[] }> {
  const page = await site.browser.newPage();
  const problems: string[] = [];
  const requested: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle0' });
  return { page, problems, requested };
}
