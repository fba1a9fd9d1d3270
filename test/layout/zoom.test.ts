// Zoom and pan arithmetic (src/layout/zoom.ts): examples a reader can check by hand, then
// properties over random domains, factors and anchors: the anchor keeps its pixel, every result
// stays inside the extent, and no span is shorter than the minimum or longer than the extent.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  brushDomain,
  clampDomain,
  panBy,
  zoomAt,
  type Domain,
  type ZoomLimits,
} from '../../src/layout/zoom.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 8, 1);
/** 90 days of data, down to one hour. */
const limits: ZoomLimits = { extent: { start: T0, end: T0 + 90 * DAY }, minSpan: HOUR };
const days = (a: number, b: number): Domain => ({ start: T0 + a * DAY, end: T0 + b * DAY });

describe('zoomAt', () => {
  it('halves the span around the anchor: a time at a quarter of the domain stays at a quarter', () => {
    const d = zoomAt(days(0, 40), 0.5, T0 + 10 * DAY, limits);
    expect(d).to.deep.equal(days(5, 25));
  });

  it('zooms out around the anchor by a factor above 1', () => {
    expect(zoomAt(days(20, 30), 2, T0 + 25 * DAY, limits)).to.deep.equal(days(15, 35));
  });

  it('zooming out near the start stops at the extent and keeps the wider span', () => {
    expect(zoomAt(days(0, 10), 2, T0 + 5 * DAY, limits)).to.deep.equal(days(0, 20));
  });

  it('zooming out near the end stops at the extent', () => {
    expect(zoomAt(days(80, 90), 2, T0 + 85 * DAY, limits)).to.deep.equal(days(70, 90));
  });

  it('never zooms out beyond the extent', () => {
    expect(zoomAt(days(10, 80), 10, T0 + 50 * DAY, limits)).to.deep.equal(days(0, 90));
  });

  it('never zooms in below the minimum span, and keeps the anchor while clamped', () => {
    const anchor = T0 + 10 * DAY + HOUR;
    const d = zoomAt({ start: T0 + 10 * DAY, end: T0 + 10 * DAY + 4 * HOUR }, 0.01, anchor, limits);
    expect(d.end - d.start).to.equal(HOUR);
    // the anchor was a quarter in; it still is
    expect(d.start).to.equal(anchor - HOUR / 4);
  });

  it('an anchor before the domain zooms around the start edge', () => {
    expect(zoomAt(days(20, 40), 0.5, T0, limits)).to.deep.equal(days(20, 30));
  });

  it('an anchor after the domain zooms around the end edge', () => {
    expect(zoomAt(days(20, 40), 0.5, T0 + 89 * DAY, limits)).to.deep.equal(days(30, 40));
  });

  it('a non-finite anchor zooms around the centre', () => {
    expect(zoomAt(days(20, 40), 0.5, Number.NaN, limits)).to.deep.equal(days(25, 35));
  });

  it('a factor of 0, below 0 or not finite leaves the domain as it is', () => {
    for (const f of [0, -1, Number.NaN, Infinity]) {
      expect(zoomAt(days(20, 40), f, T0 + 30 * DAY, limits), String(f)).to.deep.equal(days(20, 40));
    }
  });

  it('a domain of no width zooms out around its instant', () => {
    const t = T0 + 30 * DAY;
    expect(zoomAt({ start: t, end: t }, 2, t, limits)).to.deep.equal({
      start: t - HOUR,
      end: t + HOUR,
    });
  });
});

describe('panBy', () => {
  it('moves the domain later by a positive delta and earlier by a negative one, same span', () => {
    expect(panBy(days(10, 20), 3 * DAY, limits)).to.deep.equal(days(13, 23));
    expect(panBy(days(10, 20), -3 * DAY, limits)).to.deep.equal(days(7, 17));
  });

  it('stops at the start and at the end of the extent', () => {
    expect(panBy(days(10, 20), -30 * DAY, limits)).to.deep.equal(days(0, 10));
    expect(panBy(days(70, 80), 30 * DAY, limits)).to.deep.equal(days(80, 90));
  });

  it('a non-finite delta does not move the domain', () => {
    expect(panBy(days(10, 20), Number.NaN, limits)).to.deep.equal(days(10, 20));
  });
});

