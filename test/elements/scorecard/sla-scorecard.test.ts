import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/sla-scorecard.js';
import type { SlaScorecard } from '../../../src/elements/scorecard/sla-scorecard.js';
import { collect, shadow, textOf, until, visibleText } from '../shared/harness.js';
import { AS_OF, goldFeed } from './scorecard-feed.js';

async function card(
  attrs: Partial<
    Record<'agreement' | 'customer' | 'period' | 'locale' | 'sort' | 'theme', string>
  > & {
    plain?: boolean;
  } = { agreement: 'gold' },
  feed: unknown = goldFeed(),
): Promise<SlaScorecard> {
  const el = await fixture<SlaScorecard>(
    html`<sla-scorecard
      agreement=${attrs.agreement ?? ''}
      customer=${attrs.customer ?? ''}
      period=${attrs.period ?? ''}
      locale=${attrs.locale ?? 'en-GB'}
      sort=${attrs.sort ?? 'worst-first'}
      theme=${attrs.theme ?? 'light'}
      ?plain=${attrs.plain ?? false}
      as-of=${AS_OF}
      .feed=${feed}
    ></sla-scorecard>`,
  );
  await el.updateComplete;
  return el;
}

const rows = (el: Element): HTMLTableRowElement[] => [
  ...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr'),
];
const rowText = (row: Element): string => (row.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<sla-scorecard>', () => {
  describe('accessibility', () => {
    it('is accessible with data, in plain mode, when empty and on error', async () => {
      await expect(await card()).to.be.accessible();
      await expect(await card({ agreement: 'gold', plain: true })).to.be.accessible();
      await expect(await card({ agreement: 'nope' })).to.be.accessible();
      await expect(await card({ agreement: 'gold' }, { schemaVersion: 1 })).to.be.accessible();
    });

    it('is accessible in dark theme and showing a customer with the table alternative', async () => {
      const el = await card({ customer: 'globex', theme: 'dark' });
      const showTable = [...shadow(el).querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Show table',
      )!;
      showTable.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('describes each sparkline as an image with a text equivalent', async () => {
      const el = await card();
      const spark = shadow(el).querySelector('tr[data-objective="avail"] svg[role="img"]')!;
      expect(visibleText(spark.getAttribute('aria-label') ?? '')).to.equal(
        'Trend of Availability over 4 periods, from 98.50% to 99.99%. 2 periods breached.',
      );
    });

    it('gives a screen-reader summary of the period before the table', async () => {
      const el = await card();
      expect(textOf(el, '[part="summary"]')).to.equal(
        'Gold SLA, October 2026: overall health 100 of 100, Exceeded. No data: 1, Exceeded: 1.',
      );
    });

    it('never shows status by colour alone: every status has an icon and a word', async () => {
      const el = await card();
      for (const row of rows(el)) {
        const status = row.querySelector('[part="status"]')!;
        expect(status.querySelector('svg')).to.not.equal(null);
        expect(status.textContent?.trim()).to.match(/^(Exceeded|Met|At risk|Breached|No data)$/);
      }
    });
  });

  describe('what it shows', () => {
    it('shows the agreement header: customer, level, version, validity, overdue review and health', async () => {
      const el = await card();
      expect(textOf(el, '.eyebrow')).to.equal('Globex · Customer agreement · SLA');
      expect(textOf(el, 'h2')).to.equal('Gold SLA');
      expect(textOf(el, '.meta')).to.include('Version 2.0');
      expect(textOf(el, '.meta')).to.include('Valid 1 Jan 2026 – 31 Dec 2027');
      expect(textOf(el, '[part="review-badge"]')).to.equal('Review overdue since 1 Nov 2026');
      expect(textOf(el, '[part="health"]')).to.equal('Overall health 100 of 100 Exceeded');
      const legal = shadow(el).querySelector<HTMLAnchorElement>('.meta a')!;
      expect(legal.href).to.equal('https://acme.example/legal/gold');
    });

    it('defaults to the latest complete period and sorts the worst row first', async () => {
      const el = await card();
      const select = shadow(el).querySelector<HTMLSelectElement>('[part="period-select"]')!;
      expect(select.selectedOptions[0]!.textContent?.trim()).to.equal('October 2026');
      expect(rows(el).map((r) => r.dataset.objective)).to.deep.equal(['latency', 'avail']);
      expect(rowText(rows(el)[0]!)).to.include('No data');
      expect(rowText(rows(el)[1]!)).to.include('99.99%');
      expect(rowText(rows(el)[1]!)).to.include('Bonus €500.00');
    });

    it('keeps the feed order with sort="feed"', async () => {
      const el = await card({ agreement: 'gold', sort: 'feed' });
      expect(rows(el).map((r) => r.dataset.objective)).to.deep.equal(['avail', 'latency']);
    });

    it('formats values, minimum and target in each objective’s unit', async () => {
      const el = await card({ agreement: 'gold', period: '2026-08' });
      const latency = rowText(shadow(el).querySelector('tr[data-objective="latency"]')!);
      expect(latency).to.include('400 ms');
      expect(latency).to.include('500 ms');
      expect(latency).to.include('300 ms');
      expect(latency).to.include('At risk');
      expect(latency).to.include('Public API · high criticality');
      const avail = rowText(shadow(el).querySelector('tr[data-objective="avail"]')!);
      expect(avail).to.include('99.95%');
      expect(avail).to.include('99.00%');
      expect(avail).to.include('99.90%');
      expect(avail).to.include('Met');
    });

    it('shows credits capped per period, the error budget overspent and the exit clause', async () => {
      const el = await card({ agreement: 'gold', period: '2026-09' });
      const avail = rowText(shadow(el).querySelector('tr[data-objective="avail"]')!);
      expect(avail).to.include('Breached');
      expect(avail).to.include('Credit €2,500.00');
      // Allowed bad share 0.1 points, measured 2.0: 20x the budget, overspent by 1,900 %.
      expect(avail).to.include('Overspent by 1,900%');
      const foot = textOf(el, '[part="footer"]');
      expect(foot).to.include('Credits owed €2,000.00');
      expect(foot).to.include('Credits capped at 20% of the fee.');
      expect(foot).to.include('Net (bonuses minus credits) -€2,000.00');
      expect(textOf(el, '[part="exit-warning"]')).to.equal(
        'Breached Exit clause reached: 2 missed periods within the last 3. You may terminate the agreement.',
      );
    });

    it('shows bonuses and a positive net when the provider earns them', async () => {
      const el = await card();
      const foot = textOf(el, '[part="footer"]');
      expect(foot).to.include('Credits owed €0.00');
      expect(foot).to.include('Bonuses earned €500.00');
      expect(foot).to.include('+€500.00');
      expect(shadow(el).querySelector('[part="exit-warning"]')).to.equal(null);
    });

    it('shows every agreement of a customer', async () => {
      const feed = goldFeed();
      const agreements = feed.agreements as Record<string, unknown>[];
      agreements.push({ ...agreements[0], id: 'silver', name: 'Silver SLA' });
      const periods = feed.periods as Record<string, unknown>[];
      periods.push(...periods.map((p) => ({ ...p, agreementId: 'silver' })));
      const el = await card({ customer: 'globex' }, feed);
      expect([...shadow(el).querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
        'Gold SLA',
        'Silver SLA',
      ]);
      const ids = [...shadow(el).querySelectorAll('[id]')].map((n) => n.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('says in plain words what is promised, what happened and what the customer gets', async () => {
      const el = await card({ agreement: 'gold', plain: true, period: '2026-09' });
      const avail = [...shadow(el).querySelectorAll('[part="plain"] li')].find((li) =>
        li.textContent?.includes('Availability'),
      )!;
      const text = visibleText(avail.textContent ?? '');
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
      const de = await card({ agreement: 'gold', locale: 'de-DE' });
      expect(textOf(de, '[part="health"]')).to.include('Gesamtzustand');
      expect(textOf(de, '[part="health"]')).to.include('Übertroffen');
      const ar = await card({ agreement: 'gold', locale: 'ar-EG' });
      expect(ar.getAttribute('dir')).to.equal('rtl');
      const head = shadow(ar).querySelector('.head')!.getBoundingClientRect();
      const title = shadow(ar).querySelector('.titles')!.getBoundingClientRect();
      // In RTL the titles start at the right edge of the header.
      expect(Math.round(head.right - title.right)).to.be.lessThan(2);
    });

    it('applies the customer’s brand accent when the browser accepts it as a colour', async () => {
      const el = await card();
      expect(el.style.getPropertyValue('--sla-accent')).to.equal('#aa3300');
      const feed = goldFeed();
      (feed.customers as Record<string, unknown>[])[0]!.branding = {
        accent: 'url(javascript:alert(1))',
      };
      const bad = await card({ agreement: 'gold' }, feed);
      expect(bad.style.getPropertyValue('--sla-accent')).to.equal('');
    });

    it('turns rows into compact cards in a narrow container', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div class="narrow"></div>`);
      wrapper.style.width = '360px';
      const el = await card();
      wrapper.append(el);
      await el.updateComplete;
      const row = rows(el)[0]!;
      expect(getComputedStyle(row).display).to.equal('grid');
      expect(shadow(el).querySelector('thead')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(el.getBoundingClientRect().width).to.be.at.most(360);
      const wide = await card();
      expect(getComputedStyle(rows(wide)[0]!).display).to.equal('table-row');
      // Between the compact and the full layout the whole table still fits its card.
      wrapper.style.width = '800px';
      wrapper.replaceChildren(wide);
      await wide.updateComplete;
      const scroll = shadow(wide).querySelector('.table-scroll')!;
      expect(getComputedStyle(rows(wide)[0]!).display).to.equal('table-row');
      expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth);
    });

    it('shows the worst rows of a large agreement first and the rest right after', async () => {
      const feed = goldFeed();
      const gold = (feed.agreements as Record<string, unknown>[])[0]!;
      const base = (gold.objectives as Record<string, unknown>[])[1]!;
      const extra = Array.from({ length: 300 }, (_, i) => ({
        ...base,
        id: `o${i}`,
        name: `Objective ${i}`,
      }));
      gold.objectives = [...(gold.objectives as unknown[]), ...extra];
      const periods = feed.periods as Record<string, unknown>[];
      periods.push(
        ...extra.map((o, i) => ({
          agreementId: 'gold',
          objectiveId: o.id,
          start: '2026-10-01T00:00:00Z',
          end: '2026-11-01T00:00:00Z',
          value: i === 250 ? 900 : 200,
        })),
      );
      const el = await card({ agreement: 'gold' }, feed);
      const first = rows(el);
      expect(first.length).to.be.lessThan(302);
      // Worst first: the one breached objective leads even though it is far down the feed.
      expect(first[0]!.dataset.objective).to.equal('o250');
      await el.renderComplete;
      expect(rows(el)).to.have.length(302);
      expect(textOf(el, '[part="summary"]')).to.include('Breached: 1');
    });

    it('offers the trend data as a real table', async () => {
      const el = await card();
      const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="view-button"]')];
      buttons.find((b) => b.textContent?.trim() === 'Show table')!.click();
      await el.updateComplete;
      // The table alternative replaces the objectives table: exactly one table, the trend one.
      const tables = [...shadow(el).querySelectorAll('table')];
      expect(tables.map((t) => t.getAttribute('part'))).to.deep.equal(['data-table']);
      const table = tables[0]!;
      expect(visibleText(table.querySelector('caption')?.textContent ?? '')).to.equal(
        'Gold SLA: results of the last periods, per objective',
      );
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
      expect(headers).to.deep.equal(['Objective', 'Jul 2026', 'Aug 2026', 'Sept 2026', 'Oct 2026']);
      const availRow = [...table.querySelectorAll('tbody tr')].find((tr) =>
        tr.querySelector('th')?.textContent?.includes('Availability'),
      )!;
      expect(availRow.querySelector('th')!.getAttribute('scope')).to.equal('row');
      expect(rowText(availRow)).to.include('98.50% (Breached)');
    });
  });

  describe('states', () => {
    it('says which agreement or customer is missing, and fires sla-error', async () => {
      expect(textOf(await card({ agreement: 'nope' }), '[part="empty"]')).to.equal(
        'No agreement "nope" in the feed.',
      );
      expect(textOf(await card({ customer: 'nobody' }), '[part="empty"]')).to.equal(
        'No customer "nobody" in the feed.',
      );
      expect(textOf(await card({ customer: 'initech' }), '[part="empty"]')).to.equal(
        'Customer "initech" has no agreements in the feed.',
      );
      expect(
        textOf(await card({ agreement: 'gold', period: '2030-01' }), '[part="empty"]'),
      ).to.equal('Agreement "gold" has no period "2030-01".');
    });

    it('shows the issues of an invalid feed with their paths', async () => {
      const feed = goldFeed();
      (
        (feed.agreements as Record<string, unknown>[])[0]!.objectives as Record<string, unknown>[]
      )[0]!.target = 'high';
      const el = await card({ agreement: 'gold' }, feed);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include('agreements[0].objectives[0].target');
      expect(alert.textContent).to.include('must be a number');
    });

    it('keeps the last good data, marked stale, when a new feed is invalid', async () => {
      const el = await card();
      const errors = collect(el, 'sla-error');
      el.feed = { schemaVersion: 1, provider: {} };
      await el.updateComplete;
      expect(textOf(el, 'h2')).to.equal('Gold SLA');
      expect(shadow(el).querySelector('[part="stale-badge"]')).to.not.equal(null);
      await until(() => errors.length === 1, 'sla-error fires');
      expect(errors[0]!.detail.issues.length).to.be.greaterThan(0);
    });

    it('shows "No data" for an objective without a value in the period', async () => {
      const el = await card();
      expect(rowText(shadow(el).querySelector('tr[data-objective="latency"]')!)).to.include(
        'No data',
      );
    });
  });

  describe('events and keyboard', () => {
    it('fires sla-select with agreement, objective and period when an objective is clicked', async () => {
      const el = await card();
      const button = shadow(el).querySelector<HTMLButtonElement>(
        'tr[data-objective="avail"] [part="objective"]',
      )!;
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'sla-select');
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
      const el = await card();
      const events = collect(el, 'sla-select');
      const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="objective"]')];
      buttons[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => events.length === 1, 'Enter selects');
      expect(events[0]!.detail).to.include({ kind: 'objective', objective: 'latency' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(buttons[1]);
    });

    it('fires nothing when code changes properties', async () => {
      const el = await card();
      const events = collect(el, 'sla-select');
      el.period = '2026-08';
      el.agreement = 'gold';
      await el.updateComplete;
      expect(events).to.have.length(0);
    });

    it('switches period from the picker and says so with sla-select', async () => {
      const el = await card();
      const select = shadow(el).querySelector<HTMLSelectElement>('[part="period-select"]')!;
      const september = [...select.options].find(
        (o) => o.textContent?.trim() === 'September 2026',
      )!;
      select.value = september.value;
      setTimeout(() => select.dispatchEvent(new Event('change')));
      const event: HTMLElementEventMap['sla-select'] = await oneEvent(el, 'sla-select');
      await el.updateComplete;
      expect(event.detail).to.deep.equal({
        kind: 'period',
        agreement: 'gold',
        period: {
          start: Date.parse('2026-09-01T00:00:00Z'),
          end: Date.parse('2026-10-01T00:00:00Z'),
        },
      });
      expect(el.period).to.equal('2026-09-01');
      expect(textOf(el, '[part="footer"]')).to.include('Credits owed €2,000.00');
    });
  });
});
