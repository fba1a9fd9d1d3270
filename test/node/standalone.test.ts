/**
 * The standalone build as a plain page uses it: dist/standalone/define/sla-scorecard.js loaded by
 * `<script type="module" src>` on a page served with a strict Content-Security-Policy (no inline
 * script or style, no eval), in headless Chromium. Checks what a reader sees (agreement name,
 * objective rows, status words in the shadow DOM), that nothing trips the CSP or throws, and the
 * failure paths a reader meets: a feed URL that answers 500, one that answers HTML, an invalid
 * feed, and a feed that was good and then fails on refresh (the last good data stays, marked
 * stale). Needs `npm run build` first (npm test builds before the node tests).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, relative, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ar as scorecardAr } from '../../src/elements/scorecard/i18n/ar.js';
import { de as scorecardDe } from '../../src/elements/scorecard/i18n/de.js';
import { en as scorecardEn } from '../../src/elements/scorecard/i18n/en.js';
import { ar } from '../../src/elements/shared/i18n/ar.js';
import { de } from '../../src/elements/shared/i18n/de.js';
import { en } from '../../src/elements/shared/i18n/en.js';
import type { Message } from '../../src/elements/shared/i18n/types.js';

/** The keys a scorecard can show: the shared ones and its own (not those of other elements). */
type ScorecardShownKey = keyof typeof en | keyof typeof scorecardEn;
type ScorecardShown = { readonly [K in ScorecardShownKey]: Message };

/** What a scorecard can say, per built-in language: the shared strings and its own. */
const BUILT_IN_CATALOGUES: Readonly<Record<string, ScorecardShown>> = {
  en: { ...en, ...scorecardEn },
  de: { ...de, ...scorecardDe },
  ar: { ...ar, ...scorecardAr },
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const standalone = join(root, 'dist', 'standalone');
const ENTRY = join(standalone, 'define', 'sla-scorecard.js');
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
].join('; ');
const AGREEMENT = 'contoso-msa';
const AS_OF = '2026-11-22T12:00:00+01:00';
/** A request that fails with 500 is retried (3 tries, backoff up to about 3 s) before it shows. */
const ERROR_TIMEOUT = 20_000;

interface ChromeModule {
  chromeArgs: string[];
  findChrome: () => string;
}

interface RawFeed {
  agreements: {
    id: string;
    name: string;
    parentId?: string;
    objectives?: { name?: string; unit?: string }[];
  }[];
  periods: { value: unknown }[];
}

/** What the page records from the first script on (installed before any page script runs). */
interface Recorded {
  csp: string[];
  errors: { kind: string; status?: number; message: string; issues: { path: string }[] }[];
  loads: number;
}

declare global {
  interface Window {
    __sla: Recorded;
  }
}

const sampleText = readFileSync(join(root, 'test', 'fixtures', 'sample-feed.json'), 'utf8');
const sample = JSON.parse(sampleText) as RawFeed;
const agreement = sample.agreements.find((a) => a.id === AGREEMENT)!;
const parent = sample.agreements.find((a) => a.id === agreement.parentId)!;
/** contoso-msa inherits its objectives (and their names) from its parent and overrides levels. */
const objectiveNames = [...parent.objectives!, ...(agreement.objectives ?? [])]
  .map((o) => o.name)
  .filter((n): n is string => typeof n === 'string')
  .sort();
/** Pass-fail policies say "complied" / "not complied" instead of a status word. */
const passFailNames = new Set(
  (parent.objectives ?? []).filter((o) => o.unit === 'pass-fail').map((o) => o.name),
);

const invalid = JSON.parse(sampleText) as RawFeed;
invalid.periods[3]!.value = 'n/a';
const INVALID_PATH = 'periods[3].value';

const LOGIN_PAGE =
  '<!doctype html><html><head><title>Sign in</title></head><body>Sign in</body></html>';

