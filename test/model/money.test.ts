import { expect } from '@open-wc/testing';
import {
  agreementPeriodBonus,
  agreementPeriodCredit,
  agreementPeriods,
  agreementPeriodsBetween,
  bonusAmount,
  creditAmount,
  DAYS_PER_MONTH,
  feeForPeriod,
  feeForSpan,
  indexFeed,
  monthlyFee,
  netPosition,
  netPositionOverRange,
  objectiveBonus,
  objectiveCredit,
  periodMonths,
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
  target: 99.99,
  creditTiers: [
    { threshold: 99.99, creditPercent: 10 },
    { threshold: 99.0, creditPercent: 30 },
    { threshold: 95.0, creditPercent: 100 },
  ],
  incentiveTiers: [
    { threshold: 99.995, bonusPercent: 2 },
    { threshold: 99.999, bonusPercent: 5 },
  ],
};
const LATENCY = {
  id: 'p95',
  name: 'p95 latency',
  indicator: 'latency',
  unit: 'millisecond',
  direction: 'lower-is-better',
  minimum: 800,
  target: 300,
  creditTiers: [
    { threshold: 300, creditPercent: 5 },
    { threshold: 800, creditPercent: 15 },
  ],
  incentiveTiers: [{ threshold: 200, bonusPercent: 3 }],
};

function moneyFeed(
  terms: Record<string, unknown>,
  periods: unknown[],
  objectives: unknown[] = [AVAIL, LATENCY],
) {
  return feedOf({
    customers: [{ id: 'c', name: 'Customer', currency: 'USD' }],
    agreements: [
      {
        id: 'a',
        name: 'A',
        level: 'customer',
        customerId: 'c',
        fee: { amount: 10_000, currency: 'USD', per: 'month' },
        objectives,
        ...terms,
      },
    ],
    periods,
  });
}

