import { expect } from '@open-wc/testing';
import {
  agreementHealth,
  agreementPeriodHealth,
  agreementPeriods,
  customerHealth,
  indexFeed,
  latestCompletePeriod,
  portfolioHealth,
  resolveAgreement,
  rollUp,
  statusPoints,
} from '../../src/model/index.js';
import { at, feedOf, month } from './helpers.js';

function healthFeed() {
  const p = (agreementId: string, objectiveId: string, m: number, value: number | null) => ({
    agreementId,
    objectiveId,
    ...month(m),
    value,
  });
  return feedOf({
    customers: [
      { id: 'acme', name: 'Acme' },
      { id: 'beta', name: 'Beta' },
      { id: 'gamma', name: 'Gamma' },
    ],
    agreements: [
      {
        id: 'corp',
        name: 'Corporate',
        level: 'corporate',
        objectives: [
          {
            id: 'up',
            name: 'Up',
            unit: 'percent',
            direction: 'higher-is-better',
            minimum: 99,
            target: 99.9,
            incentiveTiers: [{ threshold: 99.99, bonusPercent: 1 }],
          },
          {
            id: 'fast',
            name: 'Fast',
            unit: 'millisecond',
            direction: 'lower-is-better',
            minimum: 800,
            target: 300,
            weight: 3,
          },
        ],
      },
      { id: 'a1', name: 'A1', level: 'customer', parentId: 'corp', customerId: 'acme' },
      { id: 'a2', name: 'A2', level: 'customer', parentId: 'corp', customerId: 'beta' },
      { id: 'a3', name: 'A3', level: 'customer', parentId: 'corp', customerId: 'gamma' },
    ],
    periods: [
      p('a1', 'up', 2, 99.995),
      p('a1', 'fast', 2, 500),
      p('a1', 'up', 3, 90),
      p('a2', 'up', 2, 98),
      p('a2', 'fast', 2, null),
    ],
  });
}

describe('model/health', () => {
  const index = indexFeed(healthFeed());
  const now = at('2026-03-15T00:00:00Z');

  it('statusPoints: exceeded 100, met 100, at risk 50, breached 0, no data none', () => {
    expect(
      ['exceeded', 'met', 'at-risk', 'breached', 'no-data'].map((s) => statusPoints(s as never)),
    ).to.deep.equal([100, 100, 50, 0, null]);
  });

  it('latestCompletePeriod picks the latest period that ended by now, else the latest one', () => {
    expect(latestCompletePeriod(index, 'a1', now)?.start).to.equal(at('2026-02-01T00:00:00Z'));
    expect(latestCompletePeriod(index, 'a1', at('2026-04-01T00:00:00Z'))?.start).to.equal(
      at('2026-03-01T00:00:00Z'),
    );
    expect(latestCompletePeriod(index, 'a1', at('2026-02-10T00:00:00Z'))?.start).to.equal(
      at('2026-03-01T00:00:00Z'),
    );
    expect(latestCompletePeriod(index, 'a3', now)).to.equal(null);
  });

  it('agreementHealth is the weighted mean of objective points in the latest complete period, status the worst', () => {
    const h = agreementHealth(index, 'a1', now)!;
    expect(h.objectives.map((o) => [o.objectiveId, o.status, o.score, o.weight])).to.deep.equal([
      ['up', 'exceeded', 100, 1],
      ['fast', 'at-risk', 50, 3],
    ]);
    expect(h.score).to.equal(62.5);
    expect(h.status).to.equal('at-risk');
    expect(h.period?.start).to.equal(at('2026-02-01T00:00:00Z'));
  });

  it('agreementHealth leaves objectives without data out of score and status', () => {
    const h = agreementHealth(index, 'a2', now)!;
    expect(h.score).to.equal(0);
    expect(h.status).to.equal('breached');
    const none = agreementHealth(index, 'a3', now)!;
    expect(none.score).to.equal(null);
    expect(none.status).to.equal('no-data');
    expect(none.period).to.equal(null);
    expect(agreementHealth(index, 'nope', now)).to.equal(null);
  });

  it('agreementHealth(index, id, now, period) judges any period: a month, a day, or a period of the agreement', () => {
    // March: up is breached (90), fast has no data.
    const march = agreementHealth(index, 'a1', now, '2026-03')!;
    expect(march.period?.start).to.equal(at('2026-03-01T00:00:00Z'));
    expect(march.objectives.map((o) => [o.objectiveId, o.status, o.value])).to.deep.equal([
      ['up', 'breached', 90],
      ['fast', 'no-data', null],
    ]);
    expect(march).to.include({ score: 0, status: 'breached' });
    expect(agreementHealth(index, 'a1', now, '2026-02-14')).to.include({
      score: 62.5,
      status: 'at-risk',
    });
    const [february] = agreementPeriods(index, 'a1');
    expect(agreementHealth(index, 'a1', now, february)).to.deep.equal(
      agreementHealth(index, 'a1', now),
    );
    // A selector that names no period: no period, no data.
    expect(agreementHealth(index, 'a1', now, '2025-01')).to.deep.include({
      period: null,
      score: null,
      status: 'no-data',
    });
  });

  it('agreementPeriodHealth is the one health rule: every period of an agreement, objectives in agreement order', () => {
    const a1 = resolveAgreement(index, 'a1')!;
    const scores = agreementPeriods(index, 'a1').map((p) => agreementPeriodHealth(a1, p).score);
    expect(scores).to.deep.equal([62.5, 0]);
    const none = agreementPeriodHealth(a1, null);
    expect(none.objectives.map((o) => o.status)).to.deep.equal(['no-data', 'no-data']);
    expect(none).to.include({ score: null, status: 'no-data', agreementId: 'a1' });
  });

  it('customerHealth rolls up its agreements with equal weights', () => {
    expect(customerHealth(index, 'acme', now)).to.include({ score: 62.5, status: 'at-risk' });
    expect(customerHealth(index, 'gamma', now)).to.include({ score: null, status: 'no-data' });
    expect(customerHealth(index, 'nope', now)).to.equal(null);
  });

  it('customerHealth and portfolioHealth judge every agreement in the period a selector names', () => {
    // March: a1 breached (up 90); a2 and a3 have no March.
    expect(customerHealth(index, 'acme', now, '2026-03')).to.include({
      score: 0,
      status: 'breached',
    });
    expect(customerHealth(index, 'beta', now, '2026-03')).to.include({
      score: null,
      status: 'no-data',
    });
    const march = portfolioHealth(index, now, '2026-03');
    expect(march).to.include({ score: 0, status: 'breached' });
    expect(march.customers[0]!.agreements[0]!.period?.start).to.equal(at('2026-03-01T00:00:00Z'));
    expect(portfolioHealth(index, now, '2026-02')).to.deep.equal(portfolioHealth(index, now));
  });

  it('portfolioHealth rolls up customers with equal weights by the same rule', () => {
    const h = portfolioHealth(index, now);
    expect(h.customers.map((c) => c.customerId)).to.deep.equal(['acme', 'beta', 'gamma']);
    expect(h.score).to.equal(31.25);
    expect(h.status).to.equal('breached');
  });

  it('rollUp weighs members equally when those with data all weigh 0', () => {
    expect(
      rollUp([
        { score: 100, status: 'met', weight: 0 },
        { score: 50, status: 'at-risk', weight: 0 },
        { score: null, status: 'no-data', weight: 5 },
      ]),
    ).to.deep.equal({ score: 75, status: 'at-risk' });
    expect(rollUp([])).to.deep.equal({ score: null, status: 'no-data' });
  });
});
