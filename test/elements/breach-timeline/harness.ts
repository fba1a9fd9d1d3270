/**
 * The `<sla-breach-timeline>` test harness: tests create the element, act on it and read it through this,
 * as a reader sees it (by part and text), never through its private fields.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../src/define/sla-breach-timeline.js';
import type { SlaBreachTimeline } from '../../../src/elements/breach-timeline/sla-breach-timeline.js';
import { ElementHarness } from '../shared/element-harness.js';

/** Attributes a test can set (strings as in HTML). */
export interface BreachTimelineAttributes {
  readonly agreement?: string;
  readonly customer?: string;
  readonly locale?: string;
  readonly src?: string;
}

/** An element in the page with these attributes and `.feed`, updated and ready to read. */
export async function breachTimeline(
  attrs: BreachTimelineAttributes = {},
  feed?: unknown,
): Promise<BreachTimelineHarness> {
  const el = await fixture<SlaBreachTimeline>(
    html`<sla-breach-timeline
      agreement=${attrs.agreement ?? ''}
      customer=${attrs.customer ?? ''}
      locale=${attrs.locale ?? 'en-GB'}
      src=${attrs.src ?? ''}
      .feed=${feed}
    ></sla-breach-timeline>`,
  );
  const harness = new BreachTimelineHarness(el);
  await harness.settle();
  return harness;
}

export class BreachTimelineHarness extends ElementHarness<SlaBreachTimeline> {
  /** The agreement's name, '' when none is shown. */
  get heading(): string {
    return this.partText('heading');
  }
}
