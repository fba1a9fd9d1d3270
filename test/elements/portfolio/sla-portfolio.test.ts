import { expect, fixture, html } from '@open-wc/testing';
import type { SlaPortfolio } from '../../../src/elements/portfolio/sla-portfolio.js';
import { ar } from '../../../src/elements/portfolio/i18n/ar.js';
import { de } from '../../../src/elements/portfolio/i18n/de.js';
import { en } from '../../../src/elements/portfolio/i18n/en.js';
import { parseFeed } from '../../../src/feed/index.js';
import type { Feed } from '../../../src/feed/types.js';
import { indexFeed, portfolioMoneyTotals, portfolioRows } from '../../../src/model/index.js';
import { formatMoney } from '../../../src/elements/shared/internal/format.js';
import { ElementHarness } from '../shared/element-harness.js';
import { rawFeed, until } from '../shared/harness.js';
import sample from '../../fixtures/sample-feed.json';
import { portfolio, SAMPLE_NOW } from './harness.js';

const NOW = Date.parse(SAMPLE_NOW);
const parsed = (): Feed => {
  const r = parseFeed(structuredClone(sample));
  if (!r.ok) throw new Error('sample does not parse');
  return r.feed;
};
const modelRows = () => portfolioRows(indexFeed(parsed()), { now: NOW });
/** The sample's customers by name, in alphabetical order. */
const NAMES = sample.customers.map((c) => c.name).sort((a, b) => a.localeCompare(b, 'en'));
const COUNT = NAMES.length;

