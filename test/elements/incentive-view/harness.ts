/**
 * The `<sla-incentive-view>` test harness: tests create the element, act on it and read it through
 * this, as a reader sees it (by part and text), never through its private fields.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../src/define/sla-incentive-view.js';
import type { SlaIncentiveView } from '../../../src/elements/incentive-view/sla-incentive-view.js';
import { ElementHarness } from '../shared/element-harness.js';
import { visibleText } from '../shared/harness.js';

/** Attributes a test can set (strings as in HTML). */
export interface IncentiveViewAttributes {
  readonly agreement?: string;
  readonly objective?: string;
  readonly period?: string;
  readonly start?: string;
  readonly end?: string;
  readonly customer?: string;
  readonly locale?: string;
  readonly src?: string;
  readonly asOf?: string;
  readonly dir?: string;
}

/** An element in the page with these attributes and `.feed`, updated and ready to read. */
export async function incentiveView(
  attrs: IncentiveViewAttributes = {},
  feed?: unknown,
): Promise<IncentiveViewHarness> {
  const el = await fixture<SlaIncentiveView>(
    html`<sla-incentive-view
      agreement=${attrs.agreement ?? ''}
      objective=${attrs.objective ?? ''}
      period=${attrs.period ?? ''}
      start=${attrs.start ?? ''}
      end=${attrs.end ?? ''}
      customer=${attrs.customer ?? ''}
      locale=${attrs.locale ?? 'en-GB'}
      src=${attrs.src ?? ''}
      as-of=${attrs.asOf ?? ''}
      dir=${attrs.dir ?? ''}
      .feed=${feed}
    ></sla-incentive-view>`,
  );
  const harness = new IncentiveViewHarness(el);
  await harness.settle();
  return harness;
}

const text = (node: Element | null | undefined): string => visibleText(node?.textContent ?? '');

/** One objective's block as a reader sees it. */
export class ObjectiveCard {
  constructor(
    private readonly h: IncentiveViewHarness,
    readonly element: Element,
  ) {}
  get name(): string {
    return this.h.partText('objective', this.element);
  }
  get nameButton(): HTMLButtonElement {
    return this.h.part('objective', this.element) as HTMLButtonElement;
  }
  get sentence(): string {
    return this.h.partText('sentence', this.element);
  }
  get living(): string {
    return this.h.partText('living', this.element);
  }
  get selected(): string {
    return this.h.partText('selected', this.element);
  }
  get headroom(): string {
    return this.h.partText('headroom', this.element);
  }
  get scale(): string {
    return this.h.partText('scale', this.element);
  }
  get money(): string {
    return this.h.partText('objective-money', this.element);
  }
  /** The zone of the selected period (`data-zone`). */
  get zone(): string | null {
    return this.element.getAttribute('data-zone');
  }
  /** The zones from worst to best, "name: count". */
  get zones(): string[] {
    return this.h
      .parts('zones', this.element)
      .flatMap((l) => [...l.children].map((li) => text(li)));
  }
  get chart(): SVGSVGElement {
    return this.h.part('band-chart', this.element) as SVGSVGElement;
  }
  /** The dots of the range's periods, in period order, by their accessible names. */
  get dots(): SVGElement[] {
    return (this.h.parts('dot', this.element) as SVGElement[]).sort(
      (a, b) => Number(a.dataset['index']) - Number(b.dataset['index']),
    );
  }
  /** The dot of the period at this index of the range. */
  dotAt(index: number): SVGElement {
    const d = this.dots.find((x) => x.dataset['index'] === String(index));
    if (!d) throw new Error(`no dot ${index} in ${this.name}`);
    return d;
  }
  dot(label: string): SVGElement {
    const d = this.dots.find((x) => x.getAttribute('aria-label')!.startsWith(label));
    if (!d) throw new Error(`no dot "${label}" in ${this.name}`);
    return d;
  }
  /** Zone rectangles: [kind, width]. */
  get zoneRects(): { kind: string; x: number; width: number }[] {
    return [...this.chart.querySelectorAll('rect')].map((r) => ({
      kind: r.getAttribute('data-kind')!,
      x: Number(r.getAttribute('x')),
      width: Number(r.getAttribute('width')),
    }));
  }
}

export class IncentiveViewHarness extends ElementHarness<SlaIncentiveView> {
  /** The agreement's name, '' when none is shown. */
  get heading(): string {
    return this.partText('heading');
  }
  get range(): string {
    return this.partText('range');
  }
  get cards(): ObjectiveCard[] {
    return this.parts('objective-card').map((e) => new ObjectiveCard(this, e));
  }
  card(name: string): ObjectiveCard {
    const c = this.cards.find((x) => x.name === name);
    if (!c) throw new Error(`no objective "${name}" shown`);
    return c;
  }
  /** The ledger table: header row and body rows as text cells (row header first). */
  get ledgerHeaders(): string[] {
    const t = this.part('ledger-table');
    return t ? [...t.querySelectorAll('thead th')].map((c) => text(c)) : [];
  }
  get ledgerRows(): string[][] {
    return this.parts('ledger-row').map((r) => [...r.children].map((c) => text(c)));
  }
  get ledgerTotal(): string[] {
    const r = this.part('ledger-total');
    return r ? [...r.children].map((c) => text(c)) : [];
  }
  /** The ledger row of a period by its name ("September 2026"), as header -> cell. */
  ledgerRow(period: string): Record<string, string> {
    const row = this.ledgerRows.find((r) => r[0] === period);
    if (!row) throw new Error(`no ledger row "${period}"`);
    return Object.fromEntries(this.ledgerHeaders.map((h, i) => [h, row[i]!]));
  }
  get ledgerText(): string {
    return this.partText('ledger');
  }
  /** Clicks an SVG node (SVG elements have no click()). */
  async clickSvg(node: Element): Promise<void> {
    node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await this.settle();
  }
}