describe('clampDomain', () => {
  it('keeps a domain that is already inside the limits', () => {
    expect(clampDomain(days(10, 20), limits)).to.deep.equal(days(10, 20));
  });

  it('orders a reversed domain', () => {
    expect(clampDomain(days(20, 10), limits)).to.deep.equal(days(10, 20));
  });

  it('widens a domain narrower than the minimum around its centre', () => {
    const mid = T0 + 10 * DAY;
    expect(clampDomain({ start: mid - 60_000, end: mid + 60_000 }, limits)).to.deep.equal({
      start: mid - HOUR / 2,
      end: mid + HOUR / 2,
    });
  });

  it('shifts a domain that starts before the extent, or ends after it, inside', () => {
    expect(clampDomain(days(-5, 5), limits)).to.deep.equal(days(0, 10));
    expect(clampDomain(days(85, 95), limits)).to.deep.equal(days(80, 90));
  });

  it('narrows a domain wider than the extent to the extent', () => {
    expect(clampDomain(days(-50, 150), limits)).to.deep.equal(days(0, 90));
  });

  it('gives the extent for a domain that is not finite', () => {
    expect(clampDomain({ start: Number.NaN, end: T0 }, limits)).to.deep.equal(days(0, 90));
    expect(clampDomain({ start: T0, end: Infinity }, limits)).to.deep.equal(days(0, 90));
  });

  it('an extent of no width is the only domain, whatever the zoom', () => {
    const point: ZoomLimits = { extent: { start: T0, end: T0 }, minSpan: HOUR };
    expect(zoomAt(days(1, 2), 0.5, T0 + DAY, point)).to.deep.equal({ start: T0, end: T0 });
    expect(zoomAt(days(1, 2), 2, T0, point)).to.deep.equal({ start: T0, end: T0 });
  });

  it('an extent shorter than the minimum span is the only domain', () => {
    const short: ZoomLimits = { extent: { start: T0, end: T0 + 10 * 60_000 }, minSpan: HOUR };
    expect(clampDomain({ start: T0 + 60_000, end: T0 + 120_000 }, short)).to.deep.equal(
      short.extent,
    );
    expect(zoomAt(short.extent, 0.5, T0, short)).to.deep.equal(short.extent);
  });
});

describe('brushDomain', () => {
  it('orders the two ends of a brush', () => {
    expect(brushDomain(T0 + 5 * DAY, T0 + 2 * DAY, limits)).to.deep.equal(days(2, 5));
    expect(brushDomain(T0 + 2 * DAY, T0 + 5 * DAY, limits)).to.deep.equal(days(2, 5));
  });

  it('clips a brush to the extent', () => {
    expect(brushDomain(T0 - 5 * DAY, T0 + 95 * DAY, limits)).to.deep.equal(days(0, 90));
  });

  it('a click (no width) or a brush narrower than the minimum span is no brush', () => {
    expect(brushDomain(T0 + DAY, T0 + DAY, limits)).to.equal(null);
    expect(brushDomain(T0 + DAY, T0 + DAY + HOUR - 1, limits)).to.equal(null);
    expect(brushDomain(T0 + DAY, T0 + DAY + HOUR, limits)).to.deep.equal({
      start: T0 + DAY,
      end: T0 + DAY + HOUR,
    });
  });

  it('a brush wholly outside the extent is no brush, even with no minimum span', () => {
    const any: ZoomLimits = { ...limits, minSpan: 0 };
    expect(brushDomain(T0 - 5 * DAY, T0 - 2 * DAY, any)).to.equal(null);
    expect(brushDomain(T0 + 95 * DAY, T0 + 99 * DAY, any)).to.equal(null);
    expect(brushDomain(T0 + DAY, T0 + DAY, any)).to.equal(null);
  });

  it('a brush with an end that is not finite is no brush', () => {
    expect(brushDomain(Number.NaN, T0 + DAY, limits)).to.equal(null);
    expect(brushDomain(T0, Infinity, limits)).to.equal(null);
  });
});

// --- properties ------------------------------------------------------------------------------

/** Whole-millisecond limits: an extent of a minute to a few years, a minimum span within it. */
const limitsArb = fc
  .record({
    start: fc.integer({ min: 0, max: 2_000_000_000_000 }),
    span: fc.integer({ min: 60_000, max: 4 * 365 * DAY }),
    minFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ start, span, minFraction }): ZoomLimits => ({
    extent: { start, end: start + span },
    minSpan: Math.max(1, Math.floor(span * minFraction)),
  }));

