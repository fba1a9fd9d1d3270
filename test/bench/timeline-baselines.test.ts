/**
 * The timeline benchmark's yardsticks (bench/timeline.baselines.ts) draw what the data holds, in
 * the same places: a baseline that drew fewer bars, or other bars, would make every ratio of the
 * bench a lie.
 */
import { expect } from '@open-wc/testing';
import {
  barHeight,
  CanvasBaseline,
  canvasBars,
  COLORS,
  D3SvgBaseline,
  d3Bars,
  laneTop,
  PLOT,
  plotX,
  type D3Bar,
} from '../../bench/timeline.baselines.js';
import {
  barsOf,
  DAY,
  overlapping,
  RANGE_END,
  RANGE_START,
  timelineFeed,
  type Bars,
} from '../../bench/timeline.data.js';

const FULL = { start: RANGE_START, end: RANGE_END };
const WEEK = { start: RANGE_START + 41 * DAY, end: RANGE_START + 48 * DAY };

function host(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
}

/** Pixel colour at CSS px (x, y) of the canvas. */
function pixel(canvas: HTMLCanvasElement, x: number, y: number): number[] {
  const dpr = canvas.width / 1200;
  const ctx = canvas.getContext('2d')!;
  return [...ctx.getImageData(Math.floor(x * dpr), Math.floor(y * dpr), 1, 1).data].slice(0, 3);
}

const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (a: number[], b: number[]): boolean => a.every((v, k) => Math.abs(v - b[k]!) <= 4);

describe('timeline bench baselines', () => {
  let bars: Bars;
  before(() => {
    bars = barsOf(timelineFeed(1_000, 8));
  });
  afterEach(() => {
    for (const el of [...document.body.children]) if (el.localName === 'div') el.remove();
  });

  it('canvas: one fillRect per bar in the domain, each in its lane and severity colour', () => {
    const chart = new CanvasBaseline(host(), canvasBars(bars), FULL);
    expect(chart.draw()).to.equal(1_000);
    expect(chart.draw(WEEK)).to.equal(overlapping(bars, WEEK.start, WEEK.end));
    expect(chart.drawn).to.be.below(200);
    // A bar of the week that no other bar of its lane touches shows its own colour at its centre.
    const alone = bars.id.findIndex(
      (_, i) =>
        bars.start[i]! > WEEK.start &&
        bars.end[i]! < WEEK.end &&
        plotX(bars.end[i]!, WEEK) - plotX(bars.start[i]!, WEEK) > 4 &&
        bars.id.every(
          (__, j) =>
            j === i ||
            bars.lane[j] !== bars.lane[i] ||
            bars.end[j]! + DAY / 24 < bars.start[i]! ||
            bars.start[j]! - DAY / 24 > bars.end[i]!,
        ),
    );
    expect(alone).to.be.at.least(0);
    const x = (plotX(bars.start[alone]!, WEEK) + plotX(bars.end[alone]!, WEEK)) / 2;
    const y = laneTop(bars.lane[alone]!) + barHeight / 2;
    expect(pixel(chart.canvas, x, y)).to.satisfy((c: number[]) =>
      near(c, rgb(COLORS[bars.severity[alone]!]!)),
    );
    // Above the bar (the gap between lanes) and outside the plot: background.
    expect(pixel(chart.canvas, x, laneTop(bars.lane[alone]!) - 1)).to.deep.equal([255, 255, 255]);
    expect(pixel(chart.canvas, PLOT.left - 2, y)).to.deep.equal([255, 255, 255]);
  });

  it('d3: one rect per bar, at the canvas geometry, and a zoom moves every rect', () => {
    const chart = new D3SvgBaseline(host(), d3Bars(bars), FULL);
    expect(chart.draw()).to.equal(1_000);
    const rects = [...chart.svg.querySelectorAll<SVGRectElement>('g[clip-path] rect')];
    expect(rects).to.have.length(1_000);
    const of = (id: string): SVGRectElement =>
      rects.find((r) => (r as SVGRectElement & { __data__: D3Bar }).__data__.id === id)!;
    const i = 17;
    const rect = of(bars.id[i]!);
    expect(Number(rect.getAttribute('x'))).to.be.closeTo(plotX(bars.start[i]!, FULL), 0.001);
    expect(Number(rect.getAttribute('y'))).to.be.closeTo(laneTop(bars.lane[i]!), 0.001);
    expect(rect.getAttribute('fill')).to.equal(COLORS[bars.severity[i]!]);
    chart.zoom(WEEK);
    expect(Number(rect.getAttribute('x'))).to.be.closeTo(plotX(bars.start[i]!, WEEK), 0.001);
    expect(chart.drawn).to.equal(1_000);
  });

  it('an update redraws from the new bars (d3 keyed by id: same rects, new attributes)', () => {
    const changed: Bars = { ...bars, severity: bars.severity.map((s) => (s + 1) % 3) };
    const canvas = new CanvasBaseline(host(), canvasBars(bars), FULL);
    canvas.draw();
    canvas.setBars(canvasBars(changed));
    expect(canvas.draw()).to.equal(1_000);
    const d3 = new D3SvgBaseline(host(), d3Bars(bars), FULL);
    d3.draw();
    const first = d3.svg.querySelector('g[clip-path] rect') as SVGRectElement & { __data__: D3Bar };
    const id = first.__data__.id;
    d3.setBars(d3Bars(changed));
    d3.draw();
    expect(d3.drawn).to.equal(1_000);
    const same = [...d3.svg.querySelectorAll('g[clip-path] rect')].find(
      (r) => (r as SVGRectElement & { __data__: D3Bar }).__data__.id === id,
    );
    expect(same).to.equal(first);
    expect(first.getAttribute('fill')).to.equal(COLORS[changed.severity[bars.id.indexOf(id)]!]);
  });

  it('a drag pans both by the dragged share of the plot', () => {
    for (const chart of [
      new CanvasBaseline(host(), canvasBars(bars), WEEK),
      new D3SvgBaseline(host(), d3Bars(bars), WEEK),
    ]) {
      chart.draw();
      chart.enablePan();
      const surface = chart instanceof CanvasBaseline ? chart.canvas : chart.svg;
      const at = (type: string, clientX: number): void => {
        surface.dispatchEvent(
          new PointerEvent(type, { clientX, clientY: 100, pointerId: 1, bubbles: true }),
        );
      };
      at('pointerdown', 600);
      at('pointermove', 600 + (PLOT.right - PLOT.left) / 7);
      at('pointerup', 600 + (PLOT.right - PLOT.left) / 7);
      expect(chart.domain.start).to.be.closeTo(WEEK.start - DAY, 1);
      expect(chart.domain.end - chart.domain.start).to.equal(7 * DAY);
    }
  });
});
