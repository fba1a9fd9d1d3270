import { expect } from '@open-wc/testing';
import { parseFeed, type Feed } from '../../../src/feed/index.js';
import { agreementPeriods, indexFeed } from '../../../src/model/index.js';
import {
  customerAgreementIds,
  isEmpty,
  scorecardData,
  selectPeriod,
} from '../../../src/elements/scorecard/scorecard-data.js';
import { AS_OF, goldFeed } from './scorecard-feed.js';

function feed(raw: unknown = goldFeed()): Feed {
  const result = parseFeed(raw);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.feed;
}
const now = Date.parse(AS_OF);

describe('scorecardData', () => {
  it('selectPeriod picks the latest complete period by default, a month by YYYY-MM and a day by YYYY-MM-DD', () => {
    const periods = agreementPeriods(indexFeed(feed()), 'gold');
    const iso = (p: { start: number } | null) =>
      p ? new Date(p.start).toISOString().slice(0, 10) : null;
    expect(iso(selectPeriod(periods, undefined, 'UTC', now))).to.equal('2026-10-01');
    expect(iso(selectPeriod(periods, '', 'UTC', Date.parse('2026-10-15T00:00:00Z')))).to.equal(
      '2026-09-01',
    );
    expect(iso(selectPeriod(periods, '2026-08', 'UTC', now))).to.equal('2026-08-01');
    expect(iso(selectPeriod(periods, '2026-09-30', 'UTC', now))).to.equal('2026-09-01');
    expect(selectPeriod(periods, '2031-01', 'UTC', now)).to.equal(null);
    expect(selectPeriod(periods, 'last month', 'UTC', now)).to.equal(null);
    expect(selectPeriod([], undefined, 'UTC', now)).to.equal(null);
  });

  it('selectPeriod reads months in the agreement time zone', () => {
    // A Berlin October starts at 2026-09-30T22:00Z: still "2026-10" in Europe/Berlin.
    const start = Date.parse('2026-09-30T22:00:00Z');
    const periods = [
      { agreementId: 'a', start, end: Date.parse('2026-10-31T23:00:00Z'), periods: [] },
    ];
    expect(selectPeriod(periods, '2026-10', 'Europe/Berlin', now)).to.equal(periods[0]);
    expect(selectPeriod(periods, '2026-10', 'UTC', now)).to.equal(null);
  });

  it('scorecardData sorts breached, at risk, no data, met, exceeded', () => {
    const d = scorecardData(feed(), { agreementId: 'gold', period: '2026-08', now });
    if (isEmpty(d)) throw new Error('empty');
    expect(d.rows.map((r) => r.status)).to.deep.equal(['at-risk', 'met']);
    const sep = scorecardData(feed(), { agreementId: 'gold', period: '2026-09', now });
    if (isEmpty(sep)) throw new Error('empty');
    // Both breached: the heavier objective (weight 2) first.
    expect(sep.rows.map((r) => r.objective.id)).to.deep.equal(['avail', 'latency']);
    expect(sep.health).to.deep.equal({ score: 0, status: 'breached' });
  });

  it('scorecardData keeps the trend to the last periods up to the one shown', () => {
    const d = scorecardData(feed(), { agreementId: 'gold', period: '2026-08', now });
    if (isEmpty(d)) throw new Error('empty');
    expect(d.rows[0]!.trend.map((p) => p.value)).to.deep.equal([250, 400]);
    expect(d.periodComplete).to.equal(true);
    expect(d.reviewDue).to.equal(true);
    expect(d.versionLabel).to.equal('2.0');
  });

  it('scorecardData says what is missing', () => {
    expect(scorecardData(feed(), { agreementId: 'nope', now })).to.deep.equal({
      empty: 'no-agreement',
      id: 'nope',
    });
    expect(
      scorecardData(feed(goldFeed({ periods: [] })), { agreementId: 'gold', now }),
    ).to.deep.equal({
      empty: 'no-periods',
      id: 'gold',
    });
    expect(scorecardData(feed(), { agreementId: 'gold', period: '1999-01', now })).to.deep.equal({
      empty: 'no-period',
      id: 'gold',
      period: '1999-01',
    });
  });

  it('customerAgreementIds lists a customer’s agreements, null for an unknown customer', () => {
    expect(customerAgreementIds(feed(), 'globex')).to.deep.equal(['gold']);
    expect(customerAgreementIds(feed(), 'initech')).to.deep.equal([]);
    expect(customerAgreementIds(feed(), 'nobody')).to.equal(null);
  });
});
