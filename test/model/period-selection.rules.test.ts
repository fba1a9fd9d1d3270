// Period selection rules from docs/feed.md ("Agreement periods"): a `YYYY-MM-DD` selector names
// the period containing that day (its first day to its last, in the agreement's calendar), any
// other text names none; a monthly period runs from the local midnight of a 1st to the local
// midnight of the next 1st.
import { expect } from '@open-wc/testing';
import type { AgreementPeriod } from '../../src/model/index.js';
import { isMonthlyPeriod, selectPeriod } from '../../src/model/index.js';
import { at } from './helpers.js';

const period = (start: string, end: string): AgreementPeriod => ({
  agreementId: 'a',
  start: at(start),
  end: at(end),
  periods: [],
});
const october = period('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z');
const november = period('2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z');
const now = at('2026-12-15T00:00:00Z');

describe('model/period-selection rules', () => {
  it('a selector that is neither YYYY-MM nor YYYY-MM-DD names no period, even one that reads like a day inside a period', () => {
    for (const text of ['2026-10-15x', '2026-10-15T12:00', '2026-10-1', '2026-10-15 noon']) {
      expect(selectPeriod([october, november], text, 'UTC', now), text).to.equal(null);
    }
  });

  it('a day selector names the period from its first day to its last day, and not the day after its end', () => {
    expect(selectPeriod([october], '2026-10-01', 'UTC', now)).to.equal(october);
    expect(selectPeriod([october], '2026-10-31', 'UTC', now)).to.equal(october);
    expect(selectPeriod([october], '2026-11-01', 'UTC', now)).to.equal(null);
    expect(selectPeriod([october], '2026-09-30', 'UTC', now)).to.equal(null);
    // The day a period ends on (exclusively) is the next period's first day.
    expect(selectPeriod([october, november], '2026-11-01', 'UTC', now)).to.equal(november);
    expect(selectPeriod([october, november], '2026-10-31', 'UTC', now)).to.equal(october);
  });

  it('a monthly period starts on a 1st and ends on the next 1st, both at local midnight', () => {
    expect(isMonthlyPeriod(october, 'UTC')).to.equal(true);
    // From the 15th to the next 1st, or from a 1st to the 15th of the next month: not a month.
    expect(isMonthlyPeriod(period('2026-10-15T00:00:00Z', '2026-11-01T00:00:00Z'), 'UTC')).to.equal(
      false,
    );
    expect(isMonthlyPeriod(period('2026-10-01T00:00:00Z', '2026-11-15T00:00:00Z'), 'UTC')).to.equal(
      false,
    );
    // A 1st to the next 1st, but at one in the morning: not a calendar month.
    expect(isMonthlyPeriod(period('2026-10-01T01:00:00Z', '2026-11-01T01:00:00Z'), 'UTC')).to.equal(
      false,
    );
    expect(isMonthlyPeriod(period('2026-10-01T00:00:00Z', '2026-11-01T01:00:00Z'), 'UTC')).to.equal(
      false,
    );
  });
});
