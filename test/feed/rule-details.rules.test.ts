// Details of the rules across records (src/feed/rules: fraction, unknown-values,
// incomplete-objectives): the fraction hint's range, an unknown unit alone, and a missing field of
// an inherited objective reported once, where the objective is written.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import { fractionHint, within01 } from '../../src/feed/rules/fraction.js';
import { baseFeed } from '../fixtures/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   raw feeds changed field by field */
type Loose = Record<string, any>;

const HINT = ' Is one of them written as a fraction? Percentages are 0..100 (99.9, not 0.999).';

describe('rule detail rules', () => {
  it('a fraction lies from 0 to 1 inclusive, and every value given must be one (undefined counts as one)', () => {
    expect([0, 1, 0.5, -0.001, 1.001].map((x) => within01(x))).to.deep.equal([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(within01(undefined, 0.5)).to.equal(true);
    expect(within01(0.5, 2)).to.equal(false);
    expect(within01(2, 0.5)).to.equal(false);
    expect(within01()).to.equal(true);
  });

  it('the fraction hint is for percentages only, when one level is a fraction and the other is not', () => {
    expect(fractionHint('percent', 0.999, 99.5)).to.equal(HINT);
    expect(fractionHint('percent', 99.5, 1)).to.equal(HINT);
    expect(fractionHint('percent', 99.5, 99.9)).to.equal('');
    expect(fractionHint('percent', 0.5, 0.9)).to.equal('');
    expect(fractionHint('millisecond', 0.5, 400)).to.equal('');
    expect(fractionHint(undefined, 0.5, 400)).to.equal('');
  });

  it('an unknown unit alone is reported, with indicator and category known', () => {
    const feed = baseFeed() as Loose;
    feed.agreements[0].objectives[1].unit = 'parsecs';
    const result = parseFeed(feed);
    expect(result.ok && result.warnings.map((w) => w.path)).to.deep.equal([
      'agreements[0].objectives[1].unit',
    ]);
    const indicator = baseFeed() as Loose;
    indicator.agreements[0].objectives[1].indicator = 'vibes';
    const other = parseFeed(indicator);
    expect(other.ok && other.warnings.map((w) => w.path)).to.deep.equal([
      'agreements[0].objectives[1].indicator',
    ]);
  });

  it('a field missing from an objective is reported once, on the agreement that writes it, not on those that inherit it', () => {
    const feed = baseFeed() as Loose;
    delete feed.agreements[0].objectives[1].name;
    const result = parseFeed(feed);
    expect(!result.ok && result.issues.map((i) => [i.path, i.message])).to.deep.equal([
      [
        'agreements[0].objectives[1]',
        'is missing name (not set here nor inherited from a parent agreement).',
      ],
    ]);
  });
});
