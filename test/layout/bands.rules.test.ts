// The band chart's geometry: the nines scale keeps 99.9 vs 99.99 apart, zones never get thinner
// than their minimum width, the direction and the writing direction mirror the axis, and the
// dots stack instead of hiding each other. Hand-computed figures, plus a geometry snapshot.
import { expect } from '@open-wc/testing';
import { bandChartLayout, usesNines, type BandChartOptions } from '../../src/layout/bands.js';
import { incentiveZones } from '../../src/model/incentive-zones.js';
import { objective } from '../model/helpers.js';
import { expectSnapshot } from './snapshot.js';

const uptime = objective({
  minimum: 99.9,
  target: 99.95,
  creditTiers: [
    { threshold: 99.9, creditPercent: 10 },
    { threshold: 99.0, creditPercent: 30 },
  ],
  incentiveTiers: [{ threshold: 99.99, bonusPercent: 2 }],
});
const latency = objective({
  unit: 'millisecond',
  direction: 'lower-is-better',
  minimum: 300,
  target: 200,
  creditTiers: [{ threshold: 300, creditPercent: 5 }],
  incentiveTiers: [{ threshold: 100, bonusPercent: 1 }],
});

function layout(o: typeof uptime, extra: Partial<BandChartOptions> = {}) {
  return bandChartLayout({
    zones: incentiveZones(o),
    direction: o.direction,
    unit: o.unit,
    minimum: o.minimum,
    target: o.target,
    values: [],
    selected: null,
    width: 600,
    ...extra,
  });
}

const r1 = (x: number) => Math.round(x * 10) / 10;