function periodsFor(
  values: Record<number, { avail?: number | null; p95?: number | null; recorded?: number }>,
) {
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

describe('model/fee', () => {
  it('periodMonths counts whole calendar months for calendar month and quarter windows', () => {
    const monthly = { kind: 'calendar', unit: 'month' } as const;
    const quarterly = { kind: 'calendar', unit: 'quarter' } as const;
    expect(
      periodMonths(monthly, { start: at('2026-02-01T00:00:00Z'), end: at('2026-03-01T00:00:00Z') }),
    ).to.equal(1);
    expect(
      periodMonths(monthly, { start: at('2026-01-01T00:00:00Z'), end: at('2026-02-01T00:00:00Z') }),
    ).to.equal(1);
    // A Berlin October: 31 days and one hour (DST ends); still exactly one month.
    expect(
      periodMonths(monthly, {
        start: at('2026-10-01T00:00:00+02:00'),
        end: at('2026-11-01T00:00:00+01:00'),
      }),
    ).to.equal(1);
    expect(
      periodMonths(quarterly, {
        start: at('2026-01-01T00:00:00Z'),
        end: at('2026-04-01T00:00:00Z'),
      }),
    ).to.equal(3);
  });

  it('periodMonths prorates rolling and week windows and partial stubs by days / (365.25 / 12)', () => {
    const week = { kind: 'calendar', unit: 'week' } as const;
    const rolling = { kind: 'rolling', days: 30 } as const;
    const monthly = { kind: 'calendar', unit: 'month' } as const;
    const start = at('2026-10-15T00:00:00Z');
    expect(periodMonths(week, { start, end: start + 7 * 86_400_000 })).to.be.closeTo(
      7 / DAYS_PER_MONTH,
      1e-12,
    );
    expect(periodMonths(rolling, { start, end: start + 30 * 86_400_000 })).to.be.closeTo(
      30 / 30.4375,
      1e-12,
    );
    expect(periodMonths(monthly, { start, end: at('2026-11-01T00:00:00Z') })).to.be.closeTo(
      17 / DAYS_PER_MONTH,
      1e-12,
    );
    expect(periodMonths(monthly, { start, end: start })).to.equal(0);
    expect(periodMonths(monthly, { start, end: start - 1 })).to.equal(0);
  });

  it('monthlyFee divides a quarterly fee by 3 and a yearly fee by 12', () => {
    expect(monthlyFee({ amount: 900, currency: 'EUR', per: 'month' })).to.equal(900);
    expect(monthlyFee({ amount: 30_000, currency: 'EUR', per: 'quarter' })).to.equal(10_000);
    expect(monthlyFee({ amount: 120_000, currency: 'EUR', per: 'year' })).to.equal(10_000);
  });

  it('feeForPeriod scales the fee to the period with the window of its objective', () => {
    const feed = moneyFeed(
      { fee: { amount: 120_000, currency: 'USD', per: 'year' } },
      periodsFor({ 2: { avail: 99.9 } }),
      [
        { ...AVAIL, window: { kind: 'calendar', unit: 'quarter' } },
        { ...LATENCY, window: { kind: 'rolling', days: 7 } },
      ],
    );
    const a = resolveAgreement(indexFeed(feed), 'a')!;
    expect(
      feeForPeriod(a, {
        objectiveId: 'avail',
        start: at('2026-01-01T00:00:00Z'),
        end: at('2026-04-01T00:00:00Z'),
      }),
    ).to.equal(30_000);
    expect(feeForPeriod(a, { objectiveId: 'p95', start: 0, end: 7 * 86_400_000 })).to.be.closeTo(
      (10_000 * 7) / DAYS_PER_MONTH,
      1e-9,
    );
    expect(
      feeForPeriod(a, {
        objectiveId: 'unknown',
        ...{ start: at('2026-02-01T00:00:00Z'), end: at('2026-03-01T00:00:00Z') },
      }),
    ).to.equal(10_000);
    expect(feeForSpan(undefined, { start: 0, end: 1 })).to.equal(null);
  });
});

describe('model/credit', () => {
  const feed = moneyFeed(
    { creditCapPercent: 30, bonusCapPercent: 4, minimumPayable: 50 },
    periodsFor({
      1: { avail: 99.0, p95: 250, recorded: 1000 },
      2: { avail: 98.99, p95: 900, recorded: 2000 },
      3: { avail: 99.999, p95: 150 },
      4: { avail: null, p95: null },
    }),
  );
  const index = indexFeed(feed);
  const a = resolveAgreement(index, 'a')!;
  const [jan, feb, mar, apr] = agreementPeriods(index, 'a');

  it('objectiveCredit: credit % of the tier x the fee of the period', () => {
    const c = objectiveCredit(a, jan!.periods[0]!)!;
    expect(c.tier?.creditPercent).to.equal(10);
    expect(c.fee).to.equal(10_000);
    expect(c.amount).to.equal(1000);
    expect(c.status).to.equal('at-risk');
    expect(c.recorded).to.equal(1000);
    expect(creditAmount(a, feb!.periods[0]!)).to.equal(3000);
    expect(creditAmount(a, feb!.periods[1]!)).to.equal(1500);
    expect(creditAmount(a, { ...feb!.periods[1]!, objectiveId: 'nope' })).to.equal(null);
  });

  it('objectiveCredit follows the tiers whatever the status (tiers are the contract)', () => {
    // 99.5 is not worse than the 99.0 minimum (at risk), but worse than the 99.99 tier: 10 %.
    const c = objectiveCredit(a, { ...jan!.periods[0]!, value: 99.5 })!;
    expect(c.status).to.equal('at-risk');
    expect(c.percent).to.equal(10);
  });

  it('agreementPeriodCredit sums objective credits', () => {
    const c = agreementPeriodCredit(a, jan!);
    expect(c.uncappedAmount).to.equal(1000);
    expect(c.amount).to.equal(1000);
    expect(c.percent).to.equal(10);
    expect(c.capped).to.equal(false);
    expect(c.currency).to.equal('USD');
  });

  it('agreementPeriodCredit caps the sum at creditCapPercent x fee', () => {
    const c = agreementPeriodCredit(a, feb!);
    expect(c.uncappedAmount).to.equal(4500);
    expect(c.capAmount).to.equal(3000);
    expect(c.amount).to.equal(3000);
    expect(c.percent).to.equal(30);
    expect(c.capped).to.equal(true);
  });

  it('agreementPeriodCredit is 0 without a credit tier and without data', () => {
    expect(agreementPeriodCredit(a, mar!).amount).to.equal(0);
    const none = agreementPeriodCredit(a, apr!);
    expect(none.amount).to.equal(0);
    expect(none.objectives.map((o) => o.status)).to.deep.equal(['no-data', 'no-data']);
  });

  it('agreementPeriodCredit flags a recorded credit that differs from the computed one', () => {
    const ok = agreementPeriodCredit(a, jan!);
    expect(ok.recorded).to.equal(1000);
    expect(ok.difference).to.equal(0);
    expect(ok.differs).to.equal(false);
    const off = agreementPeriodCredit(a, feb!);
    expect(off.recorded).to.equal(2000);
    expect(off.difference).to.equal(-1000);
    expect(off.differs).to.equal(true);
    expect(agreementPeriodCredit(a, mar!).recorded).to.equal(null);
    expect(agreementPeriodCredit(a, mar!).differs).to.equal(false);
  });

  it('agreementPeriodCredit waives a credit smaller than the minimum payable amount', () => {
    const small = moneyFeed(
      { fee: { amount: 400, currency: 'USD', per: 'month' }, minimumPayable: 50 },
      periodsFor({ 1: { avail: 99.5 }, 2: { avail: 98 } }),
    );
    const i = indexFeed(small);
    const s = resolveAgreement(i, 'a')!;
    const [p1, p2] = agreementPeriods(i, 'a');
    const waived = agreementPeriodCredit(s, p1!);
    expect(waived.uncappedAmount).to.equal(40);
    expect(waived.amount).to.equal(0);
    expect(waived.waived).to.equal(true);
    const paid = agreementPeriodCredit(s, p2!);
    expect(paid.amount).to.equal(120);
    expect(paid.waived).to.equal(false);
  });

  it('minimum payable: the AWS Compute Optimizer SLA issues credits only above one dollar', () => {
    // AWS Compute Optimizer SLA, last updated May 4, 2022 (https://aws.amazon.com/compute-optimizer/sla/):
    // < 99.9 % -> 10 %, < 99.0 % -> 25 %, < 95.0 % -> 100 %, and a credit is issued only if it is
    // greater than one dollar. The kit's rule waives credits SMALLER than the minimum, so a credit
    // of exactly $1 is paid here (a feed for AWS's wording would set a minimum just above 1).
    const optimizer = {
      ...AVAIL,
      target: 99.9,
      creditTiers: [
        { threshold: 99.9, creditPercent: 10 },
        { threshold: 99.0, creditPercent: 25 },
        { threshold: 95.0, creditPercent: 100 },
      ],
      incentiveTiers: [],
    };
    const credit = (fee: number, value: number): number | null => {
      const f = moneyFeed(
        { fee: { amount: fee, currency: 'USD', per: 'month' }, minimumPayable: 1 },
        periodsFor({ 5: { avail: value } }),
        [optimizer],
      );
      const i = indexFeed(f);
      return agreementPeriodCredit(resolveAgreement(i, 'a')!, agreementPeriods(i, 'a')[0]!).amount;
    };
    expect(credit(9.99, 99.5)).to.equal(0); // 10 % of $9.99 = $0.999: waived
    expect(credit(10, 99.5)).to.equal(1); // exactly $1: paid
    expect(credit(10, 98)).to.equal(2.5); // 25 %
    expect(credit(10, 94)).to.equal(10); // 100 %
    expect(credit(10, 99.9)).to.equal(0); // at the commitment: no credit
  });

  it('agreementPeriodCredit without a fee gives percentages only, capped at the cap %', () => {
    const noFee = moneyFeed(
      { fee: undefined, creditCapPercent: 25 },
      periodsFor({ 1: { avail: 98, p95: 900 } }),
    );
    const i = indexFeed(noFee);
    const c = agreementPeriodCredit(resolveAgreement(i, 'a')!, agreementPeriods(i, 'a')[0]!);
    expect(c.amount).to.equal(null);
    expect(c.fee).to.equal(null);
    expect(c.uncappedPercent).to.equal(45);
    expect(c.percent).to.equal(25);
    expect(c.capped).to.equal(true);
    expect(c.difference).to.equal(null);
  });

  it('an objective of category key is reported only: no credit, no bonus, even with tiers', () => {
    const keyFeed = moneyFeed({}, periodsFor({ 1: { avail: 90 }, 2: { avail: 100 } }), [
      { ...AVAIL, category: 'key' },
    ]);
    const i = indexFeed(keyFeed);
    const k = resolveAgreement(i, 'a')!;
    const [p1, p2] = agreementPeriods(i, 'a');
    const c = objectiveCredit(k, p1!.periods[0]!)!;
    expect(c.eligible).to.equal(false);
    expect(c.amount).to.equal(0);
    expect(c.status).to.equal('breached');
    expect(objectiveBonus(k, p2!.periods[0]!)?.amount).to.equal(0);
  });
});

describe('model/bonus and net position', () => {
  const feed = moneyFeed(
    { creditCapPercent: 30, bonusCapPercent: 4 },
    periodsFor({
      1: { avail: 99.0, p95: 250 },
      2: { avail: 98.99, p95: 900 },
      3: { avail: 99.999, p95: 150 },
      4: { avail: 99.995, p95: 250 },
    }),
  );
  const index = indexFeed(feed);
  const a = resolveAgreement(index, 'a')!;
  const list = agreementPeriods(index, 'a');

  it('bonusAmount pays the best incentive tier reached x the fee of the period', () => {
    expect(bonusAmount(a, list[2]!.periods[0]!)).to.equal(500);
    expect(bonusAmount(a, list[2]!.periods[1]!)).to.equal(300);
    expect(bonusAmount(a, list[3]!.periods[0]!)).to.equal(200);
    expect(bonusAmount(a, list[0]!.periods[0]!)).to.equal(0);
    expect(bonusAmount(a, { ...list[0]!.periods[0]!, objectiveId: 'nope' })).to.equal(null);
  });

  it('agreementPeriodBonus caps the sum at bonusCapPercent x fee', () => {
    const b = agreementPeriodBonus(a, list[2]!);
    expect(b.uncappedAmount).to.equal(800);
    expect(b.amount).to.equal(400);
    expect(b.percent).to.equal(4);
    expect(b.capped).to.equal(true);
    expect(agreementPeriodBonus(a, list[3]!).amount).to.equal(200);
  });

  it('agreementPeriodBonus without a fee gives capped percentages', () => {
    const noFee = moneyFeed(
      { fee: undefined, bonusCapPercent: 4 },
      periodsFor({ 1: { avail: 100, p95: 100 } }),
    );
    const i = indexFeed(noFee);
    const b = agreementPeriodBonus(resolveAgreement(i, 'a')!, agreementPeriods(i, 'a')[0]!);
    expect(b.amount).to.equal(null);
    expect(b.uncappedPercent).to.equal(8);
    expect(b.percent).to.equal(4);
    const n = netPosition(resolveAgreement(i, 'a')!, agreementPeriods(i, 'a')[0]!);
    expect(n.net).to.equal(null);
    expect(n.netPercent).to.equal(4);
  });

  it('netPosition is bonus minus credit per agreement period', () => {
    expect(netPosition(a, list[0]!).net).to.equal(-1000);
    expect(netPosition(a, list[1]!).net).to.equal(-3000);
    expect(netPosition(a, list[2]!).net).to.equal(400);
    expect(netPosition(a, list[2]!).netPercent).to.equal(4);
  });

  it('netPositionOverRange sums capped credits and bonuses over the range', () => {
    const q1 = agreementPeriodsBetween(
      list,
      at('2026-01-01T00:00:00Z'),
      at('2026-04-01T00:00:00Z'),
    );
    const r = netPositionOverRange(a, q1);
    expect(r.periods.length).to.equal(3);
    expect(r.credit).to.equal(4000);
    expect(r.bonus).to.equal(400);
    expect(r.net).to.equal(-3600);
    expect(r.from).to.equal(at('2026-01-01T00:00:00Z'));
    expect(r.to).to.equal(at('2026-04-01T00:00:00Z'));
    expect(r.recordedCredit).to.equal(null);
    expect(r.differingPeriods).to.equal(0);
    const empty = netPositionOverRange(a, []);
    expect(empty.from).to.equal(null);
    expect(empty.net).to.equal(0);
  });
});
