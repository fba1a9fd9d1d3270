import { expect } from '@open-wc/testing';
import {
  creditTier,
  incentiveTier,
  sortCreditTiers,
  sortIncentiveTiers,
} from '../../src/model/index.js';
import { objective } from './helpers.js';

describe('model/credit-tier', () => {
  // The feed contract's example (docs feed.md), also the region-level schedule of the Amazon Compute
  // SLA (https://aws.amazon.com/compute/sla/): monthly uptime < 99.99 % -> 10 %, < 99.0 % -> 30 %,
  // < 95.0 % -> 100 %.
  const compute = objective({
    target: 99.99,
    creditTiers: [
      { threshold: 99.99, creditPercent: 10 },
      { threshold: 99.0, creditPercent: 30 },
      { threshold: 95.0, creditPercent: 100 },
    ],
  });

  it('creditTier picks the most severe tier the value is worse than', () => {
    expect(creditTier(compute, 99.5)?.creditPercent).to.equal(10);
    expect(creditTier(compute, 98.99)?.creditPercent).to.equal(30);
    expect(creditTier(compute, 94.99)?.creditPercent).to.equal(100);
    expect(creditTier(compute, 0)?.creditPercent).to.equal(100);
  });

  it('creditTier: a value exactly on a threshold is not worse than it (99.0 earns 10 %, 98.99 earns 30 %)', () => {
    expect(creditTier(compute, 99.0)?.creditPercent).to.equal(10);
    expect(creditTier(compute, 98.99)?.creditPercent).to.equal(30);
    expect(creditTier(compute, 95.0)?.creditPercent).to.equal(30);
  });

  it('creditTier returns null when the value is worse than no threshold, or there is no value', () => {
    expect(creditTier(compute, 99.99)).to.equal(null);
    expect(creditTier(compute, 100)).to.equal(null);
    expect(creditTier(compute, null)).to.equal(null);
    expect(creditTier(compute, undefined)).to.equal(null);
    expect(creditTier(objective(), 50)).to.equal(null);
  });

  it('creditTier follows the Google Cloud Armor SLA schedule (10 / 25 / 50 %)', () => {
    // Google Cloud Armor SLA, last modified March 30, 2020
    // (https://cloud.google.com/armor/sla/index-20200330.html): monthly uptime
    // 99.00 % - < 99.99 % -> 10 %, 95.00 % - < 99.00 % -> 25 %, < 95.00 % -> 50 %.
    const armor = objective({
      target: 99.99,
      creditTiers: [
        { threshold: 95.0, creditPercent: 50 },
        { threshold: 99.0, creditPercent: 25 },
        { threshold: 99.99, creditPercent: 10 },
      ],
    });
    expect(creditTier(armor, 99.99)).to.equal(null);
    expect(creditTier(armor, 99.989)?.creditPercent).to.equal(10);
    expect(creditTier(armor, 99.0)?.creditPercent).to.equal(10);
    expect(creditTier(armor, 98.999)?.creditPercent).to.equal(25);
    expect(creditTier(armor, 95.0)?.creditPercent).to.equal(25);
    expect(creditTier(armor, 94.999)?.creditPercent).to.equal(50);
  });

  it('creditTier reads lower-is-better tiers as "slower than threshold" (latency)', () => {
    const latency = objective({
      unit: 'millisecond',
      indicator: 'latency',
      direction: 'lower-is-better',
      minimum: 800,
      target: 300,
      creditTiers: [
        { threshold: 800, creditPercent: 15 },
        { threshold: 300, creditPercent: 5 },
        { threshold: 2000, creditPercent: 50 },
      ],
    });
    expect(creditTier(latency, 250)).to.equal(null);
    expect(creditTier(latency, 300)).to.equal(null);
    expect(creditTier(latency, 301)?.creditPercent).to.equal(5);
    expect(creditTier(latency, 800)?.creditPercent).to.equal(5);
    expect(creditTier(latency, 800.5)?.creditPercent).to.equal(15);
    expect(creditTier(latency, 2001)?.creditPercent).to.equal(50);
  });

  it('creditTier prefers the larger credit among tiers with the same threshold', () => {
    const twice = objective({
      creditTiers: [
        { threshold: 99, creditPercent: 10 },
        { threshold: 99, creditPercent: 20 },
      ],
    });
    expect(creditTier(twice, 98)?.creditPercent).to.equal(20);
  });

  it('incentiveTier picks the best tier the value is at least as good as; equal reaches it', () => {
    const o = objective({
      incentiveTiers: [
        { threshold: 99.99, bonusPercent: 5 },
        { threshold: 99.95, bonusPercent: 2 },
      ],
    });
    expect(incentiveTier(o, 99.94)).to.equal(null);
    expect(incentiveTier(o, 99.95)?.bonusPercent).to.equal(2);
    expect(incentiveTier(o, 99.98)?.bonusPercent).to.equal(2);
    expect(incentiveTier(o, 99.99)?.bonusPercent).to.equal(5);
    expect(incentiveTier(o, 100)?.bonusPercent).to.equal(5);
    expect(incentiveTier(o, null)).to.equal(null);
  });

  it('incentiveTier reads lower-is-better tiers as "at least as fast as threshold"', () => {
    const o = objective({
      direction: 'lower-is-better',
      unit: 'millisecond',
      minimum: 800,
      target: 300,
      incentiveTiers: [
        { threshold: 150, bonusPercent: 3 },
        { threshold: 200, bonusPercent: 1 },
        { threshold: 150, bonusPercent: 4 },
      ],
    });
    expect(incentiveTier(o, 201)).to.equal(null);
    expect(incentiveTier(o, 200)?.bonusPercent).to.equal(1);
    expect(incentiveTier(o, 150)?.bonusPercent).to.equal(4);
    expect(incentiveTier(o, 90)?.bonusPercent).to.equal(4);
  });

  it('sortCreditTiers lists the least severe tier first, sortIncentiveTiers the least demanding', () => {
    const credit = [
      { threshold: 95, creditPercent: 100 },
      { threshold: 99.99, creditPercent: 10 },
      { threshold: 99, creditPercent: 30 },
    ];
    expect(sortCreditTiers('higher-is-better', credit).map((t) => t.threshold)).to.deep.equal([
      99.99, 99, 95,
    ]);
    expect(sortCreditTiers('lower-is-better', credit).map((t) => t.threshold)).to.deep.equal([
      95, 99, 99.99,
    ]);
    const bonus = [
      { threshold: 99.99, bonusPercent: 5 },
      { threshold: 99.95, bonusPercent: 2 },
    ];
    expect(sortIncentiveTiers('higher-is-better', bonus).map((t) => t.threshold)).to.deep.equal([
      99.95, 99.99,
    ]);
    expect(sortIncentiveTiers('lower-is-better', bonus).map((t) => t.threshold)).to.deep.equal([
      99.99, 99.95,
    ]);
  });
});
