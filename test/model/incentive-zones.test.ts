import { expect } from '@open-wc/testing';
import {
  headroom,
  incentiveZone,
  incentiveZones,
  livingAtMinimum,
  sumLivingAtMinimum,
  type IncentiveZone,
} from '../../src/model/index.js';
import { objective } from './helpers.js';

/** A zone as `kind bounds [credit % | bonus %]`, to compare whole lists at a glance. */
const words = (zones: readonly IncentiveZone[]) =>
  zones.map(
    (z) =>
      `${z.kind} ${z.worseBound ?? '-'}..${z.betterBound ?? '-'}` +
      (z.creditTier ? ` credit ${z.creditTier.creditPercent}` : '') +
      (z.incentiveTier ? ` bonus ${z.incentiveTier.bonusPercent}` : ''),
  );

describe('model/incentive-zones', () => {
  // Monthly uptime: 99.9 minimum, 99.95 target; below 99.9 10 %, below 99.0 30 %;
  // a 2 % bonus from 99.99, 5 % from 99.999.
  const uptime = objective({
    minimum: 99.9,
    target: 99.95,
    creditTiers: [
      { threshold: 99.9, creditPercent: 10 },
      { threshold: 99.0, creditPercent: 30 },
    ],
    incentiveTiers: [
      { threshold: 99.99, bonusPercent: 2 },
      { threshold: 99.999, bonusPercent: 5 },
    ],
  });
  // Latency in ms, lower is better: minimum 300, target 200; above 300 5 %; below 100 a 1 % bonus.
  const latency = objective({
    unit: 'millisecond',
    direction: 'lower-is-better',
    minimum: 300,
    target: 200,
    creditTiers: [{ threshold: 300, creditPercent: 5 }],
    incentiveTiers: [{ threshold: 100, bonusPercent: 1 }],
  });

  describe('incentiveZones', () => {
    it('cuts the axis from worst to best: each credit tier, minimum service, committed, each incentive tier', () => {
      expect(words(incentiveZones(uptime))).to.deep.equal([
        'credit -..99 credit 30',
        'credit 99..99.9 credit 10',
        'minimum-service 99.9..99.95',
        'committed 99.95..99.99',
        'incentive 99.99..99.999 bonus 2',
        'incentive 99.999..- bonus 5',
      ]);
      expect(incentiveZones(uptime).map((z) => z.index)).to.deep.equal([0, 1, 2, 3, 4, 5]);
    });

    it('follows the direction: lower is better runs from high to low values', () => {
      expect(words(incentiveZones(latency))).to.deep.equal([
        'credit -..300 credit 5',
        'minimum-service 300..200',
        'committed 200..100',
        'incentive 100..- bonus 1',
      ]);
    });

    it('says below-minimum where no credit tier applies, and has no minimum service when minimum equals target', () => {
      const bonusOnly = objective({
        minimum: 99,
        target: 99,
        incentiveTiers: [{ threshold: 99.5, bonusPercent: 3 }],
      });
      expect(words(incentiveZones(bonusOnly))).to.deep.equal([
        'below-minimum -..99',
        'committed 99..99.5',
        'incentive 99.5..- bonus 3',
      ]);
    });

    it('keeps one zone for neighbouring bands of the same kind, and credit wins over status', () => {
      // A credit tier stricter than the minimum: the band from the minimum to it pays.
      const strict = objective({
        minimum: 99,
        target: 99.9,
        creditTiers: [{ threshold: 99.5, creditPercent: 5 }],
      });
      expect(words(incentiveZones(strict))).to.deep.equal([
        'credit -..99.5 credit 5',
        'minimum-service 99.5..99.9',
        'committed 99.9..-',
      ]);
    });

    it('lets a credit tier win where it overlaps an incentive tier, and an incentive tier win over the status', () => {
      const odd = objective({
        minimum: 99,
        target: 99.9,
        creditTiers: [{ threshold: 99.5, creditPercent: 5 }],
        incentiveTiers: [{ threshold: 99.2, bonusPercent: 1 }],
      });
      expect(words(incentiveZones(odd))).to.deep.equal([
        'credit -..99.5 credit 5',
        'incentive 99.5..- bonus 1',
      ]);
    });

    it('uses the levels in force when given', () => {
      expect(words(incentiveZones(latency, { minimum: 400, target: 250 }))).to.deep.equal([
        'credit -..300 credit 5',
        'minimum-service 300..250',
        'committed 250..100',
        'incentive 100..- bonus 1',
      ]);
    });
  });

  describe('incentiveZone', () => {
    const zones = incentiveZones(uptime);
    it('finds the zone of a value; a value on a threshold is in the better zone', () => {
      expect(incentiveZone(zones, 'higher-is-better', 98)?.kind).to.equal('credit');
      expect(incentiveZone(zones, 'higher-is-better', 99.9)?.kind).to.equal('minimum-service');
      expect(incentiveZone(zones, 'higher-is-better', 99.95)?.kind).to.equal('committed');
      expect(incentiveZone(zones, 'higher-is-better', 99.99)?.incentiveTier?.bonusPercent).to.equal(
        2,
      );
      expect(incentiveZone(zones, 'higher-is-better', 100)?.index).to.equal(5);
      const lz = incentiveZones(latency);
      expect(incentiveZone(lz, 'lower-is-better', 350)?.index).to.equal(0);
      expect(incentiveZone(lz, 'lower-is-better', 300)?.kind).to.equal('minimum-service');
      expect(incentiveZone(lz, 'lower-is-better', 50)?.kind).to.equal('incentive');
    });
    it('is null without a value', () => {
      expect(incentiveZone(zones, 'higher-is-better', null)).to.equal(null);
      expect(incentiveZone(zones, 'higher-is-better', undefined)).to.equal(null);
      expect(incentiveZone(zones, 'higher-is-better', Number.NaN)).to.equal(null);
    });
  });

  describe('headroom', () => {
    it('is the distance above the minimum, and its share of minimum -> target', () => {
      // 99.92 - 99.9 = 0.02 of 0.05: 40 %.
      expect(headroom(uptime, 99.92)).to.deep.equal({ amount: 0.02, share: 0.4 });
      expect(headroom(uptime, 99.9)).to.deep.equal({ amount: 0, share: 0 });
      expect(headroom(uptime, 99.95)).to.deep.equal({ amount: 0.05, share: 1 });
      // Below the minimum it is negative.
      expect(headroom(uptime, 99.85)).to.deep.equal({ amount: -0.05, share: -1 });
    });
    it('counts better as positive for lower is better', () => {
      // 300 - 270 = 30 ms of 100 ms.
      expect(headroom(latency, 270)).to.deep.equal({ amount: 30, share: 0.3 });
      expect(headroom(latency, 330)).to.deep.equal({ amount: -30, share: -0.3 });
      // At the minimum it is 0, not -0.
      expect(headroom(latency, 300)).to.deep.equal({ amount: 0, share: 0 });
    });
    it('has no share when minimum equals target, and is null without a value', () => {
      expect(headroom(objective({ minimum: 99, target: 99 }), 99.5)).to.deep.equal({
        amount: 0.5,
        share: null,
      });
      expect(headroom(uptime, null)).to.equal(null);
      expect(headroom(uptime, undefined)).to.equal(null);
      expect(headroom(uptime, Infinity)).to.equal(null);
    });
    it('uses the levels in force when given', () => {
      expect(headroom(uptime, 99.5, { minimum: 99, target: 100 })).to.deep.equal({
        amount: 0.5,
        share: 0.5,
      });
    });
  });

  describe('livingAtMinimum', () => {
    it('counts 9 of 12 months within 10 % above the minimum', () => {
      // Minimum 99.9, target 99.95: within 10 % above the minimum is [99.9, 99.905).
      const months = [
        99.9, 99.901, 99.902, 99.903, 99.904, 99.9, 99.901, 99.902, 99.903, 99.96, 99.995, 99.8,
      ];
      expect(livingAtMinimum(uptime, months)).to.deep.equal({
        share: 0.1,
        periods: 12,
        measured: 12,
        belowMinimum: 1,
        nearMinimum: 9,
        minimumService: 9,
        committed: 1,
        incentive: 1,
      });
    });

    it('excludes the share itself: 99.905 is exactly 10 % above, not within it', () => {
      const r = livingAtMinimum(uptime, [99.905, 99.9049]);
      expect(r.nearMinimum).to.equal(1);
      expect(r.minimumService).to.equal(2);
    });

    it('takes another share, skips periods without data, and follows the direction', () => {
      // Latency: minimum 300, target 200; a quarter above the minimum is (275, 300].
      const r = livingAtMinimum(latency, [300, 280, 276, 275, 250, 150, 90, null, undefined], 0.25);
      expect(r).to.deep.equal({
        share: 0.25,
        periods: 9,
        measured: 7,
        belowMinimum: 0,
        nearMinimum: 3,
        minimumService: 5,
        committed: 1,
        incentive: 1,
      });
    });

    it('lives at no minimum when minimum equals target, and counts no incentive without tiers', () => {
      const flat = objective({ minimum: 99, target: 99 });
      expect(livingAtMinimum(flat, [99, 99.5, 98])).to.include({
        nearMinimum: 0,
        minimumService: 0,
        committed: 2,
        incentive: 0,
        belowMinimum: 1,
      });
    });

    it('judges each period against its own levels when given', () => {
      const r = livingAtMinimum(uptime, [99.5, 99.5], 0.1, (i) =>
        i === 0 ? { minimum: 99.5, target: 99.9 } : { minimum: 99, target: 99.5 },
      );
      expect(r).to.include({ nearMinimum: 1, minimumService: 1, committed: 1 });
    });

    it('adds up the objectives of an agreement', () => {
      const a = livingAtMinimum(uptime, [99.9, 99.96]);
      const b = livingAtMinimum(latency, [350, 50, null]);
      expect(sumLivingAtMinimum([a, b])).to.deep.equal({
        share: 0.1,
        periods: 5,
        measured: 4,
        belowMinimum: 1,
        nearMinimum: 1,
        minimumService: 1,
        committed: 1,
        incentive: 1,
      });
      expect(sumLivingAtMinimum([], 0.2)).to.deep.include({ share: 0.2, periods: 0 });
      expect(sumLivingAtMinimum([]).share).to.equal(0.1);
    });
  });
});
