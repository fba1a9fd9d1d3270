/**
 * The demo portal (`npm start`), tried as a reader would: its server gives each customer a feed of
 * its own (vite.config.ts, `perCustomerFeeds`), as the README tells providers to, and the page
 * shows one customer at a time, with an objective's details when it is selected.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';
import { parseFeed } from '../../src/feed/index.js';
import { root } from './cli-runner.js';

const NAMES: Record<string, string> = {
  contoso: 'Contoso Retail',
  fabrikam: 'Fabrikam Logistics',
  tailspin: 'Tailspin Health',
  wingtip: 'Wingtip Toys',
  litware: 'Litware Ltd',
};

let server: ViteDevServer;
let base = '';
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
});
after(async () => {
  await server.close();
});

describe('demo portal feeds', () => {
  test('/sla/index.json lists the sample customers for the switcher', async () => {
    const index = (await (await fetch(`${base}/sla/index.json`)).json()) as {
      customers: { id: string }[];
    };
    assert.deepEqual(
      index.customers.map((c) => c.id),
      ['contoso', 'fabrikam', 'tailspin', 'wingtip', 'litware'],
    );
  });

  for (const id of Object.keys(NAMES)) {
    test(`/sla/${id}.json is a valid feed of ${id} alone`, async () => {
      const response = await fetch(`${base}/sla/${id}.json`);
      assert.equal(response.status, 200);
      const text = await response.text();
      const parsed = parseFeed(text);
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 3)));
      assert.deepEqual(
        parsed.feed.customers.map((c) => c.id),
        [id],
      );
      for (const [other, name] of Object.entries(NAMES)) {
        if (other === id) continue;
        assert.ok(!text.includes(name), `${id}'s feed names ${name}`);
        assert.ok(!text.includes(`"${other}"`), `${id}'s feed holds the id ${other}`);
      }
    });
  }

  test('an unknown customer gets 404, not another feed', async () => {
    assert.equal((await fetch(`${base}/sla/nobody.json`)).status, 404);
    assert.equal((await fetch(`${base}/sla/contoso`)).status, 404);
  });
});

describe('demo portal page', () => {
  let browser: Browser;
  before(async () => {
    // scripts/chrome.mjs has no type declarations: import it by a computed specifier.
    const chromeUrl = pathToFileURL(join(root, 'scripts', 'chrome.mjs')).href;
    const { chromeArgs, findChrome } = (await import(chromeUrl)) as {
      chromeArgs: string[];
      findChrome: () => string;
    };
    browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });
  });
  after(async () => {
    await browser.close();
  });

  /** Text of the page's main region, shadow roots included. */
  const mainText = `(() => {
    const walk = (n) => [...n.childNodes].map((c) => c.nodeType === 3 ? c.textContent
      : c.nodeType === 1 ? walk(c) + (c.shadowRoot ? walk(c.shadowRoot) : '') : '').join(' ');
    return walk(document.getElementById('main')).replace(/\\s+/g, ' ');
  })()`;

  test("shows one customer's agreements, then another's after the switch, and an objective's details", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/`);
    const card = 'sla-scorecard#scorecard';
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[part="objective"]'),
      { timeout: 20_000 },
      card,
    );
    let text = await page.evaluate<[], () => string>(mainText);
    assert.match(text, /Contoso Retail/);
    assert.doesNotMatch(text, /Fabrikam|Tailspin/);

    // Select an objective: the details show its name, its promise and its last periods.
    const name = await page.evaluate((sel) => {
      const button = document
        .querySelector(sel)!
        .shadowRoot!.querySelector<HTMLButtonElement>('[part="objective"]')!;
      button.click();
      return button.textContent.trim();
    }, card);
    await page.waitForFunction(() => !document.getElementById('details')!.hidden);
    const details = await page.$eval('#details', (el) => ({
      heading: el.querySelector('h2')?.textContent,
      sentences: [...el.querySelectorAll('p')].map((p) => p.textContent ?? ''),
      periods: el.querySelectorAll('li').length,
    }));
    assert.equal(details.heading, name);
    assert.ok(details.sentences[0]!.length > 20, details.sentences[0]);
    assert.equal(details.periods, 12);

    // Another customer: its own feed, nothing of Contoso.
    await page.select('#customer', 'fabrikam');
    await page.waitForFunction(
      (sel) => /Fabrikam/.test(document.querySelector(sel)?.shadowRoot?.textContent ?? ''),
      { timeout: 20_000 },
      card,
    );
    text = await page.evaluate<[], () => string>(mainText);
    assert.doesNotMatch(text, /Contoso|Tailspin/);
    assert.match(page.url(), /customer=fabrikam/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the breach timeline under the scorecard follows the selected objective, and its range goes into the address', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/?customer=contoso`);
    const timeline = 'sla-breach-timeline#timeline';
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[part="plot-area"]'),
      { timeout: 20_000 },
      timeline,
    );
    const lanes = async (): Promise<string[]> =>
      page.evaluate(
        (sel) =>
          [
            ...document.querySelector(sel)!.shadowRoot!.querySelectorAll('[part~="lane-label"]'),
          ].map((l) => l.textContent.trim()),
        timeline,
      );
    assert.ok((await lanes()).length > 2, 'every objective of the customer has a lane');

    // Select an objective in the scorecard: the timeline narrows to it, and the address says so.
    const name = await page.evaluate(() => {
      const button = document
        .querySelector('sla-scorecard#scorecard')!
        .shadowRoot!.querySelector<HTMLButtonElement>('[part="objective"]')!;
      button.click();
      return button.textContent.trim();
    });
    await page.waitForFunction(
      (sel) => document.querySelector(sel)!.hasAttribute('objective'),
      {},
      timeline,
    );
    await page.waitForFunction(
      (sel) =>
        document.querySelector(sel)!.shadowRoot!.querySelectorAll('[part~="lane-label"]').length ===
        1,
      {},
      timeline,
    );
    assert.equal((await lanes())[0], name);
    assert.match(page.url(), /objective=/);

    // Zoom in from the keyboard: the range goes into the address, to share the view.
    await page.evaluate((sel) => {
      const area = document
        .querySelector(sel)!
        .shadowRoot!.querySelector<HTMLElement>('[part="plot-area"]')!;
      area.focus();
    }, timeline);
    await page.keyboard.press('+');
    await page.waitForFunction(() => /from=.*to=/.test(location.search));
    const shared = page.url();

    // Opened again from that address, the timeline shows the same range.
    const again = await browser.newPage();
    await again.goto(shared);
    await again.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute('start'),
      { timeout: 20_000 },
      timeline,
    );
    const from = new URL(shared).searchParams.get('from')!;
    const start = await again.$eval(timeline, (el) => el.getAttribute('start'));
    assert.equal(Date.parse(start!), Date.parse(from));
    assert.deepEqual(errors, []);
    await again.close();
    await page.close();
  });

  test('the incentive view shows the customer’s agreement, follows the selected objective, and a month picked in it reaches the scorecard', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/?customer=contoso`);
    const view = 'sla-incentive-view#incentive';
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[part~="band-chart"]'),
      { timeout: 20_000 },
      view,
    );
    const cards = async (): Promise<number> =>
      page.evaluate(
        (sel) =>
          document.querySelector(sel)!.shadowRoot!.querySelectorAll('[part~="objective-card"]')
            .length,
        view,
      );
    assert.ok((await cards()) > 1, 'every objective of the agreement has a band chart');
    const ledger = await page.$eval(
      view,
      (el) => el.shadowRoot!.querySelector('[part~="ledger"]')?.textContent ?? '',
    );
    assert.match(ledger, /Credits owed/);

    // Select an objective in the scorecard: the incentive view narrows to it.
    await page.evaluate(() => {
      document
        .querySelector('sla-scorecard#scorecard')!
        .shadowRoot!.querySelector<HTMLButtonElement>('[part="objective"]')!
        .click();
    });
    await page.waitForFunction(
      (sel) =>
        document.querySelector(sel)!.shadowRoot!.querySelectorAll('[part~="objective-card"]')
          .length === 1,
      {},
      view,
    );

    // Pick the first month with its dot: the scorecard shows that month.
    await page.evaluate((sel) => {
      document
        .querySelector(sel)!
        .shadowRoot!.querySelector('[part~="dot"][data-index="0"]')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }, view);
    await page.waitForFunction(
      (sel) =>
        document.querySelector('sla-scorecard#scorecard')!.getAttribute('period') ===
        document.querySelector(sel)!.getAttribute('period'),
      {},
      view,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
