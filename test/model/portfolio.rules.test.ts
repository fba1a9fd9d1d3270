// The portfolio row rules one at a time (src/model/portfolio.ts, module comment): which agreement
// a row names when several qualify, the exit warning across agreements and skipped periods, and
// options read the same by every entry point. Small feeds built inside each test.
import { expect } from '@open-wc/testing';
import { indexFeed, portfolioRow, portfolioRows } from '../../src/model/index.js';
import { feedOf, month } from './helpers.js';
import { bookFeed, NOW } from './portfolio-helpers.js';

const UP = {
  id: 'up',
  name: 'Uptime',
  unit: 'percent',
  direction: 'higher-is-better',
  minimum: 99,
  target: 99.9,
  // Credit tiers make it a critical objective, which an exit clause counts by default.
  creditTiers: [{ threshold: 99, creditPercent: 10 }],
};
const OK = 99.95;
const MISS = 98;

/**
 * Customer c with one agreement per entry of `agreements`, in that order: uptime measured
 * January to April 2026 with the values given, and the exit clause and review date given.
 */
function customerFeed(
  agreements: {
    id: string;
    values: (number | null)[];
    exitClause?: object;
    reviewBy?: string;
    objectives?: object[];
    other?: (number | null)[];
  }[],
) {
  return feedOf({
    customers: [{ id: 'c', name: 'C', currency: 'EUR' }],
    agreements: agreements.map((a) => ({
      id: a.id,
      name: a.id,
      level: 'customer',
      customerId: 'c',
      ...(a.exitClause ? { exitClause: a.exitClause } : {}),
      ...(a.reviewBy ? { reviewBy: a.reviewBy } : {}),
      objectives: a.objectives ?? [UP],
    })),
    periods: agreements.flatMap((a) => [
      ...a.values.flatMap((value, i) =>
        value === null ? [] : [{ agreementId: a.id, objectiveId: 'up', ...month(i + 1), value }],
      ),
      ...(a.other ?? []).flatMap((value, i) =>
        value === null ? [] : [{ agreementId: a.id, objectiveId: 'other', ...month(i + 1), value }],
      ),
    ]),
  });
}

const rowOf = (feed: ReturnType<typeof feedOf>, options: { now: number } = { now: NOW }) =>
  portfolioRow(indexFeed(feed), 'c', options)!;

