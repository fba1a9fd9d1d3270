// Fee of a period (docs/feed.md, "Credit amounts, cap and minimum payable", step 1), agreement
// periods (periods of one agreement starting at the same instant), the feed index (children and
// the customer an agreement belongs to through its chain) and objective descriptions.
import { expect } from '@open-wc/testing';
import type { Period } from '../../src/feed/index.js';
import {
  agreementPeriodBonus,
  agreementPeriods,
  agreementPeriodsBetween,
  DAYS_PER_MONTH,
  describeObjective,
  feeForPeriod,
  feeForSpan,
  groupAgreementPeriods,
  indexFeed,
  latestComplete,
  periodMonths,
  resolveAgreement,
} from '../../src/model/index.js';
import { at, feedOf, month, objective, threeLevelFeed } from './helpers.js';

const DAY = 86_400_000;
const span = (days: number) => ({
  start: at('2026-03-01T00:00:00Z'),
  end: at('2026-03-01T00:00:00Z') + days * DAY,
});
const FEE = { amount: 3000, currency: 'USD', per: 'month' } as const;

describe('fee rules', () => {
  it('a calendar week is prorated by days, never rounded to a month', () => {
    const week = { kind: 'calendar', unit: 'week' } as const;
    expect(periodMonths(week, span(30))).to.equal(30 / DAYS_PER_MONTH);
    expect(periodMonths(week, span(7))).to.equal(7 / DAYS_PER_MONTH);
  });

  it('a rolling window is prorated by days, even when it is close to a month', () => {
    const rolling = { kind: 'rolling', days: 30 } as const;
    expect(periodMonths(rolling, span(30))).to.equal(30 / DAYS_PER_MONTH);
  });

  it('a calendar month a few days off a whole number counts as whole, beyond 0.1 month it is prorated', () => {
    const monthly = { kind: 'calendar', unit: 'month' } as const;
    const within = { start: 0, end: (DAYS_PER_MONTH + 3) * DAY };
    expect(periodMonths(monthly, within)).to.equal(1);
    const beyond = { start: 0, end: (DAYS_PER_MONTH + 4) * DAY };
    expect(periodMonths(monthly, beyond)).to.equal(1 + 4 / DAYS_PER_MONTH);
  });

  it('a stub shorter than half a month is prorated, not rounded to zero months', () => {
    const monthly = { kind: 'calendar', unit: 'month' } as const;
    expect(periodMonths(monthly, span(2))).to.equal(2 / DAYS_PER_MONTH);
    expect(periodMonths(monthly, span(0))).to.equal(0);
  });

  it("a period's fee uses the window of the period's own objective", () => {
    const agreement = {
      fee: FEE,
      objectives: [
        { id: 'monthly', window: { kind: 'calendar', unit: 'month' } },
        { id: 'weekly', window: { kind: 'calendar', unit: 'week' } },
      ],
    } as const;
    const thirtyDays = span(30);
    expect(feeForPeriod(agreement, { ...thirtyDays, objectiveId: 'weekly' })).to.equal(
      3000 * (30 / DAYS_PER_MONTH),
    );
    expect(feeForPeriod(agreement, { ...thirtyDays, objectiveId: 'monthly' })).to.equal(3000);
  });

  it('a period of an unknown objective is priced as a calendar month', () => {
    const agreement = {
      fee: FEE,
      objectives: [{ id: 'weekly', window: { kind: 'calendar', unit: 'week' } }],
    };
    expect(feeForPeriod(agreement as never, { ...span(30), objectiveId: 'gone' })).to.equal(3000);
    expect(feeForSpan(undefined, span(30))).to.equal(null);
  });
});

const p = (agreementId: string, objectiveId: string, start: number, end: number, value = 1) =>
  ({ agreementId, objectiveId, start, end, value }) as unknown as Period;

