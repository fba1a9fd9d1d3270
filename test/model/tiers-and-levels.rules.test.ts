// Tier choice, bands, statuses, severities and levels in force, from the contract semantics in
// docs/feed.md ("Direction", "Status of a period", "Credit tiers", "Incentive tiers",
// "Versions and levels in force").
import { expect } from '@open-wc/testing';
import type { AgreementVersion, CreditTier, IncentiveTier } from '../../src/feed/index.js';
import {
  creditTier,
  incentiveTier,
  levelsInForce,
  sortCreditTiers,
  sortIncentiveTiers,
  statusRank,
  valueBand,
  valueStatus,
  versionInForce,
  worseSeverity,
  worstSeverity,
  worstStatus,
} from '../../src/model/index.js';
import { objective } from './helpers.js';

const credit = (threshold: number, creditPercent: number): CreditTier => ({
  threshold,
  creditPercent,
});
const bonus = (threshold: number, bonusPercent: number): IncentiveTier => ({
  threshold,
  bonusPercent,
});
const NOT_A_VALUE = [null, undefined, Number.NaN, Infinity, -Infinity];

describe('credit and incentive tier rules', () => {
  for (const direction of ['higher-is-better', 'lower-is-better'] as const) {
    it(`no value, NaN or an infinite value earns no credit tier (${direction})`, () => {
      const o = { direction, creditTiers: [credit(50, 10), credit(10, 30), credit(90, 5)] };
      for (const value of NOT_A_VALUE) expect(creditTier(o, value), String(value)).to.equal(null);
    });

    it(`no value, NaN or an infinite value reaches no incentive tier (${direction})`, () => {
      const o = { direction, incentiveTiers: [bonus(50, 2), bonus(10, 5), bonus(90, 1)] };
      for (const value of NOT_A_VALUE) {
        expect(incentiveTier(o, value), String(value)).to.equal(null);
      }
    });
  }

  it('the most severe tier applies even when a milder tier pays more (a schedule applied literally)', () => {
    const o = {
      direction: 'higher-is-better' as const,
      creditTiers: [credit(95, 5), credit(99.99, 50)],
    };
    expect(creditTier(o, 90)).to.deep.equal(credit(95, 5));
    const r = {
      direction: 'higher-is-better' as const,
      creditTiers: [credit(99.99, 50), credit(95, 5)],
    };
    expect(creditTier(r, 90)).to.deep.equal(credit(95, 5));
  });

  it('of two credit tiers with the same threshold, the larger credit applies, in any order', () => {
    const tiers = [credit(99, 30), credit(99, 10)];
    const o = { direction: 'higher-is-better' as const, creditTiers: tiers };
    expect(creditTier(o, 98)).to.deep.equal(credit(99, 30));
    expect(creditTier({ ...o, creditTiers: [...tiers].reverse() }, 98)).to.deep.equal(
      credit(99, 30),
    );
  });

  it('the best incentive tier reached applies even when a less demanding tier pays more', () => {
    const o = {
      direction: 'higher-is-better' as const,
      incentiveTiers: [bonus(99.999, 1), bonus(99.9, 5)],
    };
    expect(incentiveTier(o, 100)).to.deep.equal(bonus(99.999, 1));
    const r = { ...o, incentiveTiers: [bonus(99.9, 5), bonus(99.999, 1)] };
    expect(incentiveTier(r, 100)).to.deep.equal(bonus(99.999, 1));
  });

  it('of two incentive tiers with the same threshold, the larger bonus applies, in any order', () => {
    const tiers = [bonus(99.9, 2), bonus(99.9, 5)];
    const o = { direction: 'higher-is-better' as const, incentiveTiers: tiers };
    expect(incentiveTier(o, 99.95)).to.deep.equal(bonus(99.9, 5));
    expect(incentiveTier({ ...o, incentiveTiers: [...tiers].reverse() }, 99.95)).to.deep.equal(
      bonus(99.9, 5),
    );
  });

  it('tiers with the same threshold sort by their percentage, smaller first', () => {
    expect(
      sortCreditTiers('higher-is-better', [credit(99, 30), credit(99, 10), credit(99.9, 5)]),
    ).to.deep.equal([credit(99.9, 5), credit(99, 10), credit(99, 30)]);
    expect(
      sortIncentiveTiers('higher-is-better', [bonus(99.9, 5), bonus(99.9, 2), bonus(99.5, 1)]),
    ).to.deep.equal([bonus(99.5, 1), bonus(99.9, 2), bonus(99.9, 5)]);
  });
});

