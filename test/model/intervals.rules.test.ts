// Half-open intervals (docs/feed.md, "Breaches, overlaps and ongoing breaches"): shared minutes
// count once, touching intervals merge, empty ones vanish. The property tests check the helpers
// against a brute-force oracle that marks every minute of a small timeline.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  clipInterval,
  MINUTE_MS,
  unionIntervals,
  unionMinutes,
  type Interval,
} from '../../src/model/index.js';

const m = (minutes: number): number => minutes * MINUTE_MS;
const iv = (start: number, end: number): Interval => ({ start: m(start), end: m(end) });

/** Oracle: the minutes 0..span-1 covered by at least one interval, one by one. */
function coveredMinutes(intervals: readonly Interval[], span: number): boolean[] {
  const covered = new Array<boolean>(span).fill(false);
  for (const i of intervals) {
    for (let t = 0; t < span; t++) {
      if (m(t) >= i.start && m(t) < i.end) covered[t] = true;
    }
  }
  return covered;
}

/** Oracle: maximal runs of covered minutes, as intervals. */
function runs(covered: readonly boolean[]): Interval[] {
  const out: Interval[] = [];
  let start = -1;
  for (let t = 0; t <= covered.length; t++) {
    if (covered[t] && start < 0) start = t;
    if (!covered[t] && start >= 0) {
      out.push(iv(start, t));
      start = -1;
    }
  }
  return out;
}

const SPAN = 60;
const arbInterval = fc
  .tuple(fc.integer({ min: 0, max: SPAN }), fc.integer({ min: 0, max: SPAN }))
  .map(([a, b]) => iv(a, b));

describe('interval rules', () => {
  it('overlapping intervals merge into one and count shared minutes once', () => {
    expect(unionIntervals([iv(0, 10), iv(5, 15)])).to.deep.equal([iv(0, 15)]);
    expect(unionMinutes([iv(0, 10), iv(5, 15)])).to.equal(15);
  });

  it('touching intervals merge: an end equal to the next start leaves no gap', () => {
    expect(unionIntervals([iv(0, 10), iv(10, 20)])).to.deep.equal([iv(0, 20)]);
  });

  it('an interval contained in another does not shorten it', () => {
    expect(unionIntervals([iv(0, 30), iv(5, 10)])).to.deep.equal([iv(0, 30)]);
    expect(unionMinutes([iv(0, 30), iv(5, 10)])).to.equal(30);
  });

  it('intervals with a gap stay apart, sorted by start whatever the input order', () => {
    expect(unionIntervals([iv(20, 30), iv(0, 10)])).to.deep.equal([iv(0, 10), iv(20, 30)]);
    expect(unionMinutes([iv(20, 30), iv(0, 10)])).to.equal(20);
  });

  it('empty and reversed intervals are dropped', () => {
    expect(unionIntervals([iv(5, 5), iv(9, 3)])).to.deep.equal([]);
    expect(unionMinutes([iv(5, 5)])).to.equal(0);
  });

  it('the union does not change the intervals it was given', () => {
    const input = [iv(0, 10), iv(5, 15)];
    unionIntervals(input);
    expect(input).to.deep.equal([iv(0, 10), iv(5, 15)]);
  });

  it('clipping keeps the part inside [from, to) and nothing outside it', () => {
    expect(clipInterval(iv(0, 30), m(10), m(20))).to.deep.equal(iv(10, 20));
    expect(clipInterval(iv(12, 18), m(10), m(20))).to.deep.equal(iv(12, 18));
    expect(clipInterval(iv(0, 15), m(10), m(20))).to.deep.equal(iv(10, 15));
  });

  it('clipping an interval that only touches the range leaves nothing', () => {
    expect(clipInterval(iv(0, 10), m(10), m(20))).to.equal(null);
    expect(clipInterval(iv(20, 30), m(10), m(20))).to.equal(null);
  });

  it('the union equals the runs of covered minutes, counted minute by minute', () => {
    fc.assert(
      fc.property(fc.array(arbInterval, { maxLength: 8 }), (intervals) => {
        const covered = coveredMinutes(intervals, SPAN);
        expect(unionIntervals(intervals)).to.deep.equal(runs(covered));
        expect(unionMinutes(intervals)).to.equal(covered.filter(Boolean).length);
      }),
    );
  });

  it('a clipped interval covers exactly the minutes of both the interval and the range', () => {
    fc.assert(
      fc.property(arbInterval, arbInterval, (interval, range) => {
        const clipped = clipInterval(interval, range.start, range.end);
        const a = coveredMinutes([interval], SPAN);
        const b = coveredMinutes([range], SPAN);
        const both = a.map((x, t) => x && b[t]!);
        expect(clipped === null ? [] : [clipped]).to.deep.equal(runs(both));
      }),
    );
  });
});
