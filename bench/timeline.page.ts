/**
 * In-page half of the timeline benchmark (bundled with esbuild by
 * bench/timeline.browser-bench.mjs, which loads it next to the production
 * dist/standalone/define/sla-breach-timeline.js and drives it through `window.slaTimelineBench`).
 *
 * Renderers ("who"): `kit` (`<sla-breach-timeline>`, a raw feed on `.feed`, attributes
 * `agreement`, `as-of`, `start`, `end`), `canvas` and `d3` (bench/timeline.baselines.ts, bars
 * from arrays). Each goes into #stage, a 1200 x 560 px container.
 *
 * A timed sample (`sample`) is one fresh renderer:
 *   first   t0 just before it is created; then kit: create, set attributes, assign `.feed`, append;
 *           baselines: create, append, draw.
 *   zoom    rendered first (90 days), then t0; kit: `start` / `end` set to the 7-day window;
 *           baselines: redraw with that domain.
 *   update  rendered first, then t0; kit: the changed feed assigned; baselines: redraw from the
 *           changed arrays.
 * Each ends when the renderer is done (kit: `renderComplete`; baselines: `draw` returned; that is
 * `script`) plus the next frame (one requestAnimationFrame, then a task after it, so that frame's
 * style, layout and paint ran: `total`, the reported figure). Inputs are cloned or built before
 * t0: the kit parses a fresh object each run, as a page that fetched a feed would. Between
 * samples the renderer is removed and, with --js-flags=--expose-gc, garbage collected.
 *
 * Held renderers (`stage`, `mount`, `unmount`) serve the heap, DOM-count, screenshot and pan
 * measurements driven from the runner (CDP and puppeteer's mouse).
 */
import {
  BACKGROUND,
  CanvasBaseline,
  canvasBars,
  D3SvgBaseline,
  d3Bars,
  laneTop,
  barHeight,
  plotX,
  COLORS,
  PLOT,
  type CanvasBars,
  type D3Bar,
  type Domain,
} from './timeline.baselines.js';
import type { Bars } from './timeline.data.js';

export type Who = 'kit' | 'canvas' | 'd3';
export type Mode = 'first' | 'zoom' | 'update';

export interface CaseInput {
  readonly who: Who;
  readonly mode: Mode;
  /** Kit: URL of the raw feed; baselines: URL of its Bars. */
  readonly url: string;
  /** update: the changed input's URL. */
  readonly changedUrl?: string;
  readonly agreement: string;
  readonly asOf: string;
  /** The domain of the first render. */
  readonly domain: Domain;
  /** zoom: the domain zoomed to. */
  readonly zoomTo?: Domain;
  /** Bars overlapping the domain shown at the end of the sample (checked). */
  readonly expected: number;
  /** Baselines: also draw on pointer drag (pan measurement). */
  readonly pan?: boolean;
}

export interface Sample {
  readonly script: number;
  readonly total: number;
  /** Baselines: bars drawn (canvas: fillRect calls; d3: rects). Kit: its plot's `data-columns`. */
  readonly drawn: number | null;
  /** Nodes in the renderer (kit: in its shadow root and nested ones; text and comments too). */
  readonly nodes: number;
  /** Elements among them. */
  readonly elements: number;
  /** Kit only: true while the element is the skeleton (no `resetZoom()`, draws no marks). */
  readonly skeleton: boolean;
}

/** The kit element as far as the bench uses it (its public API; types kept local on purpose). */
interface KitTimeline extends HTMLElement {
  feed: unknown;
  readonly updateComplete: Promise<boolean>;
  readonly renderComplete?: Promise<boolean>;
  resetZoom?: () => void;
}

declare global {
  interface Window {
    slaTimelineBench: {
      sample(input: CaseInput): Promise<Sample>;
      stage(input: CaseInput): Promise<void>;
      mount(): Promise<Sample>;
      settle(): Promise<Domain | null>;
      unmount(): Promise<void>;
      verifyBaselines(input: CaseInput): Promise<string[]>;
      longTasks: { start(): void; stop(): Promise<number[]> };
      /** `sla-range-change` events of the mounted kit element so far: count and the last range. */
      rangeChanges(): { count: number; last: Domain | null };
    };
    gc?: () => void;
  }
}

const TAG = 'sla-breach-timeline';
const iso = (ms: number): string => new Date(ms).toISOString();

