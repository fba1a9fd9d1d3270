/**
 * The `<sla-incentive-view>` test harness: tests create the element, act on it and read it through this,
 * as a reader sees it (by part and text), never through its private fields.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../src/define/sla-incentive-view.js';
import type { SlaIncentiveView } from '../../../src/elements/incentive-view/sla-incentive-view.js';
import { ElementHarness } from '../shared/element-harness.js';

/** Attributes a test can set (strings as in HTML). */
export interface IncentiveViewAttributes {
  readonly agreement?: string;
  readonly customer?: string;
  readonly locale?: string;
  readonly src?: string;
}

/** An element in the page with these attributes and `.feed`, updated and ready to read. */
export async function incentiveView(
  attrs: IncentiveViewAttributes = {},
  feed?: unknown,
): Promise<IncentiveViewHarness> {
  const el = await fixture<SlaIncentiveView>(
    html`<sla-incentive-view
      agreement=${attrs.agreement ?? ''}
      customer=${attrs.customer ?? ''}
      locale=${attrs.locale ?? 'en-GB'}
      src=${attrs.src ?? ''}
      .feed=${feed}
    ></sla-incentive-view>`,
  );
  const harness = new IncentiveViewHarness(el);
  await harness.settle();
  return harness;
}

export class IncentiveViewHarness extends ElementHarness<SlaIncentiveView> {
  /** The agreement's name, '' when none is shown. */
  get heading(): string {
    return this.partText('heading');
  }
}
