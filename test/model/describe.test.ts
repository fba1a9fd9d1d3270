import { expect } from '@open-wc/testing';
import { describeObjective, indexFeed, resolveObjective } from '../../src/model/index.js';
import { month, threeLevelFeed } from './helpers.js';

describe('model/describe', () => {
  const feed = threeLevelFeed({
    periods: [
      {
        agreementId: 'acme-portal',
        objectiveId: 'avail',
        ...month(2),
        value: 99.5,
        levels: { target: 99.9 },
      },
    ],
  });
  const index = indexFeed(feed);
  const avail = resolveObjective(index, 'acme-portal', 'avail')!;

  it('describeObjective returns the promise as data (no sentences) for elements to localise', () => {
    const d = describeObjective(avail);
    expect(d).to.include({
      kind: 'promise',
      objectiveId: 'avail',
      agreementId: 'acme-portal',
      indicator: 'availability',
      unit: 'percent',
      direction: 'higher-is-better',
      minimum: 99,
      target: 99.95,
      levelsChanged: false,
      status: null,
      value: null,
      band: null,
      period: null,
      creditTier: null,
    });
    expect(d.window).to.deep.equal({ kind: 'calendar', unit: 'month' });
    expect(d.creditTiers.map((t) => t.creditPercent)).to.deep.equal([10, 25, 100]);
    expect(d.incentiveTiers.map((t) => t.bonusPercent)).to.deep.equal([2, 5]);
    expect(d.wording).to.deep.equal({ promise: 'Up 99.9 % of every month', remedy: '10 % back' });
  });

  it('describeObjective with a period adds value, status, tiers and band under the levels in force', () => {
    const d = describeObjective(avail, feed.periods[0]);
    expect(d.value).to.equal(99.5);
    expect(d.target).to.equal(99.9);
    expect(d.levelsChanged).to.equal(true);
    expect(d.status).to.equal('at-risk');
    expect(d.creditTier?.creditPercent).to.equal(10);
    expect(d.incentiveTier).to.equal(null);
    expect(d.band?.status).to.equal('at-risk');
    expect(d.period).to.deep.equal({ start: feed.periods[0]!.start, end: feed.periods[0]!.end });
  });
});
