/**
 * In-page half of the incentive benchmark (bundled with esbuild by
 * bench/incentive.browser-bench.mjs, which loads it next to the production
 * dist/standalone/define/sla-incentive-view.js and drives it through `window.slaIncentiveBench`).
 *
 * Every sample is one fresh element, timed with performance.now() from just before it is created
 * (first render) or just before its new input is assigned (update) until the next frame after
 * `updateComplete` (one requestAnimationFrame and then a task, so that frame's style, layout and
 * paint have run). Inputs are cloned before the clock starts. Between runs the page removes the
 * element and, with --js-flags=--expose-gc, collects garbage (outside the clock).
 */
import type { SlaIncentiveView } from '../src/elements/incentive-view/sla-incentive-view.js';
import {
  defineBaseline,
  type BaselineData,
  type BenchIncentiveBaseline,
} from './incentive.baseline.js';

export interface Sample {
  readonly script: number;
  readonly total: number;
  /** Band charts rendered (checked by the runner). */
  readonly charts: number;
  /** Ledger rows rendered. */
  readonly ledgerRows: number;
}

export interface CaseInput {
  readonly kind: 'kit' | 'baseline';
  readonly mode: 'first' | 'update';
  readonly url: string;
  readonly changedUrl: string;
  readonly agreement: string;
  readonly asOf: string;
}

declare global {
  interface Window {
    slaIncentiveBench: { run(input: CaseInput): Promise<Sample> };
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

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  });
}

type Element = SlaIncentiveView | BenchIncentiveBaseline;

function create(input: CaseInput, data: unknown): Element {
  if (input.kind === 'kit') {
    const el = document.createElement('sla-incentive-view');
    el.setAttribute('agreement', input.agreement);
    el.setAttribute('as-of', input.asOf);
    el.setAttribute('locale', 'en-GB');
    el.feed = data;
    return el;
  }
  const el = document.createElement('bench-incentive-baseline');
  el.data = data as BaselineData;
  return el;
}

function assign(el: Element, data: unknown): void {
  if (el.localName === 'sla-incentive-view') (el as SlaIncentiveView).feed = data;
  else (el as BenchIncentiveBaseline).data = data as BaselineData;
}

async function settle(el: Element, t0: number): Promise<Sample> {
  await el.updateComplete;
  const script = performance.now() - t0;
  await nextFrame();
  const total = performance.now() - t0;
  const root = el.shadowRoot!;
  return {
    script,
    total,
    charts: root.querySelectorAll('[part~="objective-card"]').length,
    ledgerRows: root.querySelectorAll('[part~="ledger-row"]').length,
  };
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
    const changed = structuredClone(await load(input.changedUrl));
    el = create(input, base);
    host.append(el);
    await el.updateComplete;
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
window.slaIncentiveBench = {
  run(input) {
    const host = document.getElementById('stage');
    if (!host) throw new Error('no #stage element');
    return once(input, host);
  },
};