/** A domain within the limits and an anchor inside it. */
const caseArb = limitsArb.chain((l) =>
  fc
    .record({
      a: fc.double({ min: 0, max: 1, noNaN: true }),
      b: fc.double({ min: 0, max: 1, noNaN: true }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      factor: fc.double({ min: 0.01, max: 100, noNaN: true }),
      delta: fc.double({ min: -2, max: 2, noNaN: true }),
    })
    .map(({ a, b, at, factor, delta }) => {
      const width = l.extent.end - l.extent.start;
      const domain = clampDomain(
        { start: l.extent.start + a * width, end: l.extent.start + b * width },
        l,
      );
      const anchor = domain.start + at * (domain.end - domain.start);
      return { limits: l, domain, anchor, factor, delta: delta * width };
    }),
);

function expectWithin(d: Domain, l: ZoomLimits): void {
  expect(d.start).to.be.at.least(l.extent.start);
  expect(d.end).to.be.at.most(l.extent.end);
  expect(d.end - d.start).to.be.at.least(l.minSpan);
  expect(d.end - d.start).to.be.at.most(l.extent.end - l.extent.start);
}

describe('zoom properties', () => {
  it('zoomAt keeps the result inside the extent and its span within the limits', () => {
    fc.assert(
      fc.property(caseArb, ({ limits: l, domain, anchor, factor }) => {
        expectWithin(zoomAt(domain, factor, anchor, l), l);
      }),
      { numRuns: 500 },
    );
  });

  it('zoomAt keeps the anchor at its pixel when the limits do not push the result', () => {
    fc.assert(
      fc.property(caseArb, ({ limits: l, domain, anchor, factor }) => {
        const span = domain.end - domain.start;
        const wanted = span * factor;
        const next = zoomAt(domain, factor, anchor, l);
        const fraction = (anchor - domain.start) / span;
        const unpushed =
          wanted >= l.minSpan &&
          wanted <= l.extent.end - l.extent.start &&
          anchor - fraction * wanted >= l.extent.start &&
          anchor + (1 - fraction) * wanted <= l.extent.end;
        fc.pre(unpushed);
        const nextSpan = next.end - next.start;
        // whole milliseconds: the anchor may move by the rounding, never more than 2 ms
        expect(Math.abs(next.start + fraction * nextSpan - anchor)).to.be.at.most(2);
        expect(Math.abs(nextSpan - wanted)).to.be.at.most(1);
      }),
      { numRuns: 500 },
    );
  });

  it('panBy keeps the span and stays inside the extent', () => {
    fc.assert(
      fc.property(caseArb, ({ limits: l, domain, delta }) => {
        const next = panBy(domain, delta, l);
        expectWithin(next, l);
        expect(next.end - next.start).to.equal(domain.end - domain.start);
      }),
      { numRuns: 500 },
    );
  });

  it('panBy moves by the delta exactly when the extent does not stop it', () => {
    fc.assert(
      fc.property(caseArb, ({ limits: l, domain, delta }) => {
        const whole = Math.round(delta);
        fc.pre(domain.start + whole >= l.extent.start && domain.end + whole <= l.extent.end);
        expect(panBy(domain, whole, l).start).to.equal(domain.start + whole);
      }),
      { numRuns: 300 },
    );
  });

  it('clampDomain of any domain is inside the limits, and clamping again changes nothing', () => {
    fc.assert(
      fc.property(
        limitsArb,
        fc.double({ min: -1e13, max: 1e13, noNaN: true }),
        fc.double({ min: -1e13, max: 1e13, noNaN: true }),
        (l, a, b) => {
          const once = clampDomain({ start: a, end: b }, l);
          expectWithin(once, l);
          expect(clampDomain(once, l)).to.deep.equal(once);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('brushDomain is ordered, inside the extent and at least the minimum span, or null', () => {
    fc.assert(
      fc.property(
        limitsArb,
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        (l, a, b) => {
          const width = l.extent.end - l.extent.start;
          const ta = l.extent.start + a * width;
          const tb = l.extent.start + b * width;
          const d = brushDomain(ta, tb, l);
          const clipped =
            Math.min(Math.max(ta, tb), l.extent.end) - Math.max(Math.min(ta, tb), l.extent.start);
          if (clipped < l.minSpan) {
            expect(d).to.equal(null);
            return;
          }
          expect(d).to.not.equal(null);
          expect(d!.start).to.be.at.least(l.extent.start);
          expect(d!.end).to.be.at.most(l.extent.end);
          expect(d!.end - d!.start).to.be.at.least(l.minSpan);
        },
      ),
      { numRuns: 500 },
    );
  });
});