const raw = new Map<string, Promise<unknown>>();
function load(url: string): Promise<unknown> {
  let p = raw.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    raw.set(url, p);
  }
  return p;
}
const prepared = new Map<string, Promise<CanvasBars | D3Bar[]>>();
/** The input a renderer gets, made outside the clock (the kit's is a fresh clone every time). */
async function inputFor(who: Who, url: string): Promise<unknown> {
  if (who === 'kit') return structuredClone(await load(url));
  const key = `${who} ${url}`;
  let p = prepared.get(key);
  if (!p) {
    p = load(url).then((bars) =>
      who === 'canvas' ? canvasBars(bars as Bars) : d3Bars(bars as Bars),
    );
    prepared.set(key, p);
  }
  return p;
}

/** Resolves after the next frame has been produced (rAF, then a task after that frame). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  });
}

function stage(): HTMLElement {
  const host = document.getElementById('stage');
  if (!host) throw new Error('no #stage element');
  return host;
}

/** Nodes under `root`, the shadow trees of elements inside it included. */
function countNodes(root: Node | null | undefined): { nodes: number; elements: number } {
  if (!root) return { nodes: 0, elements: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let nodes = 0;
  let elements = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    elements++;
    const inner = countNodes((n as Element).shadowRoot);
    nodes += inner.nodes;
    elements += inner.elements;
  }
  return { nodes, elements };
}

/**
 * Fails (throws) unless `el` is a rendered `<sla-breach-timeline>` showing data: defined and
 * upgraded, a shadow root, no error, empty or loading state in it, and a plot that says how many
 * marks it drew (`data-columns`: marks after merging those that share a pixel column in a lane),
 * between 1 and `expected` (merging draws fewer marks than bars, never more), or 0 when
 * `expected` is 0. Returns that figure.
 */
export function checkKitRendered(el: Element, expected: number): number | null {
  const ctor = customElements.get(TAG);
  if (!ctor || !(el instanceof ctor)) throw new Error(`<${TAG}> is not defined or not upgraded`);
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${TAG}> has no shadow root`);
  for (const state of ['error', 'empty', 'loading']) {
    const found = root.querySelector(`[part~="${state}"]`);
    if (found)
      throw new Error(`<${TAG}> shows its ${state} state: ${found.textContent?.trim() ?? ''}`);
  }
  // The plot says how many marks it drew (columns after merging those that share a pixel).
  const plot = root.querySelector('[part~="plot"]');
  if (!plot) throw new Error(`<${TAG}> drew no plot`);
  const attr = plot.getAttribute('data-columns');
  if (attr === null) throw new Error(`<${TAG}>'s plot does not say how many marks it drew`);
  const marks = Number(attr);
  const ok =
    Number.isInteger(marks) && (expected === 0 ? marks === 0 : marks >= 1 && marks <= expected);
  if (!ok) throw new Error(`<${TAG}> data-columns="${attr}", expected 1..${expected} marks`);
  return marks;
}

type Renderer =
  | { readonly who: 'kit'; readonly el: KitTimeline }
  | { readonly who: 'canvas'; readonly chart: CanvasBaseline }
  | { readonly who: 'd3'; readonly chart: D3SvgBaseline };

function create(input: CaseInput, data: unknown, host: HTMLElement): Renderer {
  if (input.who === 'kit') {
    const el = document.createElement(TAG) as KitTimeline;
    el.setAttribute('agreement', input.agreement);
    el.setAttribute('as-of', input.asOf);
    el.setAttribute('start', iso(input.domain.start));
    el.setAttribute('end', iso(input.domain.end));
    el.feed = data;
    host.append(el);
    return { who: 'kit', el };
  }
  if (input.who === 'canvas') {
    const chart = new CanvasBaseline(host, data as CanvasBars, input.domain);
    chart.draw();
    if (input.pan) chart.enablePan();
    return { who: 'canvas', chart };
  }
  const chart = new D3SvgBaseline(host, data as D3Bar[], input.domain);
  chart.draw();
  if (input.pan) chart.enablePan();
  return { who: 'd3', chart };
}

async function done(r: Renderer): Promise<void> {
  if (r.who === 'kit') await (r.el.renderComplete ?? r.el.updateComplete);
}

function result(r: Renderer, input: CaseInput, script: number, total: number): Sample {
  if (r.who === 'kit') {
    const drawn = checkKitRendered(r.el, input.expected);
    return {
      script,
      total,
      drawn,
      ...countNodes(r.el.shadowRoot),
      skeleton: typeof r.el.resetZoom !== 'function',
    };
  }
  const drawn = r.chart.drawn;
  const { nodes, elements } = countNodes(r.who === 'canvas' ? r.chart.canvas : r.chart.svg);
  // The node itself counts too (a canvas is one element).
  return { script, total, drawn, nodes: nodes + 1, elements: elements + 1, skeleton: false };
}

