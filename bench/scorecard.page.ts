/**
 * In-page half of the scorecard benchmark (bundled with esbuild by
 * bench/scorecard.browser-bench.mjs, which loads it next to the production
 * dist/standalone/define/sla-scorecard.js and drives it through `window.slaBench`).
 *
 * Every sample is one fresh element, timed with performance.now() from just before it is created
 * (first render) or just before its new input is assigned (update) until:
 *   script  `renderComplete` resolved (kit: parse + validate + derive + render + DOM commit of
 *           every row it draws, including the correction a large agreement makes once it has
 *           measured its rows; baseline: `updateComplete`);
 *   layout  the same plus a forced style and layout (`getBoundingClientRect()`);
 *   total   the same plus the next frame: one requestAnimationFrame and then a task, so that
 *           frame's style, layout and paint have run: the rows are on screen. This is the
 *           reported figure.
 * The baseline draws `limit` rows (the number the kit had in the DOM: every row of a small
 * agreement, the visible ones of a large one), so both draw the same rows.
 * Inputs are cloned (structuredClone) before the clock starts, so each run parses a new object,
 * as a page that fetched a feed would. Between runs the page removes the element and, when
 * Chromium runs with --js-flags=--expose-gc, collects garbage (outside the clock).
 *
 * `mount` / `scrollToEnd` / `unmount`: the scrolling case (a kit element stays in the page while
 * the runner traces the page scrolling to its end, one viewport a frame).
 */
import type { SlaScorecard } from '../src/elements/scorecard/sla-scorecard.js';
import { defineBaseline, type BaselineRow, type BenchBaselineTable } from './scorecard.baseline.js';

export interface Sample {
  readonly script: number;
  readonly layout: number;
  readonly total: number;
  /** Rows in the DOM (checked by the runner: a bench of an error state would be worthless). */
  readonly rows: number;
}

export interface CaseInput {
  readonly kind: 'kit' | 'baseline';
  readonly mode: 'first' | 'update';
  /** URL of the input (a raw feed for the kit, BaselineRow[] for the baseline). */
  readonly url: string;
  /** For updates: URL of the changed input assigned in the timed step. */
  readonly changedUrl?: string;
  readonly agreement: string;
  readonly asOf: string;
  readonly runs: number;
  readonly warmup: number;
  /** Baseline: how many of the rows to draw (default all). */
  readonly limit?: number;
}

/** What the scrolling case reports. */
export interface ScrollResult {
  /** ms from creating the element until its first rows are painted. */
  readonly firstPaint: number;
  /** Scroll steps (one viewport each) until the end of the page. */
  readonly steps: number;
  /** Rows in the DOM at the end, and the aria-rowindex of the last one. */
  readonly rows: number;
  readonly lastRowIndex: number;
  /** The longest gap between two frames while scrolling, ms (a task in between shows here). */
  readonly longestFrameGap: number;
}

declare global {
  interface Window {
    slaBench: {
      run(input: CaseInput): Promise<Sample[]>;
      mount(input: CaseInput): Promise<number>;
      scrollToEnd(): Promise<Omit<ScrollResult, 'firstPaint'>>;
      unmount(): Promise<void>;
    };
    gc?: () => void;
  }
}

const cache = new Map<string, Promise<unknown>>();
function load(url: string): Promise<unknown> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    cache.set(url, p);
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

type Element = SlaScorecard | BenchBaselineTable;

function create(input: CaseInput, data: unknown): Element {
  if (input.kind === 'kit') {
    const el = document.createElement('sla-scorecard');
    el.setAttribute('agreement', input.agreement);
    el.setAttribute('as-of', input.asOf);
    el.feed = data;
    return el;
  }
  const el = document.createElement('bench-baseline-table');
  el.rows = limited(input, data as BaselineRow[]);
  return el;
}

function limited(input: CaseInput, rows: BaselineRow[]): BaselineRow[] {
  return input.limit === undefined ? rows : rows.slice(0, input.limit);
}

function assign(input: CaseInput, el: Element, data: unknown): void {
  if (el instanceof HTMLElement && el.localName === 'sla-scorecard') {
    (el as SlaScorecard).feed = data;
  } else {
    (el as BenchBaselineTable).rows = limited(input, data as BaselineRow[]);
  }
}

function rowCount(el: Element): number {
  return el.shadowRoot?.querySelectorAll('tr[part="row"]').length ?? 0;
}

async function drawn(el: Element): Promise<void> {
  await el.updateComplete;
  const complete = (el as Partial<SlaScorecard>).renderComplete;
  if (complete) await complete;
}

async function settle(el: Element, t0: number): Promise<Sample> {
  await drawn(el);
  const script = performance.now() - t0;
  el.getBoundingClientRect();
  const layout = performance.now() - t0;
  await nextFrame();
  const total = performance.now() - t0;
  return { script, layout, total, rows: rowCount(el) };
}

async function once(input: CaseInput, host: HTMLElement): Promise<Sample> {
  const base = structuredClone(await load(input.url));
  let sample: Sample;
  let el: Element;
  if (input.mode === 'first') {
    await nextFrame();
    const t0 = performance.now();
    el = create(input, base);
    host.append(el);
    sample = await settle(el, t0);
  } else {
    if (!input.changedUrl) throw new Error('update case without changedUrl');
    const changed = structuredClone(await load(input.changedUrl));
    el = create(input, base);
    host.append(el);
    await drawn(el);
    await nextFrame();
    const t0 = performance.now();
    assign(input, el, changed);
    sample = await settle(el, t0);
  }
  el.remove();
  window.gc?.();
  await nextFrame();
  return sample;
}

let mounted: Element | undefined;

/** One frame after another, one viewport down each, until the end of the page. */
async function scrollToEnd(): Promise<Omit<ScrollResult, 'firstPaint'>> {
  const el = mounted;
  if (!el) throw new Error('nothing mounted');
  const root = document.documentElement;
  let steps = 0;
  let longest = 0;
  let last = performance.now();
  while (window.scrollY + window.innerHeight < root.scrollHeight - 1 && steps < 10_000) {
    window.scrollBy(0, window.innerHeight);
    steps += 1;
    await nextFrame();
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }
  await drawn(el);
  await nextFrame();
  const rows = [...(el.shadowRoot?.querySelectorAll('tr[part="row"]') ?? [])];
  const lastRowIndex = Math.max(0, ...rows.map((r) => Number(r.getAttribute('aria-rowindex'))));
  return { steps, rows: rows.length, lastRowIndex, longestFrameGap: longest };
}

defineBaseline();
window.slaBench = {
  async run(input) {
    const host = document.getElementById('stage');
    if (!host) throw new Error('no #stage element');
    for (let i = 0; i < input.warmup; i++) await once(input, host);
    const samples: Sample[] = [];
    for (let i = 0; i < input.runs; i++) samples.push(await once(input, host));
    return samples;
  },
  async mount(input) {
    const host = document.getElementById('stage');
    if (!host) throw new Error('no #stage element');
    const data = structuredClone(await load(input.url));
    window.scrollTo(0, 0);
    await nextFrame();
    const t0 = performance.now();
    const el = create(input, data);
    host.append(el);
    mounted = el;
    return (await settle(el, t0)).total;
  },
  scrollToEnd,
  async unmount() {
    mounted?.remove();
    mounted = undefined;
    window.scrollTo(0, 0);
    window.gc?.();
    await nextFrame();
  },
};
