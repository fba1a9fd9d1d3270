// Credits per agreement period (docs/feed.md, "Credit amounts, cap and minimum payable"), the exit
// clause's counted objectives ("Exit clause") and the error budget ("Error budget").
import { expect } from '@open-wc/testing';
import type { ExitClause, Period } from '../../src/feed/index.js';
import {
  agreementPeriodCredit,
  agreementPeriodFee,
  agreementPeriods,
  DAYS_PER_MONTH,
  errorBudget,
  exitObjectiveIds,
  groupAgreementPeriods,
  indexFeed,
  MONEY_TOLERANCE,
  objectiveCredit,
  resolveAgreement,
  type ResolvedAgreement,
} from '../../src/model/index.js';
import { at, feedOf, month, objective } from './helpers.js';

const AVAIL = {
  id: 'avail',
  name: 'Availability',
  category: 'critical',
  unit: 'percent',
  direction: 'higher-is-better',
  minimum: 99.0,
  target: 99.9,
  creditTiers: [{ threshold: 99.9, creditPercent: 10 }],
};
const WEEKLY = { ...AVAIL, id: 'weekly', window: { kind: 'calendar', unit: 'week' } };

function setup(
  terms: Record<string, unknown>,
  periods: unknown[],
  objectives: unknown[] = [AVAIL],
) {
  const feed = feedOf({
    customers: [{ id: 'c', name: 'C', currency: 'USD' }],
    agreements: [{ id: 'a', name: 'A', level: 'customer', customerId: 'c', objectives, ...terms }],
    periods,
  });
  const index = indexFeed(feed);
  return { agreement: resolveAgreement(index, 'a')!, list: agreementPeriods(index, 'a'), feed };
}
const FEE = { fee: { amount: 1000, currency: 'USD', per: 'month' } };
const period = (value: number, more: Record<string, unknown> = {}) => ({
  agreementId: 'a',
  objectiveId: 'avail',
  ...month(1),
  value,
  ...more,
});

describe('credit rules', () => {
  it('without a fee an objective credit has a percentage and no amount', () => {
    const { agreement, feed } = setup({}, [period(99.5)]);
    const c = objectiveCredit(agreement, feed.periods[0]!);
    expect(c!.percent).to.equal(10);
    expect(c!.amount).to.equal(null);
  });

  it('without a recorded credit there is no difference and nothing differs', () => {
    const { agreement, list } = setup(FEE, [period(99.5)]);
    const c = agreementPeriodCredit(agreement, list[0]!);
    expect(c.amount).to.equal(100);
    expect(c.recorded).to.equal(null);
    expect(c.difference).to.equal(null);
    expect(c.differs).to.equal(false);
  });

  it('without a fee a recorded credit cannot be compared', () => {
    const { agreement, list } = setup({}, [period(99.5, { recordedCredit: 40 })]);
    const c = agreementPeriodCredit(agreement, list[0]!);
    expect(c.recorded).to.equal(40);
    expect(c.difference).to.equal(null);
    expect(c.differs).to.equal(false);
  });

  it('a recorded credit exactly half a cent off is not flagged; more than that is', () => {
    const met = setup(FEE, [period(99.95, { recordedCredit: MONEY_TOLERANCE })]);
    const c = agreementPeriodCredit(met.agreement, met.list[0]!);
    expect(c.amount).to.equal(0);
    expect(c.difference).to.equal(MONEY_TOLERANCE);
    expect(c.differs).to.equal(false);
    const off = setup(FEE, [period(99.95, { recordedCredit: 0.01 })]);
    expect(agreementPeriodCredit(off.agreement, off.list[0]!).differs).to.equal(true);
  });

  it('a period of an objective the agreement does not have adds no credit', () => {
    const { agreement, feed } = setup(FEE, [period(99.5)]);
    const stray = { ...feed.periods[0]!, objectiveId: 'gone' } as Period;
    const [g] = groupAgreementPeriods([feed.periods[0]!, stray]);
    const c = agreementPeriodCredit(agreement, g!);
    expect(c.objectives.map((o) => o.objectiveId)).to.deep.equal(['avail']);
    expect(c.amount).to.equal(100);
  });

  it('a stray period of an unknown objective that ends last prices the agreement period as a calendar month', () => {
    const { agreement, feed } = setup(FEE, [period(99.5)]);
    const stray = {
      ...feed.periods[0]!,
      objectiveId: 'gone',
      end: at('2026-02-02T00:00:00Z'),
    } as Period;
    const [g] = groupAgreementPeriods([feed.periods[0]!, stray]);
    expect(agreementPeriodFee(agreement, g!)).to.equal(1000);
  });

  it("an agreement period's fee uses the window of the member period that ends last", () => {
    // A calendar month of `avail` and the first week of `weekly` start together; the month ends
    // last, so the agreement period is priced as one month, not prorated as a week window.
    const { agreement, list } = setup(
      FEE,
      [
        {
          agreementId: 'a',
          objectiveId: 'weekly',
          start: '2026-01-01T00:00:00Z',
          end: '2026-01-08T00:00:00Z',
          value: 100,
        },
        period(100),
      ],
      [WEEKLY, AVAIL],
    );
    expect(list[0]!.end).to.equal(at('2026-02-01T00:00:00Z'));
    expect(agreementPeriodFee(agreement, list[0]!)).to.equal(1000);
    const weekOnly = setup(
      FEE,
      [
        {
          agreementId: 'a',
          objectiveId: 'weekly',
          start: '2026-01-01T00:00:00Z',
          end: '2026-02-01T00:00:00Z',
          value: 100,
        },
      ],
      [WEEKLY],
    );
    expect(agreementPeriodFee(weekOnly.agreement, weekOnly.list[0]!)).to.equal(
      1000 * (31 / DAYS_PER_MONTH),
    );
  });
});

describe('exit clause objective rules', () => {
  const agreement = {
    objectives: [
      objective({ id: 'a', category: 'critical' }),
      objective({ id: 'b', category: 'key' }),
    ],
  } as unknown as ResolvedAgreement;

  it('a clause with an empty list of objectives counts every critical objective', () => {
    const clause = { misses: 1, withinPeriods: 3, objectiveIds: [] } as unknown as ExitClause;
    expect(exitObjectiveIds(agreement, clause)).to.deep.equal(['a']);
  });

  it('a clause naming objectives counts exactly those', () => {
    const clause = { misses: 1, withinPeriods: 3, objectiveIds: ['b'] } as unknown as ExitClause;
    expect(exitObjectiveIds(agreement, clause)).to.deep.equal(['b']);
  });
});

describe('error budget rules', () => {
  const o = objective({
    unit: 'percent',
    indicator: 'latency',
    direction: 'higher-is-better',
    target: 99.9,
  });
  const span = { start: 0, end: 30 * 86_400_000 };

  it('a period with no value and no counts spends nothing and has no bad share', () => {
    for (const value of [null, Number.NaN]) {
      const b = errorBudget(o, { ...span, value })!;
      expect(b.source, String(value)).to.equal('none');
      expect(b.badShare).to.equal(null);
      expect(b.consumed).to.equal(null);
      expect(b.overspent).to.equal(false);
      expect(b.left).to.equal(null);
    }
  });

  it('a budget measured from a value of a non-time indicator has no units to count', () => {
    const b = errorBudget(o, { ...span, value: 99.95 })!;
    expect(b.source).to.equal('value');
    expect(b.badShare).to.be.closeTo(0.05, 1e-9);
    expect(b.total).to.equal(null);
    expect(b.left).to.equal(null);
  });
});
