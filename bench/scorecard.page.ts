/**
 * In-page half of the scorecard benchmark (bundled with esbuild by
 * bench/scorecard.browser-bench.mjs, which loads it next to the production
 * dist/standalone/define/sla-scorecard.js and drives it through `window.slaBench`).
 *
 * Every sample is one fresh element, timed with performance.now() from just before it is created
 * (first render) or just before its new input is assigned (update) until:
 *   script  `updateComplete` resolved (kit: parse + validate + derive + render + DOM commit);
 *   layout  the same plus a forced style and layout (`getBoundingClientRect()`);
 *   total   the same plus the next frame: one requestAnimationFrame and then a task, so that
 *           frame's style, layout and paint have run: the first rows are on screen. This is the
 *           reported figure.
 *   complete  until `renderComplete` (every row in the DOM; the kit draws the rows after the
 *           first batch in the tasks right after) plus the next frame.
 * Inputs are cloned (structuredClone) before the clock starts, so each run parses a new object,
 * as a page that fetched a feed would. Between runs the page removes the element and, when
 * Chromium runs with --js-flags=--expose-gc, collects garbage (outside the clock).
 */
import type { SlaScorecard } from '../src/elements/scorecard/sla-scorecard.js';
import { defineBaseline, type BaselineRow, type BenchBaselineTable } from './scorecard.baseline.js';

export interface Sample {
  readonly script: number;
  readonly layout: number;
  readonly total: number;
  /** Until every row is in the DOM and painted (the kit adds rows beyond the first batch right after). */
  readonly complete: number;
  /** Rows in the first frame. */
  readonly firstRows: number;
  /** Rendered row count (checked by the runner: a bench of an error state would be worthless). */
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
}

declare global {
  interface Window {
    slaBench: { run(input: CaseInput): Promise<Sample[]> };
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
  el.rows = data as BaselineRow[];
  return el;
}

function assign(el: Element, data: unknown): void {
  if (el instanceof HTMLElement && el.localName === 'sla-scorecard') {
    (el as SlaScorecard).feed = data;
  } else {
    (el as BenchBaselineTable).rows = data as BaselineRow[];
  }
}

function rowCount(el: Element): number {
  return el.shadowRoot?.querySelectorAll('tr[part="row"]').length ?? 0;
}

async function settle(el: Element, t0: number): Promise<Sample> {
  await el.updateComplete;
  const script = performance.now() - t0;
  el.getBoundingClientRect();
  const layout = performance.now() - t0;
  await nextFrame();
  const total = performance.now() - t0;
  const firstRows = rowCount(el);
  const complete = (el as Partial<SlaScorecard>).renderComplete;
  if (complete) {
    await complete;
    await nextFrame();
  }
  return { script, layout, total, complete: performance.now() - t0, firstRows, rows: rowCount(el) };
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
    await el.updateComplete;
    await (el as Partial<SlaScorecard>).renderComplete;
    await nextFrame();
    const t0 = performance.now();
    assign(el, changed);
    sample = await settle(el, t0);
  }
  el.remove();
  window.gc?.();
  await nextFrame();
  return sample;
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
};
