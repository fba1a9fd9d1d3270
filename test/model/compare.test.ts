import { expect } from '@open-wc/testing';
import {
  betterOf,
  compareValues,
  isAtLeastAsGood,
  isBetter,
  isWorse,
  worseOf,
  worseSeverity,
  worstSeverity,
  severityRank,
} from '../../src/model/index.js';

describe('model/compare', () => {
  it('isWorse(higher-is-better) means value < threshold; equal is not worse', () => {
    expect(isWorse('higher-is-better', 98.99, 99)).to.equal(true);
    expect(isWorse('higher-is-better', 99, 99)).to.equal(false);
    expect(isWorse('higher-is-better', 99.5, 99)).to.equal(false);
  });

  it('isWorse(lower-is-better) means value > threshold; equal is not worse', () => {
    expect(isWorse('lower-is-better', 301, 300)).to.equal(true);
    expect(isWorse('lower-is-better', 300, 300)).to.equal(false);
    expect(isWorse('lower-is-better', 250, 300)).to.equal(false);
  });

  it('isBetter is strict and isAtLeastAsGood accepts equality', () => {
    expect(isBetter('higher-is-better', 99, 99)).to.equal(false);
    expect(isBetter('lower-is-better', 200, 300)).to.equal(true);
    expect(isAtLeastAsGood('higher-is-better', 99, 99)).to.equal(true);
    expect(isAtLeastAsGood('lower-is-better', 300, 300)).to.equal(true);
    expect(isAtLeastAsGood('lower-is-better', 301, 300)).to.equal(false);
  });

  it('compareValues sorts better values first in both directions', () => {
    expect([95, 99.99, 99].sort((a, b) => compareValues('higher-is-better', a, b))).to.deep.equal([
      99.99, 99, 95,
    ]);
    expect([800, 120, 300].sort((a, b) => compareValues('lower-is-better', a, b))).to.deep.equal([
      120, 300, 800,
    ]);
    expect(compareValues('lower-is-better', 5, 5)).to.equal(0);
  });

  it('worseOf and betterOf follow the direction', () => {
    expect(worseOf('higher-is-better', 99, 98)).to.equal(98);
    expect(worseOf('lower-is-better', 100, 200)).to.equal(200);
    expect(betterOf('higher-is-better', 99, 98)).to.equal(99);
    expect(betterOf('lower-is-better', 100, 200)).to.equal(100);
  });

  it('worstSeverity ranks critical > major > minor > unknown; null for none', () => {
    expect(worstSeverity(['minor', 'critical', 'major'])).to.equal('critical');
    expect(worstSeverity(['unknown', 'minor'])).to.equal('minor');
    expect(worstSeverity([])).to.equal(null);
    expect(worseSeverity('major', 'major')).to.equal('major');
    expect(severityRank('unknown')).to.equal(0);
  });
});