describe('agreement period rules', () => {
  it('an agreement period ends at the latest end of its periods, whatever their order', () => {
    const [g] = groupAgreementPeriods([p('a', 'x', 0, 10), p('a', 'y', 0, 30), p('a', 'z', 0, 20)]);
    expect(g!.end).to.equal(30);
    const [h] = groupAgreementPeriods([p('a', 'y', 0, 30), p('a', 'x', 0, 10)]);
    expect(h!.end).to.equal(30);
  });

  it('a second period of one objective with the same start is left out: the first counts', () => {
    const first = p('a', 'x', 0, 10, 99);
    const [g] = groupAgreementPeriods([first, p('a', 'x', 0, 40, 50)]);
    expect(g!.periods).to.deep.equal([first]);
    expect(g!.end).to.equal(10);
  });

  it('agreement periods sort by start, then by agreement id', () => {
    const groups = groupAgreementPeriods([
      p('b', 'x', 10, 20),
      p('c', 'x', 0, 10),
      p('a', 'x', 10, 20),
      p('b', 'x', 0, 10),
    ]);
    expect(groups.map((g) => `${g.agreementId}@${g.start}`)).to.deep.equal([
      'b@0',
      'c@0',
      'a@10',
      'b@10',
    ]);
  });

  it('agreement periods starting together sort by agreement id, however many and in any order', () => {
    const ids = ['e', 'b', 'd', 'a', 'c', 'g', 'f'];
    const groups = groupAgreementPeriods(ids.map((id) => p(id, 'x', 0, 10)));
    expect(groups.map((g) => g.agreementId)).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('the agreement periods between from and to are those starting in [from, to)', () => {
    const list = groupAgreementPeriods([
      p('a', 'x', 0, 10),
      p('a', 'x', 10, 20),
      p('a', 'x', 20, 30),
    ]);
    expect(agreementPeriodsBetween(list, 10, 20).map((g) => g.start)).to.deep.equal([10]);
    expect(agreementPeriodsBetween(list, 0, 30).map((g) => g.start)).to.deep.equal([0, 10, 20]);
  });

  it('an agreement without periods has no agreement periods', () => {
    const index = indexFeed(threeLevelFeed());
    expect(agreementPeriods(index, 'acme-msa')).to.deep.equal([]);
    expect(agreementPeriods(index, 'no-such-agreement')).to.deep.equal([]);
  });

  it('the latest complete period is the latest one ended at or before now, else the running one', () => {
    const list = groupAgreementPeriods([p('a', 'x', 0, 10), p('a', 'x', 10, 20)]);
    expect(latestComplete(list, 20)?.start).to.equal(10);
    expect(latestComplete(list, 19)?.start).to.equal(0);
    expect(latestComplete(list, 5)?.start).to.equal(10);
    expect(latestComplete([], 5)).to.equal(null);
  });
});

describe('feed index rules', () => {
  // Built inside each test: what a suite computes while it loads is not re-run per mutant.

  it('children are the agreements naming a parent, by parent id', () => {
    const index = indexFeed(threeLevelFeed());
    expect(index.childrenOf.get('corp')?.map((a) => a.id)).to.deep.equal(['acme-msa']);
    expect(index.childrenOf.get('acme-msa')?.map((a) => a.id)).to.deep.equal(['acme-portal']);
    expect(index.childrenOf.has('acme-portal')).to.equal(false);
    // An agreement without a parent is nobody's child.
    expect([...index.childrenOf.keys()]).to.deep.equal(['corp', 'acme-msa']);
  });

  it('a customer has the agreements naming it and those inheriting it, not the corporate template', () => {
    const index = indexFeed(threeLevelFeed());
    expect(index.agreementsOfCustomer.get('acme')?.map((a) => a.id)).to.deep.equal([
      'acme-msa',
      'acme-portal',
    ]);
    expect([...index.agreementsOfCustomer.keys()]).to.deep.equal(['acme']);
  });
});

describe('bonus and description rules', () => {
  it('a period of an objective the agreement does not have earns no bonus and adds nothing', () => {
    const feed = feedOf({
      customers: [{ id: 'c', name: 'C', currency: 'USD' }],
      agreements: [
        {
          id: 'a',
          name: 'A',
          level: 'customer',
          customerId: 'c',
          objectives: [
            {
              id: 'avail',
              name: 'Availability',
              category: 'critical',
              unit: 'percent',
              direction: 'higher-is-better',
              minimum: 99,
              target: 99.9,
              incentiveTiers: [{ threshold: 99.99, bonusPercent: 4 }],
            },
          ],
        },
      ],
      periods: [{ agreementId: 'a', objectiveId: 'avail', ...month(1), value: 100 }],
    });
    const agreement = resolveAgreement(indexFeed(feed), 'a')!;
    const [g] = groupAgreementPeriods([
      ...feed.periods,
      p('a', 'gone', at(month(1).start), at(month(1).end), 100),
    ]);
    const b = agreementPeriodBonus(agreement, g!);
    expect(b.objectives.map((o) => o.objectiveId)).to.deep.equal(['avail']);
    expect(b.percent).to.equal(4);
    expect(b.amount).to.equal(null);
    // Without a fee, an objective's bonus has a percentage and no amount either.
    expect(b.objectives[0]!.percent).to.equal(4);
    expect(b.objectives[0]!.amount).to.equal(null);
  });

  it('a description says the levels changed when only the minimum in force differs', () => {
    const o = objective({ minimum: 99, target: 99.9 });
    const period = { start: 0, end: 10, value: 99.5, levels: { minimum: 98 } };
    expect(describeObjective(o, period as never).levelsChanged).to.equal(true);
    const same = { start: 0, end: 10, value: 99.5, levels: { minimum: 99, target: 99.9 } };
    expect(describeObjective(o, same as never).levelsChanged).to.equal(false);
  });
});