describe('portfolio row rules', () => {
  describe('exit warning', () => {
    const clause = { misses: 2, withinPeriods: 3 };
    const near = [OK, OK, OK, MISS];
    const triggered = [OK, OK, MISS, MISS];

    it('a triggered clause wins over a near one, in either feed order', () => {
      const first = rowOf(
        customerFeed([
          { id: 'near', values: near, exitClause: clause },
          { id: 'gone', values: triggered, exitClause: clause },
        ]),
      );
      expect(first.exit).to.deep.equal({
        agreementId: 'gone',
        state: 'triggered',
        misses: 2,
        allowed: 2,
        window: 3,
      });
      const second = rowOf(
        customerFeed([
          { id: 'gone', values: triggered, exitClause: clause },
          { id: 'near', values: near, exitClause: clause },
        ]),
      );
      expect(second.exit).to.deep.include({ agreementId: 'gone', state: 'triggered' });
    });

    it('between two near clauses, the first agreement in feed order', () => {
      const row = rowOf(
        customerFeed([
          { id: 'plain', values: [OK, OK, OK, OK] },
          { id: 'near-1', values: near, exitClause: clause },
          { id: 'near-2', values: [OK, OK, OK, MISS], exitClause: clause },
        ]),
      );
      expect(row.exit).to.deep.equal({
        agreementId: 'near-1',
        state: 'near',
        misses: 1,
        allowed: 2,
        window: 3,
      });
    });

    it('is no warning while the window holds no miss, even when one miss would trigger', () => {
      const row = rowOf(
        customerFeed([
          { id: 'a', values: [OK, OK, OK, OK], exitClause: { misses: 1, withinPeriods: 3 } },
        ]),
      );
      expect(row.exit).to.equal(null);
      const missed = rowOf(
        customerFeed([
          { id: 'a', values: [OK, OK, OK, MISS], exitClause: { misses: 1, withinPeriods: 3 } },
        ]),
      );
      expect(missed.exit).to.deep.include({ state: 'triggered', misses: 1 });
    });

    it('skips periods without a counted objective: the window reaches back past them', () => {
      // The clause counts uptime only; February and March measure only the other objective, so
      // the periods considered are January (missed) and April: one more miss would trigger it.
      const other = { ...UP, id: 'other', name: 'Other' };
      const feed = customerFeed([
        {
          id: 'a',
          values: [MISS, null, null, OK],
          other: [OK, OK, OK, OK],
          objectives: [UP, other],
          exitClause: { misses: 2, withinPeriods: 3, objectiveIds: ['up'] },
        },
      ]);
      expect(rowOf(feed).exit).to.deep.equal({
        agreementId: 'a',
        state: 'near',
        misses: 1,
        allowed: 2,
        window: 3,
      });
      // Two misses among the considered periods, months apart: triggered.
      const twice = customerFeed([
        {
          id: 'a',
          values: [MISS, null, null, MISS],
          other: [OK, OK, OK, OK],
          objectives: [UP, other],
          exitClause: { misses: 2, withinPeriods: 3, objectiveIds: ['up'] },
        },
      ]);
      expect(rowOf(twice).exit).to.deep.include({ state: 'triggered', misses: 2 });
    });

    it('never counts a miss after the judged period, also across skipped periods', () => {
      // Uptime is first measured in March and missed in April; judged in March nothing is missed.
      const other = { ...UP, id: 'other', name: 'Other' };
      const feed = customerFeed([
        {
          id: 'a',
          values: [null, null, OK, MISS],
          other: [OK, OK, OK, OK],
          objectives: [UP, other],
          exitClause: { misses: 1, withinPeriods: 2, objectiveIds: ['up'] },
        },
      ]);
      const index = indexFeed(feed);
      expect(portfolioRow(index, 'c', { now: NOW, period: '2026-03' })!.exit).to.equal(null);
      expect(portfolioRow(index, 'c', { now: NOW })!.exit).to.deep.include({ state: 'triggered' });
    });

    it('judges the clause up to the judged period, not later ones', () => {
      const feed = customerFeed([{ id: 'a', values: [OK, MISS, MISS, OK], exitClause: clause }]);
      const index = indexFeed(feed);
      // In February one miss: near; in March two: triggered; April keeps both in its window.
      expect(portfolioRow(index, 'c', { now: NOW, period: '2026-02' })!.exit?.state).to.equal(
        'near',
      );
      expect(portfolioRow(index, 'c', { now: NOW, period: '2026-03' })!.exit?.state).to.equal(
        'triggered',
      );
      expect(portfolioRow(index, 'c', { now: NOW, period: '2026-01' })!.exit).to.equal(null);
    });
  });

  describe('judged period', () => {
    it('comes from the first agreement that has one, and so does the trend', () => {
      const feed = customerFeed([
        { id: 'silent', values: [] },
        { id: 'measured', values: [OK, MISS, OK, OK] },
      ]);
      const row = rowOf(feed);
      expect(row.period).to.deep.equal({
        start: Date.parse(month(4).start),
        end: Date.parse(month(4).end),
      });
      expect(row.trend.map((p) => [p.start, p.score])).to.deep.equal([
        [Date.parse(month(1).start), 100],
        [Date.parse(month(2).start), 0],
        [Date.parse(month(3).start), 100],
        [Date.parse(month(4).start), 100],
      ]);
    });
  });

  describe('review due', () => {
    it('is none when no agreement has a review date', () => {
      const feed = customerFeed([
        { id: 'a', values: [OK] },
        { id: 'b', values: [OK] },
      ]);
      expect(rowOf(feed).reviewDue).to.equal(null);
    });

    it('names the earliest review date, and the first agreement of equal ones', () => {
      const feed = customerFeed([
        { id: 'late', values: [OK], reviewBy: '2026-09-01T00:00:00Z' },
        { id: 'early-1', values: [OK], reviewBy: '2026-05-15T00:00:00Z' },
        { id: 'early-2', values: [OK], reviewBy: '2026-05-15T00:00:00Z' },
      ]);
      expect(rowOf(feed).reviewDue).to.deep.equal({
        agreementId: 'early-1',
        reviewBy: Date.parse('2026-05-15T00:00:00Z'),
        state: 'soon',
      });
    });
  });

  describe('worst objective', () => {
    it('between equal statuses and equal shortfalls, the first in feed order', () => {
      const feed = customerFeed([
        { id: 'a', values: [null, null, null, OK] },
        { id: 'b', values: [null, null, null, MISS] },
        { id: 'c2', values: [null, null, null, MISS] },
      ]);
      expect(rowOf(feed).worst).to.deep.include({
        agreementId: 'b',
        status: 'breached',
        value: MISS,
      });
    });

    it('with no data anywhere, the first objective, without a value', () => {
      // The second objective's span differs: without values, no shortfall decides.
      const feed = customerFeed([
        { id: 'a', values: [] },
        { id: 'b', values: [], objectives: [{ ...UP, target: 99.5 }] },
      ]);
      const row = rowOf(feed);
      expect(row.worst).to.deep.include({
        agreementId: 'a',
        objectiveId: 'up',
        status: 'no-data',
        value: null,
      });
      expect([row.score, row.status, row.period]).to.deep.equal([null, 'no-data', null]);
      expect(row.counts).to.deep.equal({ met: 0, atRisk: 0, breached: 0, noData: 2, total: 2 });
    });

    it('measures a shortfall in plain units when minimum and target are equal', () => {
      // 98 against 99 / 99 is 1 unit short; 98.9 against 99 / 99.9 only 0.11 spans.
      const flat = { ...UP, id: 'up', target: 99 };
      const feed = customerFeed([
        { id: 'spanned', values: [null, null, null, 98.9] },
        { id: 'flat', values: [null, null, null, 98], objectives: [flat] },
      ]);
      expect(rowOf(feed).worst).to.deep.include({ agreementId: 'flat', value: 98 });
      // 98.5 against 99 / 99 is 0.5 units short; 98 against 99 / 99.9 is 1.11 spans.
      const less = customerFeed([
        { id: 'spanned', values: [null, null, null, 98] },
        { id: 'flat', values: [null, null, null, 98.5], objectives: [flat] },
      ]);
      expect(rowOf(less).worst).to.deep.include({ agreementId: 'spanned', value: 98 });
    });

    it('an objective without data is worse than a met one that comes first', () => {
      const other = { ...UP, id: 'other', name: 'Other' };
      const feed = customerFeed([
        { id: 'a', values: [null, null, null, OK], objectives: [UP, other] },
      ]);
      expect(rowOf(feed).worst).to.deep.include({ objectiveId: 'other', status: 'no-data' });
    });
  });

  describe('options', () => {
    it('reads the review window and the trend length the same for the list and one row', () => {
      const index = indexFeed(bookFeed());
      expect(portfolioRows(index, { now: NOW })[0]!.reviewDue?.state).to.equal('soon');
      // Ten days ahead: later with a window of 9 days, also in the list.
      const nine = portfolioRows(index, { now: NOW, reviewSoonDays: 9 });
      expect(nine[0]!.reviewDue?.state).to.equal('later');
      expect(portfolioRows(index, { now: NOW, trendPeriods: -3 })[0]!.trend).to.deep.equal([]);
      expect(portfolioRows(index, { now: NOW, trendPeriods: 2 })[0]!.trend).to.have.length(2);
    });

    it('hands the caller a list of its own, also when the list comes from the memo', () => {
      const index = indexFeed(bookFeed());
      portfolioRows(index, { now: NOW });
      const again = portfolioRows(index, { now: NOW });
      again.reverse();
      expect(portfolioRows(index, { now: NOW })[0]!.customerId).to.equal('acme');
    });

    it('never mistakes one set of options for another', () => {
      const index = indexFeed(bookFeed());
      // Twelve trend points with a 3-day window, then one point with a 23-day window.
      const a = portfolioRows(index, { now: NOW, trendPeriods: 12, reviewSoonDays: 3 });
      const b = portfolioRows(index, { now: NOW, trendPeriods: 1, reviewSoonDays: 23 });
      expect([a[0]!.trend.length, a[0]!.reviewDue?.state]).to.deep.equal([3, 'later']);
      expect([b[0]!.trend.length, b[0]!.reviewDue?.state]).to.deep.equal([1, 'soon']);
    });

    it('hands out rows nobody can change, so a memoised row stays right', () => {
      const index = indexFeed(bookFeed());
      const [acme] = portfolioRows(index, { now: NOW });
      const parts: object[] = [
        acme!,
        acme!.counts,
        acme!.money,
        ...acme!.money,
        acme!.trend,
        acme!.trend[0]!,
        acme!.worst!,
        acme!.reviewDue!,
        acme!.exit!,
        acme!.period!,
      ];
      for (const part of parts)
        expect(() => Object.assign(part, { score: 1, 0: 1 }), JSON.stringify(part)).to.throw(
          TypeError,
        );
      expect(portfolioRows(index, { now: NOW })[0]!.score).to.equal(80);
    });
  });
});
