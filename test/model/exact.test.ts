// Exact figures: the decimal rule for thresholds and budgets, money in the currency's minor unit,
// values from raw counts, and no day bucket for a date that did not exist.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  agreementHealth,
  agreementPeriodCredit,
  agreementPeriods,
  describeObjective,
  errorBudget,
  indexFeed,
  isWorse,
  localDays,
  minorUnitDigits,
  moneyDiffers,
  periodStatus,
  periodValue,
  resolveAgreement,
  roundMoney,
} from '../../src/model/index.js';
import { at, feedOf, month, objective } from './helpers.js';

const oct = { start: at('2026-10-01T00:00:00Z'), end: at('2026-11-01T00:00:00Z') };

/** An agreement with one availability objective (10 % below 99.5) and a monthly fee. */
function creditFeed(fee: number, currency: string, value: number, recordedCredit?: number) {
  return feedOf({
    customers: [{ id: 'c', name: 'C', currency }],
    agreements: [
      {
        id: 'a',
        name: 'A',
        level: 'customer',
        customerId: 'c',
        fee: { amount: fee, currency },
        objectives: [
          {
            id: 'avail',
            name: 'Availability',
            indicator: 'availability',
            unit: 'percent',
            direction: 'higher-is-better',
            minimum: 99.5,
            target: 99.9,
            creditTiers: [{ threshold: 99.5, creditPercent: 10 }],
          },
        ],
      },
    ],
    periods: [
      {
        agreementId: 'a',
        objectiveId: 'avail',
        ...month(10),
        value,
        ...(recordedCredit === undefined ? {} : { recordedCredit }),
      },
    ],
  });
}

function periodCredit(feed: ReturnType<typeof creditFeed>) {
  const index = indexFeed(feed);
  return agreementPeriodCredit(resolveAgreement(index, 'a')!, agreementPeriods(index, 'a')[0]!);
}

/** The amount as Intl formats it in the currency's minor unit, read back as a number. */
function intlRounded(amount: number, currency: string): number {
  const text = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    useGrouping: false,
  }).format(amount);
  return Number(text.replace(/[^0-9.-]/g, ''));
}

