import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../../src/define/sla-feed.js';
import type { SlaIncentiveView } from '../../../src/elements/incentive-view/sla-incentive-view.js';
import { ar } from '../../../src/elements/incentive-view/i18n/ar.js';
import { de } from '../../../src/elements/incentive-view/i18n/de.js';
import { en } from '../../../src/elements/incentive-view/i18n/en.js';
import { parseFeed } from '../../../src/feed/index.js';
import {
  agreementLedger,
  agreementPeriods,
  indexFeed,
  resolveAgreement,
} from '../../../src/model/index.js';
import { ElementHarness } from '../shared/element-harness.js';
import { FakeServer, jsonResponse, rawFeed, until, visibleText } from '../shared/harness.js';
import {
  AS_OF,
  earnBackFeed,
  livingFeed,
  manyObjectivesFeed,
  months,
  poolFeed,
} from '../../fixtures/incentive-feeds.js';
import { incentiveView, type IncentiveViewHarness } from './harness.js';

const eur = (x: number) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(x);
const signedEur = (x: number) =>
  new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'EUR',
    signDisplay: 'exceptZero',
  }).format(x);

/** Every cell of the rendered ledger against the model's `agreementLedger` for the same range. */
function expectLedgerAsModel(el: IncentiveViewHarness, raw: Record<string, unknown>, id: string) {
  const parsed = parseFeed(raw);
  if (!parsed.ok) throw new Error('fixture rejected');
  const index = indexFeed(parsed.feed);
  const agreement = resolveAgreement(index, id)!;
  const periods = agreementPeriods(index, id).slice(-12);
  const ledger = agreementLedger(
    index,
    agreement,
    { start: periods[0]!.start, end: periods[periods.length - 1]!.end },
    Date.parse(AS_OF),
  );
  const headers = el.ledgerHeaders;
  const rows = el.ledgerRows;
  expect(rows.length).to.equal(ledger.periods.length);
  ledger.periods.forEach((p, i) => {
    const cell = (h: string) => rows[i]![headers.indexOf(h)]!;
    expect(cell('Credits owed'), `credits ${i}`).to.equal(eur(p.credits));
    expect(cell('Bonuses'), `bonuses ${i}`).to.equal(eur(p.bonuses));
    expect(cell('Net'), `net ${i}`).to.equal(signedEur(p.net));
    if (headers.includes('At risk'))
      expect(cell('At risk')).to.equal(p.amountAtRisk === null ? '—' : eur(p.amountAtRisk));
    if (headers.includes('Earned back')) {
      expect(cell('Earned back')).to.equal(eur(p.rows.reduce((s, r) => s + r.earnedBack, 0)));
      expect(cell('Earn-back pending')).to.equal(eur(p.rows.reduce((s, r) => s + r.pending, 0)));
    }
  });
  const total = el.ledgerTotal;
  expect(total[headers.indexOf('Credits owed')]).to.equal(eur(ledger.total.credits));
  expect(total[headers.indexOf('Bonuses')]).to.equal(eur(ledger.total.bonuses));
  expect(total[headers.indexOf('Net')]).to.equal(signedEur(ledger.total.net));
  return ledger;
}

