/**
 * The timeline benchmark's yardsticks (bench-only, never shipped), drawing the same bars as
 * `<sla-breach-timeline>` from arrays computed beforehand (bench/timeline.data.ts `barsOf`, turned
 * into each baseline's own input by `canvasBars` / `d3Bars`, outside any clock):
 *
 * - CanvasBaseline: the fastest a hand-written chart can be. One <canvas>, backing store sized
 *   once for devicePixelRatio, context scaled once; bars pre-sorted by severity (minor first, so
 *   the worst is on top), so `fillStyle` is set three times per frame; one `fillRect` per bar that
 *   overlaps the domain (a compare per bar: a linear scan, no index, no aggregation of bars that
 *   share a pixel column), clipped to the plot and at least 1 px wide; 20 lane labels. A zoom or
 *   an update is a full redraw from the arrays.
 * - D3SvgBaseline: plain d3 (d3-scale `scaleLinear` on epoch ms, d3-selection), one <rect> per bar
 *   keyed by breach id, a clipPath for the plot, 20 lane labels. A zoom sets `x` and `width` of
 *   every rect (SVG clipping hides the ones outside: no culling); an update is a keyed data join
 *   setting every attribute of every rect.
 *
 * Both share the geometry below (1200 x 560 px, 20 lanes); `plotX` is the canvas's own map and
 * the d3 one is built independently with d3-scale, so the bench can check that they agree.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { LANES, objectiveName, RANGE_END, RANGE_START, type Bars } from './timeline.data.js';

export const WIDTH = 1200;
export const HEIGHT = 560;
export const PLOT = { left: 120, right: WIDTH - 8, top: 24, bottom: HEIGHT - 8 } as const;
export const LANE_HEIGHT = (PLOT.bottom - PLOT.top) / LANES;
export const BAR_INSET = 3;
/** Fill by severity rank (0 critical, 1 major, 2 minor), and the background. */
export const COLORS = ['#b3261e', '#c45c00', '#8a6d00'] as const;
export const BACKGROUND = '#ffffff';
const LABEL = '#333333';
const RULE = '#e0e0e0';

export interface Domain {
  readonly start: number;
  readonly end: number;
}

/** The canvas baseline's x of time `t` (unclamped). */
export function plotX(t: number, domain: Domain): number {
  return PLOT.left + ((t - domain.start) / (domain.end - domain.start)) * (PLOT.right - PLOT.left);
}

export const laneTop = (lane: number): number => PLOT.top + lane * LANE_HEIGHT + BAR_INSET;
export const barHeight = LANE_HEIGHT - 2 * BAR_INSET;

/** The canvas baseline's input: columns in typed arrays, sorted by severity, worst last. */
export interface CanvasBars {
  readonly count: number;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly lane: Uint8Array;
  /** Index where each severity rank's run begins (minor, major, critical), and `count`. */
  readonly runs: readonly {
    readonly severity: number;
    readonly from: number;
    readonly to: number;
  }[];
}

export function canvasBars(bars: Bars): CanvasBars {
  const count = bars.start.length;
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => bars.severity[b]! - bars.severity[a]! || bars.start[a]! - bars.start[b]!,
  );
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  const lane = new Uint8Array(count);
  const runs: { severity: number; from: number; to: number }[] = [];
  order.forEach((i, k) => {
    start[k] = bars.start[i]!;
    end[k] = bars.end[i]!;
    lane[k] = bars.lane[i]!;
    const severity = bars.severity[i]!;
    const last = runs[runs.length - 1];
    if (last && last.severity === severity) last.to = k + 1;
    else runs.push({ severity, from: k, to: k + 1 });
  });
  return { count, start, end, lane, runs };
}

/** Drag to pan: shifts the domain by the pointer's movement, clamped to the 90 days. */
function attachPan(surface: Element, get: () => Domain, set: (d: Domain) => void): () => void {
  let lastX: number | null = null;
  const down = (e: Event): void => {
    const p = e as PointerEvent;
    lastX = p.clientX;
    try {
      surface.setPointerCapture(p.pointerId);
    } catch {
      // Not an active pointer (a synthetic event): panning works without capture.
    }
  };
  const move = (e: Event): void => {
    const p = e as PointerEvent;
    if (lastX === null) return;
    const d = get();
    const span = d.end - d.start;
    const shift = (-(p.clientX - lastX) / (PLOT.right - PLOT.left)) * span;
    lastX = p.clientX;
    const start = Math.min(RANGE_END - span, Math.max(RANGE_START, d.start + shift));
    set({ start, end: start + span });
  };
  const up = (): void => {
    lastX = null;
  };
  surface.addEventListener('pointerdown', down);
  surface.addEventListener('pointermove', move);
  surface.addEventListener('pointerup', up);
  return () => {
    surface.removeEventListener('pointerdown', down);
    surface.removeEventListener('pointermove', move);
    surface.removeEventListener('pointerup', up);
  };
}

export class CanvasBaseline {
  readonly canvas: HTMLCanvasElement;
  /** Bars drawn by the last `draw`. */
  drawn = 0;
  domain: Domain;
  #bars: CanvasBars;
  #ctx: CanvasRenderingContext2D | null = null;
  #detachPan: (() => void) | null = null;

  constructor(host: HTMLElement, bars: CanvasBars, domain: Domain) {
    this.#bars = bars;
    this.domain = domain;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'bench-baseline';
    host.append(this.canvas);
  }

  setBars(bars: CanvasBars): void {
    this.#bars = bars;
  }

