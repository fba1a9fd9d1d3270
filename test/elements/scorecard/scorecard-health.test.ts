/**
 * One health number: what a portfolio drill-down computes (customer -> agreement -> period, through
 * `sla-kit/model`) is what <sla-scorecard> shows, for every agreement and period of the sample; the
 * scorecard's order and period names are the model's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parseFeed, type Feed } from '../../../src/feed/index.js';
import '../../../src/define/sla-scorecard.js';
import type { SlaScorecard } from '../../../src/elements/scorecard/sla-scorecard.js';
import { isEmpty, scorecardData } from '../../../src/elements/scorecard/scorecard-data.js';
import {
  agreementHealth,
  agreementPeriods,
  agreementsOfCustomer,
  customerHealth,
  formatDate,
  indexFeed,
  localDate,
  resolveAgreement,
  STATUS_ORDER,
  type AgreementHealth,
} from '../../../src/model/index.js';
import sample from '../../fixtures/sample-feed.json';
import { shadow, textOf } from '../shared/harness.js';
import { AS_OF, goldFeed } from './scorecard-feed.js';

const SAMPLE_AS_OF = '2026-11-22T12:00:00+01:00';
const now = Date.parse(SAMPLE_AS_OF);
const parsed = parseFeed(sample);
if (!parsed.ok) throw new Error('sample rejected');
const feed: Feed = parsed.feed;
const index = indexFeed(feed);

interface DrillDown {
  readonly customerId: string;
  readonly agreementId: string;
  /** The period as a `period` attribute names it: its first local day. */
  readonly selector: string;
  readonly health: AgreementHealth;
}

/** The portfolio's way: every customer, each of its agreements, each agreement period. */
function drillDown(): DrillDown[] {
  const out: DrillDown[] = [];
  for (const customer of feed.customers) {
    for (const a of agreementsOfCustomer(index, customer.id) ?? []) {
      const tz = resolveAgreement(index, a.id)!.timeZone;
      for (const p of agreementPeriods(index, a.id)) {
        out.push({
          customerId: customer.id,
          agreementId: a.id,
          selector: formatDate(localDate(p.start, tz)),
          health: agreementHealth(index, a.id, now, p)!,
        });
      }
    }
  }
  return out;
}

const shownScore = (score: number | null): string =>
  score === null ? '—' : `${Math.round(score)} of 100`;

describe('health: portfolio drill-down equals the scorecard', () => {
  const all = drillDown();

  it('covers every agreement of every customer of the sample, twelve periods each', () => {
    const agreements = new Set(all.map((d) => d.agreementId));
    expect(agreements.size).to.equal(15);
    for (const id of agreements)
      expect(all.filter((d) => d.agreementId === id).length, id).to.equal(12);
    // Not a trivial sample: several statuses and scores occur.
    expect(new Set(all.map((d) => d.health.status)).size).to.be.greaterThan(2);
    expect(new Set(all.map((d) => d.health.score)).size).to.be.greaterThan(3);
  });

  it('the scorecard view model has the same health and row statuses for every agreement and period', () => {
    for (const d of all) {
      const view = scorecardData(feed, {
        agreementId: d.agreementId,
        customerId: d.customerId,
        period: d.selector,
        now,
      });
      if (isEmpty(view)) throw new Error(`${d.agreementId} ${d.selector}: ${view.empty}`);
      const where = `${d.agreementId} ${d.selector}`;
      expect(view.period.start, where).to.equal(d.health.period!.start);
      expect(view.health, where).to.deep.equal({ score: d.health.score, status: d.health.status });
      const rows = new Map(view.rows.map((r) => [r.objective.id, [r.status, r.value]]));
      expect(rows, where).to.deep.equal(
        new Map(d.health.objectives.map((o) => [o.objectiveId, [o.status, o.value]])),
      );
    }
  });

  for (const agreementId of new Set(drillDown().map((d) => d.agreementId))) {
    it(`<sla-scorecard agreement="${agreementId}"> shows the drill-down's score and status in every period`, async () => {
      const periods = all.filter((d) => d.agreementId === agreementId);
      const el = await fixture<SlaScorecard>(
        html`<sla-scorecard
          customer=${periods[0]!.customerId}
          agreement=${agreementId}
          locale="en-GB"
          as-of=${SAMPLE_AS_OF}
          .feed=${sample}
        ></sla-scorecard>`,
      );
      for (const d of periods) {
        el.period = d.selector;
        await el.updateComplete;
        const where = `${agreementId} ${d.selector}`;
        expect(textOf(el, '.health-score'), where).to.equal(shownScore(d.health.score));
        expect(
          shadow(el).querySelector('[part="health"]')!.getAttribute('data-status'),
          where,
        ).to.equal(d.health.status);
      }
    });
  }

  it('customerHealth rolls up what the customer’s scorecards show for the latest complete period', async () => {
    for (const customer of feed.customers) {
      const el = await fixture<SlaScorecard>(
        html`<sla-scorecard
          customer=${customer.id}
          locale="en-GB"
          as-of=${SAMPLE_AS_OF}
          .feed=${sample}
        ></sla-scorecard>`,
      );
      const shown = [...shadow(el).querySelectorAll('.health-score')].map((n) =>
        n.textContent.trim(),
      );
      const model = customerHealth(index, customer.id, now)!.agreements;
      expect(shown.sort(), customer.id).to.deep.equal(model.map((a) => shownScore(a.score)).sort());
    }
  });
});

