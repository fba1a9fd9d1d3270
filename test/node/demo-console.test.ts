/**
 * The demo's provider console (`npm start`, /console.html), tried as a provider would: the header
 * switches between it and the customer portal, the portfolio lists every customer of the sample
 * feed, selecting a node opens the matching view in the portfolio's detail slot, and the
 * "2,000 customers" switch loads the generated feed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';
import { root } from './cli-runner.js';

interface SampleCustomer {
  readonly id: string;
  readonly name: string;
}
const sample = JSON.parse(
  readFileSync(join(root, 'test', 'fixtures', 'sample-feed.json'), 'utf8'),
) as {
  customers: SampleCustomer[];
  agreements: { id: string; customerId?: string; parentId?: string; level: string; name: string }[];
};

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
  await server.close();
});

/** A page that records errors (uncaught and console.error). */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${base}${path}`);
  return { page, errors };
}

/** The portfolio's customer rows, once it has drawn them. */
const PORTFOLIO = 'sla-portfolio#portfolio';
async function customerRows(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (sel, n) =>
      (document
        .querySelector(sel)
        ?.shadowRoot?.querySelectorAll('[role="row"][data-kind="customer"]').length ?? 0) >= n,
    { timeout: 30_000 },
    PORTFOLIO,
    count,
  );
}

/** Text of the portfolio's grid, shadow root included. */
const portfolioText = (page: Page): Promise<string> =>
  page.$eval(PORTFOLIO, (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

describe('demo provider console', () => {
  test('the header switches between the customer portal and the provider console, both ways', async () => {
    const { page, errors } = await open('/');
    const current = (): Promise<string[]> =>
      page.$$eval('nav.pages a[aria-current="page"]', (links) =>
        links.map((a) => a.textContent.trim()),
      );
    assert.deepEqual(await current(), ['Customer portal']);
    assert.equal(
      await page.$eval('nav.pages', (nav) => nav.getAttribute('aria-label')),
      'Demo pages',
    );
    // From the keyboard: focus the link, Enter.
    await page.focus('nav.pages a[href="./console.html"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(new URL(page.url()).pathname, /\/console\.html$/);
    assert.deepEqual(await current(), ['Provider console']);
    await customerRows(page, 1);
    await Promise.all([page.waitForNavigation(), page.click('nav.pages a[href="./"]')]);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.deepEqual(await current(), ['Customer portal']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('lists every customer of the sample feed, with no console errors', async () => {
    const { page, errors } = await open('/console.html');
    await customerRows(page, sample.customers.length);
    const ids = await page.$eval(PORTFOLIO, (el) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="row"][data-kind="customer"]')].map(
        (r) => r.dataset.key?.replace(/^c:/, ''),
      ),
    );
    assert.deepEqual([...ids].sort(), sample.customers.map((c) => c.id).sort());
    const text = await portfolioText(page);
    for (const c of sample.customers) assert.ok(text.includes(c.name), `${c.name} is listed`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('selecting a customer, an objective, an agreement and a service opens its view under the row', async () => {
    const { page, errors } = await open('/console.html');
    await customerRows(page, sample.customers.length);
    const customer = sample.customers[0]!;
    const agreement = sample.agreements.find(
      (a) => a.customerId === customer.id && a.level === 'customer',
    )!;
    /** Clicks the name cell of the row with this key (a click on a name selects the node). */
    const select = (key: string): Promise<void> =>
      page.$eval(
        PORTFOLIO,
        (el, k) => {
          const row = el.shadowRoot!.querySelector(`[role="row"][data-key="${CSS.escape(k)}"]`);
          if (!row) throw new Error(`no row ${k}`);
          row.querySelector<HTMLElement>('[data-col="0"]')!.click();
        },
        key,
      );
    /** The view in the detail slot, once it has drawn, and the row the slot is shown in. */
    const opened = async (tag: string, part: string) => {
      await page.waitForFunction(
        (sel, t, p) => {
          const view = document.querySelector(`${sel} > [slot="detail"] ${t}`);
          const slot = document
            .querySelector(sel)
            ?.shadowRoot?.querySelector('slot[name="detail"]');
          return !!view?.shadowRoot?.querySelector(`[part~="${p}"]`) && !!slot;
        },
        { timeout: 20_000 },
        PORTFOLIO,
        tag,
        part,
      );
      return page.$eval(
        PORTFOLIO,
        (el, t) => {
          const view = el.querySelector(`:scope > [slot="detail"] ${t}`)!;
          const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="detail"]')!;
          const row = slot.closest('[role="row"]')!;
          const above = row.previousElementSibling as HTMLElement | null;
          return {
            heading: el.querySelector(':scope > [slot="detail"] h2')?.textContent ?? '',
            attributes: Object.fromEntries(
              ['agreement', 'objective'].map((n) => [n, view.getAttribute(n)]),
            ),
            text: (view.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
            assigned: slot.assignedElements().length,
            under: above?.dataset.key ?? '',
            slotBelowRow:
              (above?.getBoundingClientRect().bottom ?? Infinity) <=
              row.getBoundingClientRect().top + 1,
          };
        },
        tag,
      );
    };

    // The customer: its customer agreement's scorecard (and incentive view), under its row.
    await select(`c:${customer.id}`);
    let view = await opened('sla-scorecard', 'objective');
    assert.equal(view.heading, customer.name);
    assert.equal(view.attributes.agreement, agreement.id);
    assert.equal(view.assigned, 1);
    assert.equal(view.under, `c:${customer.id}`);
    assert.ok(view.slotBelowRow, 'the detail is shown below the selected row');
    assert.match(view.text, new RegExp(agreement.name));
    assert.ok(
      await page.$(`${PORTFOLIO} > [slot="detail"] sla-incentive-view`),
      'the incentive view is there too',
    );

    // The drill-down opened with the customer: its customer agreement.
    const agreementKey = await page.$eval(
      PORTFOLIO,
      (el, id) =>
        [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="row"][data-kind="agreement"]')]
          .map((r) => r.dataset.key!)
          .find((k) => k.endsWith(`a:${id}`))!,
      agreement.id,
    );
    assert.ok(agreementKey, 'the customer agreement is in the drill-down');
    // An objective of that agreement (agreements start open): its breach timeline.
    const objectiveKey = await page.$eval(
      PORTFOLIO,
      (el, k) =>
        el.shadowRoot!.querySelector<HTMLElement>(
          `[role="row"][data-kind="objective"][data-key^="${CSS.escape(k)}/"]`,
        )?.dataset.key ?? '',
      agreementKey,
    );
    assert.ok(objectiveKey, 'the agreement lists its objectives');
    const objectiveName = await page.$eval(
      PORTFOLIO,
      (el, k) =>
        el
          .shadowRoot!.querySelector(`[data-key="${CSS.escape(k)}"] [part~="objective"]`)!
          .textContent.trim(),
      objectiveKey,
    );
    await select(objectiveKey);
    view = await opened('sla-breach-timeline', 'plot-area');
    assert.equal(view.attributes.agreement, agreement.id);
    assert.ok(view.attributes.objective, 'the timeline is narrowed to the objective');
    assert.equal(view.heading, `Breaches: ${objectiveName}`);
    assert.equal(view.under, objectiveKey);
    // The agreement itself (a click closes it): its scorecard.
    await select(agreementKey);
    view = await opened('sla-scorecard', 'objective');
    assert.equal(view.heading, `Scorecard: ${agreement.name}`);
    assert.equal(view.attributes.agreement, agreement.id);
    assert.equal(view.under, agreementKey);

    // A service of a customer with a service chain: the timeline of the agreement measuring it.
    const parents = new Set(
      sample.agreements.filter((a) => a.level === 'service').map((a) => a.parentId),
    );
    const chained = sample.customers.find(
      (c) =>
        c.id !== customer.id &&
        sample.agreements.some((a) => a.customerId === c.id && parents.has(a.id)),
    );
    assert.ok(chained, 'the sample has another customer with service agreements');
    await select(`c:${chained.id}`);
    // Its service rows come after its objectives: scroll down (as a reader would) until one is
    // among the rows in the DOM.
    const serviceKey = await page
      .waitForFunction(
        (sel, prefix) => {
          const key = document
            .querySelector(sel)!
            .shadowRoot!.querySelector<HTMLElement>(
              `[role="row"][data-kind="service"][data-key^="${CSS.escape(prefix)}"]`,
            )?.dataset.key;
          if (!key) window.scrollBy(0, 200);
          return key;
        },
        { polling: 100, timeout: 20_000 },
        PORTFOLIO,
        `c:${chained.id}/`,
      )
      .then((handle) => handle.jsonValue() as Promise<string>);
    await select(serviceKey);
    view = await opened('sla-breach-timeline', 'plot-area');
    const serviceAgreement = /a:([^/]+)\/s:[^/]+$/.exec(serviceKey)![1]!;
    assert.equal(view.attributes.agreement, serviceAgreement);
    assert.equal(
      view.heading,
      `Breaches: ${sample.agreements.find((a) => a.id === serviceAgreement)!.name}`,
    );
    assert.equal(view.under, serviceKey);

    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the 2,000 customers switch loads the generated feed, and the address keeps it', async () => {
    const { page, errors } = await open('/console.html');
    await customerRows(page, sample.customers.length);
    await page.click('#many');
    await page.waitForFunction(
      (sel) =>
        document
          .querySelector(sel)
          ?.shadowRoot?.querySelector('[role="treegrid"]')
          ?.getAttribute('aria-rowcount') === '2001',
      { timeout: 60_000 },
      PORTFOLIO,
    );
    assert.match(page.url(), /customers=2000/);
    assert.equal(await page.$eval('#many', (el) => (el as HTMLInputElement).checked), true);
    const text = await portfolioText(page);
    for (const c of sample.customers) assert.ok(!text.includes(c.name), `${c.name} is gone`);
    // Only the rows near the viewport are in the DOM.
    const drawn = await page.$eval(
      PORTFOLIO,
      (el) => el.shadowRoot!.querySelectorAll('[role="row"][data-kind="customer"]').length,
    );
    assert.ok(drawn > 5 && drawn < 200, `${drawn} rows in the DOM`);

    // Opened again from the address: the generated feed again.
    const again = await browser.newPage();
    await again.goto(page.url());
    assert.equal(await again.$eval('#many', (el) => (el as HTMLInputElement).checked), true);
    assert.equal(
      await again.$eval('sla-feed#feed', (el) => el.getAttribute('src')),
      '/provider/customers-2000.json',
    );
    await again.close();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