describe('band and status rules', () => {
  const o = objective({ minimum: 99, target: 99.9 });

  it('no value, NaN or an infinite value falls in no band', () => {
    for (const value of NOT_A_VALUE) expect(valueBand(o, value), String(value)).to.equal(null);
  });

  it('no value, NaN or an infinite value has no data', () => {
    for (const value of NOT_A_VALUE)
      expect(valueStatus(o, value), String(value)).to.equal('no-data');
  });

  it('statuses rank worst first: breached 0, at risk 1, no data 2 (worse than met), met 3, exceeded 4', () => {
    expect(
      ['no-data', 'breached', 'at-risk', 'met', 'exceeded'].map((s) => statusRank(s as never)),
    ).to.deep.equal([2, 0, 1, 3, 4]);
  });

  it('the worst status ignores no data, and is no data only when nothing has data', () => {
    expect(worstStatus(['no-data', 'met', 'no-data', 'at-risk', 'exceeded'])).to.equal('at-risk');
    expect(worstStatus(['exceeded', 'met'])).to.equal('met');
    expect(worstStatus(['no-data', 'no-data'])).to.equal('no-data');
    expect(worstStatus([])).to.equal('no-data');
  });
});

describe('severity rules', () => {
  it('the worse of two severities of the same rank is the first one', () => {
    // Only `unknown` shares a rank with nothing but itself; ranks decide, never order of listing.
    expect(worseSeverity('minor', 'major')).to.equal('major');
    expect(worseSeverity('major', 'minor')).to.equal('major');
    expect(worseSeverity('unknown', 'minor')).to.equal('minor');
  });

  it('the worst severity of a list is the highest ranked, and null for an empty list', () => {
    expect(worstSeverity(['minor'])).to.equal('minor');
    expect(worstSeverity(['unknown', 'critical', 'minor'])).to.equal('critical');
    expect(worstSeverity(['major', 'minor', 'unknown'])).to.equal('major');
    expect(worstSeverity([])).to.equal(null);
    // A list of only unknown severities is unknown, not empty.
    expect(worstSeverity(['unknown'])).to.equal('unknown');
  });
});

describe('levels in force rules', () => {
  const version = (name: string, effectiveFrom: number): AgreementVersion => ({
    version: name,
    effectiveFrom,
  });

  it('the version in force is the latest effective one, whatever the order of the list', () => {
    const versions = [version('v2', 200), version('v1', 100), version('v3', 300)];
    expect(versionInForce({ versions }, 250)?.version).to.equal('v2');
    expect(versionInForce({ versions }, 300)?.version).to.equal('v3');
    expect(versionInForce({ versions }, 99)).to.equal(undefined);
  });

  it('of two versions effective at the same instant, the later listed one is in force', () => {
    const versions = [version('a', 100), version('b', 100)];
    expect(versionInForce({ versions }, 150)?.version).to.equal('b');
  });

  it("each level a period gives overrides the objective's, each one left out falls back", () => {
    const o = { minimum: 99, target: 99.9 };
    expect(levelsInForce(o, { levels: { minimum: 98 } })).to.deep.equal({
      minimum: 98,
      target: 99.9,
    });
    expect(levelsInForce(o, { levels: { target: 99.5 } })).to.deep.equal({
      minimum: 99,
      target: 99.5,
    });
    expect(levelsInForce(o, {})).to.deep.equal(o);
    expect(levelsInForce(o)).to.deep.equal(o);
  });
});
