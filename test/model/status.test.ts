import { expect } from '@open-wc/testing';
import {
  bandBoundaries,
  compareStatus,
  periodStatus,
  STATUS_ORDER,
  statusRank,
  valueBand,
  valueBands,
  valueStatus,
  worstStatus,
} from '../../src/model/index.js';
import { objective } from './helpers.js';

describe('model/status', () => {
  const avail = objective({
    minimum: 99.0,
    target: 99.9,
    incentiveTiers: [
      { threshold: 99.99, bonusPercent: 5 },
      { threshold: 99.95, bonusPercent: 2 },
    ],
  });

  it('periodStatus is breached when the value is worse than the minimum', () => {
    expect(periodStatus(avail, { value: 98.99 })).to.equal('breached');
  });

  it('periodStatus is at-risk when not worse than the minimum but worse than the target', () => {
    expect(periodStatus(avail, { value: 99.0 })).to.equal('at-risk');
    expect(periodStatus(avail, { value: 99.89 })).to.equal('at-risk');
  });

  it('periodStatus is met when not worse than the target, below the first incentive tier', () => {
    expect(periodStatus(avail, { value: 99.9 })).to.equal('met');
    expect(periodStatus(avail, { value: 99.94 })).to.equal('met');
  });

  it('periodStatus is exceeded when the value reaches the first (least demanding) incentive tier', () => {
    expect(periodStatus(avail, { value: 99.95 })).to.equal('exceeded');
    expect(periodStatus(avail, { value: 100 })).to.equal('exceeded');
  });

  it('periodStatus without incentive tiers can only be met, however good the value', () => {
    expect(periodStatus(objective(), { value: 100 })).to.equal('met');
  });

  it('periodStatus is no-data when there is no value', () => {
    expect(periodStatus(avail, { value: null })).to.equal('no-data');
    expect(valueStatus(avail, undefined)).to.equal('no-data');
    expect(valueStatus(avail, Number.NaN)).to.equal('no-data');
  });

  it('periodStatus judges against the levels in force for the period', () => {
    const period = { value: 99.5, levels: { minimum: 99.5, target: 99.5 } };
    expect(periodStatus(avail, period)).to.equal('met');
    expect(periodStatus(avail, { value: 99.4, levels: { minimum: 99.5 } })).to.equal('breached');
  });

  it('periodStatus follows lower-is-better objectives (latency in ms)', () => {
    const latency = objective({
      direction: 'lower-is-better',
      unit: 'millisecond',
      minimum: 800,
      target: 300,
      incentiveTiers: [{ threshold: 150, bonusPercent: 1 }],
    });
    expect(periodStatus(latency, { value: 801 })).to.equal('breached');
    expect(periodStatus(latency, { value: 800 })).to.equal('at-risk');
    expect(periodStatus(latency, { value: 300 })).to.equal('met');
    expect(periodStatus(latency, { value: 150 })).to.equal('exceeded');
  });

  it('periodStatus: an incentive tier less demanding than the target does not lift an at-risk value', () => {
    const odd = objective({ target: 99.9, incentiveTiers: [{ threshold: 99.5, bonusPercent: 1 }] });
    expect(periodStatus(odd, { value: 99.6 })).to.equal('at-risk');
    expect(periodStatus(odd, { value: 99.9 })).to.equal('exceeded');
  });

  it('worstStatus orders breached < at-risk < met < exceeded and ignores no-data', () => {
    expect(worstStatus(['met', 'exceeded', 'at-risk'])).to.equal('at-risk');
    expect(worstStatus(['no-data', 'breached', 'met'])).to.equal('breached');
    expect(worstStatus(['exceeded', 'no-data'])).to.equal('exceeded');
    expect(worstStatus(['no-data', 'no-data'])).to.equal('no-data');
    expect(worstStatus([])).to.equal('no-data');
  });

  it('STATUS_ORDER is the one worst-first order: breached, at risk, no data, met, exceeded', () => {
    expect(STATUS_ORDER).to.deep.equal(['breached', 'at-risk', 'no-data', 'met', 'exceeded']);
    expect(Object.isFrozen(STATUS_ORDER)).to.equal(true);
    expect(STATUS_ORDER.map(statusRank)).to.deep.equal([0, 1, 2, 3, 4]);
    // No data ranks after what needs action and before what is fine.
    expect(statusRank('no-data')).to.be.greaterThan(statusRank('at-risk'));
    expect(statusRank('no-data')).to.be.lessThan(statusRank('met'));
    const shuffled = ['exceeded', 'no-data', 'met', 'breached', 'at-risk'] as const;
    expect([...shuffled].sort(compareStatus)).to.deep.equal([...STATUS_ORDER]);
  });
});

describe('model/band', () => {
  const o = objective({
    minimum: 99.0,
    target: 99.9,
    creditTiers: [
      { threshold: 99.9, creditPercent: 10 },
      { threshold: 99.0, creditPercent: 25 },
      { threshold: 95.0, creditPercent: 100 },
    ],
    incentiveTiers: [
      { threshold: 99.95, bonusPercent: 2 },
      { threshold: 99.99, bonusPercent: 5 },
    ],
  });

  it('bandBoundaries lists the distinct thresholds from worst to best', () => {
    expect(bandBoundaries(o)).to.deep.equal([95, 99, 99.9, 99.95, 99.99]);
    const latency = objective({ direction: 'lower-is-better', minimum: 800, target: 300 });
    expect(bandBoundaries(latency)).to.deep.equal([800, 300]);
  });

  it('valueBands cuts the axis from below the worst credit tier up to the best incentive tier', () => {
    const bands = valueBands(o);
    expect(
      bands.map((b) => [
        b.worseBound,
        b.betterBound,
        b.status,
        b.creditTier?.creditPercent ?? 0,
        b.incentiveTier?.bonusPercent ?? 0,
      ]),
    ).to.deep.equal([
      [null, 95, 'breached', 100, 0],
      [95, 99, 'breached', 25, 0],
      [99, 99.9, 'at-risk', 10, 0],
      [99.9, 99.95, 'met', 0, 0],
      [99.95, 99.99, 'exceeded', 0, 2],
      [99.99, null, 'exceeded', 0, 5],
    ]);
  });

  it('valueBand puts a value exactly on a threshold in the better band', () => {
    expect(valueBand(o, 99.0)?.index).to.equal(2);
    expect(valueBand(o, 98.999)?.index).to.equal(1);
    expect(valueBand(o, 50)?.index).to.equal(0);
    expect(valueBand(o, 99.99)?.index).to.equal(5);
    expect(valueBand(o, null)).to.equal(null);
  });

  it('valueBand of a lower-is-better objective opens the worst band towards larger values', () => {
    const latency = objective({ direction: 'lower-is-better', minimum: 800, target: 300 });
    const bands = valueBands(latency);
    expect(bands.map((b) => b.status)).to.deep.equal(['breached', 'at-risk', 'met']);
    expect(valueBand(latency, 5000)?.status).to.equal('breached');
    expect(valueBand(latency, 800)?.status).to.equal('at-risk');
    expect(valueBand(latency, 0)?.status).to.equal('met');
  });

  it('valueBand uses the levels in force when given', () => {
    expect(valueBand(o, 99.5, { minimum: 99.5, target: 99.5 })?.status).to.equal('met');
  });
});
