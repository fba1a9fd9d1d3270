/**
 * In-page half of the portfolio benchmark (bundled with esbuild by
 * bench/portfolio.browser-bench.mjs, which loads it next to the production
 * dist/standalone/define/sla-portfolio.js and dist/standalone/define/sla-feed.js and drives it
 * through `window.slaPortfolioBench`).
 *
 * First render: every sample is one fresh element, timed with performance.now() from just before
 * it is created until:
 *   script  `renderComplete` resolved (kit: model rows of every customer, sort, render and DOM
 *           commit of the rows it draws, including the virtualiser's correction once it has
 *           measured its rows; baseline: `updateComplete`);
 *   total   the same plus the next frame (one requestAnimationFrame and then a task, so that
 *           frame's style, layout and paint have run: the rows are on screen). Reported.
 * Two feeds for the kit:
 *   parsed  a feed validated beforehand by an `<sla-feed>` (outside the clock), as a console gets
 *           it from the `<sla-feed>` around it, which parses off the main thread: the clock holds
 *           what the portfolio itself does. A new parse per sample, so no model memo is reused.
 *   raw     a raw feed object (cloned outside the clock) on `.feed`: validation on the main
 *           thread included.
 * The baseline draws `limit` rows (the number the kit had in the DOM) from precomputed arrays.
 *
 * Sort: a mounted element; the clock runs from the click on the health header's sort button until
 * the next frame after the re-render (kit: `sla-sort-change` fired, then `renderComplete`); the
 * first row must have changed.
 *
 * `mount` / `scrollToEnd` / `unmount`: the scrolling case (an element stays in the page while the
 * runner traces the page scrolling to its end, one viewport a frame).
 */
import {
  defineBaseline,
  type BaselineRow,
  type BenchPortfolioBaseline,
} from './portfolio.baseline.js';

export interface Sample {
  readonly script: number;
  readonly total: number;
  /** Customer rows in the DOM (checked by the runner: a bench of an error state is worthless). */
  readonly rows: number;
}

export interface CaseInput {
  readonly kind: 'kit' | 'baseline';
  /** Kit: a feed parsed beforehand, or the raw object. */
  readonly feed?: 'parsed' | 'raw';
  /** URL of the input (a raw feed for the kit, BaselineRow[] in health order for the baseline). */
  readonly url: string;
  readonly asOf: string;
  readonly runs: number;
  readonly warmup: number;
  /** Baseline: how many of the rows to draw. */
  readonly limit?: number;
}

export interface SortSample {
  readonly total: number;
  readonly firstBefore: string;
  readonly firstAfter: string;
  readonly rows: number;
}

export interface ScrollEnd {
  readonly steps: number;
  readonly rows: number;
  /** The largest aria-rowindex among the rows in the DOM, and the grid's aria-rowcount. */
  readonly lastRowIndex: number;
  readonly rowCount: number;
  readonly longestFrameGap: number;
  /** The three longest frame gaps: at which step (1 = the first scroll) and how long, ms. */
  readonly slowestSteps: readonly { readonly step: number; readonly ms: number }[];
}

/** What the page needs of `<sla-portfolio>` (the contract; the bench runs the built element). */
interface Portfolio extends HTMLElement {
  feed: unknown;
  readonly updateComplete: Promise<boolean>;
  readonly renderComplete?: Promise<boolean>;
}
interface FeedElement extends HTMLElement {
  feed: unknown;
  readonly updateComplete: Promise<boolean>;
  readonly state: { readonly feed: unknown; readonly status: string };
  readonly feedController: { settled(): Promise<void> };
}

