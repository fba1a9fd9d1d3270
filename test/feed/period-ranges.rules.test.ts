// Period ranges (src/feed/rules/period-ranges.ts, docs/feed.md "Validation"): a measured value
// fits its objective's unit, a period's own levels are percentages for a percentage objective and
// keep the minimum no better than the target, and counts.good is at most counts.total. Each edge
// is valid, one step beyond is not.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import { baseFeed } from '../fixtures/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   raw feeds changed field by field */
type Loose = Record<string, any>;

/** [path, message] of every error of a feed whose availability period is changed by `change`. */
function errorsOf(change: (period: Loose, feed: Loose) => unknown): [string, string][] {
  const feed = baseFeed() as Loose;
  change(feed.periods[0] as Loose, feed);
  const result = parseFeed(feed);
  return result.ok ? [] : result.issues.map((i) => [i.path, i.message]);
}

describe('period range rules', () => {
  it('a percentage is valid from 0 to 100 inclusive, not beyond', () => {
    for (const value of [0, 100, null])
      expect(
        errorsOf((p) => (p.value = value)),
        String(value),
      ).to.deep.equal([]);
    for (const value of [-0.001, 100.001])
      expect(
        errorsOf((p) => (p.value = value)),
        String(value),
      ).to.deep.equal([
        ['periods[0].value', `is ${value}, outside 0..100 for a percentage objective.`],
      ]);
    // another unit has no such range
    expect(errorsOf((p, f) => (f.periods[1].value = 1_000_000))).to.deep.equal([]);
  });

  it('a pass-fail value is 1 or 0, or no data', () => {
    const passFail = (f: Loose) => (f.agreements[0].objectives[1].unit = 'pass-fail');
    for (const value of [0, 1, null])
      expect(
        errorsOf((p, f) => {
          passFail(f);
          f.agreements[0].objectives[1].minimum = 1;
          f.agreements[0].objectives[1].target = 1;
          f.agreements[0].objectives[1].direction = 'higher-is-better';
          f.periods[1].value = value;
        }),
        String(value),
      ).to.deep.equal([]);
    expect(
      errorsOf((p, f) => {
        passFail(f);
        f.agreements[0].objectives[1].minimum = 1;
        f.agreements[0].objectives[1].target = 1;
        f.agreements[0].objectives[1].direction = 'higher-is-better';
        f.periods[1].value = 0.5;
      }),
    ).to.deep.equal([
      ['periods[1].value', 'is 0.5; a pass-fail objective takes 1 (complied) or 0 (not complied).'],
    ]);
  });

  it('a period level of a percentage objective is a percentage, 0 and 100 included', () => {
    expect(errorsOf((p) => (p.levels = { minimum: 0, target: 100 }))).to.deep.equal([]);
    expect(errorsOf((p) => (p.levels = { minimum: -1 }))).to.deep.equal([
      ['periods[0].levels.minimum', 'must be a percentage between 0 and 100.'],
    ]);
    expect(errorsOf((p) => (p.levels = { target: 101 }))).to.deep.equal([
      ['periods[0].levels.target', 'must be a percentage between 0 and 100.'],
    ]);
    expect(errorsOf((p) => (p.levels = { minimum: 101, target: 102 }))).to.deep.include.members([
      ['periods[0].levels.minimum', 'must be a percentage between 0 and 100.'],
      ['periods[0].levels.target', 'must be a percentage between 0 and 100.'],
    ]);
  });

  it('good counts may equal the total, not exceed it', () => {
    expect(errorsOf((p) => (p.counts = { good: 10, total: 10 }))).to.deep.equal([]);
    expect(errorsOf((p) => (p.counts = { good: 11, total: 10 }))).to.deep.equal([
      ['periods[0].counts.good', 'is larger than counts.total.'],
    ]);
  });

  it('a period minimum may equal its target but not be better, with its own or the objective level', () => {
    // the customer agreement sets the target to 99.95 over the corporate 99.9
    expect(errorsOf((p) => (p.levels = { minimum: 99.95 }))).to.deep.equal([]);
    expect(errorsOf((p) => (p.levels = { minimum: 99.96 }))).to.deep.equal([
      [
        'periods[0].levels',
        'set a minimum better than the target for a higher-is-better objective: periods[0].levels.minimum is 99.96, agreements[1].objectives[0].target is 99.95.',
      ],
    ]);
    expect(errorsOf((p) => (p.levels = { target: 99 }))).to.deep.equal([
      [
        'periods[0].levels',
        'set a minimum better than the target for a higher-is-better objective: agreements[0].objectives[0].minimum is 99.5, periods[0].levels.target is 99.',
      ],
    ]);
    // lower is better: a minimum below the target is the better one
    expect(errorsOf((p, f) => (f.periods[1].levels = { minimum: 300, target: 400 }))).to.deep.equal(
      [
        [
          'periods[1].levels',
          'set a minimum better than the target for a lower-is-better objective: periods[1].levels.minimum is 300, periods[1].levels.target is 400.',
        ],
      ],
    );
  });

  it('levels that mix a fraction with a percentage get a hint', () => {
    const [issue] = errorsOf((p) => (p.levels = { minimum: 99.5, target: 0.999 }));
    expect(issue![1]).to.contain(
      ' Is one of them written as a fraction? Percentages are 0..100 (99.9, not 0.999).',
    );
  });
});