describe('<sla-portfolio>', () => {
  describe('states', () => {
    it('shows the loading skeleton while the feed is on its way', async () => {
      const el = await fixture<SlaPortfolio>(html`<sla-portfolio></sla-portfolio>`);
      el.feedController.setOptions({ fetch: () => new Promise<Response>(() => undefined) });
      el.src = '/never-answers.json';
      const harness = new ElementHarness(el);
      await el.updateComplete;
      expect(harness.isLoading).to.equal(true);
      expect(harness.part('loading')!.getAttribute('aria-busy')).to.equal('true');
    });

    it('says that no data was provided without a feed', async () => {
      const el = await portfolio();
      expect(el.emptyText).to.equal('No SLA data was provided, so there is nothing to show yet.');
      expect(el.has('grid')).to.equal(false);
    });

    it('shows the issues of an invalid feed with their paths', async () => {
      const el = await portfolio({}, { schemaVersion: 1 });
      expect(el.errorText).to.include('provider');
    });

    it('says so when the feed has no customers', async () => {
      const el = await portfolio({}, rawFeed({ customers: [], agreements: [], periods: [] }));
      expect(el.emptyText).to.equal(en['portfolio.noCustomers']);
    });

    it('names an unknown customer, and fires sla-error once', async () => {
      const el = await portfolio({}, sample);
      const errors = el.events('sla-error');
      el.element.customer = 'nope';
      await el.settle();
      expect(el.emptyText).to.equal('No customer "nope" in the feed.');
      await until(() => errors.length === 1, 'sla-error fires');
      expect(errors[0]!.detail.kind).to.equal('missing');
      el.element.requestUpdate();
      await el.settle();
      expect(errors).to.have.length(1);
    });

    it('keeps the last good data with the stale badge after a failed refresh', async () => {
      const el = await portfolio({}, sample);
      expect(el.customerRows()).to.have.length(COUNT);
      el.element.feed = '{ not json';
      await el.settle();
      expect(el.isStale).to.equal(true);
      expect(el.customerRows()).to.have.length(COUNT);
    });
  });

  describe('the grid', () => {
    it('is a treegrid with a header row, one row per customer, and the row count', async () => {
      const el = await portfolio({}, sample);
      expect(el.grid.getAttribute('role')).to.equal('treegrid');
      expect(el.grid.getAttribute('aria-rowcount')).to.equal(String(COUNT + 1));
      expect(el.headers().map((h) => h.label.replace(/[▲▼]/g, ''))).to.deep.equal([
        'Customer',
        'Health',
        'Met',
        'At risk',
        'Breached',
        'Credits',
        'Bonuses',
        'Net',
        'Worst objective',
        'Review due',
        'Exit clause',
        'Trend',
      ]);
      const rows = el.customerRows();
      expect(rows.map((r) => r.rowIndex)).to.deep.equal(NAMES.map((_, i) => i + 2));
      expect(rows.every((r) => r.level === 1 && r.expanded === 'false')).to.equal(true);
      expect([...el.customerNames()].sort((a, b) => a.localeCompare(b, 'en'))).to.deep.equal(NAMES);
    });

    it('shows each customer’s health, counts, money and warnings as the model computes them', async () => {
      const el = await portfolio({}, sample);
      for (const m of modelRows()) {
        const row = el.customer(m.customerId)!;
        expect(row.status, m.customerId).to.equal(m.status);
        const health = row.cellText('health');
        expect(health).to.include(
          {
            breached: 'Breached',
            'at-risk': 'At risk',
            met: 'Met',
            exceeded: 'Exceeded',
            'no-data': 'No data',
          }[m.status],
        );
        if (m.score !== null) expect(health).to.include(String(Math.round(m.score)));
        expect(row.cellText('met')).to.equal(String(m.counts.met));
        expect(row.cellText('atRisk')).to.equal(String(m.counts.atRisk));
        expect(row.cellText('breached')).to.equal(String(m.counts.breached));
        for (const money of m.money) {
          expect(row.cellText('credit')).to.include(
            formatMoney('en-GB', money.credit, money.currency),
          );
          expect(row.cellText('bonus')).to.include(
            formatMoney('en-GB', money.bonus, money.currency),
          );
          expect(row.cellText('net')).to.include(
            formatMoney('en-GB', money.net, money.currency, undefined, true),
          );
        }
        if (m.worst) expect(row.cellText('worst')).to.include(m.worst.name);
        const trend = row.cell('trend')!.querySelector('svg[role="img"]');
        expect(trend?.getAttribute('aria-label')).to.match(
          /^Health (over \d+ periods|in the last period)/,
        );
      }
    });

    it('says in words how many customers are in which state', async () => {
      const el = await portfolio({}, sample);
      const rows = modelRows();
      const n = (s: string) => rows.filter((r) => r.status === s).length;
      const met = rows.length - n('breached') - n('at-risk') - n('no-data');
      expect(el.summaryText).to.equal(
        `${COUNT} customers: ${n('breached')} breached, ${n('at-risk')} at risk, ${met} met, ${n('no-data')} without data.`,
      );
    });

    it('totals money per currency, never across currencies', async () => {
      const el = await portfolio({}, sample);
      const totals = portfolioMoneyTotals(modelRows());
      expect(el.totals().map((t) => t.currency)).to.deep.equal(totals.map((t) => t.currency));
      expect(new Set(totals.map((t) => t.currency)).size).to.equal(totals.length);
      el.totals().forEach((shown, i) => {
        const t = totals[i]!;
        expect(shown.credit).to.equal(formatMoney('en-GB', t.credit, t.currency));
        expect(shown.bonus).to.equal(formatMoney('en-GB', t.bonus, t.currency));
      });
    });

    it('offers the table alternative with every customer', async () => {
      const el = await portfolio({}, sample);
      await el.showTable();
      const [table] = el.dataTables();
      expect(
        table!.rows.map((r) => r.header).sort((a, b) => a.localeCompare(b, 'en')),
      ).to.deep.equal(NAMES);
      expect(table!.headers[0]).to.equal('Customer');
    });
  });

  describe('sorting and filtering', () => {
    it('sorts by a header, says so with aria-sort, and fires sla-sort-change on user action only', async () => {
      const el = await portfolio({}, sample);
      const events = el.events('sla-sort-change');
      el.element.sort = 'breached';
      await el.settle();
      expect(events).to.have.length(0);
      await el.sortBy('Customer');
      expect(el.customerNames()).to.deep.equal(NAMES);
      expect(el.headers().find((h) => h.sort)?.label).to.include('Customer');
      expect(el.headers().find((h) => h.sort)?.sort).to.equal('ascending');
      await el.sortBy('Customer▲');
      expect(el.customerNames()).to.deep.equal([...NAMES].reverse());
      expect(events.map((e) => e.detail)).to.deep.equal([
        { key: 'name', direction: 'ascending' },
        { key: 'name', direction: 'descending' },
      ]);
      expect(el.element.getAttribute('sort')).to.equal('name');
      expect(el.element.getAttribute('direction')).to.equal('descending');
    });

    it('filters by status and by text, firing sla-filter-change', async () => {
      const el = await portfolio({}, sample);
      const events = el.events('sla-filter-change');
      const rows = modelRows();
      const status = rows[0]!.status;
      await el.toggleStatus(status);
      expect(el.customerRows().map((r) => r.status)).to.deep.equal(
        rows.filter((r) => r.status === status).map((r) => r.status),
      );
      expect(events.at(-1)!.detail).to.deep.equal({ status: [status], search: '' });
      await el.toggleStatus(status);
      expect(el.customerRows()).to.have.length(COUNT);
      await el.type('fabrik');
      expect(el.customerNames()).to.deep.equal(['Fabrikam Logistics Ltd']);
      expect(events.at(-1)!.detail).to.deep.equal({ status: [], search: 'fabrik' });
      expect(el.summaryText).to.include(`Showing 1 of ${COUNT}.`);
      expect(el.element.getAttribute('search')).to.equal('fabrik');
    });

    it('says when nothing matches the filter', async () => {
      const el = await portfolio({ search: 'no such customer' }, sample);
      expect(el.customerRows()).to.have.length(0);
      expect(el.partText('empty')).to.equal(en['portfolio.noMatch']);
    });
  });

  describe('messages', () => {
    it('has the same message keys in English, German and Arabic', () => {
      const keys = Object.keys(en).sort();
      expect(Object.keys(de).sort()).to.deep.equal(keys);
      expect(Object.keys(ar).sort()).to.deep.equal(keys);
    });

    it('speaks German with lang, and Arabic right to left', async () => {
      const el = await portfolio({ locale: 'de-DE' }, sample);
      expect(el.headers()[0]!.label).to.include('Kunde');
      expect(el.heading).to.equal('Kundenportfolio');
      const rtl = await portfolio({ locale: 'ar-EG' }, sample);
      expect(rtl.element.getAttribute('dir')).to.equal('rtl');
      expect(rtl.headers()[0]!.label).to.include('العميل');
    });
  });

  describe('accessibility', () => {
    it('is accessible with data, expanded, when empty and on error', async () => {
      await expect((await portfolio({}, sample)).element).to.be.accessible();
      await expect(
        (await portfolio({ expanded: 'contoso tailspin' }, sample)).element,
      ).to.be.accessible();
      await expect((await portfolio({ customer: 'nope' }, sample)).element).to.be.accessible();
      await expect((await portfolio({}, { schemaVersion: 1 })).element).to.be.accessible();
      await expect((await portfolio({ locale: 'ar-EG' }, sample)).element).to.be.accessible();
      await expect((await portfolio({}, rawFeed())).element).to.be.accessible();
    });
  });
});
