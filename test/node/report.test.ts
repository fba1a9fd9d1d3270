/**
 * `sla-kit report`, tried as a provider would: the sample's October 2026 report for Contoso as
 * HTML and PDF (one render, shared by the tests), its PDF read back as text, the HTML opened in
 * headless Chromium under a strict Content-Security-Policy, and the command's one-line errors.
 * Needs `npm run build` first (the report inlines dist/cdn/sla-kit.js; npm test builds first).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parseFeed, type Feed } from '../../src/feed/index.js';
import {
  agreementLedger,
  agreementPeriods,
  indexFeed,
  resolveAgreement,
  selectPeriod,
  type ResolvedAgreement,
} from '../../src/model/index.js';
import { cli, root } from './cli-runner.js';
import { openCspSite, openPage, type CspSite } from './csp-site.js';

const SAMPLE = join(root, 'test', 'fixtures', 'sample-feed.json');
const AS_OF = '2026-11-22T12:00:00Z';
const CUSTOMER = 'contoso';
const MONTH = '2026-10';

const scratch = mkdtempSync(join(tmpdir(), 'sla-report-test-'));
const htmlFile = join(scratch, 'report.html');
const pdfFile = join(scratch, 'report.pdf');

let feed: Feed;
let agreements: ResolvedAgreement[];
let html = '';
/** Each PDF page's text, whitespace collapsed, without its page number (the foot: "3 / 15"). */
const pages: string[] = [];
/** Each page's number as printed at its foot. */
const footers: string[] = [];
const pageSizes: { width: number; height: number }[] = [];
let run: ReturnType<typeof cli>;

before(async () => {
  const parsed = parseFeed(readFileSync(SAMPLE, 'utf8'));
  assert.ok(parsed.ok);
  feed = parsed.feed;
  const index = indexFeed(feed);
  agreements = (index.agreementsOfCustomer.get(CUSTOMER) ?? []).map((a) =>
    resolveAgreement(index, a.id)!,
  );
  run = cli([
    'report',
    '--customer',
    CUSTOMER,
    '--period',
    MONTH,
    '--as-of',
    AS_OF,
    '--lang',
    'en-GB',
    '--paper',
    'a4',
    '--out',
    htmlFile,
    '--pdf',
    pdfFile,
    SAMPLE,
  ]);
  assert.equal(run.status, 0, run.stderr);
  html = readFileSync(htmlFile, 'utf8');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(pdfFile)) }).promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    const collapsed = text.replace(/\s+/g, ' ').trim();
    const footer = `${n} / ${doc.numPages}`;
    footers.push(collapsed.includes(footer) ? footer : '');
    pages.push(collapsed.replace(footer, ' ').replace(/\s+/g, ' ').trim());
    const { width, height } = page.getViewport({ scale: 1 });
    pageSizes.push({ width, height });
  }
  await doc.destroy();
});

after(() => rmSync(scratch, { recursive: true, force: true }));

/** The month's net of the customer per currency, from the ledger, as en-GB writes it. */
function expectedNet(): string[] {
  const index = indexFeed(feed);
  const net = new Map<string, number>();
  for (const a of agreements) {
    const p = selectPeriod(agreementPeriods(index, a.id), MONTH, a.timeZone, Date.parse(AS_OF));
    if (!p) continue;
    const ledger = agreementLedger(index, a, p, Date.parse(AS_OF));
    net.set(ledger.currency, (net.get(ledger.currency) ?? 0) + Math.round(ledger.total.net * 100));
  }
  return [...net].map(([currency, cents]) =>
    new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      signDisplay: 'exceptZero',
    }).format(cents / 100),
  );
}

describe('sla-kit report: the PDF', () => {
  test('says what it wrote in one line', () => {
    assert.equal(
      run.stderr,
      `report: Contoso Retail GmbH, October 2026, ${agreements.length} agreements -> ${htmlFile}, ${pdfFile}\n`,
    );
  });

  test('is A4 with numbered pages, the customer, the provider and the month at the top', () => {
    assert.ok(pageSizes.length > agreements.length, `${pageSizes.length} pages`);
    for (const size of pageSizes) {
      assert.ok(Math.abs(size.width - 595.3) < 1.5 && Math.abs(size.height - 841.9) < 1.5);
    }
    assert.deepEqual(
      footers,
      pages.map((_, i) => `${i + 1} / ${pages.length}`),
    );
    assert.match(
      pages[0]!,
      /^Northwind Managed Services Service level report Contoso Retail GmbH · October 2026 Service level report /,
    );
    assert.match(pages[0]!, /For Contoso Retail GmbH, from Northwind Managed Services/);
    assert.match(pages[0]!, /Period: October 2026/);
  });

  test('names every objective of every agreement of the customer', () => {
    const text = pages.join(' ');
    const names = new Set(agreements.flatMap((a) => a.objectives.map((o) => o.name)));
    assert.ok(names.size >= 5);
    for (const name of names) assert.ok(text.includes(name), `${name} is not in the PDF`);
  });

  test('holds the net amount of the month, computed from the ledger', () => {
    const text = pages.join(' ');
    const nets = expectedNet();
    assert.ok(nets.length >= 1);
    for (const net of nets) {
      assert.ok(text.includes(`Net, bonuses less credits: ${net}.`), `no net ${net}`);
      assert.match(text, new RegExp(`EUR €[\\d,.]+ €[\\d,.]+ ${net.replace(/[+.]/g, '\\$&')}`));
    }
  });

  test('has the plain-language section: what went well, what fell short, what it cost', () => {
    const text = pages.join(' ');
    assert.match(
      text,
      /For the people who run it What went well \d+ of \d+ objectives met their target in October 2026\./,
    );
    assert.match(text, /What fell short .* What it cost Contoso Retail GmbH is owed €/);
  });

  test('starts each agreement on a page of its own, under the page head, drawn by the elements', () => {
    for (const a of agreements) {
      const head =
        'Northwind Managed Services Service level report Contoso Retail GmbH · October 2026';
      const page = pages.find((p) => p.startsWith(`${head} ${a.name} Objectives `));
      assert.ok(page, `no page starts with the page head and ${a.name}`);
    }
    const text = pages.join(' ');
    // The scorecard's and the incentive view's own words, one per agreement: the elements ran.
    assert.equal(text.split('Overall health').length - 1, agreements.length);
    assert.equal(text.split('Credits and bonuses of ').length - 1, agreements.length);
  });

  test('shows no control: the period picker, view buttons and toolbars are not printed', () => {
    const text = pages.join(' ');
    // The controls' own labels (ui.showTable, ui.showChart, breachTimeline.export, .brush, .reset).
    assert.doesNotMatch(text, /Show table|Show chart|Download CSV|Select a range|Reset zoom/);
  });
});

