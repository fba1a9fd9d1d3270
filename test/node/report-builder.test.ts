/**
 * The report builder (src/report/report-html.ts) on its own, without a browser: feed text stays
 * text (a hostile name cannot end a script or open a tag), the inline JSON is the customer's slice
 * exactly, the CSP hashes are those of the inline blocks, and its messages are complete in en,
 * de and ar.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, test } from 'node:test';
import { parseFeed, sliceFeed, type Feed } from '../../src/feed/index.js';
import { placeholders, type Message } from '../../src/elements/shared/i18n/index.js';
import { ar } from '../../src/report/i18n/ar.js';
import { de } from '../../src/report/i18n/de.js';
import { en } from '../../src/report/i18n/en.js';
import { buildReport, inlineScript, ReportError } from '../../src/report/report-html.js';
import { root } from './cli-runner.js';

const AS_OF = Date.parse('2026-11-22T12:00:00Z');
const HOSTILE = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> & "q"';

function sample(change?: (raw: { customers: { id: string; name: string }[] }) => void): Feed {
  const raw = JSON.parse(
    readFileSync(join(root, 'test', 'fixtures', 'sample-feed.json'), 'utf8'),
  ) as { customers: { id: string; name: string }[] };
  change?.(raw);
  const parsed = parseFeed(JSON.stringify(raw));
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 3)));
  return parsed.feed;
}

const hash = (text: string): string =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('report builder', () => {
  test('a hostile customer name stays text: no tag, no extra script, JSON intact', async () => {
    const feed = sample((raw) => {
      raw.customers.find((c) => c.id === 'contoso')!.name = HOSTILE;
    });
    const runtime = 'const s = "</script>"; /<!--x/.test(s);';
    const { html } = await buildReport(feed, {
      customer: 'contoso',
      period: '2026-10',
      asOf: AS_OF,
      locale: 'en',
      runtime,
    });
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.deepEqual(
      scripts.map((m) => m[1]),
      [' type="module"', ' type="application/json"'],
    );
    assert.equal(scripts[0]![2], inlineScript(runtime));
    assert.equal(inlineScript(runtime), 'const s = "\\x3c/script>"; /\\x3c!--x/.test(s);');
    // The escaped runtime means the same: it still evaluates to the original strings.
    assert.equal(runInNewContext(inlineScript('"</script><!--"')), '</script><!--');
    assert.deepEqual(JSON.parse(scripts[1]![2]!), sliceFeed(feed, 'contoso'));
    assert.doesNotMatch(scripts[1]![2]!, /</);
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
    assert.doesNotMatch(markup, /<img|<!--|alert\(1\)<\/script>/);
    assert.ok(markup.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  test("the CSP allows exactly the report's inline script and style", async () => {
    const { html } = await buildReport(sample(), {
      customer: 'fabrikam',
      asOf: AS_OF,
      runtime: 'customElements;',
      paper: 'letter',
    });
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    assert.match(style, /size: letter;/);
    const csp = /content="(default-src[^"]+)"/.exec(html)![1]!.replace(/&#39;/g, "'");
    assert.equal(
      csp,
      `default-src 'none'; script-src '${hash(script)}'; style-src '${hash(style)}'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'`,
    );
  });

  test('the language is the customer’s by default (Contoso: de-DE)', async () => {
    const report = await buildReport(sample(), {
      customer: 'contoso',
      period: '2026-10',
      asOf: AS_OF,
      runtime: '',
    });
    assert.equal(report.locale, 'de-DE');
    assert.equal(report.periodLabel, 'Oktober 2026');
    assert.match(report.html, /^<!doctype html>\n<html lang="de-DE" dir="ltr">/);
    assert.ok(report.html.includes('<h2 id="people">Für die, die den Betrieb verantworten</h2>'));
  });

  test('Arabic reads right to left', async () => {
    const report = await buildReport(sample(), {
      customer: 'contoso',
      period: '2026-10',
      asOf: AS_OF,
      locale: 'ar',
      runtime: '',
    });
    assert.match(report.html, /<html lang="ar" dir="rtl">/);
    assert.ok(report.html.includes('لمن يديرون الخدمة'));
  });

  test('refuses an unknown customer and a month with no data, naming them', async () => {
    const feed = sample();
    const options = { asOf: AS_OF, runtime: '' };
    await assert.rejects(
      buildReport(feed, { ...options, customer: 'nobody' }),
      (e: unknown) => e instanceof ReportError && e.kind === 'customer',
    );
    await assert.rejects(
      buildReport(feed, { ...options, customer: 'contoso', period: '1999-01' }),
      (e: unknown) =>
        e instanceof ReportError &&
        e.kind === 'no-data' &&
        e.message === 'no agreement of customer "contoso" has a period in 1999-01',
    );
  });
});

describe('report messages', () => {
  const source = en as Readonly<Record<string, Message>>;
  for (const [language, catalogue] of [
    ['de', de],
    ['ar', ar],
  ] as const) {
    test(`${language} has exactly the keys and placeholders of en`, () => {
      const messages = catalogue as Readonly<Record<string, Message>>;
      assert.deepEqual(Object.keys(messages).sort(), Object.keys(source).sort());
      for (const key of Object.keys(source)) {
        assert.deepEqual(
          [...placeholders(messages[key]!)].sort(),
          [...placeholders(source[key]!)].sort(),
          key,
        );
      }
    });
  }
});