describe('the decimal rule', () => {
  it('an error budget spent exactly (10 bad minutes of 10,000 at a 99.9 target) is not overspent', () => {
    const b = errorBudget(objective({ target: 99.9 }), {
      ...oct,
      value: null,
      counts: { good: 9_990, total: 10_000 },
    })!;
    expect(b.overspent).to.equal(false);
    expect(b.consumed).to.equal(1);
    expect(b.remaining).to.equal(0);
    expect(b.allowed).to.equal(10);
    expect(b.left).to.equal(0);
    // One bad minute more is overspent.
    const over = errorBudget(objective({ target: 99.9 }), {
      ...oct,
      value: null,
      counts: { good: 9_989, total: 10_000 },
    })!;
    expect(over.overspent).to.equal(true);
  });

  it('a value derived from counts exactly at a threshold is not worse than it', () => {
    // 99.89999999999999 in binary arithmetic; 99.9 by the decimal rule.
    expect(isWorse('higher-is-better', (0.999 - 0.000000000000001) * 100, 99.9)).to.equal(false);
    expect(isWorse('higher-is-better', 99.89, 99.9)).to.equal(true);
    const o = objective({ minimum: 99.5, target: 99.9 });
    expect(periodStatus(o, { value: null, counts: { good: 9_990, total: 10_000 } })).to.equal(
      'met',
    );
  });

  it('a budget spent exactly is never overspent, and one unit more always is (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }), // decimals of the target
        fc.integer({ min: 1, max: 999 }), // allowed bad share in units of 10^-decimals points
        fc.integer({ min: 1, max: 40 }), // size of the total
        (decimals, allowedUnits, size) => {
          // Oracle in integers: target = 100 - allowedUnits / 10^decimals, written as decimal text.
          const scale = 10 ** decimals;
          const targetUnits = 100 * scale - allowedUnits;
          const target = Number(
            `${Math.floor(targetUnits / scale)}.${String(targetUnits % scale).padStart(decimals, '0')}`,
          );
          const total = size * 100 * scale; // bad = allowed share x total, a whole number
          const bad = size * allowedUnits;
          const rules = objective({ target, minimum: Math.min(target, 50) });
          const exact = errorBudget(rules, {
            ...oct,
            value: null,
            counts: { good: total - bad, total },
          })!;
          const over = errorBudget(rules, {
            ...oct,
            value: null,
            counts: { good: total - bad - 1, total },
          })!;
          return exact.overspent === false && exact.consumed === 1 && over.overspent === true;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('money in the currency minor unit', () => {
  it('takes the minor unit from Intl: 2 for EUR, 0 for JPY, 3 for KWD', () => {
    expect(minorUnitDigits('EUR')).to.equal(2);
    expect(minorUnitDigits('JPY')).to.equal(0);
    expect(minorUnitDigits('KWD')).to.equal(3);
    expect(roundMoney(1234.4, 'JPY')).to.equal(1234);
    expect(roundMoney(1.23456, 'KWD')).to.equal(1.235);
    expect(roundMoney(1234.565, 'EUR')).to.equal(1234.57);
  });

  it('a recorded 1,234.56 against a computed 1,234.565 is not a discrepancy; 1,234.58 is', () => {
    // 10 % of 12,345.65 = 1,234.565.
    const same = periodCredit(creditFeed(12_345.65, 'EUR', 99.2, 1_234.56));
    expect(same.amount).to.be.closeTo(1_234.565, 1e-9);
    expect(same.differs).to.equal(false);
    expect(periodCredit(creditFeed(12_345.65, 'EUR', 99.2, 1_234.57)).differs).to.equal(false);
    expect(periodCredit(creditFeed(12_345.65, 'EUR', 99.2, 1_234.58)).differs).to.equal(true);
  });

  it('a recorded yen figure is compared in whole yen, a dinar figure in fils', () => {
    // 10 % of 12,344 JPY = 1,234.4 JPY: 1,234 is its rounding, 1,235 is not.
    expect(periodCredit(creditFeed(12_344, 'JPY', 99.2, 1_234)).differs).to.equal(false);
    expect(periodCredit(creditFeed(12_344, 'JPY', 99.2, 1_235)).differs).to.equal(true);
    // 10 % of 12.345 KWD = 1.2345 KWD: 1.234 and 1.235 are roundings, 1.236 is not.
    expect(moneyDiffers(1.234, 1.2345, 'KWD')).to.equal(false);
    expect(moneyDiffers(1.235, 1.2345, 'KWD')).to.equal(false);
    expect(moneyDiffers(1.236, 1.2345, 'KWD')).to.equal(true);
  });

  // Amounts of the properties: percent % of a fee in cents, i.e. feeCents x percent / 10^4, so an
  // integer oracle knows every rounding: N / 10^(4 - digits) minor units.
  const CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY', 'KWD', 'BHD', 'CHF', 'KRW'] as const;
  const money = fc.record({
    currency: fc.constantFrom(...CURRENCIES),
    feeCents: fc.integer({ min: 0, max: 500_000_000 }),
    percent: fc.integer({ min: 1, max: 100 }),
  });
  /** Half-up rounding of the amount in minor units, in integers; and whether it is an exact tie. */
  function integerOracle(feeCents: number, percent: number, digits: number) {
    const n = feeCents * percent; // the amount in units of 10^-4
    const divisor = 10 ** (4 - digits);
    const units = Math.floor(n / divisor) + (n % divisor >= divisor / 2 ? 1 : 0);
    return { rounded: units / 10 ** digits, tie: n % divisor === divisor / 2 };
  }

  it('a recorded figure equal to the rounded computed one is never flagged (property)', () => {
    fc.assert(
      fc.property(money, ({ currency, feeCents, percent }) => {
        const computed = ((feeCents / 100) * percent) / 100;
        const digits = minorUnitDigits(currency);
        // Two oracles: Intl's rounding of the amount, and half-up rounding in integers.
        return (
          !moneyDiffers(intlRounded(computed, currency), computed, currency) &&
          !moneyDiffers(integerOracle(feeCents, percent, digits).rounded, computed, currency)
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a recorded figure one minor unit away from the rounded computed one is always flagged (property)', () => {
    fc.assert(
      fc.property(money, ({ currency, feeCents, percent }) => {
        const digits = minorUnitDigits(currency);
        const { rounded, tie } = integerOracle(feeCents, percent, digits);
        fc.pre(!tie); // at an exact half both neighbours are roundings
        const computed = ((feeCents / 100) * percent) / 100;
        const unit = 10 ** -digits;
        return (
          moneyDiffers(rounded + unit, computed, currency) &&
          moneyDiffers(rounded - unit, computed, currency)
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('values from raw counts', () => {
  const counted = { ...month(10), value: null, counts: { good: 43_000, total: 43_200 } };

  it('a period without a value takes the one its counts give: good / total x 100', () => {
    expect(periodValue(objective(), { value: null, counts: counted.counts })).to.equal(
      99.537037037,
    );
    const feed = creditFeed(10_000, 'EUR', 0);
    const withCounts = {
      ...feed,
      periods: [{ ...feed.periods[0]!, value: null, counts: counted.counts }],
    };
    const index = indexFeed(withCounts);
    const agreement = resolveAgreement(index, 'a')!;
    const credit = agreementPeriodCredit(agreement, agreementPeriods(index, 'a')[0]!);
    expect(credit.objectives[0]!.value).to.equal(99.537037037);
    expect(credit.objectives[0]!.status).to.equal('at-risk');
    expect(credit.amount).to.equal(0); // 99.54 is not worse than 99.5
    expect(agreementHealth(index, 'a', at('2026-12-01T00:00:00Z'))!.objectives[0]!.value).to.equal(
      99.537037037,
    );
    expect(describeObjective(agreement.objectives[0]!, withCounts.periods[0]).value).to.equal(
      99.537037037,
    );
  });

  it('a lower-is-better ratio takes the bad share; a value in the feed wins; no total is no data', () => {
    const errors = objective({ direction: 'lower-is-better', minimum: 1, target: 0.5 });
    expect(periodValue(errors, { value: null, counts: { good: 995, total: 1_000 } })).to.equal(0.5);
    expect(periodValue(errors, { value: 0.7, counts: { good: 995, total: 1_000 } })).to.equal(0.7);
    expect(periodValue(errors, { value: null, counts: { good: 0, total: 0 } })).to.equal(null);
    expect(
      periodValue(objective({ unit: 'millisecond' }), {
        value: null,
        counts: { good: 1, total: 2 },
      }),
    ).to.equal(null);
  });
});

describe('day buckets', () => {
  it('a date a time zone skipped has no bucket (Pacific/Kiritimati, 1994-12-31)', () => {
    const days = localDays(
      at('1994-12-29T00:00:00-10:00'),
      at('1995-01-03T00:00:00+14:00'),
      'Pacific/Kiritimati',
    );
    expect(days.map((d) => d.date)).to.deep.equal([
      '1994-12-29',
      '1994-12-30',
      '1995-01-01',
      '1995-01-02',
    ]);
    expect(days.every((d) => d.end - d.start === 86_400_000)).to.equal(true);
    // The buckets still tile the range without a gap.
    for (let i = 1; i < days.length; i++) expect(days[i]!.start).to.equal(days[i - 1]!.end);
  });
});
