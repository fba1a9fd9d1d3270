// Scales: a linear map domain -> range and its inverse, not clamped; a zero-width domain maps to
// the middle of the range. Linear ticks are multiples of 1, 2 or 5 times a power of ten.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { linearScale, niceLinearTicks, timeScale } from '../../src/layout/scale.js';

describe('linear and time scales', () => {
  it('a scale maps the domain ends onto the range ends and interpolates linearly between them', () => {
    const s = linearScale([10, 20], [100, 300]);
    expect([s(10), s(15), s(20)]).to.deep.equal([100, 200, 300]);
    expect(s.domain).to.deep.equal([10, 20]);
    expect(s.range).to.deep.equal([100, 300]);
  });

  it('a scale is not clamped: values outside the domain land outside the range', () => {
    const s = linearScale([0, 10], [0, 100]);
    expect([s(-5), s(20)]).to.deep.equal([-50, 200]);
    expect([s.invert(-50), s.invert(200)]).to.deep.equal([-5, 20]);
  });

  it('a mirrored range runs right to left, and invert takes pixels back to the domain', () => {
    const s = linearScale([0, 10], [100, 0]);
    expect([s(0), s(2.5), s(10)]).to.deep.equal([100, 75, 0]);
    expect([s.invert(100), s.invert(75), s.invert(0)]).to.deep.equal([0, 2.5, 10]);
  });

  it('a zero-width domain maps every value to the middle of the range', () => {
    const s = linearScale([3, 3], [0, 10]);
    expect([s(3), s(-100), s(100)]).to.deep.equal([5, 5, 5]);
  });

  it('a zero-width range inverts every pixel to the middle of the domain', () => {
    const s = linearScale([0, 10], [7, 7]);
    expect([s(0), s(10)]).to.deep.equal([7, 7]);
    expect([s.invert(0), s.invert(7), s.invert(50)]).to.deep.equal([5, 5, 5]);
  });

  it('domain and range are copies, frozen: changing the tuple passed in changes nothing', () => {
    const domain: [number, number] = [0, 10];
    const s = linearScale(domain, [0, 100]);
    domain[1] = 20;
    expect(s(10)).to.equal(100);
    expect(Object.isFrozen(s.domain) && Object.isFrozen(s.range)).to.equal(true);
  });

  it('a time scale maps epoch milliseconds like a linear scale, exactly at whole days', () => {
    const day = 86_400_000;
    const start = Date.UTC(2026, 0, 1);
    const s = timeScale([start, start + 90 * day], [0, 900]);
    expect([s(start), s(start + day), s(start + 45 * day)]).to.deep.equal([0, 10, 450]);
    expect(s.invert(10)).to.equal(start + day);
  });

  it('invert undoes the map (within floating point), for any non-degenerate domain and range', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(finite, finite, finite, finite, finite, (d0, d1, r0, r1, v) => {
        fc.pre(Math.abs(d1 - d0) > 1e-3 && Math.abs(r1 - r0) > 1e-3);
        const s = linearScale([d0, d1], [r0, r1]);
        const back = s.invert(s(v));
        expect(Math.abs(back - v)).to.be.lessThan(
          1e-6 * Math.max(1, Math.abs(v), Math.abs(d0), Math.abs(d1)),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('nice linear ticks', () => {
  it('ticks are multiples of a step of 1, 2 or 5 times a power of ten, ends included when round', () => {
    expect(niceLinearTicks([0, 100], 5)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(niceLinearTicks([0, 100], 10)).to.deep.equal([
      0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100,
    ]);
    expect(niceLinearTicks([0, 100], 2)).to.deep.equal([0, 50, 100]);
    expect(niceLinearTicks([0, 1000], 1)).to.deep.equal([0, 1000]);
  });

  it('the step is the 1-2-5 step nearest to span / count (square-root thresholds between them)', () => {
    // span / count = 1.4 -> 1, 1.5 -> 2, 3.1 -> 2, 3.2 -> 5, 7 -> 5, 7.1 -> 10
    expect(niceLinearTicks([0, 14], 10)).to.have.length(15);
    expect(niceLinearTicks([0, 15], 10)).to.deep.equal([0, 2, 4, 6, 8, 10, 12, 14]);
    expect(niceLinearTicks([0, 31], 10)).to.deep.equal([
      0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30,
    ]);
    expect(niceLinearTicks([0, 32], 10)).to.deep.equal([0, 5, 10, 15, 20, 25, 30]);
    expect(niceLinearTicks([0, 70], 10)).to.deep.equal([
      0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70,
    ]);
    expect(niceLinearTicks([0, 71], 10)).to.deep.equal([0, 10, 20, 30, 40, 50, 60, 70]);
  });

  it('ticks inside a domain that does not start or end on a step start at the first multiple', () => {
    expect(niceLinearTicks([3, 97], 5)).to.deep.equal([20, 40, 60, 80]);
    expect(niceLinearTicks([-1.05, 2.3], 7)).to.deep.equal([-1, -0.5, 0, 0.5, 1, 1.5, 2]);
  });

  it('fractional steps give exact decimals, with no floating-point dust', () => {
    expect(niceLinearTicks([0, 1], 10)).to.deep.equal([
      0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
    expect(niceLinearTicks([99.5, 100], 5)).to.deep.equal([99.5, 99.6, 99.7, 99.8, 99.9, 100]);
    expect(niceLinearTicks([0.3, 0.9], 6)).to.deep.equal([0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(niceLinearTicks([0, 0.01], 2)).to.deep.equal([0, 0.005, 0.01]);
  });

  it('at exactly a square-root threshold between two steps, the larger step is taken', () => {
    // span / count = sqrt(2): 2, not 1; sqrt(10): 5, not 2; sqrt(50): 10, not 5
    expect(niceLinearTicks([0, Math.SQRT2], 1)).to.deep.equal([0]);
    expect(niceLinearTicks([0, Math.sqrt(10)], 1)).to.deep.equal([0]);
    expect(niceLinearTicks([0, Math.sqrt(50)], 1)).to.deep.equal([0]);
    expect(niceLinearTicks([0, 10 * Math.SQRT2], 10)).to.deep.equal([0, 2, 4, 6, 8, 10, 12, 14]);
  });

  it('domains near the limits of floating point: a span that overflows has no ticks, huge values do', () => {
    expect(niceLinearTicks([-1e308, 1e308], 5)).to.deep.equal([]);
    expect(niceLinearTicks([1e308, 1.5e308], 5)).to.have.length(6);
  });

  it('steps of 1 and more are multiplied out, never divided (no floating-point dust on large values)', () => {
    // -1677 / 0.0001 is -16770000.000000002; -1677 * 10000 is exact
    expect(niceLinearTicks([-16_770_000, -16_760_000], 1)).to.deep.equal([
      -16_770_000, -16_760_000,
    ]);
  });

  it('a descending domain gives the same ticks, descending', () => {
    expect(niceLinearTicks([10, 0], 4)).to.deep.equal([10, 8, 6, 4, 2, 0]);
  });

  it('a zero-width domain has its one value; no count or a non-finite domain has none', () => {
    expect(niceLinearTicks([5, 5], 4)).to.deep.equal([5]);
    expect(niceLinearTicks([0, 10], 0)).to.deep.equal([]);
    expect(niceLinearTicks([0, 10], -1)).to.deep.equal([]);
    expect(niceLinearTicks([0, 10], Number.NaN)).to.deep.equal([]);
    expect(niceLinearTicks([0, 10], Infinity)).to.deep.equal([]);
    expect(niceLinearTicks([1, 10], Infinity)).to.deep.equal([]);
    expect(niceLinearTicks([Infinity, Infinity], 5)).to.deep.equal([]);
    expect(niceLinearTicks([0, Infinity], 5)).to.deep.equal([]);
    expect(niceLinearTicks([Number.NaN, 1], 5)).to.deep.equal([]);
  });

  it('every tick lies in the domain, ticks are evenly spaced, and there are about count of them', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        (lo, span, count) => {
          const hi = lo + span;
          const ticks = niceLinearTicks([lo, hi], count);
          for (const t of ticks) expect(t >= lo && t <= hi).to.equal(true);
          // The 1-2-5 step is within sqrt(10) / 2 of span / count either way.
          const most = (count * Math.sqrt(10)) / 2;
          expect(ticks.length).to.be.at.most(Math.floor(most) + 1);
          expect(ticks.length).to.be.at.least(Math.floor(count / (Math.sqrt(10) / 2)));
          for (let i = 2; i < ticks.length; i++) {
            const a = ticks[i - 1]! - ticks[i - 2]!;
            const b = ticks[i]! - ticks[i - 1]!;
            expect(Math.abs(a - b)).to.be.lessThan(1e-9 * Math.max(1, Math.abs(hi), Math.abs(lo)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
