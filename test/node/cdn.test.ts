/**
 * The one-file builds (`dist/cdn/<tag>.js`, `dist/cdn/sla-kit.js`) as a plain page or a CDN uses
 * them: a page served with a strict Content-Security-Policy and Trusted Types that has nothing but
 * that one file and a feed. Each file must import nothing else (no chunk to fetch), the element
 * must show its data in English and, with `lang="de"`, in German (the languages are inside the
 * file), and nothing may trip the CSP or throw. Needs `npm run build` first (npm test builds
 * before the node tests).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openCspSite, openPage, type CspSite } from './csp-site.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cdn = join(root, 'dist', 'cdn');
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');
const AS_OF = '2026-11-22T12:00:00+01:00';
const FILES = [
  'sla-scorecard.js',
  'sla-breach-timeline.js',
  'sla-incentive-view.js',
  'sla-feed.js',
  'sla-kit.js',
];

/** The page of a case: one script (the one file) and the elements it should define. */
const PAGES: Record<string, { script: string; body: string; lang?: string }> = {
  '/scorecard.html': {
    script: 'sla-scorecard.js',
    body: `<sla-scorecard src="/feed.json" agreement="contoso-msa" as-of="${AS_OF}"></sla-scorecard>`,
  },
  '/scorecard-de.html': {
    script: 'sla-scorecard.js',
    lang: 'de',
    body: `<sla-scorecard src="/feed.json" agreement="contoso-msa" as-of="${AS_OF}"></sla-scorecard>`,
  },
  '/timeline.html': {
    script: 'sla-breach-timeline.js',
    body: `<sla-breach-timeline src="/feed.json" agreement="contoso-msa" as-of="${AS_OF}"></sla-breach-timeline>`,
  },
  '/incentive.html': {
    script: 'sla-incentive-view.js',
    body: `<sla-incentive-view src="/feed.json" agreement="contoso-msa" as-of="${AS_OF}"></sla-incentive-view>`,
  },
  '/all.html': {
    script: 'sla-kit.js',
    body: `<sla-feed src="/feed.json"><sla-scorecard agreement="contoso-msa" as-of="${AS_OF}"></sla-scorecard>
      <sla-breach-timeline agreement="contoso-msa" as-of="${AS_OF}"></sla-breach-timeline></sla-feed>`,
  },
};

function page(p: { script: string; body: string; lang?: string }): string {
  return `<!doctype html>
<html lang="${p.lang ?? 'en'}">
  <head>
    <meta charset="utf-8" />
    <title>sla-kit from one file</title>
    <script type="module" src="/${p.script}"></script>
  </head>
  <body>
    <main>${p.body}</main>
  </body>
</html>
`;
}

let site: CspSite;

before(async () => {
  for (const f of FILES)
    assert.ok(existsSync(join(cdn, f)), `dist/cdn/${f} is missing: run \`npm run build\` first.`);
  const feed = readFileSync(join(root, 'test', 'fixtures', 'sample-feed.json'));
  site = await openCspSite(CSP, (path, send) => {
    const p = PAGES[path];
    if (p) send(200, 'text/html; charset=utf-8', page(p));
    else if (path === '/feed.json') send(200, 'application/json', feed);
    else {
      const name = path.slice(1);
      // Only the one-file builds: a chunk requested from them would be a 404 and fail the page.
      if (!FILES.includes(name)) return false;
      send(200, 'text/javascript', readFileSync(join(cdn, name)));
    }
    return true;
  });
});

after(async () => {
  await site?.close();
});

/** Opens a case and returns the visible text of each element's shadow root, with what went wrong. */
async function open(path: string, tags: string[]) {
  const { page: p, problems, requested } = await openPage(site, path);
  const texts: string[] = [];
  for (const tag of tags) {
    await p.waitForFunction(
      (t) => {
        const root = document.querySelector(t)?.shadowRoot;
        return (
          !!root &&
          !root.querySelector('[part~="loading"]') &&
          (root.textContent ?? '').trim() !== ''
        );
      },
      { timeout: 20_000 },
      tag,
    );
    texts.push(
      await p.evaluate(
        (t) => (document.querySelector(t)!.shadowRoot!.textContent ?? '').replace(/\s+/g, ' '),
        tag,
      ),
    );
  }
  await p.close();
  return { texts, problems, requested };
}

describe('one-file builds (dist/cdn)', () => {
  for (const f of FILES) {
    test(`${f} imports no other file`, () => {
      const text = readFileSync(join(cdn, f), 'utf8');
      assert.doesNotMatch(text, /\bimport\s*\(\s*["'`]\.|\bfrom\s*["'`]\.|\bimport\s*["'`]\./);
    });
  }

  test('the scorecard from its one file shows the agreement under a strict CSP with Trusted Types', async () => {
    const { texts, problems, requested } = await open('/scorecard.html', ['sla-scorecard']);
    assert.match(texts[0]!, /Contoso Retail/);
    assert.match(texts[0]!, /Platform availability/);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      requested.filter((r) => r.endsWith('.js')),
      ['/sla-scorecard.js'],
    );
  });

  test('the languages are in the file: with lang="de" the scorecard speaks German', async () => {
    const { texts, problems } = await open('/scorecard-de.html', ['sla-scorecard']);
    assert.match(texts[0]!, /Gutschrift|Erfüllt|Verfehlt|Zeitraum/);
    assert.deepEqual(problems, []);
  });

  test('the timeline from its one file draws its breaches and summary', async () => {
    const { texts, problems, requested } = await open('/timeline.html', ['sla-breach-timeline']);
    assert.match(texts[0]!, /\d+ breach(es)? in /);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      requested.filter((r) => r.endsWith('.js')),
      ['/sla-breach-timeline.js'],
    );
  });

  test('the incentive view from its one file draws its band charts and ledger', async () => {
    const { texts, problems, requested } = await open('/incentive.html', ['sla-incentive-view']);
    assert.match(texts[0]!, /Platform availability/);
    assert.match(texts[0]!, /Credits owed/);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      requested.filter((r) => r.endsWith('.js')),
      ['/sla-incentive-view.js'],
    );
  });

  test('sla-kit.js defines every tag: one <sla-feed> feeds a scorecard and a timeline', async () => {
    const { texts, problems } = await open('/all.html', ['sla-scorecard', 'sla-breach-timeline']);
    assert.match(texts[0]!, /Contoso Retail/);
    assert.match(texts[1]!, /breach/);
    assert.deepEqual(problems, []);
  });
});
