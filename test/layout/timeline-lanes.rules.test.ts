import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { laneAt, laneLayout, markSpan } from '../../src/layout/timeline-lanes.js';

describe('timeline lanes, rules', () => {
  it('lanes share the height left after the axis, in whole pixels', () => {
    const l = laneLayout(4, { height: 228, axisHeight: 28 });
    expect(l.laneHeight).to.equal(44); // 200 / 4 = 50, capped at the 44 px largest lane
    expect(l.lanes.map((b) => b.y)).to.deep.equal([0, 44, 88, 132]);
    expect(l.lanesHeight).to.equal(176);
    expect(l.axisY).to.equal(176);
    expect(l.height).to.equal(204);
  });

  it('a lane is never smaller than the smallest lane: the plot grows instead', () => {
    const l = laneLayout(30, { height: 320, axisHeight: 28, minLane: 20 });
    expect(l.laneHeight).to.equal(20);
    expect(l.height).to.equal(30 * 20 + 28);
  });

  it('lanes between the smallest and the largest split the room and round down', () => {
    const l = laneLayout(7, { height: 250, axisHeight: 30, minLane: 10, maxLane: 100 });
    expect(l.laneHeight).to.equal(31); // 220 / 7 = 31.4
  });

  it('a mark keeps a sixth of its lane free above and below, at least 2 px', () => {
    const big = laneLayout(1, { height: 72, axisHeight: 0, maxLane: 72 }).lanes[0]!;
    expect(big.markY).to.equal(12);
    expect(big.markHeight).to.equal(48);
    const small = laneLayout(1, { height: 9, axisHeight: 0, minLane: 9, maxLane: 9 }).lanes[0]!;
    expect(small.markY).to.equal(2);
    expect(small.markHeight).to.equal(5);
    const tiny = laneLayout(1, { height: 3, axisHeight: 0, minLane: 3, maxLane: 3 }).lanes[0]!;
    expect(tiny.markHeight).to.equal(1);
  });

  it('no lanes: no height but the axis', () => {
    const l = laneLayout(0, { height: 300 });
    expect(l.lanes).to.deep.equal([]);
    expect(l.laneHeight).to.equal(0);
    expect(l.height).to.equal(28);
    expect(laneAt(l, 0)).to.equal(-1);
  });

  it('the defaults are a 28 px axis and lanes of 20 to 44 px', () => {
    expect(laneLayout(2, { height: 1000 }).laneHeight).to.equal(44);
    expect(laneLayout(2, { height: 10 }).laneHeight).to.equal(20);
    expect(laneLayout(3, { height: 118 }).laneHeight).to.equal(30);
    expect(laneLayout(1, { height: 100 }).axisY).to.equal(44);
  });

  it('a fractional lane count counts whole lanes only', () => {
    expect(laneLayout(2.7, { height: 200 }).lanes).to.have.length(2);
  });

  it('a span is ordered left to right, also on a right-to-left scale', () => {
    const ltr = (t: number) => t * 2;
    const rtl = (t: number) => 100 - t * 2;
    expect(markSpan(ltr, 10, 20)).to.deep.equal({ x0: 20, x1: 40 });
    expect(markSpan(rtl, 10, 20)).to.deep.equal({ x0: 60, x1: 80 });
  });

  it('a span narrower than the smallest mark grows around its middle', () => {
    const x = (t: number) => t;
    expect(markSpan(x, 10, 10.5)).to.deep.equal({ x0: 9.25, x1: 11.25 });
    expect(markSpan(x, 10, 10, 4)).to.deep.equal({ x0: 8, x1: 12 });
    expect(markSpan(x, 10, 12)).to.deep.equal({ x0: 10, x1: 12 });
  });

  it('the bottom edge of the last lane is outside the lanes, the top of the first inside', () => {
    const l = laneLayout(3, { height: 100 });
    expect(laneAt(l, l.lanesHeight)).to.equal(-1);
    expect(laneAt(l, l.lanesHeight - 0.5)).to.equal(2);
    expect(laneAt(l, 0)).to.equal(0);
    expect(laneAt(l, l.laneHeight + 1)).to.equal(1);
    expect(laneAt(l, -0.5)).to.equal(-1);
    expect(laneAt(l, Number.NaN)).to.equal(-1);
  });

  it('the lane under a y is the one whose box holds it, by a brute-force oracle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.double({ min: -50, max: 1300, noNaN: true }),
        (count, height, y) => {
          const l = laneLayout(count, { height });
          const expected = l.lanes.findIndex((b) => y >= b.y && y < b.y + b.height);
          expect(laneAt(l, y)).to.equal(expected);
        },
      ),
    );
  });
});