describe('<sla-incentive-view>', () => {
  describe('states and data in', () => {
    it('shows the loading skeleton while the feed is on its way', async () => {
      const el = await fixture<SlaIncentiveView>(
        html`<sla-incentive-view agreement="gold"></sla-incentive-view>`,
      );
      el.feedController.setOptions({ fetch: () => new Promise<Response>(() => undefined) });
      el.src = '/never-answers.json';
      const harness = new ElementHarness(el);
      await el.updateComplete;
      expect(harness.isLoading).to.equal(true);
      expect(harness.part('loading')!.getAttribute('aria-busy')).to.equal('true');
    });

    it('says that no data was provided without a feed', async () => {
      const el = await incentiveView({ agreement: 'gold' });
      expect(el.emptyText).to.equal('No SLA data was provided, so there is nothing to show yet.');
      expect(el.heading).to.equal('');
    });

    it('shows the issues of an invalid feed with their paths', async () => {
      const el = await incentiveView({ agreement: 'gold' }, { schemaVersion: 1 });
      expect(el.errorText).to.include('provider');
    });

    it('says which agreement or objective is missing, and fires sla-error', async () => {
      const el = await incentiveView({}, rawFeed());
      expect(el.emptyText).to.equal(en['incentiveView.pickAgreement']);
      const errors = el.events('sla-error');
      el.element.agreement = 'nope';
      await el.settle();
      expect(el.emptyText).to.equal('No agreement "nope" in the feed.');
      await until(() => errors.length === 1, 'sla-error fires');
      expect(errors[0]!.detail.kind).to.equal('missing');
      el.element.agreement = 'gold';
      el.element.objective = 'nope';
      await el.settle();
      expect(el.emptyText).to.equal('No objective "nope" in agreement "gold".');
    });

    it('reads the feed from src, from an inline script and from a surrounding <sla-feed>', async () => {
      const server = new FakeServer();
      server.reply(jsonResponse(livingFeed()));
      const el = document.createElement('sla-incentive-view');
      el.feedController.setOptions({ fetch: server.fetch, maxAttempts: 1 });
      Object.assign(el, { src: '/feed.json', agreement: 'gold', locale: 'en-GB' });
      el.setAttribute('as-of', AS_OF);
      fixtureSync<HTMLElement>(html`<div></div>`).append(el);
      await el.updateComplete;
      await el.feedController.settled();
      await el.renderComplete;
      expect(new ElementHarness(el).partText('heading')).to.equal('Gold SLA');

      const inline = await fixture<SlaIncentiveView>(
        html`<sla-incentive-view agreement="gold" as-of=${AS_OF}>
          <script type="application/json">
            ${JSON.stringify(livingFeed())}
          </script>
        </sla-incentive-view>`,
      );
      await inline.renderComplete;
      expect(new ElementHarness(inline).partText('heading')).to.equal('Gold SLA');

      const root = await fixture<HTMLElement>(
        html`<sla-feed .feed=${livingFeed()}>
          <sla-incentive-view agreement="gold" as-of=${AS_OF}></sla-incentive-view>
        </sla-feed>`,
      );
      const inner = root.querySelector('sla-incentive-view')!;
      await inner.renderComplete;
      expect(new ElementHarness(inner).parts('objective-card').length).to.equal(2);
    });

    it('shows only the customer’s agreement when customer is set', async () => {
      const el = await incentiveView(
        { agreement: 'gold', customer: 'initech', asOf: AS_OF },
        livingFeed({
          customers: [
            { id: 'globex', name: 'Globex' },
            { id: 'initech', name: 'I' },
          ],
        }),
      );
      expect(el.emptyText).to.equal('Agreement "gold" is not an agreement of customer "initech".');
      expect(el.ledgerText).to.equal('');
    });
  });

  describe('band chart, headroom and living at the minimum', () => {
    it('draws the zones from worst to best with their period counts, on a nines scale for availability', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      const uptime = el.card('uptime');
      expect(uptime.zones).to.deep.equal([
        'Credit 30%: 0',
        'Credit 10%: 1',
        'Minimum service: 9',
        'Committed: 1',
        'Bonus 2%: 1',
      ]);
      expect(uptime.scale).to.equal(
        'Scale: nines of availability (each step to the right is ten times less downtime)',
      );
      const rects = uptime.zoneRects;
      expect(rects.map((r) => r.kind)).to.deep.equal([
        'credit',
        'credit',
        'minimum-service',
        'committed',
        'incentive',
      ]);
      // Left to right, touching, filling the chart.
      for (let i = 1; i < rects.length; i++)
        expect(rects[i]!.x).to.be.closeTo(rects[i - 1]!.x + rects[i - 1]!.width, 0.01);
      // The zones near the top never collapse: 99.9-99.95 and 99.95-99.99 are at least 28 px.
      for (const r of rects) expect(r.width).to.be.at.least(28 - 1e-6);
      // One dot per measured month; the target tick and the marker are drawn.
      expect(uptime.dots.length).to.equal(12);
      expect(uptime.chart.querySelector('.tick[data-kind="target"]')).to.not.equal(null);
      expect(el.part('marker', uptime.element)).to.not.equal(null);
      expect(visibleText(uptime.chart.textContent ?? '')).to.include('Target 99.95%');
    });

    it('says how many months landed within 10 % above the minimum, per objective and for the agreement', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      expect(el.card('uptime').living).to.equal(
        'In 9 of the last 12 months uptime landed within 10% above the minimum. Committed or better: 2, in incentive tiers: 1, below the minimum: 1.',
      );
      expect(el.card('response time').living).to.match(
        /^In 0 of the last 12 months response time landed/,
      );
      expect(el.summary()).to.equal(
        'Across 2 objectives: 9 of 24 measured periods within 10% above the minimum, 1 committed, 2 in incentive tiers, 2 below the minimum.',
      );
    });

    it('gives the headroom of the selected period in the unit and as a share of minimum to target', async () => {
      // June 2026: 99.903, 0.003 above 99.9 of the 0.05 to the target: 6 %.
      const el = await incentiveView(
        { agreement: 'gold', period: '2026-06', asOf: AS_OF },
        livingFeed(),
      );
      const uptime = el.card('uptime');
      expect(uptime.selected).to.equal(
        'June 2026: 99.903%, Minimum service. 0.003% above the minimum (6% of the way to the target)',
      );
      expect(uptime.zone).to.equal('minimum-service');
      // September: 99.8 is 0.1 below the minimum; the latency 90 ms is past the target.
      const sep = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      expect(sep.card('uptime').headroom).to.equal('0.10% below the minimum');
      expect(sep.card('response time').headroom).to.equal(
        '210 ms above the minimum (the target reached)',
      );
    });

    it('runs a lower-is-better objective from high (worse) to low (better) values', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      const latency = el.card('response time');
      expect(latency.scale).to.equal('Scale: linear, worst to best');
      expect(latency.zones).to.deep.equal([
        'Credit 5%: 1',
        'Minimum service: 10',
        'Committed: 0',
        'Bonus 1%: 1',
      ]);
      const x = (label: string) => Number(latency.dot(label).getAttribute('cx'));
      expect(x('March 2026')).to.be.below(x('October 2025'));
      expect(x('October 2025')).to.be.below(x('September 2026'));
    });

    it('mirrors the band chart right to left', async () => {
      const ltr = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      const rtl = await incentiveView(
        { agreement: 'gold', asOf: AS_OF, locale: 'ar', dir: 'rtl' },
        livingFeed(),
      );
      const worstL = ltr.cards[0]!.zoneRects[0]!;
      const worstR = rtl.cards[0]!.zoneRects[0]!;
      const width = Number(rtl.cards[0]!.chart.getAttribute('width'));
      expect(worstL.x).to.equal(0);
      expect(worstR.x + worstR.width).to.be.closeTo(width, 0.01);
    });

    it('shows one objective with objective, and another range with start and end', async () => {
      const el = await incentiveView(
        {
          agreement: 'gold',
          objective: 'uptime',
          start: '2026-01-01T00:00:00Z',
          end: '2026-07-01T00:00:00Z',
          asOf: AS_OF,
        },
        livingFeed(),
      );
      expect(el.cards.map((c) => c.name)).to.deep.equal(['uptime']);
      expect(el.range).to.equal('From January – June 2026, selected: June 2026');
      expect(el.card('uptime').living).to.match(/^In 6 of the last 6 months/);
      expect(el.ledgerRows.map((r) => r[0])).to.deep.equal([
        'January 2026',
        'February 2026',
        'March 2026',
        'April 2026',
        'May 2026',
        'June 2026',
      ]);
    });
  });

  describe('refresh', () => {
    it('redraws what a new feed changes, and keeps what it does not', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      const before = el.card('response time').zones;
      const feed = livingFeed();
      // September's uptime from 99.8 (below the minimum) to 99.96 (committed).
      (feed.periods as Record<string, unknown>[]).find(
        (p) => p.objectiveId === 'uptime' && p.start === '2026-09-01T00:00:00Z',
      )!.value = 99.96;
      el.element.feed = feed;
      await el.settle();
      expect(el.card('uptime').zones).to.deep.equal([
        'Credit 30%: 0',
        'Credit 10%: 0',
        'Minimum service: 9',
        'Committed: 2',
        'Bonus 2%: 1',
      ]);
      expect(el.card('uptime').selected).to.match(/^September 2026: 99\.96%, Committed\./);
      expect(el.card('response time').zones).to.deep.equal(before);
      expect(el.ledgerRow('September 2026')['Credits owed']).to.equal('€0.00');
    });
  });

  describe('plain language', () => {
    it('explains each objective in one sentence with the feed’s parties', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      expect(el.card('uptime').sentence).to.equal(
        'If monthly uptime of Compute falls below 99.90%, Globex receives 10% of that month’s fee; at or above 99.99% Northwind earns a 2% bonus.',
      );
      expect(el.card('response time').sentence).to.equal(
        'If monthly response time of Compute rises above 300 ms, Globex receives 5% of that month’s fee; at or below 100 ms Northwind earns a 1% bonus.',
      );
    });

    it('says it in German and Arabic', async () => {
      const deEl = await incentiveView(
        { agreement: 'gold', asOf: AS_OF, locale: 'de' },
        livingFeed(),
      );
      await until(() => deEl.cards[0]?.sentence.startsWith('Fällt') ?? false, 'German loads');
      expect(deEl.card('uptime').sentence).to.equal(
        'Fällt die monatliche uptime von Compute unter 99,90 %, erhält Globex 10 % der Gebühr für diesen Monat; ab 99,99 % erhält Northwind einen Bonus von 2 %.',
      );
      const arEl = await incentiveView(
        { agreement: 'gold', asOf: AS_OF, locale: 'ar' },
        livingFeed(),
      );
      await until(() => arEl.cards[0]?.sentence.startsWith('إذا') ?? false, 'Arabic loads');
      expect(arEl.card('uptime').sentence).to.include('Globex');
      expect(arEl.card('uptime').sentence).to.include('Northwind');
    });

    it('names bonus-only and report-only objectives for what they are', async () => {
      const feed = livingFeed();
      const a = (feed.agreements as Record<string, unknown>[])[0]!;
      a.objectives = [
        {
          id: 'csat',
          name: 'satisfaction',
          unit: 'score',
          direction: 'higher-is-better',
          minimum: 3,
          target: 4,
          incentiveTiers: [{ threshold: 4.5, bonusPercent: 1 }],
        },
        {
          id: 'pw',
          name: 'password policy',
          unit: 'percent',
          direction: 'higher-is-better',
          minimum: 100,
          target: 100,
          reportOnly: true,
        },
      ];
      feed.periods = [...months('gold', 'csat', [4.6]), ...months('gold', 'pw', [100])];
      const el = await incentiveView({ agreement: 'gold', period: '2025-10', asOf: AS_OF }, feed);
      expect(el.card('satisfaction').sentence).to.equal(
        'For monthly satisfaction, at or above 4.5 Northwind earns a 1% bonus.',
      );
      expect(el.card('password policy').sentence).to.equal(
        'password policy earns no credit and no bonus: it is reported only.',
      );
    });
  });

  describe('the money ledger', () => {
    it('shows credits, bonuses and net per period and in total, as computed by hand', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      expect(el.ledgerHeaders).to.deep.equal(['Period', 'Credits owed', 'Bonuses', 'Net', 'Notes']);
      // September: uptime 10 % of 10,000 = 1,000; latency 90 ms earns 1 % = 100.
      expect(el.ledgerRow('September 2026')).to.deep.equal({
        Period: 'September 2026',
        'Credits owed': '€1,000.00',
        Bonuses: '€100.00',
        Net: '-€900.00',
        Notes: '',
      });
      // March: latency 320 ms, 5 % = 500. August: uptime 99.995, 2 % = 200.
      expect(el.ledgerRow('March 2026')['Credits owed']).to.equal('€500.00');
      expect(el.ledgerRow('August 2026').Net).to.equal('+€200.00');
      expect(el.ledgerTotal).to.deep.equal(['Total', '€1,500.00', '€300.00', '-€1,200.00', '']);
      expect(el.card('uptime').money).to.equal('Credit 10%: €1,000.00');
      expectLedgerAsModel(el, livingFeed(), 'gold');
    });

    it('allocates the at-risk pool: 80,000 x 15 % x 20 % x 50 % = 1,200', async () => {
      const el = await incentiveView({ agreement: 'pool', asOf: AS_OF }, poolFeed());
      expect(el.ledgerRow('September 2026')).to.include({
        'Credits owed': '€1,200.00',
        'At risk': '€12,000.00',
      });
      expect(el.card('Availability').money).to.equal('Credit 50%: €1,200.00 · Pool allocation 20%');
      expect(el.card('Tickets in time').money).to.equal('Pool allocation 80%');
      expectLedgerAsModel(el, poolFeed(), 'pool');
    });

    it('shows earn-back: June earned back, September pending', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, earnBackFeed());
      expect(el.ledgerHeaders).to.include.members(['Earned back', 'Earn-back pending']);
      expect(el.ledgerRow('June 2026')).to.include({
        'Credits owed': '€0.00',
        'Earned back': '€1,000.00',
        'Earn-back pending': '€0.00',
      });
      expect(el.ledgerRow('September 2026')).to.include({
        'Credits owed': '€0.00',
        'Earn-back pending': '€1,000.00',
      });
      expect(el.card('uptime').money).to.equal('Credit 10%: €1,000.00 · Earn-back: pending');
      const june = await incentiveView(
        { agreement: 'gold', period: '2026-06', asOf: AS_OF },
        earnBackFeed(),
      );
      expect(june.card('uptime').money).to.equal('Credit 10%: €1,000.00 · Earn-back: earned back');
      expectLedgerAsModel(el, earnBackFeed(), 'gold');
    });

    it('flags a recorded credit that differs, and says when the cap applied', async () => {
      const feed = livingFeed();
      const a = (feed.agreements as Record<string, unknown>[])[0]!;
      a.creditCapPercent = 12;
      a.minimumPayable = 600;
      const periods = feed.periods as Record<string, unknown>[];
      // September: 1,000 recorded for uptime (as computed); March: 450 recorded, 500 computed.
      periods.find(
        (p) => p.objectiveId === 'uptime' && p.start === '2026-09-01T00:00:00Z',
      )!.recordedCredit = 1000;
      periods.find(
        (p) => p.objectiveId === 'latency' && p.start === '2026-03-01T00:00:00Z',
      )!.recordedCredit = 450;
      // And September's latency at 320 too: 1,000 + 500 = 1,500 capped at 12 % = 1,200.
      periods.find(
        (p) => p.objectiveId === 'latency' && p.start === '2026-09-01T00:00:00Z',
      )!.value = 320;
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, feed);
      const sep = el.ledgerRow('September 2026');
      expect(sep['Credits owed']).to.equal('€1,200.00');
      expect(sep.Notes).to.equal('Credit cap applied');
      expect(sep.Recorded).to.equal('€1,000.00 ⚠ Differs from the computed figure');
      // March: 500 is below the minimum payable of 600: waived.
      const mar = el.ledgerRow('March 2026');
      expect(mar['Credits owed']).to.equal('€0.00');
      expect(mar.Notes).to.equal('Below the minimum payable, waived');
      expect(mar['Minimum payable']).to.equal('€600.00');
      expect(el.ledgerRow('October 2025').Recorded).to.equal('—');
      expectLedgerAsModel(el, feed, 'gold');
    });
  });

  describe('events and keyboard', () => {
    it('fires sla-select for an objective with the selected period', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      const events = el.events('sla-select');
      await el.click(el.card('uptime').nameButton);
      expect(events.map((e) => e.detail)).to.deep.equal([
        {
          kind: 'objective',
          agreement: 'gold',
          objective: 'uptime',
          period: {
            start: Date.parse('2026-09-01T00:00:00Z'),
            end: Date.parse('2026-10-01T00:00:00Z'),
          },
        },
      ]);
    });

    it('selects a period by clicking its dot: the marker, the words and the period attribute follow', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      const events = el.events('sla-select');
      await el.clickSvg(el.card('uptime').dot('August 2026'));
      expect(el.element.getAttribute('period')).to.equal('2026-08-01');
      expect(events[0]!.detail).to.deep.equal({
        kind: 'period',
        agreement: 'gold',
        period: {
          start: Date.parse('2026-08-01T00:00:00Z'),
          end: Date.parse('2026-09-01T00:00:00Z'),
        },
      });
      const uptime = el.card('uptime');
      expect(uptime.selected).to.match(/^August 2026: 99\.995%, Bonus 2%\./);
      expect(uptime.dot('August 2026').getAttribute('aria-pressed')).to.equal('true');
      const marker = Number(el.part('marker', uptime.element)!.getAttribute('x1'));
      expect(marker).to.equal(Number(uptime.dot('August 2026').getAttribute('cx')));
    });

    it('moves between periods with the arrow keys (one tab stop per chart), Enter selects', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      const uptime = () => el.card('uptime');
      const tabbable = uptime().dots.filter((d) => d.getAttribute('tabindex') === '0');
      expect(tabbable.map((d) => d.getAttribute('aria-label'))).to.deep.equal([
        'September 2026: 99.80%, Credit 10%',
      ]);
      await el.press(uptime().dot('September 2026'), 'ArrowLeft');
      expect(el.focused?.getAttribute('aria-label')).to.equal('August 2026: 99.995%, Bonus 2%');
      await el.press(el.focused, 'Home');
      expect(el.focused?.getAttribute('aria-label')).to.match(/^October 2025/);
      await el.press(el.focused, 'ArrowRight');
      expect(el.focused?.getAttribute('aria-label')).to.match(/^November 2025/);
      const events = el.events('sla-select');
      await el.press(el.focused, 'Enter');
      expect(el.element.getAttribute('period')).to.equal('2025-11-01');
      expect(events.length).to.equal(1);
      expect(el.focused?.getAttribute('aria-label')).to.match(/^November 2025/);
      await el.press(el.focused, 'End');
      expect(el.focused?.getAttribute('aria-label')).to.match(/^September 2026/);
    });

    it('mirrors the arrow keys right to left', async () => {
      const el = await incentiveView(
        { agreement: 'gold', asOf: AS_OF, locale: 'ar' },
        livingFeed(),
      );
      const uptime = el.cards[0]!;
      await el.press(uptime.dotAt(11), 'ArrowRight');
      expect((el.focused as SVGElement | null)?.dataset['index']).to.equal('10');
      await el.press(el.focused, 'ArrowLeft');
      expect((el.focused as SVGElement | null)?.dataset['index']).to.equal('11');
    });
  });

  describe('accessibility and scale', () => {
    it('has a table alternative: objectives by period, value and zone in words', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      await el.showTable();
      const [table] = el.dataTables();
      expect(table!.rows.map((r) => r.header)).to.deep.equal(['uptime', 'response time']);
      expect(table!.headers[1]).to.equal('October 2025');
      expect(table!.rows[0]!.cells[11]).to.equal('99.80% · Credit 10%');
      expect(table!.rows[1]!.cells[5]).to.equal('320 ms · Credit 5%');
    });

    it('has the same message keys in English, German and Arabic', () => {
      const keys = Object.keys(en).sort();
      expect(Object.keys(de).sort()).to.deep.equal(keys);
      expect(Object.keys(ar).sort()).to.deep.equal(keys);
    });

    it('is accessible with data, in the table view, when empty and on error', async () => {
      const el = await incentiveView({ agreement: 'gold', asOf: AS_OF }, livingFeed());
      await expect(el.element).to.be.accessible();
      await el.showTable();
      await expect(el.element).to.be.accessible();
      await expect(
        (await incentiveView({ agreement: 'pool', asOf: AS_OF }, poolFeed())).element,
      ).to.be.accessible();
      await expect(
        (await incentiveView({ agreement: 'nope' }, rawFeed())).element,
      ).to.be.accessible();
      await expect(
        (await incentiveView({ agreement: 'gold' }, { schemaVersion: 1 })).element,
      ).to.be.accessible();
    });

    it('draws 500 objectives', async () => {
      const el = await incentiveView({ agreement: 'big', asOf: AS_OF }, manyObjectivesFeed(500));
      expect(el.cards.length).to.equal(500);
      expect(el.ledgerRows.length).to.equal(12);
    });
  });
});