describe('<sla-scorecard> takes its order and period names from the model', () => {
  it('the screen-reader summary counts statuses in STATUS_ORDER', async () => {
    const el = await fixture<SlaScorecard>(
      html`<sla-scorecard
        agreement="gold"
        period="2026-08"
        locale="en-GB"
        as-of=${AS_OF}
        .feed=${goldFeed()}
      ></sla-scorecard>`,
    );
    const words: Record<string, string> = {
      breached: 'Breached',
      'at-risk': 'At risk',
      'no-data': 'No data',
      met: 'Met',
      exceeded: 'Exceeded',
    };
    const summary = textOf(el, '[part="summary"]');
    const named = STATUS_ORDER.filter((s) => summary.includes(`${words[s]}:`));
    expect(named).to.deep.equal(['at-risk', 'met']);
    const positions = named.map((s) => summary.indexOf(`${words[s]}:`));
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
  });

  it('rows sort worst first by STATUS_ORDER, no data between at risk and met', async () => {
    // October: latency has no data, availability exceeded; August: latency at risk, availability met.
    const shown = async (period: string): Promise<string[]> => {
      const el = await fixture<SlaScorecard>(
        html`<sla-scorecard
          agreement="gold"
          period=${period}
          locale="en-GB"
          as-of=${AS_OF}
          .feed=${goldFeed()}
        ></sla-scorecard>`,
      );
      return [...shadow(el).querySelectorAll('tbody tr')].map((r) =>
        r.getAttribute('data-status')!,
      );
    };
    const rank = (s: string): number => STATUS_ORDER.indexOf(s as (typeof STATUS_ORDER)[number]);
    for (const period of ['2026-08', '2026-10']) {
      const statuses = await shown(period);
      expect(statuses.length, period).to.equal(2);
      expect(statuses.map(rank), period).to.deep.equal(statuses.map(rank).sort((a, b) => a - b));
    }
    expect(await shown('2026-10')).to.deep.equal(['no-data', 'exceeded']);
  });

  it('names a calendar month by its month and a 30-day period from the 15th by its dates', async () => {
    const raw = goldFeed() as { periods: { start: string; end: string }[] };
    const shifted = {
      ...raw,
      periods: raw.periods.map((p) => ({
        ...p,
        start: p.start.replace('-01T', '-15T'),
        end: p.end.replace('-01T', '-14T'),
      })),
    };
    const labels = async (f: unknown): Promise<string[]> => {
      const el = await fixture<SlaScorecard>(
        html`<sla-scorecard
          agreement="gold"
          locale="en-GB"
          as-of=${AS_OF}
          .feed=${f}
        ></sla-scorecard>`,
      );
      return [...shadow(el).querySelectorAll('[part="period-select"] option')].map((o) =>
        o.textContent.replace(/\s+/g, ' ').trim(),
      );
    };
    expect((await labels(goldFeed())).slice(-2)).to.deep.equal(['August 2026', 'July 2026']);
    const ranges = await labels(shifted);
    expect(ranges.slice(-1)).to.deep.equal(['15 Jul – 13 Aug 2026']);
    expect(ranges.join(' ')).to.not.match(/July 2026|August 2026/);
  });
});
