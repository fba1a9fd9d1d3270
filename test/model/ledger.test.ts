import { expect } from '@open-wc/testing';
import {
  agreementLedger,
  agreementPeriodBonus,
  agreementPeriodCredit,
  agreementPeriods,
  amountAtRisk,
  creditShareOfFee,
  earnBackOutcome,
  indexFeed,
  objectiveCredit,
  poolAllocation,
  resolveAgreement,
  usesPool,
} from '../../src/model/index.js';
import { at, feedOf, month } from './helpers.js';

const AVAIL = {
  id: 'avail',
  name: 'Availability',
  indicator: 'availability',
  unit: 'percent',
  direction: 'higher-is-better',
  minimum: 99.0,
  target: 99.99,
  creditTiers: [
    { threshold: 99.99, creditPercent: 10 },
    { threshold: 99.0, creditPercent: 30 },
  ],
  incentiveTiers: [{ threshold: 99.995, bonusPercent: 2 }],
};
const LATENCY = {
  id: 'p95',
  name: 'p95 latency',
  unit: 'millisecond',
  direction: 'lower-is-better',
  minimum: 800,
  target: 300,
  creditTiers: [{ threshold: 300, creditPercent: 5 }],
  incentiveTiers: [{ threshold: 200, bonusPercent: 3 }],
};

type Values = Record<number, { avail?: number | null; p95?: number | null; recorded?: number }>;

function periodsFor(values: Values) {
  const out: unknown[] = [];
  for (const [m, v] of Object.entries(values)) {
    if (v.avail !== undefined)
      out.push({
        agreementId: 'a',
        objectiveId: 'avail',
        ...month(Number(m)),
        value: v.avail,
        ...(v.recorded === undefined ? {} : { recordedCredit: v.recorded }),
      });
    if (v.p95 !== undefined)
      out.push({ agreementId: 'a', objectiveId: 'p95', ...month(Number(m)), value: v.p95 });
  }
  return out;
}

function ledgerOf(
  terms: Record<string, unknown>,
  values: Values,
  options: { objectives?: unknown[]; breaches?: unknown[]; currency?: string; asOf?: string } = {},
) {
  const currency = options.currency ?? 'EUR';
  const feed = feedOf({
    customers: [{ id: 'c', name: 'Customer', currency }],
    agreements: [
      {
        id: 'a',
        name: 'A',
        level: 'customer',
        customerId: 'c',
        fee: { amount: 10_000, currency, per: 'month' },
        objectives: options.objectives ?? [AVAIL, LATENCY],
        ...terms,
      },
    ],
    periods: periodsFor(values),
    breaches: options.breaches ?? [],
  });
  const index = indexFeed(feed);
  const agreement = resolveAgreement(index, 'a')!;
  return agreementLedger(
    index,
    agreement,
    { start: at('2026-01-01T00:00:00Z'), end: at('2027-01-01T00:00:00Z') },
    at(options.asOf ?? '2027-01-01T00:00:00Z'),
  );
}

