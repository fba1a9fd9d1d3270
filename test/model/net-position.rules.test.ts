// Net position (docs/feed.md, "Incentive tiers and net position"): bonuses minus credits, per
// agreement period and over a range, in money with a fee and in percentages without one.
import { expect } from '@open-wc/testing';
import {
  agreementPeriods,
  indexFeed,
  netPosition,
  netPositionOverRange,
  resolveAgreement,
} from '../../src/model/index.js';
import { at, feedOf, month } from './helpers.js';

const AVAIL = {
  id: 'avail',
  name: 'Availability',
  indicator: 'availability',
  unit: 'percent',
  direction: 'higher-is-better',
  minimum: 99.0,
  target: 99.9,
  creditTiers: [{ threshold: 99.9, creditPercent: 10 }],
  incentiveTiers: [{ threshold: 99.99, bonusPercent: 4 }],
};

function setup(
  terms: Record<string, unknown>,
  periods: { m: number; value: number; recorded?: number }[],
) {
  const feed = feedOf({
    customers: [{ id: 'c', name: 'Customer', currency: 'USD' }],
    agreements: [
      { id: 'a', name: 'A', level: 'customer', customerId: 'c', objectives: [AVAIL], ...terms },
    ],
    periods: periods.map((p) => ({
      agreementId: 'a',
      objectiveId: 'avail',
      ...month(p.m),
      value: p.value,
      ...(p.recorded === undefined ? {} : { recordedCredit: p.recorded }),
    })),
  });
  const index = indexFeed(feed);
  const agreement = resolveAgreement(index, 'a')!;
  return { agreement, list: agreementPeriods(index, 'a') };
}

const FEE = { fee: { amount: 1000, currency: 'USD', per: 'month' } };

describe('net position rules', () => {
  it('the net of a period is its bonus minus its credit, in money and in percent', () => {
    const { agreement, list } = setup(FEE, [
      { m: 1, value: 99.5 },
      { m: 2, value: 99.999 },
    ]);
    const credited = netPosition(agreement, list[0]!);
    expect(credited.credit.amount).to.equal(100);
    expect(credited.net).to.equal(-100);
    expect(credited.netPercent).to.equal(-10);
    const earned = netPosition(agreement, list[1]!);
    expect(earned.net).to.equal(40);
    expect(earned.netPercent).to.equal(4);
  });

  it('without a fee there is no net amount, only the net percentage', () => {
    const { agreement, list } = setup({}, [{ m: 1, value: 99.5 }]);
    const p = netPosition(agreement, list[0]!);
    expect(p.net).to.equal(null);
    expect(p.netPercent).to.equal(-10);
    const r = netPositionOverRange(agreement, list);
    expect(r.credit).to.equal(null);
    expect(r.bonus).to.equal(null);
    expect(r.net).to.equal(null);
  });

  it('over a range, credits and bonuses are summed per period and netted', () => {
    const { agreement, list } = setup(FEE, [
      { m: 1, value: 99.5 },
      { m: 2, value: 99.999 },
      { m: 3, value: 99.999 },
    ]);
    const r = netPositionOverRange(agreement, list);
    expect(r.credit).to.equal(100);
    expect(r.bonus).to.equal(80);
    expect(r.net).to.equal(-20);
    expect(r.from).to.equal(at('2026-01-01T00:00:00Z'));
    expect(r.to).to.equal(at('2026-04-01T00:00:00Z'));
    expect(r.periods).to.have.length(3);
  });

  it('a range spans from the earliest start to the latest end whatever the order given', () => {
    const { agreement, list } = setup(FEE, [
      { m: 1, value: 99.5 },
      { m: 2, value: 99.5 },
      { m: 3, value: 99.5 },
    ]);
    const r = netPositionOverRange(agreement, [list[1]!, list[2]!, list[0]!]);
    expect(r.from).to.equal(at('2026-01-01T00:00:00Z'));
    expect(r.to).to.equal(at('2026-04-01T00:00:00Z'));
  });

  it('an empty range has no bounds and nets to zero with a fee', () => {
    const { agreement } = setup(FEE, [{ m: 1, value: 99.5 }]);
    const r = netPositionOverRange(agreement, []);
    expect(r.from).to.equal(null);
    expect(r.to).to.equal(null);
    expect(r.net).to.equal(0);
    expect(r.recordedCredit).to.equal(null);
    expect(r.differingPeriods).to.equal(0);
  });

  it('recorded credits are summed, a recorded zero counts, and differing periods are counted', () => {
    const { agreement, list } = setup(FEE, [
      { m: 1, value: 99.5, recorded: 100 },
      { m: 2, value: 99.5, recorded: 0 },
      { m: 3, value: 99.999, recorded: 25 },
    ]);
    const r = netPositionOverRange(agreement, list);
    expect(r.recordedCredit).to.equal(125);
    // month 2 owes 100 but records 0; month 3 owes nothing but records 25.
    expect(r.differingPeriods).to.equal(2);
  });

  it('no recorded credit anywhere gives no recorded sum', () => {
    const { agreement, list } = setup(FEE, [{ m: 1, value: 99.5 }]);
    expect(netPositionOverRange(agreement, list).recordedCredit).to.equal(null);
    expect(netPositionOverRange(agreement, list).differingPeriods).to.equal(0);
  });
});
