/**
 * The `<sla-portfolio>` test harness: tests create the element, act on it and read it through this,
 * as a reader sees it (by part and text), never through its private fields.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../src/define/sla-portfolio.js';
import type { SlaPortfolio } from '../../../src/elements/portfolio/sla-portfolio.js';
import { ElementHarness } from '../shared/element-harness.js';

/** Attributes a test can set (strings as in HTML). */
export interface PortfolioAttributes {
  readonly agreement?: string;
  readonly customer?: string;
  readonly locale?: string;
  readonly src?: string;
}

/** An element in the page with these attributes and `.feed`, updated and ready to read. */
export async function portfolio(
  attrs: PortfolioAttributes = {},
  feed?: unknown,
): Promise<PortfolioHarness> {
  const el = await fixture<SlaPortfolio>(
    html`<sla-portfolio
      agreement=${attrs.agreement ?? ''}
      customer=${attrs.customer ?? ''}
      locale=${attrs.locale ?? 'en-GB'}
      src=${attrs.src ?? ''}
      .feed=${feed}
    ></sla-portfolio>`,
  );
  const harness = new PortfolioHarness(el);
  await harness.settle();
  return harness;
}

export class PortfolioHarness extends ElementHarness<SlaPortfolio> {
  /** The agreement's name, '' when none is shown. */
  get heading(): string {
    return this.partText('heading');
  }
}