async function once(input: CaseInput): Promise<Sample> {
  const host = stage();
  const data = await inputFor(input.who, input.url);
  const changed =
    input.mode === 'update' && input.changedUrl
      ? await inputFor(input.who, input.changedUrl)
      : undefined;
  if (input.mode === 'update' && changed === undefined)
    throw new Error('update without changedUrl');
  if (input.mode === 'zoom' && !input.zoomTo) throw new Error('zoom without zoomTo');
  await nextFrame();
  let t0 = performance.now();
  const r = create(input, data, host);
  if (input.mode !== 'first') {
    await done(r);
    await nextFrame();
    t0 = performance.now();
    if (input.mode === 'zoom') {
      const to = input.zoomTo!;
      if (r.who === 'kit') {
        r.el.setAttribute('start', iso(to.start));
        r.el.setAttribute('end', iso(to.end));
      } else if (r.who === 'canvas') r.chart.draw(to);
      else r.chart.zoom(to);
    } else if (r.who === 'kit') r.el.feed = changed;
    else if (r.who === 'canvas') {
      r.chart.setBars(changed as CanvasBars);
      r.chart.draw();
    } else {
      r.chart.setBars(changed as D3Bar[]);
      r.chart.draw();
    }
  }
  await done(r);
  const script = performance.now() - t0;
  await nextFrame();
  const total = performance.now() - t0;
  const sample = result(r, input, script, total);
  remove(r);
  window.gc?.();
  await nextFrame();
  return sample;
}

function remove(r: Renderer): void {
  if (r.who === 'kit') r.el.remove();
  else r.chart.remove();
}

