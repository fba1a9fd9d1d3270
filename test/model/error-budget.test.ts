import { expect } from '@open-wc/testing';
import { errorBudget, isRatioObjective } from '../../src/model/index.js';
import { at, objective } from './helpers.js';

describe('model/error-budget', () => {
  const feb = { start: at('2026-02-01T00:00:00Z'), end: at('2026-03-01T00:00:00Z') };
  const availability = objective({ indicator: 'availability', target: 99.9, minimum: 99 });

  it('isRatioObjective is true for objectives measured in percent only', () => {
    expect(isRatioObjective(availability)).to.equal(true);
    expect(isRatioObjective(objective({ unit: 'millisecond' }))).to.equal(false);
    expect(isRatioObjective(objective({ unit: 'score' }))).to.equal(false);
  });

  it('errorBudget allows 100 - target for higher-is-better and measures 100 - value without counts', () => {
    const b = errorBudget(availability, { ...feb, value: 99.95 })!;
    expect(b.allowedShare).to.be.closeTo(0.1, 1e-9);
    expect(b.badShare).to.be.closeTo(0.05, 1e-9);
    expect(b.consumed).to.be.closeTo(0.5, 1e-9);
    expect(b.remaining).to.be.closeTo(0.5, 1e-9);
    expect(b.source).to.equal('value');
    expect(b.overspent).to.equal(false);
    // Availability budgets are minutes; without counts the total is the period's length.
    expect(b.units).to.equal('minutes');
    expect(b.total).to.equal(28 * 24 * 60);
    expect(b.allowed).to.be.closeTo(40.32, 1e-6);
    expect(b.used).to.be.closeTo(20.16, 1e-6);
    expect(b.left).to.be.closeTo(20.16, 1e-6);
  });

  it('errorBudget counts bad = total - good from raw counts and lets remaining go negative', () => {
    const b = errorBudget(availability, {
      start: at('2026-04-01T00:00:00Z'),
      end: at('2026-05-01T00:00:00Z'),
      value: 99.88,
      counts: { good: 43_150, total: 43_200, excluded: 60 },
    })!;
    expect(b.source).to.equal('counts');
    expect(b.used).to.equal(50);
    expect(b.allowed).to.be.closeTo(43.2, 1e-9);
    expect(b.left).to.be.closeTo(-6.8, 1e-9);
    expect(b.consumed).to.be.closeTo(50 / 43.2, 1e-9);
    expect(b.remaining!).to.be.below(0);
    expect(b.overspent).to.equal(true);
  });

  it('errorBudget of a lower-is-better percentage (error rate) allows the target and consumes the value', () => {
    const errors = objective({
      indicator: 'error-rate',
      direction: 'lower-is-better',
      minimum: 2,
      target: 1,
    });
    const b = errorBudget(errors, { ...feb, value: 0.25 })!;
    expect(b.allowedShare).to.equal(1);
    expect(b.badShare).to.equal(0.25);
    expect(b.consumed).to.equal(0.25);
    expect(b.units).to.equal(null);
    expect(b.allowed).to.equal(null);
    const counted = errorBudget(errors, {
      ...feb,
      value: 0.1,
      counts: { good: 9990, total: 10_000 },
    })!;
    expect(counted.units).to.equal('events');
    expect(counted.allowed).to.equal(100);
    expect(counted.used).to.equal(10);
    expect(counted.left).to.equal(90);
    expect(counted.consumed).to.be.closeTo(0.1, 1e-9);
  });

  it('errorBudget returns null for objectives that are not ratios', () => {
    expect(
      errorBudget(
        objective({ unit: 'millisecond', direction: 'lower-is-better', minimum: 800, target: 300 }),
        { ...feb, value: 250 },
      ),
    ).to.equal(null);
  });

  it('errorBudget without data has no consumption, and falls back to the value when counts total 0', () => {
    const none = errorBudget(availability, { ...feb, value: null })!;
    expect(none.source).to.equal('none');
    expect(none.badShare).to.equal(null);
    expect(none.consumed).to.equal(null);
    expect(none.remaining).to.equal(null);
    expect(none.left).to.equal(null);
    const empty = errorBudget(availability, { ...feb, value: 100, counts: { good: 0, total: 0 } })!;
    expect(empty.source).to.equal('value');
    expect(empty.consumed).to.equal(0);
  });

  it('errorBudget of a 100 % target has no budget to divide: consumed is null, any bad share is overspent', () => {
    const perfect = objective({ target: 100, minimum: 99 });
    const b = errorBudget(perfect, { ...feb, value: 99.99 })!;
    expect(b.allowedShare).to.equal(0);
    expect(b.consumed).to.equal(null);
    expect(b.overspent).to.equal(true);
    expect(errorBudget(perfect, { ...feb, value: 100 })!.overspent).to.equal(false);
  });

  it('errorBudget uses the target in force for the period', () => {
    const b = errorBudget(availability, { ...feb, value: 99.5, levels: { target: 99.0 } })!;
    expect(b.allowedShare).to.equal(1);
    expect(b.consumed).to.be.closeTo(0.5, 1e-9);
  });
});
