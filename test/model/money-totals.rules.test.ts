// Money totals per customer and portfolio (docs/feed.md, "Roll-ups"): credits and bonuses add up
// per currency, sorted by currency code, agreements without a fee add nothing, and an unknown
// customer has no totals. Small feeds built inside each test.
import { expect } from '@open-wc/testing';
import {
  customerNetPosition,
  hasErrorBudget,
  indexFeed,
  portfolioNetPosition,
  sumMoneyTotals,
} from '../../src/model/index.js';
import { feedOf, month } from './helpers.js';

const avail = {
  id: 'avail',
  name: 'Availability',
  indicator: 'availability',
  unit: 'percent',
  direction: 'higher-is-better',
  minimum: 99,
  target: 99.9,
  creditTiers: [{ threshold: 99, creditPercent: 10 }],
  incentiveTiers: [{ threshold: 99.9, bonusPercent: 5 }],
};

function customerAgreement(id: string, customerId: string, fee?: number, currency?: string) {
  return {
    id,
    name: `Agreement ${id}`,
    level: 'customer',
    customerId,
    ...(fee === undefined ? {} : { fee: { amount: fee, currency, per: 'month' } }),
    objectives: [avail],
  };
}

const period = (agreementId: string, value: number, m = 10) => ({
  agreementId,
  objectiveId: 'avail',
  ...month(m),
  value,
});

/** zulu pays USD, acme pays EUR on two agreements, free and pound (GBP) have no fee. */
function moneyFeed() {
  return feedOf({
    customers: [
      { id: 'zulu', name: 'Zulu', timeZone: 'UTC' },
      { id: 'acme', name: 'Acme', timeZone: 'UTC' },
      { id: 'free', name: 'Free', timeZone: 'UTC' },
      { id: 'pound', name: 'Pound', timeZone: 'UTC', currency: 'GBP' },
    ],
    agreements: [
      customerAgreement('zulu-1', 'zulu', 2_000, 'USD'),
      customerAgreement('acme-1', 'acme', 1_000, 'EUR'),
      customerAgreement('acme-2', 'acme', 3_000, 'EUR'),
      customerAgreement('free-1', 'free'),
      customerAgreement('pound-1', 'pound'),
    ],
    periods: [
      period('zulu-1', 98), // breached: 10 % of 2,000 USD
      period('acme-1', 99.95), // bonus: 5 % of 1,000 EUR
      period('acme-2', 98.5), // breached: 10 % of 3,000 EUR
      period('acme-2', 99.95, 11), // bonus: 5 % of 3,000 EUR
      period('free-1', 98),
      period('pound-1', 98),
    ],
  });
}

describe('money total rules', () => {
  it("a customer's credits and bonuses add up per currency over all its agreements", () => {
    const acme = customerNetPosition(indexFeed(moneyFeed()), 'acme')!;
    expect(acme.agreements.map((a) => a.agreementId)).to.deep.equal(['acme-1', 'acme-2']);
    expect(acme.totals).to.deep.equal([{ currency: 'EUR', credit: 300, bonus: 200, net: -100 }]);
  });

  it('an unknown customer has no money position', () => {
    expect(customerNetPosition(indexFeed(moneyFeed()), 'nobody')).to.equal(null);
  });

  it('an agreement without a fee has no amounts and adds nothing to the totals', () => {
    const index = indexFeed(moneyFeed());
    expect(customerNetPosition(index, 'free')!.totals).to.deep.equal([]);
    const pound = customerNetPosition(index, 'pound')!;
    expect(pound.agreements.map((a) => [a.currency, a.credit, a.bonus])).to.deep.equal([
      ['GBP', null, null],
    ]);
    expect(pound.totals).to.deep.equal([]);
  });

  it('the portfolio totals list every currency once, sorted by currency code', () => {
    const portfolio = portfolioNetPosition(indexFeed(moneyFeed()));
    expect(portfolio.customers.map((c) => c.customerId)).to.deep.equal([
      'zulu',
      'acme',
      'free',
      'pound',
    ]);
    expect(portfolio.totals).to.deep.equal([
      { currency: 'EUR', credit: 300, bonus: 200, net: -100 },
      { currency: 'USD', credit: 200, bonus: 0, net: -200 },
    ]);
  });

  it('a range keeps only the agreement periods starting in it', () => {
    const index = indexFeed(moneyFeed());
    const november = customerNetPosition(
      index,
      'acme',
      Date.parse(month(11).start),
      Date.parse(month(12).start),
    )!;
    expect(november.totals).to.deep.equal([{ currency: 'EUR', credit: 0, bonus: 150, net: 150 }]);
  });
});

describe('sumMoneyTotals rules', () => {
  it('rounds a negative amount half away from zero too, in its own minor unit', () => {
    expect(
      sumMoneyTotals([
        { currency: 'EUR', credit: -0.005, bonus: -2.675 },
        { currency: 'JPY', credit: -2.5, bonus: 0 },
      ]),
    ).to.deep.equal([
      { currency: 'EUR', credit: -0.01, bonus: -2.68, net: -2.67 },
      { currency: 'JPY', credit: -3, bonus: 0, net: 3 },
    ]);
  });

  it('adds many small amounts to the exact total', () => {
    const items = Array.from({ length: 1000 }, () => ({
      currency: 'EUR',
      credit: 0.01,
      bonus: 0.07,
    }));
    expect(sumMoneyTotals(items)).to.deep.equal([
      { currency: 'EUR', credit: 10, bonus: 70, net: 60 },
    ]);
  });
});

describe('error budget presence rules', () => {
  it('a percentage objective has an error budget unless it measures compliance', () => {
    expect(hasErrorBudget({ unit: 'percent', indicator: 'availability' })).to.equal(true);
    expect(hasErrorBudget({ unit: 'percent', indicator: 'compliance' })).to.equal(false);
  });

  it("the feed's errorBudget decides for a percentage objective, never for another unit", () => {
    expect(
      hasErrorBudget({ unit: 'percent', indicator: 'compliance', errorBudget: true }),
    ).to.equal(true);
    expect(
      hasErrorBudget({ unit: 'percent', indicator: 'availability', errorBudget: false }),
    ).to.equal(false);
    expect(
      hasErrorBudget({ unit: 'millisecond', indicator: 'latency', errorBudget: true }),
    ).to.equal(false);
  });
});