describe('layout/bands', () => {
  it('uses the nines scale for availability-like percentages only', () => {
    expect(usesNines('percent', 'higher-is-better', [99, 99.9])).to.equal(true);
    expect(usesNines('percent', 'higher-is-better', [90, 99.9])).to.equal(true);
    expect(usesNines('percent', 'higher-is-better', [89.9, 99.9])).to.equal(false);
    expect(usesNines('percent', 'higher-is-better', [100])).to.equal(false);
    expect(usesNines('percent', 'lower-is-better', [99.9])).to.equal(false);
    expect(usesNines('ms', 'higher-is-better', [99.9])).to.equal(false);
    expect(usesNines('percent', 'higher-is-better', [])).to.equal(false);
    expect(layout(uptime).scale).to.equal('nines');
    expect(layout(latency).scale).to.equal('linear');
  });

  it('gives each decade of unavailability the same width on the nines scale', () => {
    // Zones: <99 | 99..99.9 | 99.9..99.95 | 99.95..99.99 | >=99.99. On the nines scale the
    // closed zones span 1, log10(2) and log10(5) nines; open ones the median, log10(5) = 0.699.
    const l = layout(uptime, { minZoneWidth: 0 });
    const w = l.zones.map((z) => z.width);
    const ext = [0.699, 1, Math.log10(2), Math.log10(5), 0.699 * 1];
    const sum = ext.reduce((a, b) => a + b, 0);
    expect(w.map(r1)).to.deep.equal(ext.map((e) => r1((600 * e) / sum)));
    // 99.9 vs 99.99 is as wide as 99 vs 99.9: they are a decade apart on the scale.
    const x = (v: number) => l.ticks.find((t) => t.value === v)!.x;
    expect(r1(x(99.99) - x(99.9))).to.equal(r1(x(99.9) - x(99)));
  });

  it('keeps every zone at least minZoneWidth wide and fills the width', () => {
    const tiny = objective({
      minimum: 99.9,
      target: 99.9001,
      incentiveTiers: [{ threshold: 99.90011, bonusPercent: 1 }],
    });
    const l = layout(tiny, { minZoneWidth: 30 });
    for (const z of l.zones) expect(z.width).to.be.at.least(30 - 1e-9);
    expect(r1(l.zones.reduce((a, z) => a + z.width, 0))).to.equal(600);
    // Too narrow for the minimum: equal shares.
    const narrow = layout(uptime, { width: 100, minZoneWidth: 28 });
    expect(narrow.zones.map((z) => z.width)).to.deep.equal([20, 20, 20, 20, 20]);
  });

  it('runs from worst to best: lower is better puts high values at the start', () => {
    const l = layout(latency, { values: [350, 250, 150, 50], selected: 1 });
    const xs = l.dots.map((d) => d.cx);
    expect(xs[0]!).to.be.below(xs[1]!);
    expect(xs[1]!).to.be.below(xs[2]!);
    expect(xs[2]!).to.be.below(xs[3]!);
    expect(l.dots.map((d) => d.zone)).to.deep.equal([0, 1, 2, 3]);
    expect(l.markerX).to.equal(xs[1]);
    expect(l.ticks.map((t) => [t.value, t.kind])).to.deep.equal([
      [300, 'minimum'],
      [200, 'target'],
      [100, 'threshold'],
    ]);
    expect(l.targetX).to.equal(l.ticks[1]!.x);
    expect(l.zones.map((z) => z.count)).to.deep.equal([1, 1, 1, 1]);
  });

  it('mirrors right to left', () => {
    const ltr = layout(uptime, { values: [99.92], selected: 0 });
    const rtl = layout(uptime, { values: [99.92], selected: 0, rtl: true });
    expect(rtl.markerX).to.equal(600 - ltr.markerX!);
    expect(rtl.zones[0]!.x).to.equal(600 - ltr.zones[0]!.width);
    expect(rtl.targetX).to.equal(600 - ltr.targetX!);
  });

  it('places a value linearly on the scale inside its zone, a threshold at the zone edge', () => {
    const l = layout(latency, { values: [250, 200], selected: null, minZoneWidth: 0 });
    const z = l.zones[1]!;
    expect(r1(l.dots[0]!.cx)).to.equal(r1(z.x + z.width / 2));
    expect(l.dots[1]!.cx).to.equal(l.targetX);
    expect(l.markerX).to.equal(null);
  });

  it('stacks dots closer than a diameter and skips periods without data', () => {
    const l = layout(uptime, {
      values: [99.92, 99.92, null, 99.92, 99.5],
      selected: 2,
      dotRadius: 5,
    });
    expect(l.dots.map((d) => [d.index, d.level])).to.deep.equal([
      [0, 0],
      [1, 1],
      [3, 2],
      [4, 0],
    ]);
    expect(l.levels).to.equal(3);
    expect(l.markerX).to.equal(null);
    expect(layout(uptime).levels).to.equal(0);
  });

  it('stretches an open zone to hold its values, within limits, and clamps beyond', () => {
    const near = layout(latency, { values: [310], selected: 0, minZoneWidth: 0 });
    const far = layout(latency, { values: [1000], selected: 0, minZoneWidth: 0 });
    const farther = layout(latency, { values: [5000], selected: 0, minZoneWidth: 0 });
    expect(far.zones[0]!.width).to.be.above(near.zones[0]!.width);
    expect(r1(farther.zones[0]!.width)).to.equal(r1(far.zones[0]!.width));
    expect(farther.markerX).to.equal(0);
    // The best zone of the nines scale ends a decade past the best threshold (100 %).
    const top = layout(uptime, { values: [100], selected: 0 });
    expect(r1(top.markerX!)).to.equal(600);
  });

  it('lays out one open zone around its values', () => {
    const options: BandChartOptions = {
      zones: [{ worseBound: null, betterBound: null }],
      direction: 'higher-is-better',
      unit: 'count',
      minimum: 0,
      target: 0,
      values: [4, 6],
      selected: 0,
      width: 100,
    };
    const one = bandChartLayout(options);
    expect(one.zones).to.deep.equal([{ index: 0, x: 0, width: 100, count: 2 }]);
    expect(one.dots.map((d) => d.cx)).to.deep.equal([0, 100]);
    expect(one.ticks).to.deep.equal([]);
    const flat = bandChartLayout({ ...options, values: [5] });
    expect(flat.zones.map((z) => z.width)).to.deep.equal([100]);
    expect(flat.markerX).to.equal(50);
  });

  it('gives the open zones the median extent of the closed ones (an even count: their mean)', () => {
    // Linear counts: <100 | 100..200 | 200..400 | >=400; closed extents 100 and 200, median 150.
    const counts = objective({
      unit: 'count',
      minimum: 100,
      target: 200,
      incentiveTiers: [{ threshold: 400, bonusPercent: 1 }],
    });
    expect(layout(counts, { minZoneWidth: 0 }).zones.map((z) => z.width)).to.deep.equal([
      150, 100, 200, 150,
    ]);
    // Two zones and nothing closed: one unit each.
    const two = objective({ unit: 'count', minimum: 5, target: 5 });
    expect(layout(two, { minZoneWidth: 0 }).zones.map((z) => z.width)).to.deep.equal([300, 300]);
  });

  it('stretches the open zones by a tenth beyond their farthest value', () => {
    // Latency: closed zones of 100 ms; 450 ms is 150 past 300 (x 1.1 = 165), 0 ms is 100 past
    // 100 (110). Extents 165, 100, 100, 110 of 475.
    const l = layout(latency, { values: [450, 0], selected: 0, minZoneWidth: 0 });
    const ext = [165, 100, 100, 110];
    expect(l.zones.map((z) => r1(z.width))).to.deep.equal(ext.map((e) => r1((600 * e) / 475)));
    // 450 ms is 15 of the 165 from the zone's start.
    expect(r1(l.markerX!)).to.equal(r1(((600 * 165) / 475) * (15 / 165)));
    expect(r1(l.dots[1]!.cx)).to.equal(r1(600 - ((600 * 110) / 475) * (10 / 110)));
  });

  it('stacks only dots closer than a diameter: exactly a diameter apart stay side by side', () => {
    const one = (values: number[]) =>
      bandChartLayout({
        zones: [{ worseBound: null, betterBound: null }],
        direction: 'higher-is-better',
        unit: 'count',
        minimum: 0,
        target: 0,
        values,
        selected: null,
        width: 100,
        dotRadius: 4,
      });
    expect(one([0, 8, 100]).dots.map((d) => d.level)).to.deep.equal([0, 0, 0]);
    expect(one([0, 7.9, 100]).dots.map((d) => d.level)).to.deep.equal([0, 1, 0]);
    // No values: one zone over the whole width, nothing marked.
    const none = one([]);
    expect(none.zones).to.deep.equal([{ index: 0, x: 0, width: 100, count: 0 }]);
    expect(none.markerX).to.equal(null);
    expect(none.levels).to.equal(0);
  });

  it('draws the same geometry as before (snapshot)', async () => {
    await expectSnapshot('band-chart', {
      uptime: layout(uptime, {
        values: [99.9, 99.91, 99.93, 99.96, 99.995, 98.5, 99.9, 99.902, null, 99.99, 99.95, 99.97],
        selected: 11,
      }),
      latencyRtl: layout(latency, {
        values: [320, 290, 210, 190, 90, 250],
        selected: 0,
        rtl: true,
      }),
    });
  });
});
