import { expect } from '@open-wc/testing';
import {
  agreementPeriods,
  indexFeed,
  isMonthlyPeriod,
  isPeriodComplete,
  isReviewDue,
  latestComplete,
  selectPeriod,
  type AgreementPeriod,
} from '../../src/model/index.js';
import { at, customerAgreement, feedOf, month } from './helpers.js';

function monthsFeed() {
  return feedOf({
    customers: [{ id: 'c', name: 'C' }],
    agreements: [customerAgreement()],
    periods: [8, 9, 10, 11].map((m) => ({
      agreementId: 'a',
      objectiveId: 'up',
      ...month(m),
      value: 99.95,
    })),
  });
}

const period = (start: string, end: string): AgreementPeriod => ({
  agreementId: 'a',
  start: at(start),
  end: at(end),
  periods: [],
});
const iso = (p: AgreementPeriod | null): string | null =>
  p ? new Date(p.start).toISOString().slice(0, 10) : null;

describe('model/period-selection', () => {
  const periods = agreementPeriods(indexFeed(monthsFeed()), 'a');
  const now = at('2026-11-15T12:00:00Z');

  it('selectPeriod picks the latest complete period by default, a month by YYYY-MM and a day by YYYY-MM-DD', () => {
    expect(iso(selectPeriod(periods, undefined, 'UTC', now))).to.equal('2026-10-01');
    expect(iso(selectPeriod(periods, '  ', 'UTC', now))).to.equal('2026-10-01');
    expect(iso(selectPeriod(periods, '2026-08', 'UTC', now))).to.equal('2026-08-01');
    expect(iso(selectPeriod(periods, '2026-09-30', 'UTC', now))).to.equal('2026-09-01');
    expect(selectPeriod(periods, '2031-01', 'UTC', now)).to.equal(null);
    expect(selectPeriod(periods, 'last month', 'UTC', now)).to.equal(null);
    expect(selectPeriod([], undefined, 'UTC', now)).to.equal(null);
    // Before any period has ended: the latest (running) one.
    expect(iso(selectPeriod(periods, undefined, 'UTC', at('2026-08-20T00:00:00Z')))).to.equal(
      '2026-11-01',
    );
  });

  it('selectPeriod reads months and days in the agreement time zone', () => {
    // A Berlin October starts at 2026-09-30T22:00Z: "2026-10" in Europe/Berlin, September in UTC.
    const berlin = period('2026-09-30T22:00:00Z', '2026-10-31T23:00:00Z');
    expect(selectPeriod([berlin], '2026-10', 'Europe/Berlin', now)).to.equal(berlin);
    expect(selectPeriod([berlin], '2026-10', 'UTC', now)).to.equal(null);
    expect(selectPeriod([berlin], '2026-10-31', 'Europe/Berlin', now)).to.equal(berlin);
    expect(selectPeriod([berlin], '2026-09-30', 'Europe/Berlin', now)).to.equal(null);
  });

  it('isMonthlyPeriod: one calendar month of the agreement time zone, DST included', () => {
    expect(isMonthlyPeriod(period('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z'), 'UTC')).to.equal(
      true,
    );
    expect(isMonthlyPeriod(period('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z'), 'UTC')).to.equal(
      true,
    );
    expect(isMonthlyPeriod(period('2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z'), 'UTC')).to.equal(
      true,
    );
    // Berlin's October has 31 days and one hour (summer time ends on the 25th).
    const berlin = period('2026-09-30T22:00:00Z', '2026-10-31T23:00:00Z');
    expect(isMonthlyPeriod(berlin, 'Europe/Berlin')).to.equal(true);
    expect(isMonthlyPeriod(berlin, 'UTC')).to.equal(false);
    // 30 days from the 15th is a billing period, not "October".
    expect(isMonthlyPeriod(period('2026-10-15T00:00:00Z', '2026-11-14T00:00:00Z'), 'UTC')).to.equal(
      false,
    );
    // A month that ends a day early, or a quarter, is not a month either.
    expect(isMonthlyPeriod(period('2026-10-01T00:00:00Z', '2026-10-31T00:00:00Z'), 'UTC')).to.equal(
      false,
    );
    expect(isMonthlyPeriod(period('2026-10-01T00:00:00Z', '2027-01-01T00:00:00Z'), 'UTC')).to.equal(
      false,
    );
  });

  it('isPeriodComplete: a period ending at now is complete; latestComplete uses the same rule', () => {
    const october = periods[2]!;
    expect(isPeriodComplete(october, october.end)).to.equal(true);
    expect(isPeriodComplete(october, october.end - 1)).to.equal(false);
    expect(latestComplete(periods, october.end)).to.equal(october);
    expect(latestComplete(periods, october.end - 1)).to.equal(periods[1]);
  });

  it('isReviewDue: due from the review instant on, by the now it is given (never the clock)', () => {
    const reviewBy = at('2026-11-01T00:00:00Z');
    expect(isReviewDue({ reviewBy }, reviewBy - 1)).to.equal(false);
    expect(isReviewDue({ reviewBy }, reviewBy)).to.equal(true);
    expect(isReviewDue({ reviewBy }, at('2030-01-01T00:00:00Z'))).to.equal(true);
    expect(isReviewDue({}, at('2030-01-01T00:00:00Z'))).to.equal(false);
    // A review date in the future of the real clock is due when the view's now has passed it.
    const future = Date.parse('2999-01-01T00:00:00Z');
    expect(isReviewDue({ reviewBy: future }, future + 1)).to.equal(true);
  });
});