declare global {
  interface Window {
    slaPortfolioBench: {
      run(input: CaseInput): Promise<Sample[]>;
      sort(input: CaseInput): Promise<SortSample[]>;
      mount(input: CaseInput): Promise<number>;
      scrollToEnd(): Promise<ScrollEnd>;
      unmount(): Promise<void>;
      /** Customer names in the rows now in the DOM, in order (the runner's checks). */
      names(): string[];
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

type Element = Portfolio | BenchPortfolioBaseline;
const isKit = (el: Element): el is Portfolio => el.localName === 'sla-portfolio';

/** A feed validated by the kit itself (an `<sla-feed>`, as around a console), outside any clock. */
async function parsedFeed(raw: unknown, host: HTMLElement): Promise<unknown> {
  const el = document.createElement('sla-feed') as FeedElement;
  el.feed = structuredClone(raw);
  host.append(el);
  await el.updateComplete;
  await el.feedController.settled();
  const { feed, status } = el.state;
  el.remove();
  if (!feed) throw new Error(`<sla-feed> did not validate the bench feed (${status})`);
  return feed;
}

/** The input of one sample, made before the clock starts. */
async function prepare(input: CaseInput, host: HTMLElement): Promise<unknown> {
  const data = await load(input.url);
  if (input.kind === 'baseline') return structuredClone(data);
  return input.feed === 'raw' ? structuredClone(data) : parsedFeed(data, host);
}

function create(input: CaseInput, data: unknown): Element {
  if (input.kind === 'kit') {
    const el = document.createElement('sla-portfolio') as Portfolio;
    el.setAttribute('as-of', input.asOf);
    el.feed = data;
    return el;
  }
  const el = document.createElement('bench-portfolio-baseline');
  el.rows = data as BaselineRow[];
  el.limit = input.limit ?? Infinity;
  return el;
}

/** The customer rows in the element's DOM (both mark them `data-kind="customer"`, `data-key="c:<id>"`). */
function customerRows(el: Element): HTMLElement[] {
  const root = el.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>('[part~="row"][data-kind="customer"]')];
}
const customerId = (row: HTMLElement | undefined): string => row?.dataset.key?.slice(2) ?? '';

async function drawn(el: Element): Promise<void> {
  await el.updateComplete;
  if (isKit(el) && el.renderComplete) await el.renderComplete;
}

async function settle(el: Element, t0: number): Promise<Sample> {
  await drawn(el);
  const script = performance.now() - t0;
  await nextFrame();
  const total = performance.now() - t0;
  return { script, total, rows: customerRows(el).length };
}

async function once(input: CaseInput, host: HTMLElement): Promise<Sample> {
  const data = await prepare(input, host);
  // The parse's garbage is collected before the clock starts (in a console the <sla-feed>
  // parses in a worker, whose heap is not the page's).
  window.gc?.();
  await nextFrame();
  const t0 = performance.now();
  const el = create(input, data);
  host.append(el);
  const sample = await settle(el, t0);
  el.remove();
  window.gc?.();
  await nextFrame();
  return sample;
}

/** The sort button of the column sorted now (health, by default), in the kit or the baseline. */
function sortButton(el: Element): HTMLElement {
  const root = el.shadowRoot!;
  if (!isKit(el)) return root.querySelector<HTMLElement>('[part~="sort-button"]')!;
  const sorted = [...root.querySelectorAll<HTMLElement>('[aria-sort]')].find((h) =>
    /^(ascending|descending)$/.test(h.getAttribute('aria-sort') ?? ''),
  );
  const button =
    sorted?.querySelector<HTMLElement>('[part~="sort-button"]') ??
    (sorted?.matches('[part~="sort-button"]') ? sorted : null);
  if (!button) throw new Error('no sort button in the sorted column header');
  return button;
}

function firstName(el: Element): string {
  return customerId(customerRows(el)[0]);
}

async function sortOnce(input: CaseInput, host: HTMLElement): Promise<SortSample> {
  const data = await prepare(input, host);
  window.gc?.();
  const el = create(input, data);
  host.append(el);
  await drawn(el);
  await nextFrame();
  const firstBefore = firstName(el);
  const button = sortButton(el);
  let sorted: Promise<void> = Promise.resolve();
  if (isKit(el)) {
    sorted = new Promise((resolve) =>
      el.addEventListener('sla-sort-change', () => resolve(), { once: true }),
    );
  }
  const t0 = performance.now();
  button.click();
  await sorted;
  await drawn(el);
  await nextFrame();
  const total = performance.now() - t0;
  const sample = { total, firstBefore, firstAfter: firstName(el), rows: customerRows(el).length };
  el.remove();
  window.gc?.();
  await nextFrame();
  return sample;
}

let mounted: Element | undefined;

/** One frame after another, one viewport down each, until the end of the page. */
async function scrollToEnd(): Promise<ScrollEnd> {
  const el = mounted;
  if (!el) throw new Error('nothing mounted');
  const root = document.documentElement;
  let steps = 0;
  let longest = 0;
  let last = performance.now();
  const gaps: { step: number; ms: number }[] = [];
  while (window.scrollY + window.innerHeight < root.scrollHeight - 1 && steps < 10_000) {
    window.scrollBy(0, window.innerHeight);
    steps += 1;
    await nextFrame();
    const now = performance.now();
    longest = Math.max(longest, now - last);
    gaps.push({ step: steps, ms: Math.round((now - last) * 10) / 10 });
    last = now;
  }
  const slowestSteps = gaps.sort((a, b) => b.ms - a.ms).slice(0, 3);
  await drawn(el);
  await nextFrame();
  const rows = customerRows(el);
  const lastRowIndex = Math.max(0, ...rows.map((r) => Number(r.getAttribute('aria-rowindex'))));
  const grid = el.shadowRoot?.querySelector('[aria-rowcount]');
  const rowCount = Number(grid?.getAttribute('aria-rowcount') ?? NaN);
  return {
    steps,
    rows: rows.length,
    lastRowIndex,
    rowCount,
    longestFrameGap: longest,
    slowestSteps,
  };
}

const stage = (): HTMLElement => {
  const host = document.getElementById('stage');
  if (!host) throw new Error('no #stage element');
  return host;
};

defineBaseline();
window.slaPortfolioBench = {
  async run(input) {
    const host = stage();
    for (let i = 0; i < input.warmup; i++) await once(input, host);
    const samples: Sample[] = [];
    for (let i = 0; i < input.runs; i++) samples.push(await once(input, host));
    return samples;
  },
  async sort(input) {
    const host = stage();
    for (let i = 0; i < input.warmup; i++) await sortOnce(input, host);
    const samples: SortSample[] = [];
    for (let i = 0; i < input.runs; i++) samples.push(await sortOnce(input, host));
    return samples;
  },
  async mount(input) {
    const host = stage();
    const data = await prepare(input, host);
    window.gc?.();
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
  names() {
    const el = stage().querySelector<Element>('sla-portfolio, bench-portfolio-baseline');
    return el ? customerRows(el).map(customerId) : [];
  },
};