function pageFor(src: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>sla-kit standalone</title>
    <script type="module" src="/define/sla-scorecard.js"></script>
  </head>
  <body>
    <main>
      <sla-scorecard src="${src}" agreement="${AGREEMENT}" as-of="${AS_OF}"></sla-scorecard>
    </main>
  </body>
</html>
`;
}

/** Case name -> the feed URL its page points at. */
const PAGES: Record<string, string> = {
  '/': '/sample-feed.json',
  '/http-500.html': '/feeds/http-500.json',
  '/html.html': '/feeds/html.json',
  '/invalid.html': '/feeds/invalid.json',
  '/refresh.html': '/feeds/refresh.json',
};

/** Server state for the refresh case: good until the test flips it. */
const refreshFeed = { fail: false, requests: 0 };

/** The text of a catalogue message, its `{placeholders}` turned into `.+` (for matching). */
function messagePattern(catalogue: ScorecardShown, key: ScorecardShownKey): RegExp {
  const message = catalogue[key];
  const text = typeof message === 'string' ? message : message.other;
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+');
  return new RegExp(escaped);
}

/** The built-in catalogue the element uses for its `lang`. */
function catalogueFor(lang: string | null): ScorecardShown {
  const language = (lang ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  return BUILT_IN_CATALOGUES[language] ?? BUILT_IN_CATALOGUES.en!;
}

let server: Server;
let origin: string;
let browser: Browser;

before(async () => {
  assert.ok(
    existsSync(ENTRY),
    `${relative(root, ENTRY)} is missing: run \`npm run build\` first (npm test builds before the node tests).`,
  );
  // Served from memory, read once: the standalone build as it is now.
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(standalone, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(`/${relative(standalone, full).split(sep).join('/')}`, readFileSync(full));
  }
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status: number, type: string, body: string | Buffer): void => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': CSP,
        'Cache-Control': 'no-store',
      });
      res.end(body);
    };
    const html = PAGES[path];
    if (html !== undefined) return send(200, 'text/html; charset=utf-8', pageFor(html));
    switch (path) {
      case '/sample-feed.json':
        return send(200, 'application/json', sampleText);
      case '/feeds/http-500.json':
        return send(500, 'text/plain', 'Internal Server Error');
      case '/feeds/html.json':
        return send(200, 'text/html; charset=utf-8', LOGIN_PAGE);
      case '/feeds/invalid.json':
        return send(200, 'application/json', JSON.stringify(invalid));
      case '/feeds/refresh.json':
        refreshFeed.requests += 1;
        return refreshFeed.fail
          ? send(500, 'text/plain', 'Internal Server Error')
          : send(200, 'application/json', sampleText);
      case '/favicon.ico':
        res.writeHead(204).end();
        return;
    }
    const file = files.get(path);
    if (!file) return send(404, 'text/plain', 'not found');
    const type = extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream';
    return send(200, type, file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // scripts/chrome.mjs has no type declarations: import it by a computed specifier.
  const chromeUrl = pathToFileURL(join(root, 'scripts', 'chrome.mjs')).href;
  const { chromeArgs, findChrome } = (await import(chromeUrl)) as ChromeModule;
  browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

interface Opened {
  page: Page;
  pageErrors: string[];
  consoleErrors: string[];
  recorded: () => Promise<Recorded>;
}

async function open(path: string): Promise<Opened> {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  // Before any page script: record CSP violations and the kit's events.
  await page.evaluateOnNewDocument(() => {
    const recorded: Recorded = { csp: [], errors: [], loads: 0 };
    window.__sla = recorded;
    document.addEventListener('securitypolicyviolation', (e) => {
      recorded.csp.push(
        `${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
    document.addEventListener('sla-load', () => {
      recorded.loads += 1;
    });
    document.addEventListener('sla-error', (e) => {
      recorded.errors.push(
        JSON.parse(JSON.stringify((e as CustomEvent).detail)) as Recorded['errors'][number],
      );
    });
  });
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200);
  assert.equal(response?.headers()['content-security-policy'], CSP);
  await page.waitForFunction(() => customElements.get('sla-scorecard') !== undefined, {
    timeout: 10_000,
  });
  return { page, pageErrors, consoleErrors, recorded: () => page.evaluate(() => window.__sla) };
}

/** What the reader sees in the scorecard's shadow DOM. */
interface Seen {
  lang: string | null;
  heading: string | undefined;
  rows: { name: string; status: string | undefined; word: string | undefined }[];
  error: { role: string | null; title: string; text: string; paths: string[] } | null;
  staleBadge: string | undefined;
  errorDetails: boolean;
  loading: boolean;
}

/** Collapses whitespace as a reader perceives it. */
const squash = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').trim();

async function seen(page: Page): Promise<Seen> {
  // Raw text from the page, tidied here: tsx names the functions it compiles (`__name(...)`),
  // so the page function defines none of its own.
  const raw = await page.evaluate(async () => {
    const el = document.querySelector('sla-scorecard')!;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const shadow = el.shadowRoot!;
    const error = shadow.querySelector('[part~="error"]');
    return {
      lang: el.getAttribute('lang'),
      heading: shadow.querySelector('h2')?.textContent,
      rows: [...shadow.querySelectorAll('tr[part~="row"]')].map((row) => ({
        name: row.querySelector('[part~="objective"]')?.textContent,
        status: row.getAttribute('data-status'),
        word: row.querySelector('.sla-status-label')?.textContent,
      })),
      error: error
        ? {
            role: error.getAttribute('role'),
            title: error.querySelector('[part~="error-title"]')?.textContent,
            text: error.textContent,
            paths: [...error.querySelectorAll('.sla-path')].map((p) => p.textContent),
          }
        : null,
      staleBadge: shadow.querySelector('[part~="stale-badge"]')?.textContent,
      errorDetails: shadow.querySelector('[part~="error-details"]') !== null,
      loading: shadow.querySelector('[part~="loading"]') !== null,
    };
  });
  return {
    lang: raw.lang,
    heading: raw.heading === undefined ? undefined : squash(raw.heading),
    rows: raw.rows.map((r) => ({
      name: squash(r.name),
      status: r.status ?? undefined,
      word: r.word === undefined ? undefined : squash(r.word),
    })),
    error: raw.error && {
      role: raw.error.role,
      title: squash(raw.error.title),
      text: squash(raw.error.text),
      paths: raw.error.paths.map(squash),
    },
    staleBadge: raw.staleBadge === undefined ? undefined : squash(raw.staleBadge),
    errorDetails: raw.errorDetails,
    loading: raw.loading,
  };
}

/** Chromium logs every non-2xx response as a console error: expected in the failure cases. */
const unexpected = (errors: string[]): string[] =>
  errors.filter(
    (e) => !/Failed to load resource: the server responded with a status of 500/.test(e),
  );

describe('standalone build on a page with a strict CSP (dist/standalone/define/sla-scorecard.js)', () => {
  test('shows the agreement, its objectives and their status words; no errors, no CSP reports', async () => {
    const { page, pageErrors, consoleErrors, recorded } = await open('/');
    try {
      await page.waitForFunction(() => window.__sla.loads > 0 || window.__sla.errors.length > 0, {
        timeout: 15_000,
      });
      const view = await seen(page);
      const events = await recorded();
      assert.deepEqual(events.errors, [], 'no sla-error');
      assert.equal(events.loads, 1, 'one sla-load');
      assert.equal(view.error, null);
      assert.equal(view.staleBadge, undefined);
      assert.equal(view.heading, agreement.name);
      assert.deepEqual(view.rows.map((r) => r.name).sort(), objectiveNames);
      // The customer's locale (contoso: de-DE) decides the words.
      const catalogue = catalogueFor(view.lang);
      for (const row of view.rows) {
        assert.ok(row.status, `row ${row.name} has a status`);
        const key: ScorecardShownKey = passFailNames.has(row.name)
          ? row.status === 'breached'
            ? 'compliance.notComplied'
            : 'compliance.complied'
          : (`status.${row.status}` as ScorecardShownKey);
        assert.equal(row.word, catalogue[key], row.name);
      }
      assert.deepEqual(events.csp, [], 'no CSP violation');
      assert.deepEqual(pageErrors, [], 'no page error');
      assert.deepEqual(consoleErrors, [], 'no console error');
    } finally {
      await page.close();
    }
  });

  test(
    'a feed URL that answers 500: the error state with the status, and sla-error',
    { timeout: 40_000 },
    async () => {
      const { page, pageErrors, consoleErrors, recorded } = await open('/http-500.html');
      try {
        await page.waitForFunction(() => window.__sla.errors.length > 0, {
          timeout: ERROR_TIMEOUT,
        });
        const view = await seen(page);
        const events = await recorded();
        assert.equal(events.errors[0]?.kind, 'http');
        assert.equal(events.errors[0]?.status, 500);
        const catalogue = catalogueFor(view.lang);
        assert.ok(view.error, 'an error is shown');
        assert.equal(view.error.role, 'alert');
        assert.equal(view.error.title, catalogue['state.error.title']);
        assert.match(view.error.text, messagePattern(catalogue, 'error.http'));
        assert.match(view.error.text, /500/);
        assert.match(view.error.text, /\/feeds\/http-500\.json/, 'the feed URL is shown');
        assert.deepEqual(view.rows, []);
        assert.deepEqual(events.csp, []);
        assert.deepEqual(pageErrors, []);
        assert.deepEqual(unexpected(consoleErrors), []);
      } finally {
        await page.close();
      }
    },
  );

  test('a feed URL that answers HTML: "not valid JSON, looks like HTML", and sla-error', async () => {
    const { page, pageErrors, consoleErrors, recorded } = await open('/html.html');
    try {
      await page.waitForFunction(() => window.__sla.errors.length > 0, { timeout: ERROR_TIMEOUT });
      const view = await seen(page);
      const events = await recorded();
      assert.equal(events.errors[0]?.kind, 'parse');
      const catalogue = catalogueFor(view.lang);
      assert.ok(view.error, 'an error is shown');
      assert.equal(view.error.title, catalogue['state.error.title']);
      assert.match(view.error.text, messagePattern(catalogue, 'error.parse'));
      assert.match(view.error.text, /looks like HTML/);
      assert.deepEqual(view.rows, []);
      assert.deepEqual(events.csp, []);
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await page.close();
    }
  });

  test('an invalid feed: the error lists the issue with its path, and sla-error', async () => {
    const { page, pageErrors, consoleErrors, recorded } = await open('/invalid.html');
    try {
      await page.waitForFunction(() => window.__sla.errors.length > 0, { timeout: ERROR_TIMEOUT });
      const view = await seen(page);
      const events = await recorded();
      assert.equal(events.errors[0]?.kind, 'invalid');
      assert.deepEqual(
        events.errors[0]?.issues.map((i) => i.path),
        [INVALID_PATH],
      );
      const catalogue = catalogueFor(view.lang);
      assert.ok(view.error, 'an error is shown');
      assert.equal(view.error.title, catalogue['state.error.title']);
      assert.match(view.error.text, messagePattern(catalogue, 'error.invalid'));
      assert.deepEqual(view.error.paths, [INVALID_PATH]);
      assert.match(view.error.text, /must be a number/);
      assert.deepEqual(view.rows, []);
      assert.deepEqual(events.csp, []);
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await page.close();
    }
  });

  test(
    'good, then the refresh fails: the last good data stays, with the stale badge',
    { timeout: 40_000 },
    async () => {
      refreshFeed.fail = false;
      refreshFeed.requests = 0;
      const { page, pageErrors, consoleErrors, recorded } = await open('/refresh.html');
      try {
        await page.waitForFunction(() => window.__sla.loads > 0, { timeout: 15_000 });
        const good = await seen(page);
        assert.equal(good.heading, agreement.name);
        assert.equal(good.rows.length, objectiveNames.length);
        assert.equal(good.staleBadge, undefined);

        refreshFeed.fail = true;
        await page.evaluate(() =>
          (
            document.querySelector('sla-scorecard') as HTMLElement & { refresh(): Promise<void> }
          ).refresh(),
        );
        await page.waitForFunction(() => window.__sla.errors.length > 0, {
          timeout: ERROR_TIMEOUT,
        });
        const view = await seen(page);
        const events = await recorded();
        assert.ok(refreshFeed.requests >= 2, 'the feed was fetched again');
        assert.equal(events.errors[0]?.kind, 'http');
        assert.equal(events.errors[0]?.status, 500);
        // Still the same data...
        assert.equal(view.heading, agreement.name);
        assert.deepEqual(view.rows, good.rows);
        assert.equal(view.error, null, 'no error state in place of the data');
        // ...marked stale, with the reason one click away.
        const catalogue = catalogueFor(view.lang);
        assert.ok(view.staleBadge, 'the stale badge is shown');
        assert.match(view.staleBadge, messagePattern(catalogue, 'state.stale'));
        assert.ok(view.errorDetails, 'the error details are offered');
        assert.deepEqual(events.csp, []);
        assert.deepEqual(pageErrors, []);
        assert.deepEqual(unexpected(consoleErrors), []);
      } finally {
        await page.close();
      }
    },
  );
});
