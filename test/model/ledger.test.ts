import { expect } from '@open-wc/testing';
import { agreementLedger, indexFeed, resolveAgreement } from '../../src/model/index.js';
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
  options: { objectives?: unknown[]; breaches?: unknown[]; currency?: string } = {},
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
    at('2027-01-01T00:00:00Z'),
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
});
