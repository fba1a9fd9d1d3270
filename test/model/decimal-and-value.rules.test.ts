// The decimal rule and derived period values (docs/feed.md, "Decimal rule" and "Counts"): stated
// as examples a reader can check by hand, through the public model entry.
import { expect } from '@open-wc/testing';
import {
  compareDecimal,
  decimal,
  isDerivedValue,
  isWorse,
  minorUnitDigits,
  moneyDiffers,
  periodValue,
  roundMoney,
} from '../../src/model/index.js';

describe('decimal rules', () => {
  it('a figure is kept to ten decimal places, and what is not a number stays what it is', () => {
    expect(decimal(100 - 99.9)).to.equal(0.1);
    expect(Number.isNaN(decimal(NaN))).to.equal(true);
    expect(decimal(Infinity)).to.equal(Infinity);
    expect(decimal(-Infinity)).to.equal(-Infinity);
  });

  it('two figures within a few units of the tenth place compare by their rounded values', () => {
    // 2e-10 apart at most, so the rounded values decide
    expect(compareDecimal(1.00000000016, 1.00000000004)).to.equal(1);
    expect(compareDecimal(1.00000000004, 1.00000000016)).to.equal(-1);
    expect(compareDecimal(100 - 99.9, 0.1)).to.equal(0);
    expect(compareDecimal(0.1, 100 - 99.9)).to.equal(0);
  });

  it('a value equal to the threshold at ten decimal places is not worse, whichever the direction', () => {
    expect(isWorse('lower-is-better', 100 - 99.9, 0.1)).to.equal(false);
    expect(isWorse('higher-is-better', 0.1, 100 - 99.9)).to.equal(false);
    expect(isWorse('lower-is-better', 0.1000000003, 0.1)).to.equal(true);
  });

  it('figures far apart compare by their order', () => {
    expect(compareDecimal(99.9, 99.8)).to.equal(1);
    expect(compareDecimal(99.8, 99.9)).to.equal(-1);
  });

  it('the minor unit follows the currency: 2 for EUR, 0 for JPY, 3 for KWD, 2 when unknown', () => {
    expect(minorUnitDigits('JPY')).to.equal(0);
    expect(minorUnitDigits('JPY')).to.equal(0);
    expect(minorUnitDigits('KWD')).to.equal(3);
    expect(minorUnitDigits('EUR')).to.equal(2);
    expect(minorUnitDigits(undefined)).to.equal(2);
    expect(minorUnitDigits('not a currency')).to.equal(2);
  });

  it('money rounds half away from zero in the minor unit, negative amounts too', () => {
    expect(roundMoney(1_234.565, 'EUR')).to.equal(1_234.57);
    expect(roundMoney(-1_234.565, 'EUR')).to.equal(-1_234.57);
    expect(roundMoney(1_234.5, 'JPY')).to.equal(1_235);
    expect(roundMoney(-1_234.5, 'JPY')).to.equal(-1_235);
    expect(roundMoney(-0.0005, 'KWD')).to.equal(-0.001);
    expect(Number.isNaN(roundMoney(NaN, 'EUR'))).to.equal(true);
  });

  it('a recorded amount half a minor unit from the computed one is a rounding of it, either way', () => {
    // 0.035 EUR x 100 is 3.5000000000000004 in binary, 0.145 EUR x 100 is 14.499999999999998
    expect(moneyDiffers(0.03, 0.035, 'EUR')).to.equal(false);
    expect(moneyDiffers(0.04, 0.035, 'EUR')).to.equal(false);
    expect(moneyDiffers(0.14, 0.145, 'EUR')).to.equal(false);
    expect(moneyDiffers(0.15, 0.145, 'EUR')).to.equal(false);
    expect(moneyDiffers(0.02, 0.035, 'EUR')).to.equal(true);
    expect(moneyDiffers(3, 3.5, 'JPY')).to.equal(false);
    expect(moneyDiffers(2, 3.5, 'JPY')).to.equal(true);
  });
});

describe('derived value rules', () => {
  const higher = { direction: 'higher-is-better' as const, unit: 'percent' as const };
  const lower = { direction: 'lower-is-better' as const, unit: 'percent' as const };

  it('a period without a value takes good / total x 100 from its counts, whether the value is null or absent', () => {
    const counts = { good: 999, total: 1_000 };
    expect(periodValue(higher, { value: null, counts })).to.equal(99.9);
    expect(periodValue(higher, { value: undefined as unknown as null, counts })).to.equal(99.9);
    expect(periodValue(lower, { value: null, counts })).to.equal(0.1);
  });

  it('counts without a unit are taken as those of a ratio; with another unit they give no value', () => {
    const counts = { good: 3, total: 4 };
    expect(periodValue({ direction: 'higher-is-better' }, { value: null, counts })).to.equal(75);
    expect(
      periodValue({ direction: 'higher-is-better', unit: 'millisecond' }, { value: null, counts }),
    ).to.equal(null);
  });

  it('a value in the feed wins over the counts, and a value that is not a number is no value', () => {
    const counts = { good: 3, total: 4 };
    expect(periodValue(higher, { value: 98, counts })).to.equal(98);
    expect(periodValue(higher, { value: NaN, counts })).to.equal(null);
  });

  it('a value is derived only when the feed has none and the counts give one', () => {
    const counts = { good: 3, total: 4 };
    expect(isDerivedValue(higher, { value: null, counts })).to.equal(true);
    expect(isDerivedValue(higher, { value: undefined as unknown as null, counts })).to.equal(true);
    expect(isDerivedValue(higher, { value: 98, counts })).to.equal(false);
    expect(isDerivedValue(higher, { value: null })).to.equal(false);
    expect(isDerivedValue(higher, { value: null, counts: { good: 0, total: 0 } })).to.equal(false);
  });
});