describe('sla-kit report: the HTML', () => {
  test('is one file: no src or href, no style attribute, two inline scripts', () => {
    // The markup, with the scripts' text left out (a `</script` inside them would end them here).
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
    assert.doesNotMatch(markup, /\s(src|href|srcset|action|formaction)\s*=/i);
    assert.doesNotMatch(markup, /\sstyle\s*=/i);
    assert.doesNotMatch(markup, /<(link|img|iframe|object|embed|base)\b/i);
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    assert.doesNotMatch(style, /url\(|@import/i);
    const scripts = markup.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script type="module">', '<script type="application/json">']);
  });

  test("holds the customer's slice of the feed only", () => {
    const json = /<script type="application\/json">([^<]*)<\/script>/.exec(html)?.[1];
    assert.ok(json);
    const slice = JSON.parse(json) as { customers: { id: string }[] };
    assert.deepEqual(
      slice.customers.map((c) => c.id),
      [CUSTOMER],
    );
    assert.doesNotMatch(html, /Fabrikam|Tailspin/);
  });

  test('loads under a strict CSP with no violation, no error and no request but itself', async () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/
      .exec(html)?.[1]
      ?.replace(/&#39;/g, "'");
    assert.ok(csp);
    assert.match(csp, /^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';/);
    let site: CspSite | undefined;
    try {
      site = await openCspSite(csp, (path, send) => {
        if (path !== '/report.html') return false;
        send(200, 'text/html; charset=utf-8', html);
        return true;
      });
      const { page, problems, requested } = await openPage(site, '/report.html');
      await page.evaluate(async () => {
        const els = [...document.querySelectorAll('sla-scorecard, sla-incentive-view')];
        await Promise.all(
          els.map((e) => (e as HTMLElement & { renderComplete: Promise<unknown> }).renderComplete),
        );
      });
      // Nothing loaded after the page itself (a blocked load would also be a console error).
      const resources = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => e.name),
      );
      const first = await page.evaluate(
        () => document.querySelector('sla-scorecard')?.shadowRoot?.textContent ?? '',
      );
      assert.match(first, /Platform availability/);
      assert.deepEqual(problems, []);
      assert.deepEqual(
        requested.filter((p) => p !== '/favicon.ico'),
        ['/report.html'],
      );
      assert.deepEqual(resources, []);
    } finally {
      await site?.close();
    }
  });
});

describe('sla-kit report: mistakes say one plain line', () => {
  const out = join(scratch, 'x.html');
  const base = ['report', '--out', out, '--as-of', AS_OF];

  test('an unknown customer: exit 1, and no file', () => {
    const r = cli([...base, '--customer', 'nobody', SAMPLE]);
    assert.equal(r.status, 1);
    assert.equal(
      r.stderr,
      `sla-kit: customer "nobody" is not in the feed (its customers: ${feed.customers
        .slice(0, 10)
        .map((c) => c.id)
        .join(', ')}${feed.customers.length > 10 ? ', …' : ''})\n`,
    );
    assert.ok(!existsSync(out));
  });

  test('a period that is not YYYY-MM: exit 2', () => {
    const r = cli([...base, '--customer', CUSTOMER, '--period', '2026-13', SAMPLE]);
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      'sla-kit: --period needs a month as YYYY-MM, e.g. 2026-10 (got "2026-13")\n',
    );
  });

  test('a month without data: exit 1', () => {
    const r = cli([...base, '--customer', CUSTOMER, '--period', '2031-01', SAMPLE]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'sla-kit: no agreement of customer "contoso" has a period in 2031-01\n');
  });

  test('--pdf without a Chromium: exit 2, and the HTML is still written', () => {
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = join(scratch, 'no-such-chrome');
    let r;
    try {
      r = cli([...base, '--customer', CUSTOMER, '--pdf', join(scratch, 'x.pdf'), SAMPLE]);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      `sla-kit: --pdf needs Chromium or Chrome: CHROME_PATH is set to ${join(scratch, 'no-such-chrome')}, which is not an executable file; ${out} is written\n`,
    );
    assert.ok(existsSync(out));
    rmSync(out);
  });

  test('no --customer: the usage text, exit 2', () => {
    const r = cli(['report', '--out', out, SAMPLE]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^sla-kit: report needs --customer <id>\n\nUsage: sla-kit <command>/);
    assert.match(r.stderr, /report --customer <id> \[--period YYYY-MM\] --out <report\.html>/);
  });
});
