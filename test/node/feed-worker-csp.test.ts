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
import { dirname, join, normalize, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openCspSite, openPage, type CspSite } from './csp-site.js';

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

let site: CspSite;

before(async () => {
  assert.ok(
    existsSync(join(standalone, 'define', 'sla-scorecard.js')),
    'dist/standalone/ is missing: run `npm run build` first.',
  );
  assert.ok(!feedText.includes('<'), 'the sample feed must not contain "<" to be inlined');
  site = await openCspSite(CSP, (path, send) => {
    const body = PAGES[path];
    if (body) send(200, 'text/html; charset=utf-8', page(body));
    else if (path === '/feed.json') send(200, 'application/json', feedText);
    else {
      const file = normalize(join(standalone, path));
      if (!(file.startsWith(standalone + sep) && file.endsWith('.js') && existsSync(file)))
        return false;
      send(200, 'text/javascript', readFileSync(file));
    }
    return true;
  });
});

after(async () => {
  await site?.close();
});

/** Opens a page; returns the scorecard's text, what went wrong and every path requested. */
async function open(path: string) {
  const { page: p, problems, requested } = await openPage(site, path);
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
