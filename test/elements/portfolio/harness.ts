/**
 * The `<sla-portfolio>` test harness: tests create the element, act on it and read it through this,
 * as a reader sees it (by role, part and text), never through its private fields.
 */
import { fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/sla-portfolio.js';
import type { SlaPortfolio } from '../../../src/elements/portfolio/sla-portfolio.js';
import { ElementHarness } from '../shared/element-harness.js';
import { visibleText } from '../shared/harness.js';

/** Attributes a test can set (strings as in HTML). */
export interface PortfolioAttributes {
  readonly customer?: string;
  readonly locale?: string;
  readonly src?: string;
  readonly asOf?: string;
  readonly period?: string;
  readonly sort?: string;
  readonly direction?: string;
  readonly filterStatus?: string;
  readonly search?: string;
  readonly expanded?: string;
  readonly scrollHeight?: string;
  readonly timeZone?: string;
  readonly theme?: string;
}

/** "Now" of the sample feed's fixed views. */
export const SAMPLE_NOW = '2026-11-22T12:00:00+01:00';

/** An element in the page with these attributes and `.feed`, updated and ready to read. */
export async function portfolio(
  attrs: PortfolioAttributes = {},
  feed?: unknown,
): Promise<PortfolioHarness> {
  const el = await fixture<SlaPortfolio>(
    html`<sla-portfolio
      customer=${attrs.customer ?? ''}
      locale=${attrs.locale ?? 'en-GB'}
      src=${attrs.src ?? ''}
      as-of=${attrs.asOf ?? SAMPLE_NOW}
      period=${attrs.period ?? ''}
      sort=${attrs.sort ?? 'health'}
      direction=${attrs.direction ?? 'ascending'}
      filter-status=${attrs.filterStatus ?? ''}
      search=${attrs.search ?? ''}
      expanded=${attrs.expanded ?? ''}
      scroll-height=${attrs.scrollHeight ?? ''}
      time-zone=${attrs.timeZone ?? ''}
      theme=${attrs.theme ?? 'light'}
      .feed=${feed}
    ></sla-portfolio>`,
  );
  const harness = new PortfolioHarness(el);
  await harness.settle();
  return harness;
}

/**
 * Like {@link portfolio}, and also records every logo image the element renders, before any of
 * them can fail to load and be removed (logos from the feed's hosts do not load in tests).
 */
export async function portfolioWithLogos(
  attrs: { readonly customer?: string },
  feed: unknown,
): Promise<{ readonly harness: PortfolioHarness; readonly logos: HTMLImageElement[] }> {
  const el = document.createElement('sla-portfolio');
  el.setAttribute('locale', 'en-GB');
  el.setAttribute('as-of', SAMPLE_NOW);
  if (attrs.customer) el.setAttribute('customer', attrs.customer);
  el.feed = feed;
  fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
  const logos: HTMLImageElement[] = [];
  new MutationObserver((records) => {
    for (const r of records)
      for (const node of r.addedNodes)
        if (node instanceof Element)
          for (const img of [node, ...node.querySelectorAll('img')])
            if (img instanceof HTMLImageElement && img.matches('[part~="logo"]')) logos.push(img);
  }).observe(el.shadowRoot!, { childList: true, subtree: true });
  const harness = new PortfolioHarness(el);
  await harness.settle();
  return { harness, logos };
}

const text = (node: Element | null | undefined): string =>
  visibleText((node as HTMLElement | null)?.innerText ?? node?.textContent ?? '');

/** One row of the treegrid as a reader sees it. */
export class GridRowReader {
  constructor(readonly element: HTMLElement) {}
  /** customer, agreement, objective, service, chain or detail. */
  get kind(): string {
    return this.element.dataset.kind ?? '';
  }
  get key(): string {
    return this.element.dataset.key ?? '';
  }
  get level(): number {
    return Number(this.element.getAttribute('aria-level'));
  }
  get rowIndex(): number {
    return Number(this.element.getAttribute('aria-rowindex'));
  }
  /** 'true', 'false' or null (not expandable). */
  get expanded(): string | null {
    return this.element.getAttribute('aria-expanded');
  }
  get status(): string | null {
    return this.element.getAttribute('data-health');
  }
  get cells(): HTMLElement[] {
    return [...this.element.querySelectorAll<HTMLElement>(':scope > [data-col]')];
  }
  /** The name cell's text. */
  get name(): string {
    return text(this.cells[0]);
  }
  /** A customer row's cell by column id (health, met, atRisk, breached, credit, ...). */
  cell(column: string): HTMLElement | null {
    return this.element.querySelector<HTMLElement>(`:scope > [data-column="${column}"]`);
  }
  cellText(column: string): string {
    return text(this.cell(column));
  }
  /** The whole row's text. */
  get text(): string {
    return text(this.element);
  }
}

export class PortfolioHarness extends ElementHarness<SlaPortfolio> {
  get grid(): HTMLElement {
    const grid = this.part('grid');
    if (!grid) throw new Error('no grid');
    return grid as HTMLElement;
  }

  /** The rows in the DOM (the virtualiser keeps only those near the visible area). */
  rows(): GridRowReader[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="grid"] .body > [role="row"]')].map(
      (r) => new GridRowReader(r),
    );
  }

  customerRows(): GridRowReader[] {
    return this.rows().filter((r) => r.kind === 'customer');
  }

  /** Customer names in row order (rows in the DOM). */
  customerNames(): string[] {
    return this.customerRows().map((r) => r.name);
  }

  row(key: string): GridRowReader | undefined {
    return this.rows().find((r) => r.key === key);
  }

  customer(id: string): GridRowReader | undefined {
    return this.row(`c:${id}`);
  }

  /** Column headers: label, aria-sort. */
  headers(): { label: string; sort: string | null; element: HTMLElement }[] {
    return [...this.root.querySelectorAll<HTMLElement>('[role="columnheader"]')].map((h) => ({
      label: text(h),
      sort: h.getAttribute('aria-sort'),
      element: h,
    }));
  }

  /** Clicks the sort button of a column header. */
  async sortBy(label: string): Promise<void> {
    const header = this.headers().find((h) => h.label === label);
    if (!header) throw new Error(`no header ${label}`);
    await this.click(header.element.querySelector('button')!);
  }

  /** The summary in words (visible above the grid). */
  get summaryText(): string {
    return this.summary();
  }

  /** Ticks or unticks a status checkbox of the filter (as a user does). */
  async toggleStatus(status: string): Promise<void> {
    const box = this.root.querySelector<HTMLInputElement>(
      `[part~="filter"] input[value="${status}"]`,
    );
    if (!box) throw new Error(`no filter for ${status}`);
    box.click();
    await this.settle();
  }

  /** Types into the search field (focus, select all, type). */
  async type(textToType: string): Promise<void> {
    const input = this.part('search') as HTMLInputElement;
    input.focus();
    input.select();
    await sendKeys({ type: textToType });
    await this.settle();
  }

  get searchInput(): HTMLInputElement {
    return this.part('search') as HTMLInputElement;
  }

  /** Totals per currency as shown. */
  totals(): { currency: string; credit: string; bonus: string; net: string }[] {
    return [...this.root.querySelectorAll('[part~="totals"] tbody tr')].map((tr) => {
      const td = tr.querySelectorAll('td');
      return {
        currency: text(tr.querySelector('th')),
        credit: text(td[0]),
        bonus: text(td[1]),
        net: text(td[2]),
      };
    });
  }

  /** Clicks a row's name cell (opens or closes it and selects it). */
  async activate(key: string): Promise<void> {
    const row = this.row(key);
    if (!row) throw new Error(`no row ${key}`);
    await this.click(row.cells[0]!);
  }

  /** The one cell (or header button) with tabindex 0: the grid's tab stop. */
  get tabStop(): HTMLElement | null {
    const stops = [...this.grid.querySelectorAll<HTMLElement>('[tabindex="0"]')];
    if (stops.length > 1) throw new Error(`${stops.length} tab stops in the grid`);
    return stops[0] ?? null;
  }

  /** Presses a key on the focused node (real key events), then waits for the element. */
  async key(key: string): Promise<void> {
    const [modifier, main] = key.length > 1 && key.includes('+') ? key.split('+') : [];
    if (modifier && main) {
      await sendKeys({ down: modifier });
      await sendKeys({ press: main });
      await sendKeys({ up: modifier });
    } else await sendKeys({ press: key });
    await this.settle();
    // Focus moves after the update that renders the target row.
    await new Promise((r) => requestAnimationFrame(r));
    await this.settle();
  }

  /** The row the focused cell is in. */
  get focusedRow(): GridRowReader | null {
    const row = this.focused?.closest<HTMLElement>('[role="row"]');
    return row ? new GridRowReader(row) : null;
  }

  /** The column (data-col) of the focused cell. */
  get focusedCol(): number {
    const cell = this.focused?.closest<HTMLElement>('[data-col]');
    return cell ? Number(cell.dataset.col) : -1;
  }

  get brandName(): string {
    return this.partText('brand-name');
  }

  get logo(): HTMLImageElement | null {
    return this.part('logo') as HTMLImageElement | null;
  }

  get heading(): string {
    return this.partText('heading');
  }
}