  draw(domain: Domain = this.domain): number {
    this.domain = domain;
    let ctx = this.#ctx;
    if (!ctx) {
      const dpr = window.devicePixelRatio || 1;
      this.canvas.width = Math.round(WIDTH * dpr);
      this.canvas.height = Math.round(HEIGHT * dpr);
      ctx = this.canvas.getContext('2d', { alpha: false });
      if (!ctx) throw new Error('no 2d context');
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.font = '12px sans-serif';
      ctx.textBaseline = 'middle';
      this.#ctx = ctx;
    }
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
    ctx.fillStyle = RULE;
    for (let lane = 1; lane < LANES; lane++)
      ctx.fillRect(PLOT.left, PLOT.top + lane * LANE_HEIGHT, PLOT.right - PLOT.left, 1);
    ctx.fillStyle = LABEL;
    for (let lane = 0; lane < LANES; lane++)
      ctx.fillText(objectiveName(lane), 8, PLOT.top + (lane + 0.5) * LANE_HEIGHT);

    const { start, end, lane, runs } = this.#bars;
    const k = (PLOT.right - PLOT.left) / (domain.end - domain.start);
    const d0 = domain.start;
    let drawn = 0;
    for (const run of runs) {
      ctx.fillStyle = COLORS[run.severity]!;
      for (let i = run.from; i < run.to; i++) {
        const s = start[i]!;
        const e = end[i]!;
        if (s >= domain.end || e <= d0) continue;
        const x0 = Math.max(PLOT.left, PLOT.left + (s - d0) * k);
        const x1 = Math.min(PLOT.right, PLOT.left + (e - d0) * k);
        ctx.fillRect(x0, laneTop(lane[i]!), Math.max(1, x1 - x0), barHeight);
        drawn++;
      }
    }
    this.drawn = drawn;
    return drawn;
  }

  enablePan(): void {
    this.#detachPan = attachPan(
      this.canvas,
      () => this.domain,
      (d) => this.draw(d),
    );
  }

  remove(): void {
    this.#detachPan?.();
    this.canvas.remove();
  }
}

/** The d3 baseline's input: one object per bar, worst severity last (drawn on top). */
export interface D3Bar {
  readonly id: string;
  readonly lane: number;
  readonly start: number;
  readonly end: number;
  readonly severity: number;
}

export function d3Bars(bars: Bars): D3Bar[] {
  return bars.id
    .map((id, i) => ({
      id,
      lane: bars.lane[i]!,
      start: bars.start[i]!,
      end: bars.end[i]!,
      severity: bars.severity[i]!,
    }))
    .sort((a, b) => b.severity - a.severity || a.start - b.start);
}

let clipIds = 0;

export class D3SvgBaseline {
  readonly svg: SVGSVGElement;
  domain: Domain;
  #bars: D3Bar[];
  #x: ScaleLinear<number, number>;
  #plot: Selection<SVGGElement, unknown, null, undefined>;
  #rects: Selection<SVGRectElement, D3Bar, SVGGElement, unknown> | null = null;
  #detachPan: (() => void) | null = null;

  constructor(host: HTMLElement, bars: D3Bar[], domain: Domain) {
    this.#bars = bars;
    this.domain = domain;
    this.#x = scaleLinear().range([PLOT.left, PLOT.right]);
    const clip = `bench-plot-${++clipIds}`;
    const svg = select(host)
      .append('svg')
      .attr('class', 'bench-baseline')
      .attr('width', WIDTH)
      .attr('height', HEIGHT)
      .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
    svg
      .append('clipPath')
      .attr('id', clip)
      .append('rect')
      .attr('x', PLOT.left)
      .attr('y', 0)
      .attr('width', PLOT.right - PLOT.left)
      .attr('height', HEIGHT);
    svg
      .append('g')
      .selectAll('text')
      .data(Array.from({ length: LANES }, (_, lane) => lane))
      .join('text')
      .attr('x', 8)
      .attr('y', (lane) => PLOT.top + (lane + 0.5) * LANE_HEIGHT)
      .attr('dominant-baseline', 'middle')
      .attr('font-size', 12)
      .attr('font-family', 'sans-serif')
      .attr('fill', LABEL)
      .text((lane) => objectiveName(lane));
    this.#plot = svg.append('g').attr('clip-path', `url(#${clip})`);
    this.svg = svg.node()!;
  }

  /** Rects in the DOM (d3 draws every bar; the clip hides those outside the domain). */
  get drawn(): number {
    return this.#rects?.size() ?? 0;
  }

  setBars(bars: D3Bar[]): void {
    this.#bars = bars;
  }

  /** The data join: every attribute of every rect. */
  draw(domain: Domain = this.domain): number {
    this.domain = domain;
    const x = this.#x.domain([domain.start, domain.end]);
    this.#rects = this.#plot
      .selectAll<SVGRectElement, D3Bar>('rect')
      .data(this.#bars, (d) => d.id)
      .join('rect')
      .attr('x', (d) => x(d.start))
      .attr('y', (d) => laneTop(d.lane))
      .attr('width', (d) => Math.max(1, x(d.end) - x(d.start)))
      .attr('height', barHeight)
      .attr('fill', (d) => COLORS[d.severity]!);
    // Keep paint order = data order (worst on top) after a join that moved bars.
    this.#rects.order();
    return this.drawn;
  }

  /** A new domain: x and width of every rect. */
  zoom(domain: Domain): number {
    if (!this.#rects) return this.draw(domain);
    this.domain = domain;
    const x = this.#x.domain([domain.start, domain.end]);
    this.#rects
      .attr('x', (d) => x(d.start))
      .attr('width', (d) => Math.max(1, x(d.end) - x(d.start)));
    return this.drawn;
  }

  enablePan(): void {
    this.#detachPan = attachPan(
      this.svg,
      () => this.domain,
      (d) => this.zoom(d),
    );
  }

  remove(): void {
    this.#detachPan?.();
    this.svg.remove();
  }
}