describe('model/ledger', () => {
  it('lists each agreement period, oldest first, with a row per objective and the fee', () => {
    const l = ledgerOf({}, { 2: { avail: 99.9, p95: 250 }, 1: { avail: 99.99, p95: 350 } });
    expect(l.agreementId).to.equal('a');
    expect(l.currency).to.equal('EUR');
    expect(l.minorUnits).to.equal(2);
    expect(l.periods.map((p) => p.start)).to.deep.equal([
      at('2026-01-01T00:00:00Z'),
      at('2026-02-01T00:00:00Z'),
    ]);
    const [jan, feb] = l.periods;
    expect(jan!.end).to.equal(at('2026-02-01T00:00:00Z'));
    expect(jan!.fee).to.equal(10_000);
    expect(
      jan!.rows.map((r) => [r.objectiveId, r.value, r.creditPercent, r.creditIncurred]),
    ).to.deep.equal([
      ['avail', 99.99, 0, 0],
      ['p95', 350, 5, 500],
    ]);
    expect(
      feb!.rows.map((r) => [
        r.objectiveId,
        r.creditPercent,
        r.creditIncurred,
        r.bonusPercent,
        r.bonus,
      ]),
    ).to.deep.equal([
      ['avail', 10, 1000, 0, 0],
      ['p95', 0, 0, 0, 0],
    ]);
    expect(jan!.credits).to.equal(500);
    expect(feb!.credits).to.equal(1000);
    // Nothing recorded: no recorded figure and no difference, though credits are owed.
    expect(jan!.rows[1]).to.include({ recordedCredit: null, recordedDiffers: false });
    expect(jan!).to.include({ recordedCredit: null, recordedDiffers: false, minimumPayable: null });
    expect(jan!).to.include({
      creditCapApplied: false,
      bonusCapApplied: false,
      creditWaived: false,
    });
    expect(l.total).to.deep.equal({
      credits: 1500,
      bonuses: 0,
      net: -1500,
      earnedBack: 0,
      pending: 0,
    });
  });

  it('without earn-back terms a credit is owed in full: final = incurred, status none', () => {
    const [jan] = ledgerOf({}, { 1: { avail: 98 } }).periods;
    const row = jan!.rows[0]!;
    expect([row.creditIncurred, row.earnedBack, row.pending, row.creditFinal]).to.deep.equal([
      3000, 0, 0, 3000,
    ]);
    expect(row.earnBack).to.equal('none');
    expect(row.poolAllocationPercent).to.equal(null);
    expect(row.counted).to.equal(true);
    expect(jan!.amountAtRisk).to.equal(null);
  });

  it('caps credits and bonuses per period at their share of the fee; net is bonuses - credits', () => {
    const l = ledgerOf(
      { creditCapPercent: 25, bonusCapPercent: 4 },
      { 1: { avail: 98, p95: 400 }, 2: { avail: 99.999, p95: 100 } },
    );
    const [jan, feb] = l.periods;
    expect(jan!.rows.map((r) => r.creditFinal)).to.deep.equal([3000, 500]);
    expect(jan!.credits).to.equal(2500);
    expect(jan!.creditCapApplied).to.equal(true);
    expect(jan!.bonusCapApplied).to.equal(false);
    expect(feb!.rows.map((r) => r.bonus)).to.deep.equal([200, 300]);
    expect(feb!.bonuses).to.equal(400);
    expect(feb!.bonusCapApplied).to.equal(true);
    expect(feb!.creditCapApplied).to.equal(false);
    expect(feb!.net).to.equal(400);
    expect(jan!.net).to.equal(-2500);
    expect(l.total).to.deep.equal({
      credits: 2500,
      bonuses: 400,
      net: -2100,
      earnedBack: 0,
      pending: 0,
    });
  });

  it('waives a credit smaller than the minimum payable, and keeps one equal to it', () => {
    const l = ledgerOf({ minimumPayable: 500 }, { 1: { p95: 400 }, 2: { p95: 400, avail: 99.9 } });
    const l2 = ledgerOf({ minimumPayable: 500.01 }, { 1: { p95: 400 } });
    expect(l.periods[0]!.credits).to.equal(500);
    expect(l.periods[0]!.creditWaived).to.equal(false);
    const none = ledgerOf({ minimumPayable: 500 }, { 1: { avail: 99.999 } });
    expect(none.periods[0]).to.include({ credits: 0, creditWaived: false });
    expect(l2.periods[0]!.credits).to.equal(0);
    expect(l2.periods[0]!.creditWaived).to.equal(true);
    expect(l2.periods[0]!.minimumPayable).to.equal(500.01);
    expect(l.periods[1]!.credits).to.equal(1500);
  });

  it('rounds each row to the minor unit of the currency and sums minor units exactly', () => {
    // 1/3 % of 10,000 is 33.333...: EUR 33.33, JPY 33, KWD 33.333.
    const third = [{ ...LATENCY, creditTiers: [{ threshold: 300, creditPercent: 1 / 3 }] }];
    const values = { 1: { p95: 400 }, 2: { p95: 400 }, 3: { p95: 400 } };
    const eur = ledgerOf({}, values, { objectives: third });
    const jpy = ledgerOf({}, values, { objectives: third, currency: 'JPY' });
    const kwd = ledgerOf({}, values, { objectives: third, currency: 'KWD' });
    expect(eur.periods[0]!.rows[0]!.creditIncurred).to.equal(33.33);
    expect(eur.total.credits).to.equal(99.99);
    expect(jpy.minorUnits).to.equal(0);
    expect(jpy.total.credits).to.equal(99);
    expect(kwd.minorUnits).to.equal(3);
    expect(kwd.total.credits).to.equal(99.999);
  });

  it('compares recorded credits with the computed one only beyond the minor unit', () => {
    const l = ledgerOf(
      {},
      { 1: { avail: 99.9, recorded: 1000.004 }, 2: { avail: 99.9, recorded: 1000.01 } },
    );
    const [jan, feb] = l.periods;
    expect(jan!.rows[0]!.recordedCredit).to.equal(1000.004);
    expect(jan!.rows[0]!.recordedDiffers).to.equal(false);
    expect(jan!.recordedDiffers).to.equal(false);
    expect(feb!.rows[0]!.recordedDiffers).to.equal(true);
    expect(feb!.recordedCredit).to.equal(1000.01);
    expect(feb!.recordedDiffers).to.equal(true);
    expect(jan!.rows[1]).to.equal(undefined);
  });

  it('a bonus exactly at the cap is not capped', () => {
    const l = ledgerOf({ bonusCapPercent: 2 }, { 1: { avail: 99.999 } });
    expect(l.periods[0]).to.include({ bonuses: 200, bonusCapApplied: false });
  });

  it('has no currency when neither the fee nor the customer names one', () => {
    const feed = feedOf({
      customers: [{ id: 'c', name: 'C' }],
      agreements: [{ id: 'a', name: 'A', level: 'customer', customerId: 'c', objectives: [AVAIL] }],
      periods: [{ agreementId: 'a', objectiveId: 'avail', ...month(1), value: 98 }],
    });
    const index = indexFeed(feed);
    const l = agreementLedger(index, resolveAgreement(index, 'a')!, { start: 0, end: Infinity }, 0);
    expect([l.currency, l.minorUnits, l.periods[0]!.credits]).to.deep.equal(['', 2, 0]);
  });

  it('leaves out a period of an inherited objective the agreement does not carry', () => {
    const feed = feedOf({
      customers: [{ id: 'c', name: 'C', currency: 'EUR' }],
      services: [
        { id: 'web', name: 'Web' },
        { id: 'desk', name: 'Desk' },
      ],
      agreements: [
        {
          id: 'msa',
          name: 'MSA',
          level: 'customer',
          customerId: 'c',
          fee: { amount: 1000, currency: 'EUR' },
          objectives: [
            { ...AVAIL, serviceId: 'web' },
            { ...LATENCY, serviceId: 'desk' },
          ],
        },
        { id: 'w', name: 'Web', level: 'service', parentId: 'msa', serviceId: 'web' },
      ],
      periods: ['avail', 'p95'].map((objectiveId) => ({
        agreementId: 'w',
        objectiveId,
        ...month(1),
        value: objectiveId === 'avail' ? 98 : 1000,
      })),
    });
    const index = indexFeed(feed);
    const l = agreementLedger(index, resolveAgreement(index, 'w')!, { start: 0, end: Infinity }, 0);
    expect(l.periods[0]!.rows.map((r) => r.objectiveId)).to.deep.equal(['avail']);
  });

  it('without a fee every amount is 0 and the percentages stay', () => {
    const l = ledgerOf({ fee: undefined }, { 1: { avail: 98 } });
    const [jan] = l.periods;
    expect(jan!.fee).to.equal(null);
    expect(jan!.rows[0]!.creditPercent).to.equal(30);
    expect(jan!.rows[0]!.creditIncurred).to.equal(0);
    expect(jan!.credits).to.equal(0);
  });

  it('keeps only the agreement periods that start within the range', () => {
    const feed = feedOf({
      customers: [{ id: 'c', name: 'C', currency: 'EUR' }],
      agreements: [
        {
          id: 'a',
          name: 'A',
          level: 'customer',
          customerId: 'c',
          fee: { amount: 100, currency: 'EUR' },
          objectives: [AVAIL],
        },
      ],
      periods: [1, 2, 3].map((m) => ({
        agreementId: 'a',
        objectiveId: 'avail',
        ...month(m),
        value: 98,
      })),
    });
    const index = indexFeed(feed);
    const l = agreementLedger(
      index,
      resolveAgreement(index, 'a')!,
      { start: at('2026-02-01T00:00:00Z'), end: at('2026-03-01T00:00:00Z') },
      at('2027-01-01T00:00:00Z'),
    );
    expect(l.periods.map((p) => p.start)).to.deep.equal([at('2026-02-01T00:00:00Z')]);
    expect(l.total.credits).to.equal(30);
  });

  describe('at-risk pool', () => {
    // The worked example of docs/feed.md: invoice 80,000, 15 % at risk, 20 % pool allocation,
    // 50 % credit allocation -> 1,200.
    const POOLED = {
      ...AVAIL,
      poolAllocationPercent: 20,
      creditTiers: [{ threshold: 99.9, creditPercent: 50 }],
    };
    const pooled = (values: Values, terms: Record<string, unknown> = {}) =>
      ledgerOf(
        { fee: { amount: 80_000, currency: 'EUR', per: 'month' }, atRiskPercent: 15, ...terms },
        values,
        { objectives: [POOLED, LATENCY] },
      );

    it('credits pool allocation % x credit allocation % x amount at risk: 20 % x 50 % x 12,000 = 1,200', () => {
      const [jan] = pooled({ 1: { avail: 99.5, p95: 250 } }).periods;
      expect(jan!.fee).to.equal(80_000);
      expect(jan!.amountAtRisk).to.equal(12_000);
      expect(jan!.rows[0]).to.include({
        creditPercent: 50,
        poolAllocationPercent: 20,
        creditIncurred: 1200,
        creditFinal: 1200,
      });
      expect(jan!.credits).to.equal(1200);
      expect(jan!.creditCapApplied).to.equal(false);
    });

    it('gives an objective without an allocation 0 % of the pool: no credit, whatever its tier', () => {
      const [jan] = pooled({ 1: { avail: 99.95, p95: 400 } }).periods;
      expect(jan!.rows[1]).to.include({
        creditPercent: 5,
        poolAllocationPercent: 0,
        creditIncurred: 0,
      });
      expect(jan!.credits).to.equal(0);
    });

    it('the credit model (objectiveCredit) reads the pool too: percent is the share of the fee', () => {
      const feed = feedOf({
        customers: [{ id: 'c', name: 'C' }],
        agreements: [
          {
            id: 'a',
            name: 'A',
            level: 'customer',
            customerId: 'c',
            fee: { amount: 80_000, currency: 'EUR' },
            atRiskPercent: 15,
            objectives: [POOLED],
          },
        ],
        periods: [{ agreementId: 'a', objectiveId: 'avail', ...month(1), value: 99 }],
      });
      const index = indexFeed(feed);
      const a = resolveAgreement(index, 'a')!;
      const c = objectiveCredit(a, agreementPeriods(index, 'a')[0]!.periods[0]!)!;
      expect(c.percent).to.equal(1.5);
      expect(c.amount).to.be.closeTo(1200, 1e-9);
      expect(c.poolAllocationPercent).to.equal(20);
      expect(usesPool(a)).to.equal(true);
      expect(amountAtRisk(a, 80_000)).to.equal(12_000);
      expect(amountAtRisk(a, null)).to.equal(null);
      expect(amountAtRisk({ atRiskPercent: undefined }, 80_000)).to.equal(null);
      expect(poolAllocation({ atRiskPercent: undefined }, { poolAllocationPercent: 20 })).to.equal(
        null,
      );
      expect(
        creditShareOfFee({ atRiskPercent: undefined }, { poolAllocationPercent: 20 }, 50),
      ).to.equal(50);
      expect(
        creditShareOfFee({ atRiskPercent: 10 }, { poolAllocationPercent: undefined }, 50),
      ).to.equal(0);
    });

    it('never pays out more than the amount at risk, even when rows round up to a minor unit', () => {
      // 1 cent at risk, two objectives with half of it each at a 100 % tier: 0.5 cent rounds to 1 each.
      const half = (id: string) => ({
        ...LATENCY,
        id,
        poolAllocationPercent: 50,
        creditTiers: [{ threshold: 300, creditPercent: 100 }],
      });
      const feed = feedOf({
        customers: [{ id: 'c', name: 'C' }],
        agreements: [
          {
            id: 'a',
            name: 'A',
            level: 'customer',
            customerId: 'c',
            fee: { amount: 0.01, currency: 'EUR' },
            atRiskPercent: 100,
            objectives: [half('x'), half('y')],
          },
        ],
        periods: ['x', 'y'].map((o) => ({
          agreementId: 'a',
          objectiveId: o,
          ...month(1),
          value: 900,
        })),
      });
      const index = indexFeed(feed);
      const l = agreementLedger(
        index,
        resolveAgreement(index, 'a')!,
        { start: 0, end: Infinity },
        0,
      );
      const [jan] = l.periods;
      expect(jan!.rows.map((r) => r.creditIncurred)).to.deep.equal([0.01, 0.01]);
      expect(jan!.amountAtRisk).to.equal(0.01);
      expect(jan!.credits).to.equal(0.01);
      expect(jan!.creditCapApplied).to.equal(true);
    });

    it('rounds the amount at risk on its decimal value: 10 % of 49,790.65 is 4,979.07', () => {
      const l = pooled(
        { 1: { avail: 99.99 } },
        {
          fee: { amount: 49_790.65, currency: 'EUR' },
          atRiskPercent: 10,
        },
      );
      expect(l.periods[0]!.amountAtRisk).to.equal(4979.07);
    });

    it('applies a credit cap below the amount at risk, and the pool below a higher cap', () => {
      const capped = pooled({ 1: { avail: 90 } }, { creditCapPercent: 1 });
      expect(capped.periods[0]!.credits).to.equal(800);
      expect(capped.periods[0]!.creditCapApplied).to.equal(true);
      const loose = pooled({ 1: { avail: 90 } }, { creditCapPercent: 50 });
      expect(loose.periods[0]!.credits).to.equal(1200);
      expect(loose.periods[0]!.creditCapApplied).to.equal(false);
    });
  });

  describe('earn-back', () => {
    // A credit of 10 % (1,000) in January; earned back when February and March reach 99.995.
    const EARNING = { ...AVAIL, earnBack: { periods: 2, level: 99.995 } };
    const earning = (values: Values, asOf = '2027-01-01T00:00:00Z', objective: object = EARNING) =>
      ledgerOf({}, values, { objectives: [objective], asOf });
    const jan = (l: ReturnType<typeof earning>) => l.periods[0]!.rows[0]!;
    const figures = (r: ReturnType<typeof jan>) => [
      r.earnBack,
      r.creditIncurred,
      r.earnedBack,
      r.pending,
      r.creditFinal,
    ];

    it('waives the credit when each of the following N periods meets the level (equal meets it)', () => {
      const l = earning({
        1: { avail: 99.9 },
        2: { avail: 99.995 },
        3: { avail: 99.999 },
        4: { avail: 90 },
      });
      expect(figures(jan(l))).to.deep.equal(['earned', 1000, 1000, 0, 0]);
      expect(jan(l).earnBackProgress).to.deep.equal({
        met: 2,
        needed: 2,
        windowEnd: at('2026-04-01T00:00:00Z'),
      });
      expect(l.periods[0]!.credits).to.equal(0);
      // April's own credit (the 30 % tier) has no following periods in the feed yet: pending.
      expect(figures(l.periods[3]!.rows[0]!)).to.deep.equal(['pending', 3000, 0, 3000, 0]);
      expect(l.total).to.deep.equal({
        credits: 0,
        bonuses: 400,
        net: 400,
        earnedBack: 1000,
        pending: 3000,
      });
    });

    it('sums the rows earned back and pending per period', () => {
      const l = earning({
        1: { avail: 99.9 },
        2: { avail: 99.995 },
        3: { avail: 99.999 },
        4: { avail: 90 },
      });
      const perPeriod = l.periods.map((p) => [p.earnedBack, p.pending]);
      expect(perPeriod).to.deep.equal([
        [1000, 0],
        [0, 0],
        [0, 0],
        [0, 3000],
      ]);
    });

    it('keeps it owed when one following period is worse than the level', () => {
      const l = earning({ 1: { avail: 99.9 }, 2: { avail: 99.994 }, 3: { avail: 99.999 } });
      expect(figures(jan(l))).to.deep.equal(['not-earned', 1000, 0, 0, 1000]);
      expect(jan(l).earnBackProgress).to.deep.equal({ met: 0, needed: 2, windowEnd: null });
      const late = earning({ 1: { avail: 99.9 }, 2: { avail: 99.999 }, 3: { avail: 99.994 } });
      expect(figures(jan(late))).to.deep.equal(['not-earned', 1000, 0, 0, 1000]);
      expect(jan(late).earnBackProgress).to.deep.equal({
        met: 1,
        needed: 2,
        windowEnd: at('2026-04-01T00:00:00Z'),
      });
    });

    it('is pending while the window is open at asOf, or periods are missing or have no value', () => {
      const values = { 1: { avail: 99.9 }, 2: { avail: 99.999 }, 3: { avail: 99.999 } };
      expect(jan(earning(values, '2026-03-31T23:59:59Z')).earnBackProgress).to.deep.equal({
        met: 1,
        needed: 2,
        windowEnd: at('2026-04-01T00:00:00Z'),
      });
      expect(figures(jan(earning(values, '2026-03-31T23:59:59Z')))).to.deep.equal([
        'pending',
        1000,
        0,
        1000,
        0,
      ]);
      expect(figures(jan(earning(values, '2026-04-01T00:00:00Z')))).to.deep.equal([
        'earned',
        1000,
        1000,
        0,
        0,
      ]);
      const missing = earning({ 1: { avail: 99.9 }, 2: { avail: 99.999 } });
      expect(figures(jan(missing))).to.deep.equal(['pending', 1000, 0, 1000, 0]);
      expect(jan(missing).earnBackProgress).to.deep.equal({ met: 1, needed: 2, windowEnd: null });
      const noValue = earning({ 1: { avail: 99.9 }, 2: { avail: null }, 3: { avail: 99.999 } });
      expect(figures(jan(noValue))).to.deep.equal(['pending', 1000, 0, 1000, 0]);
      // An open period does not hide a failed one after it.
      const failedLater = earning({ 1: { avail: 99.9 }, 2: { avail: null }, 3: { avail: 99 } });
      expect(jan(failedLater).earnBack).to.equal('not-earned');
    });

    it('waives only the stated share, rounded to the minor unit: partly-earned', () => {
      const share = { ...AVAIL, earnBack: { periods: 1, level: 99.99, share: 33.335 } };
      const l = earning({ 1: { avail: 99.9 }, 2: { avail: 99.999 } }, undefined, share);
      expect(figures(jan(l))).to.deep.equal(['partly-earned', 1000, 333.35, 0, 666.65]);
      const open = earning({ 1: { avail: 99.9 } }, undefined, share);
      expect(figures(jan(open))).to.deep.equal(['pending', 1000, 0, 333.35, 666.65]);
      expect(open.periods[0]!.credits).to.equal(666.65);
    });

    it('reads lower-is-better levels: at or below the level meets it', () => {
      const fast = { ...LATENCY, earnBack: { periods: 1, level: 250 } };
      const met = ledgerOf({}, { 1: { p95: 400 }, 2: { p95: 250 } }, { objectives: [fast] });
      const missed = ledgerOf({}, { 1: { p95: 400 }, 2: { p95: 251 } }, { objectives: [fast] });
      expect(met.periods[0]!.rows[0]!.earnBack).to.equal('earned');
      expect(missed.periods[0]!.rows[0]!.earnBack).to.equal('not-earned');
    });

    it("uses the agreement's default, and an objective's own terms instead of it", () => {
      const values = { 1: { avail: 99.9, p95: 400 }, 2: { avail: 99.95, p95: 100 } };
      const l = ledgerOf({ earnBack: { periods: 1, level: 99.9 } }, values, {
        objectives: [AVAIL, { ...LATENCY, earnBack: { periods: 1, level: 50 } }],
      });
      const [avail, p95] = l.periods[0]!.rows;
      expect(avail!.earnBack).to.equal('earned');
      expect(p95!.earnBack).to.equal('not-earned');
    });

    it('has nothing to do without terms or without a credit incurred', () => {
      const l = earning({ 1: { avail: 99.999 }, 2: { avail: 99.999 } });
      expect(jan(l).earnBack).to.equal('none');
      expect(jan(l).earnBackProgress).to.equal(null);
      const terms = {
        direction: 'higher-is-better',
        unit: 'percent',
        earnBack: { periods: 1, level: 99 },
      } as const;
      expect(earnBackOutcome(terms, { end: 0 }, [], 0, 0).status).to.equal('none');
      expect(
        earnBackOutcome({ ...terms, earnBack: undefined }, { end: 0 }, [], 5, 0).status,
      ).to.equal('none');
      expect(earnBackOutcome(terms, { end: 0 }, [], 5, 0)).to.deep.equal({
        status: 'pending',
        earnedBack: 0,
        pending: 5,
        periodsMet: 0,
        periodsNeeded: 1,
        windowEnd: null,
      });
    });
  });

  describe('recorded credits per breach', () => {
    const breach = (
      id: string,
      start: string,
      objectiveIds: string[],
      recordedCredit?: number,
      agreementId = 'a',
    ) => ({
      id,
      agreementId,
      objectiveIds,
      start,
      end: start,
      severity: 'major',
      title: id,
      ...(recordedCredit === undefined ? {} : { recordedCredit }),
    });

    it("sums the period's record and its breaches' records per objective, in the breach's start period", () => {
      const l = ledgerOf(
        {},
        { 1: { avail: 99.9, p95: 400, recorded: 600 }, 2: { avail: 99.9, p95: 250 } },
        {
          breaches: [
            breach('b1', '2026-01-10T00:00:00Z', ['avail'], 400),
            breach('b2', '2026-01-31T23:59:59Z', ['p95', 'avail'], 500),
            breach('b3', '2026-02-01T00:00:00Z', ['avail'], 1000.004),
            breach('b4', '2026-02-03T00:00:00Z', ['avail']),
            breach('b5', '2026-02-04T00:00:00Z', ['p95', 'avail'], 0.01),
          ],
        },
      );
      const [jan, feb] = l.periods;
      expect(
        jan!.rows.map((r) => [r.objectiveId, r.recordedCredit, r.recordedDiffers]),
      ).to.deep.equal([
        ['avail', 1000, false],
        ['p95', 500, false],
      ]);
      expect(jan!.recordedCredit).to.equal(1500);
      expect(jan!.recordedDiffers).to.equal(false);
      expect(
        feb!.rows.map((r) => [r.objectiveId, r.recordedCredit, r.recordedDiffers]),
      ).to.deep.equal([
        ['avail', 1000.004, false],
        ['p95', 0.01, true],
      ]);
    });

    it('flags a breach record that makes the sum differ beyond the minor unit (JPY 0 digits)', () => {
      const l = ledgerOf(
        {},
        { 1: { avail: 99.9, recorded: 600 } },
        {
          currency: 'JPY',
          breaches: [breach('b1', '2026-01-10T00:00:00Z', ['avail'], 400.5)],
        },
      );
      expect(l.periods[0]!.rows[0]!.recordedDiffers).to.equal(false);
      const off = ledgerOf(
        {},
        { 1: { avail: 99.9, recorded: 600 } },
        {
          currency: 'JPY',
          breaches: [breach('b1', '2026-01-10T00:00:00Z', ['avail'], 400.6)],
        },
      );
      expect(off.periods[0]!.rows[0]!.recordedDiffers).to.equal(true);
      expect(off.periods[0]!.recordedDiffers).to.equal(true);
    });
  });

  describe('bonus-only and report-only objectives', () => {
    const BONUS_ONLY = {
      id: 'csat',
      name: 'Satisfaction',
      unit: 'score',
      direction: 'higher-is-better',
      minimum: 3,
      target: 4,
      incentiveTiers: [{ threshold: 4.5, bonusPercent: 1 }],
    };
    const bonusOf = (objective: object) => {
      const feed = feedOf({
        customers: [{ id: 'c', name: 'C' }],
        agreements: [
          {
            id: 'a',
            name: 'A',
            level: 'customer',
            customerId: 'c',
            fee: { amount: 10_000, currency: 'EUR' },
            objectives: [objective],
          },
        ],
        periods: [{ agreementId: 'a', objectiveId: 'csat', ...month(1), value: 4.6 }],
      });
      const index = indexFeed(feed);
      const a = resolveAgreement(index, 'a')!;
      const ledger = agreementLedger(index, a, { start: 0, end: Infinity }, Infinity);
      const row = ledger.periods[0]!.rows[0]!;
      const model = agreementPeriodBonus(a, agreementPeriods(index, 'a')[0]!);
      return {
        row,
        bonuses: ledger.periods[0]!.bonuses,
        model: model.amount,
        reportOnly: a.objectives[0]!.reportOnly,
      };
    };

    it('an objective with incentive tiers and no credit tiers earns its bonus by default', () => {
      const r = bonusOf(BONUS_ONLY);
      expect(r.reportOnly).to.equal(false);
      expect(r.row).to.include({ bonusPercent: 1, bonus: 100, eligible: true });
      expect(r.bonuses).to.equal(100);
      expect(r.model).to.equal(100);
    });

    it('reportOnly: true, or category key set in the feed, makes it report-only; reportOnly: false wins', () => {
      expect(bonusOf({ ...BONUS_ONLY, reportOnly: true })).to.deep.include({
        bonuses: 0,
        model: 0,
        reportOnly: true,
      });
      expect(bonusOf({ ...BONUS_ONLY, reportOnly: true }).row).to.include({
        bonusPercent: 0,
        eligible: false,
      });
      expect(bonusOf({ ...BONUS_ONLY, category: 'key' })).to.deep.include({
        bonuses: 0,
        reportOnly: true,
      });
      expect(bonusOf({ ...BONUS_ONLY, category: 'key', reportOnly: false })).to.deep.include({
        bonuses: 100,
        reportOnly: false,
      });
      expect(bonusOf({ ...BONUS_ONLY, category: 'critical' })).to.deep.include({
        bonuses: 100,
        reportOnly: false,
      });
    });

    it('a report-only objective earns no credit either, even with tiers', () => {
      const l = ledgerOf(
        {},
        { 1: { avail: 90 } },
        { objectives: [{ ...AVAIL, reportOnly: true }] },
      );
      expect(l.periods[0]!.rows[0]).to.include({
        creditPercent: 0,
        creditIncurred: 0,
        eligible: false,
      });
      const feed = feedOf({
        customers: [{ id: 'c', name: 'C' }],
        agreements: [
          {
            id: 'a',
            name: 'A',
            level: 'customer',
            customerId: 'c',
            fee: { amount: 100, currency: 'EUR' },
            objectives: [{ ...AVAIL, reportOnly: true }],
          },
        ],
        periods: [{ agreementId: 'a', objectiveId: 'avail', ...month(1), value: 90 }],
      });
      const index = indexFeed(feed);
      expect(
        agreementPeriodCredit(resolveAgreement(index, 'a')!, agreementPeriods(index, 'a')[0]!)
          .amount,
      ).to.equal(0);
    });
  });
});
