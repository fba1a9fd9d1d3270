/**
 * <sla-scorecard> in the reader's language: digits, plurals, the agreement kind, feed text kept
 * in its own direction, and contract dates as calendar dates of the contract.
 */
import { expect } from '@open-wc/testing';
import { scorecard, type ScorecardHarness } from './harness.js';
import { goldFeed } from './scorecard-feed.js';

function card(
  locale: string,
  feed: unknown = goldFeed(),
  timeZone?: string,
): Promise<ScorecardHarness> {
  return scorecard({ agreement: 'gold', locale, 'time-zone': timeZone ?? '' }, feed);
}

/** The gold feed with its customer in another time zone (the agreement's calendar). */
function feedInZone(timeZone: string, agreement: Record<string, unknown>): unknown {
  const feed = goldFeed() as { customers: Record<string, unknown>[]; agreements: object[] };
  feed.customers[0] = { ...feed.customers[0], timeZone };
  feed.agreements[0] = { ...feed.agreements[0], ...agreement };
  return feed;
}

describe('<sla-scorecard> locale and direction', () => {
  it('writes every number of the health score in the same digits ("٧٥ من ١٠٠")', async () => {
    const el = await card('ar-EG');
    const score = el.card().healthScore;
    expect(score).to.match(/^[٠-٩]+ من ١٠٠$/);
    const summary = el.card().summary;
    expect(summary, summary).to.not.match(/[0-9]/);
  });

  it('picks Arabic plural forms from the number, not from its formatted digits', async () => {
    // Two months without data (each month has an availability and a latency period).
    const feed = goldFeed() as { periods: { value: unknown }[] };
    feed.periods = feed.periods.slice(0, 4);
    for (const p of feed.periods) p.value = null;
    const el = await card('ar-EG', feed);
    const labels = el.rows().map((r) => r.trendLabel);
    // Two periods: the Arabic dual form, not "٢ فترات".
    expect(labels[0]).to.equal('لا توجد بيانات في الفترتين الأخيرتين.');
    const english = await card('en-GB', feed);
    expect(english.rows()[0]!.trendLabel).to.equal('No data in the last 2 periods.');
  });

  it('translates the agreement kind', async () => {
    expect((await card('ar')).card().eyebrow).to.contain('اتفاقية مستوى الخدمة');
    expect((await card('ar')).card().eyebrow).to.not.contain('SLA');
  });

  it('isolates names from the feed, so an English name keeps its order in Arabic', async () => {
    const el = await card('ar');
    expect(el.element.getAttribute('dir')).to.equal('rtl');
    // The isolating elements themselves: what keeps the order is the <bdi>, not the text.
    const shown = el.card().element;
    expect(shown.querySelector('h2 bdi')?.textContent).to.equal('Gold SLA');
    expect(shown.querySelector('.eyebrow bdi')?.textContent).to.equal('Globex');
    const names = el.objectiveButtons().map((b) => b.querySelector('bdi')?.textContent?.trim());
    expect(names).to.include('Availability');
  });

  it('shows contract dates in the agreement’s calendar, whatever time zone the reader chose', async () => {
    // Valid from 1 January in Auckland, which is still 31 December in New York.
    const feed = feedInZone('Pacific/Auckland', {
      validFrom: '2026-01-01T00:00:00+13:00',
      validTo: '2027-12-31T00:00:00+13:00',
      reviewBy: '2027-06-01T00:00:00+12:00',
    });
    const el = await card('en-GB', feed, 'America/New_York');
    const meta = el.card().meta;
    expect(meta).to.contain('1 Jan 2026');
    expect(meta).to.not.contain('2025');
    expect(meta).to.contain('Review by 1 Jun 2027');
  });
});
