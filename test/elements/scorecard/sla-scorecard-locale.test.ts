/**
 * <sla-scorecard> in the reader's language: digits, plurals, the agreement kind, feed text kept
 * in its own direction, and contract dates as calendar dates of the contract.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sla-scorecard.js';
import type { SlaScorecard } from '../../../src/elements/scorecard/sla-scorecard.js';
import { shadow, textOf, visibleText } from '../shared/harness.js';
import { AS_OF, goldFeed } from './scorecard-feed.js';

async function card(
  locale: string,
  feed: unknown = goldFeed(),
  timeZone?: string,
): Promise<SlaScorecard> {
  const el = await fixture<SlaScorecard>(
    html`<sla-scorecard
      agreement="gold"
      locale=${locale}
      time-zone=${timeZone ?? ''}
      as-of=${AS_OF}
      .feed=${feed}
    ></sla-scorecard>`,
  );
  await el.updateComplete;
  return el;
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
    const score = textOf(el, '.health-score');
    expect(score).to.match(/^[٠-٩]+ من ١٠٠$/);
    const summary = visibleText(shadow(el).querySelector('[part="summary"]')?.textContent ?? '');
    expect(summary, summary).to.not.match(/[0-9]/);
  });

  it('picks Arabic plural forms from the number, not from its formatted digits', async () => {
    // Two months without data (each month has an availability and a latency period).
    const feed = goldFeed() as { periods: { value: unknown }[] };
    feed.periods = feed.periods.slice(0, 4);
    for (const p of feed.periods) p.value = null;
    const el = await card('ar-EG', feed);
    const labels = [...shadow(el).querySelectorAll('[part="sparkline"]')].map((s) =>
      visibleText(s.getAttribute('aria-label') ?? ''),
    );
    // Two periods: the Arabic dual form, not "٢ فترات".
    expect(labels[0]).to.equal('لا توجد بيانات في الفترتين الأخيرتين.');
    const english = await card('en-GB', feed);
    expect(
      visibleText(shadow(english).querySelector('[part="sparkline"]')!.getAttribute('aria-label')!),
    ).to.equal('No data in the last 2 periods.');
  });

  it('translates the agreement kind', async () => {
    expect(textOf(await card('ar'), '.eyebrow')).to.contain('اتفاقية مستوى الخدمة');
    expect(textOf(await card('ar'), '.eyebrow')).to.not.contain('SLA');
  });

  it('isolates names from the feed, so an English name keeps its order in Arabic', async () => {
    const el = await card('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(shadow(el).querySelector('h2 bdi')?.textContent).to.equal('Gold SLA');
    expect(shadow(el).querySelector('.eyebrow bdi')?.textContent).to.equal('Globex');
    const names = [...shadow(el).querySelectorAll('[part="objective"] bdi')].map((b) =>
      b.textContent?.trim(),
    );
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
    const meta = textOf(el, '.meta');
    expect(meta).to.contain('1 Jan 2026');
    expect(meta).to.not.contain('2025');
    expect(meta).to.contain('Review by 1 Jun 2027');
  });
});