/** Checks, for one input, that the baselines draw what the data holds, in the same places. */
async function verifyBaselines(input: CaseInput): Promise<string[]> {
  const problems: string[] = [];
  const host = stage();
  const bars = (await load(input.url)) as Bars;
  const count = bars.id.length;
  const inDomain = (i: number): boolean =>
    bars.start[i]! < input.domain.end && bars.end[i]! > input.domain.start;
  const expected = bars.id.filter((_, i) => inDomain(i)).length;
  if (expected !== input.expected)
    problems.push(`runner expects ${input.expected} bars in the domain, data has ${expected}`);

  const canvas = new CanvasBaseline(
    host,
    (await inputFor('canvas', input.url)) as CanvasBars,
    input.domain,
  );
  const drawn = canvas.draw();
  if (drawn !== expected) problems.push(`canvas drew ${drawn} bars, expected ${expected}`);
  // Every sampled bar wider than 2 px has a severity colour at its centre (never the background).
  const ctx = canvas.canvas.getContext('2d')!;
  const dpr = canvas.canvas.width / 1200;
  const rgb = (c: string): number[] => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const hex = (d: Uint8ClampedArray): string =>
    `#${[d[0]!, d[1]!, d[2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  // Within 4 per channel: the canvas may round colours by a unit or two.
  const near = (c: string, wanted: string): boolean =>
    rgb(c).every((v, k) => Math.abs(v - rgb(wanted)[k]!) <= 4);
  // Any mix of the severity colours stays within their channel ranges; white would raise blue.
  const ranges = [0, 1, 2].map((k) => COLORS.map((c) => rgb(c)[k]!));
  const inkMix = (c: string): boolean =>
    rgb(c).every((v, k) => v >= Math.min(...ranges[k]!) - 4 && v <= Math.max(...ranges[k]!) + 4);
  let checked = 0;
  for (let i = 0; i < count && checked < 200; i += Math.max(1, Math.floor(count / 400))) {
    if (!inDomain(i)) continue;
    const x0 = Math.max(PLOT.left, plotX(bars.start[i]!, input.domain));
    const x1 = Math.min(PLOT.right, plotX(bars.end[i]!, input.domain));
    if (x1 - x0 < 2) continue;
    const px = ctx.getImageData(
      Math.floor(((x0 + x1) / 2) * dpr),
      Math.floor((laneTop(bars.lane[i]!) + barHeight / 2) * dpr),
      1,
      1,
    ).data;
    const colour = hex(px);
    // Its own colour, or a mix with bars drawn over it (anti-aliased edges), never background.
    if (!COLORS.some((c) => near(colour, c)) && !inkMix(colour))
      problems.push(`canvas: bar ${bars.id[i]} centre is ${colour}, not a severity colour`);
    checked++;
  }
  const empty = hex(ctx.getImageData(Math.floor((PLOT.left / 2) * dpr), 2, 1, 1).data);
  if (!near(empty, BACKGROUND)) problems.push(`canvas: background is ${empty}`);
  if (checked === 0) problems.push('canvas: no bar wide enough to check');
  canvas.remove();

  const d3 = new D3SvgBaseline(host, (await inputFor('d3', input.url)) as D3Bar[], input.domain);
  d3.draw();
  const rects = d3.svg.querySelectorAll('g[clip-path] rect');
  if (rects.length !== count) problems.push(`d3 drew ${rects.length} rects, expected ${count}`);
  // Same geometry as the canvas for bars inside the domain (d3-scale vs the hand-written map).
  const byId = new Map<string, SVGRectElement>();
  for (const rect of rects)
    byId.set((rect as SVGRectElement & { __data__: D3Bar }).__data__.id, rect as SVGRectElement);
  let compared = 0;
  for (let i = 0; i < count && compared < 200; i += Math.max(1, Math.floor(count / 400))) {
    if (bars.start[i]! < input.domain.start || bars.end[i]! > input.domain.end) continue;
    const rect = byId.get(bars.id[i]!);
    const x = plotX(bars.start[i]!, input.domain);
    const w = Math.max(1, plotX(bars.end[i]!, input.domain) - x);
    const got = rect && {
      x: Number(rect.getAttribute('x')),
      y: Number(rect.getAttribute('y')),
      w: Number(rect.getAttribute('width')),
      fill: rect.getAttribute('fill'),
    };
    if (
      !got ||
      Math.abs(got.x - x) > 0.01 ||
      Math.abs(got.w - w) > 0.01 ||
      Math.abs(got.y - laneTop(bars.lane[i]!)) > 0.01 ||
      got.fill !== COLORS[bars.severity[i]!]
    )
      problems.push(`d3: bar ${bars.id[i]} at ${JSON.stringify(got)}, expected x ${x} w ${w}`);
    compared++;
  }
  if (compared === 0) problems.push('d3: no bar to compare');
  d3.remove();
  await nextFrame();
  return problems;
}

let staged: { input: CaseInput; data: unknown } | null = null;
let mounted: Renderer | null = null;
let ranges: { count: number; last: Domain | null } = { count: 0, last: null };

/** An instant in an event's detail as epoch ms (a number, a Date or an ISO string). */
function instant(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return typeof value === 'string' ? Date.parse(value) : NaN;
}
let observer: PerformanceObserver | null = null;
let tasks: number[] = [];

window.slaTimelineBench = {
  sample: once,
  verifyBaselines,
  /** Loads and prepares the input (held, so a heap measurement counts it before and after). */
  async stage(i) {
    staged = { input: i, data: await inputFor(i.who, i.url) };
  },
  /** Renders the staged input and keeps it on the page. */
  async mount() {
    if (!staged) throw new Error('mount() before stage()');
    const t0 = performance.now();
    ranges = { count: 0, last: null };
    mounted = create(staged.input, staged.data, stage());
    if (mounted.who === 'kit')
      mounted.el.addEventListener('sla-range-change', (e) => {
        const detail = (e as CustomEvent<{ start?: unknown; end?: unknown } | null>).detail;
        ranges = {
          count: ranges.count + 1,
          last: { start: instant(detail?.start), end: instant(detail?.end) },
        };
      });
    await done(mounted);
    const script = performance.now() - t0;
    await nextFrame();
    return result(mounted, staged.input, script, performance.now() - t0);
  },
  /** After input: whatever the renderer does next is done, two frames are out; a baseline's domain. */
  async settle() {
    if (mounted) await done(mounted);
    await nextFrame();
    await nextFrame();
    return mounted && mounted.who !== 'kit' ? mounted.chart.domain : null;
  },
  async unmount() {
    if (mounted) remove(mounted);
    mounted = null;
    staged = null;
    window.gc?.();
    await nextFrame();
  },
  rangeChanges: () => ranges,
  longTasks: {
    start() {
      tasks = [];
      observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(e.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
    },
    async stop() {
      // Entries are delivered after the task; give them a frame to arrive.
      await nextFrame();
      for (const e of observer?.takeRecords() ?? []) tasks.push(e.duration);
      observer?.disconnect();
      observer = null;
      return tasks;
    },
  },
};
