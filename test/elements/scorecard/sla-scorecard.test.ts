import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { until } from '../shared/harness.js';
import { scorecard } from './harness.js';
import { goldFeed } from './scorecard-feed.js';

describe('<sla-scorecard>', () => {
  describe('accessibility', () => {
    it('is accessible with data, in plain mode, when empty and on error', async () => {
      await expect((await scorecard()).element).to.be.accessible();
      await expect(
        (await scorecard({ agreement: 'gold', plain: true })).element,
      ).to.be.accessible();
      await expect((await scorecard({ agreement: 'nope' })).element).to.be.accessible();
      await expect(
        (await scorecard({ agreement: 'gold' }, { schemaVersion: 1 })).element,
      ).to.be.accessible();
    });

    it('is accessible in dark theme and showing a customer with the table alternative', async () => {
      const sc = await scorecard({ customer: 'globex', theme: 'dark' });
      await sc.card().showTable();
      await expect(sc.element).to.be.accessible();
    });

    it('describes each sparkline as an image with a text equivalent', async () => {
      const sc = await scorecard();
      const row = sc.rowOf('avail');
      expect(sc.part('sparkline', row.element)?.getAttribute('role')).to.equal('img');
      expect(row.trendLabel).to.equal(
        'Trend of Availability over 4 periods, from 98.50% to 99.99%. 2 periods breached.',
      );
    });

    it('gives a screen-reader summary of the period before the table', async () => {
      const sc = await scorecard();
      expect(sc.card().summary).to.equal(
        'Gold SLA, October 2026: overall health 100 of 100, Exceeded. No data: 1, Exceeded: 1.',
      );
    });

    it('never shows status by colour alone: every status has an icon and a word', async () => {
      const sc = await scorecard();
      const rows = sc.rows();
      expect(rows).to.have.length(2);
      for (const row of rows) {
        expect(row.statusElement!.querySelector('svg')).to.not.equal(null);
        expect(row.statusWord).to.match(/^(Exceeded|Met|At risk|Breached|No data)$/);
      }
    });
  });

  describe('what it shows', () => {
    it('shows the agreement header: customer, level, version, validity, overdue review and health', async () => {
      const card = (await scorecard()).card();
      expect(card.eyebrow).to.equal('Globex · Customer agreement · SLA');
      expect(card.title).to.equal('Gold SLA');
      expect(card.meta).to.include('Version 2.0');
      expect(card.meta).to.include('Valid 1 Jan 2026 – 31 Dec 2027');
      expect(card.reviewBadge).to.equal('Review overdue since 1 Nov 2026');
      expect(card.health).to.equal('Overall health 100 of 100 Exceeded');
      expect(card.legalLink!.href).to.equal('https://acme.example/legal/gold');
    });

    it('defaults to the latest complete period and sorts the worst row first', async () => {
      const sc = await scorecard();
      expect(sc.card().selectedPeriod).to.equal('October 2026');
      expect(sc.rowIds()).to.deep.equal(['latency', 'avail']);
      const [first, second] = sc.rows();
      expect(first!.text).to.include('No data');
      expect(second!.text).to.include('99.99%');
      expect(second!.text).to.include('Bonus €500.00');
    });

    it('keeps the feed order with sort="feed"', async () => {
      const sc = await scorecard({ agreement: 'gold', sort: 'feed' });
      expect(sc.rowIds()).to.deep.equal(['avail', 'latency']);
    });

    it('formats values, minimum and target in each objective’s unit', async () => {
      const sc = await scorecard({ agreement: 'gold', period: '2026-08' });
      const latency = sc.rowOf('latency').text;
      expect(latency).to.include('400 ms');
      expect(latency).to.include('500 ms');
      expect(latency).to.include('300 ms');
      expect(latency).to.include('At risk');
      expect(latency).to.include('Public API · high criticality');
      const avail = sc.rowOf('avail').text;
      expect(avail).to.include('99.95%');
      expect(avail).to.include('99.00%');
      expect(avail).to.include('99.90%');
      expect(avail).to.include('Met');
    });

    it('shows credits capped per period, the error budget overspent and the exit clause', async () => {
      const sc = await scorecard({ agreement: 'gold', period: '2026-09' });
      const avail = sc.rowOf('avail');
      expect(avail.statusWord).to.equal('Breached');
      expect(avail.money).to.equal('Credit €2,500.00');
      // Allowed bad share 0.1 points, measured 2.0: 20x the budget, overspent by 1,900 %.
      expect(avail.budget).to.include('Overspent by 1,900%');
      const card = sc.card();
      expect(card.footer).to.include('Credits owed €2,000.00');
      expect(card.footer).to.include('Credits capped at 20% of the fee.');
      expect(card.footer).to.include('Net (bonuses minus credits) -€2,000.00');
      expect(card.exitWarning).to.equal(
        'Breached Exit clause reached: 2 missed periods within the last 3. You may terminate the agreement.',
      );
    });

    it('shows bonuses and a positive net when the provider earns them', async () => {
      const card = (await scorecard()).card();
      expect(card.footer).to.include('Credits owed €0.00');
      expect(card.footer).to.include('Bonuses earned €500.00');
      expect(card.footer).to.include('+€500.00');
      expect(card.exitWarning).to.equal(null);
    });

    it('shows every agreement of a customer', async () => {
      const feed = goldFeed();
      const agreements = feed.agreements as Record<string, unknown>[];
      agreements.push({ ...agreements[0], id: 'silver', name: 'Silver SLA' });
      const periods = feed.periods as Record<string, unknown>[];
      periods.push(...periods.map((p) => ({ ...p, agreementId: 'silver' })));
      const sc = await scorecard({ customer: 'globex' }, feed);
      expect(sc.cards().map((c) => c.title)).to.deep.equal(['Gold SLA', 'Silver SLA']);
      const ids = [...sc.root.querySelectorAll('[id]')].map((n) => n.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('says in plain words what is promised, what happened and what the customer gets', async () => {
      const sc = await scorecard({ agreement: 'gold', plain: true, period: '2026-09' });
      const text = sc.sentence('Availability').text;
      expect(text).to.include(
        'Customer portal availability is at least 99.90% each month; below 99.00% is a breach.',
      );
      expect(text).to.include('In September 2026: 98.00%, Breached.');
      expect(text).to.include('If it falls below 99.90%, you get 10% of the monthly fee back.');
      expect(text).to.include(
        'If it reaches 99.99% or better, the provider earns a bonus of 5% of the monthly fee.',
      );
    });

    it('speaks German and Arabic, and lays Arabic out right to left', async () => {
      const de = (await scorecard({ agreement: 'gold', locale: 'de-DE' })).card();
      expect(de.health).to.include('Gesamtzustand');
      expect(de.health).to.include('Übertroffen');
      const ar = await scorecard({ agreement: 'gold', locale: 'ar-EG' });
      expect(ar.element.getAttribute('dir')).to.equal('rtl');
      const head = ar.part('header')!.getBoundingClientRect();
      const title = ar.card().element.querySelector('h2')!.getBoundingClientRect();
      // In RTL the titles start at the right edge of the header.
      expect(Math.round(head.right - title.right)).to.be.lessThan(2);
    });

    it('applies the customer’s brand accent when the browser accepts it as a colour', async () => {
      const sc = await scorecard();
      expect(sc.element.style.getPropertyValue('--sla-accent')).to.equal('#aa3300');
      const feed = goldFeed();
      (feed.customers as Record<string, unknown>[])[0]!.branding = {
        accent: 'url(javascript:alert(1))',
      };
      const bad = await scorecard({ agreement: 'gold' }, feed);
      expect(bad.element.style.getPropertyValue('--sla-accent')).to.equal('');
    });

    it('turns rows into compact cards in a narrow container', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div class="narrow"></div>`);
      wrapper.style.width = '360px';
      const sc = await scorecard();
      wrapper.append(sc.element);
      await sc.settle();
      expect(getComputedStyle(sc.rows()[0]!.element).display).to.equal('grid');
      expect(sc.root.querySelector('thead')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(sc.element.getBoundingClientRect().width).to.be.at.most(360);
      const wide = await scorecard();
      expect(getComputedStyle(wide.rows()[0]!.element).display).to.equal('table-row');
      // Between the compact and the full layout the whole table still fits its card.
      wrapper.style.width = '800px';
      wrapper.replaceChildren(wide.element);
      await wide.settle();
      const scroll = wide.part('table')!.parentElement!;
      expect(getComputedStyle(wide.rows()[0]!.element).display).to.equal('table-row');
      expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth);
    });

    it('offers the trend data as a real table', async () => {
      const sc = await scorecard();
      await sc.card().showTable();
      // The table alternative replaces the objectives table: exactly one table, the trend one.
      const tables = sc.dataTables();
      expect(
        [...sc.root.querySelectorAll('table')].map((t) => t.getAttribute('part')),
      ).to.deep.equal(['data-table']);
      const table = tables[0]!;
      expect(table.caption).to.equal('Gold SLA: results of the last periods, per objective');
      expect(table.headers).to.deep.equal([
        'Objective',
        'Jul 2026',
        'Aug 2026',
        'Sept 2026',
        'Oct 2026',
      ]);
      const availRow = table.rows.find((r) => r.header.includes('Availability'))!;
      expect(availRow.scope).to.equal('row');
      expect(availRow.cells.join(' ')).to.include('98.50% (Breached)');
    });
  });

  describe('states', () => {
    it('says which agreement or customer is missing, and fires sla-error', async () => {
      expect((await scorecard({ agreement: 'nope' })).emptyText).to.equal(
        'No agreement "nope" in the feed.',
      );
      expect((await scorecard({ customer: 'nobody' })).emptyText).to.equal(
        'No customer "nobody" in the feed.',
      );
      expect((await scorecard({ customer: 'initech' })).emptyText).to.equal(
        'Customer "initech" has no agreements in the feed.',
      );
      expect((await scorecard({ agreement: 'gold', period: '2030-01' })).emptyText).to.equal(
        'Agreement "gold" has no period "2030-01".',
      );
    });

    it('shows the issues of an invalid feed with their paths', async () => {
      const feed = goldFeed();
      (
        (feed.agreements as Record<string, unknown>[])[0]!.objectives as Record<string, unknown>[]
      )[0]!.target = 'high';
      const sc = await scorecard({ agreement: 'gold' }, feed);
      expect(sc.errorText).to.include('agreements[0].objectives[0].target');
      expect(sc.errorText).to.include('must be a number');
    });

    it('keeps the last good data, marked stale, when a new feed is invalid', async () => {
      const sc = await scorecard();
      const errors = sc.events('sla-error');
      sc.element.feed = { schemaVersion: 1, provider: {} };
      await sc.settle();
      expect(sc.card().title).to.equal('Gold SLA');
      expect(sc.isStale).to.equal(true);
      await until(() => errors.length === 1, 'sla-error fires');
      expect(errors[0]!.detail.issues.length).to.be.greaterThan(0);
    });

    it('shows "No data" for an objective without a value in the period', async () => {
      const sc = await scorecard();
      expect(sc.rowOf('latency').text).to.include('No data');
    });
  });

  describe('events and keyboard', () => {
    it('fires sla-select with agreement, objective and period when an objective is clicked', async () => {
      const sc = await scorecard();
      const row = sc.rowOf('avail');
      setTimeout(() => void row.select());
      const event = await oneEvent(sc.element, 'sla-select');
      expect(event.detail).to.deep.equal({
        kind: 'objective',
        agreement: 'gold',
        objective: 'avail',
        period: {
          start: Date.parse('2026-10-01T00:00:00Z'),
          end: Date.parse('2026-11-01T00:00:00Z'),
        },
      });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires sla-select on Enter and moves focus with Tab', async () => {
      const sc = await scorecard();
      const events = sc.events('sla-select');
      const buttons = sc.objectiveButtons();
      await sc.press(buttons[0]!, 'Enter');
      await until(() => events.length === 1, 'Enter selects');
      expect(events[0]!.detail).to.include({ kind: 'objective', objective: 'latency' });
      await sc.press(null, 'Tab');
      expect(sc.focused).to.equal(buttons[1]);
    });

    it('fires nothing when code changes properties', async () => {
      const sc = await scorecard();
      const events = sc.events('sla-select');
      sc.element.period = '2026-08';
      sc.element.agreement = 'gold';
      await sc.settle();
      expect(events).to.have.length(0);
    });

    it('switches period from the picker and says so with sla-select', async () => {
      const sc = await scorecard();
      const card = sc.card();
      const events = sc.events('sla-select');
      await card.choosePeriod('September 2026');
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({
        kind: 'period',
        agreement: 'gold',
        period: {
          start: Date.parse('2026-09-01T00:00:00Z'),
          end: Date.parse('2026-10-01T00:00:00Z'),
        },
      });
      expect(sc.element.period).to.equal('2026-09-01');
      expect(sc.card().footer).to.include('Credits owed €2,000.00');
    });
  });
});
