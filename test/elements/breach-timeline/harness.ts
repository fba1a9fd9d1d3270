/**
 * The `<sla-breach-timeline>` test harness: tests create the element, act on it and read it through this,
 * as a reader sees it (by part and text), never through its private fields.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/sla-breach-timeline.js';
import type { SlaBreachTimeline } from '../../../src/elements/breach-timeline/sla-breach-timeline.js';
import { ElementHarness, textOfNode } from '../shared/element-harness.js';

/** Attributes a test can set (strings as in HTML). */
export interface BreachTimelineAttributes {
  readonly agreement?: string;
  readonly objective?: string;
  readonly customer?: string;
  readonly locale?: string;
  readonly src?: string;
  readonly start?: string;
  readonly end?: string;
  readonly 'group-by'?: string;
  readonly variant?: string;
  readonly days?: string;
  readonly 'as-of'?: string;
  readonly 'time-zone'?: string;
  /** Width of the element's container, px (default 900). */
  readonly width?: number;
}

/** An element in the page with these attributes and `.feed`, updated and ready to read. */
export async function breachTimeline(
  attrs: BreachTimelineAttributes = {},
  feed?: unknown,
): Promise<BreachTimelineHarness> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${attrs.width ?? 900}px`;
  const el = document.createElement('sla-breach-timeline');
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'width' || value === undefined || value === '') continue;
    el.setAttribute(name, String(value));
  }
  if (!attrs.locale) el.setAttribute('locale', 'en-GB');
  if (!attrs['as-of']) el.setAttribute('as-of', '2026-10-31T12:00:00Z');
  if (feed !== undefined) el.feed = feed;
  wrapper.append(el);
  const harness = new BreachTimelineHarness(el);
  await harness.settle();
  // The plot's width arrives with the first resize observation, delivered after the animation
  // frame callbacks of the frame that lays the plot out (the strip's plot renders only once its
  // module is there): the next frame, then the update.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined))));
  await harness.settle();
  return harness;
}

export interface MarkView {
  readonly kind: string;
  readonly severity: string | null;
  readonly count: number;
  readonly key: string;
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
}

export class BreachTimelineHarness extends ElementHarness<SlaBreachTimeline> {
  /** The title, '' when none is shown. */
  get heading(): string {
    return this.partText('heading');
  }

  /** Lane names, top to bottom. */
  get lanes(): string[] {
    return this.parts('lane-label').map((l) => textOfNode(l));
  }

  /** The SVG marks (empty when the canvas draws them). */
  get marks(): MarkView[] {
    return this.parts('mark').map((m) => ({
      kind: m.getAttribute('data-kind') ?? '',
      severity: m.getAttribute('data-severity'),
      count: Number(m.getAttribute('data-count')),
      key: m.getAttribute('data-key') ?? '',
      x: Number(m.getAttribute('x')),
      width: Number(m.getAttribute('width')),
      y: Number(m.getAttribute('y')),
      height: Number(m.getAttribute('height')),
    }));
  }

  markOf(key: string): MarkView | undefined {
    return this.marks.find((m) => m.key === key);
  }

  /** `svg` or `canvas`: who draws the marks. */
  get drawnBy(): string {
    return this.part('plot')?.getAttribute('data-marks') ?? '';
  }

  /** Axis tick labels. */
  get ticks(): string[] {
    return [...this.root.querySelectorAll('.tick-label')].map((t) => textOfNode(t));
  }

  get plotArea(): HTMLElement {
    return this.part('plot-area') as HTMLElement;
  }

  /** The polite live region's text (what a screen reader hears on focus moves). */
  get announced(): string {
    return this.partText('live');
  }

  /** The tooltip's text, '' when hidden. */
  get tooltip(): string {
    return this.partText('tooltip');
  }

  /** Focuses the plot with Tab-like focus, then presses keys one by one. */
  async keys(...keys: string[]): Promise<void> {
    if (this.root.activeElement !== this.plotArea) {
      this.plotArea.focus();
      await this.settle();
    }
    for (const key of keys) {
      await sendKeys({ press: key });
      await this.settle();
    }
  }

  /** The toolbar button with this visible text (or accessible text). */
  control(text: string): HTMLButtonElement {
    const found = this.parts('control').find((b) => textOfNode(b) === text);
    if (!found) throw new Error(`no control "${text}"`);
    return found as HTMLButtonElement;
  }

  /** Strip rows: label, day cells (date + severity) and uptime text. */
  get stripRows(): {
    label: string;
    days: { date: string; severity: string | null }[];
    uptime: string;
  }[] {
    const labels = this.lanes;
    return this.parts('strip-row').map((row, i) => ({
      label: labels[i] ?? '',
      days: this.parts('day', row).map((d) => ({
        date: d.getAttribute('data-date') ?? '',
        severity: d.getAttribute('data-severity'),
      })),
      uptime: textOfNode(this.part('uptime', row)),
    }));
  }
}
