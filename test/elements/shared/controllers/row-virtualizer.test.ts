/**
 * RowVirtualizer: a table of 1,000 rows of 30 px (estimated at 40) in the page's own scroll, and
 * a grid of rows in a scroll container. What is checked is what a reader and a screen reader get:
 * the rows near the visible area in the DOM at their true place (the spacers stand in for the
 * others), aria-rowcount / aria-rowindex, the focused row kept while scrolling away, a row
 * scrolled to on request, and the heights measured again when the width changes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { RowVirtualizer } from '../../../../src/elements/shared/controllers/row-virtualizer.js';

const ROWS = 1000;
const ROW = 30;

class VirtualTable extends LitElement {
  static override styles = css`
    :host {
      display: block;
      container-type: inline-size;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    td,
    th {
      padding: 0;
    }
    tbody tr[aria-rowindex] {
      height: ${ROW}px;
    }
    @container (max-width: 400px) {
      tbody tr[aria-rowindex] {
        height: ${ROW * 2}px;
      }
    }
    tr.spacer {
      overflow-anchor: none;
    }
  `;

  count = ROWS;
  readonly rows = new RowVirtualizer(this, {
    rowHeight: 40,
    overscan: 5,
    rows: () => this.renderRoot.querySelector('tbody'),
  });

  protected override willUpdate(): void {
    this.rows.count = this.count;
  }

  override render() {
    return html`<table role="table" aria-rowcount=${this.rows.rowCount}>
      <thead role="rowgroup">
        <tr role="row" aria-rowindex="1">
          <th role="columnheader">Row</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${repeat(
          this.rows.items,
          (it) => it.key,
          (it) =>
            it.kind === 'spacer'
              ? html`<tr class="spacer" aria-hidden="true" ${this.rows.spacer(it.key)}></tr>`
              : html`<tr role="row" aria-rowindex=${this.rows.rowIndex(it.index)}>
                  <td role="cell"><button type="button">Row ${it.index}</button></td>
                </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
customElements.define('test-virtual-table', VirtualTable);

class VirtualGrid extends LitElement {
  static override styles = css`
    .scroll {
      height: 300px;
      overflow: auto;
    }
    [role='row'] {
      height: 25px;
    }
  `;

  readonly rows = new RowVirtualizer(this, {
    rowHeight: 25,
    overscan: 2,
    headerRows: 0,
    rows: () => this.renderRoot.querySelector('[role="rowgroup"]'),
    scrollElement: () => this.renderRoot.querySelector('.scroll'),
  });

  protected override willUpdate(): void {
    this.rows.count = 400;
  }

  override render() {
    return html`<div class="scroll">
      <div role="grid" aria-rowcount=${this.rows.rowCount}>
        <div role="rowgroup">
          ${repeat(
            this.rows.items,
            (it) => it.key,
            (it) =>
              it.kind === 'spacer'
                ? html`<div aria-hidden="true" ${this.rows.spacer(it.key)}></div>`
                : html`<div role="row" aria-rowindex=${this.rows.rowIndex(it.index)}>
                    <span role="gridcell">Item ${it.index}</span>
                  </div>`,
          )}
        </div>
      </div>
    </div>`;
  }
}
customElements.define('test-virtual-grid', VirtualGrid);

/** The rows in the DOM: aria-rowindex and the top of each, relative to the rows container. */
function rendered(host: LitElement, selector = 'tbody'): { index: number; top: number }[] {
  const container = host.shadowRoot!.querySelector(selector)!;
  const top = container.getBoundingClientRect().top;
  return [...container.querySelectorAll(':scope > [aria-rowindex]')].map((row) => ({
    index: Number(row.getAttribute('aria-rowindex')),
    top: Math.round(row.getBoundingClientRect().top - top),
  }));
}

/** Scrolls (page or `box`) and waits for the scroll event and the update it may start. */
async function scrollTo(host: VirtualTable | VirtualGrid, y: number, box?: Element): Promise<void> {
  const target: EventTarget = box ?? document;
  const seen = new Promise((resolve) =>
    target.addEventListener('scroll', resolve, { once: true, capture: true }),
  );
  if (box) box.scrollTop = y;
  else window.scrollTo(0, y);
  await seen;
  await host.updateComplete;
  while (host.rows.pending()) await host.updateComplete;
}

async function table(): Promise<VirtualTable> {
  const el = await fixture<VirtualTable>(html`<test-virtual-table></test-virtual-table>`);
  await el.updateComplete;
  while (el.rows.pending()) await el.updateComplete;
  return el;
}

describe('RowVirtualizer', () => {
  before(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => window.scrollTo(0, 0));

  it('renders the rows near the viewport at their true place, with spacers for the rest', async () => {
    const el = await table();
    const rows = rendered(el);
    // 600 px of viewport at 30 px a row is 20 rows, plus overscan: far fewer than 1,000.
    expect(rows.length).to.be.within(20, 40);
    expect(rows[0]).to.deep.equal({ index: 2, top: 0 });
    for (const r of rows) expect(r.top).to.equal((r.index - 2) * ROW);
    // The measured height replaced the 40 px estimate: the table is as tall as all its rows.
    const tbody = el.shadowRoot!.querySelector('tbody')!;
    expect(Math.round(tbody.getBoundingClientRect().height)).to.equal(ROWS * ROW);
    expect(el.rows.totalHeight).to.equal(ROWS * ROW);
    // Spacers are sized through the CSSOM: no style attribute in the markup Lit wrote.
    const spacer = tbody.querySelector('tr.spacer') as HTMLElement;
    expect(spacer.style.height).to.match(/px$/);
  });

  it('names the whole list to screen readers: aria-rowcount and aria-rowindex', async () => {
    const el = await table();
    const grid = el.shadowRoot!.querySelector('table')!;
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(ROWS + 1));
    await scrollTo(el, 500 * ROW + el.getBoundingClientRect().top);
    const rows = rendered(el);
    const first = rows.find((r) => r.top >= 500 * ROW)!;
    expect(first.index).to.equal(502);
    const button = el.shadowRoot!.querySelector('[aria-rowindex="502"] button')!;
    expect(button.textContent).to.equal('Row 500');
    // Every rendered row sits where its index says, after the scroll too.
    for (const r of rows) expect(r.top).to.equal((r.index - 2) * ROW);
    expect(rows.some((r) => r.index === 2)).to.equal(false);
  });

  it('keeps the focused row (and its neighbours) in the DOM while the reader scrolls away', async () => {
    const el = await table();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-rowindex="5"] button')!;
    button.focus();
    await scrollTo(el, 800 * ROW);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.isConnected).to.equal(true);
    const indices = rendered(el).map((r) => r.index);
    expect(indices).to.include.members([4, 5, 6]);
    expect(indices.some((i) => i > 790)).to.equal(true);
    // Kept rows still sit at their own place: the gap spacer stands in for the rows between.
    for (const r of rendered(el)) expect(r.top).to.equal((r.index - 2) * ROW);
    button.blur();
    await scrollTo(el, 800 * ROW + 100);
    expect(rendered(el).map((r) => r.index)).not.to.include(5);
  });

  it('scrolls to a row not in the DOM yet and hands it over', async () => {
    const el = await table();
    const row = await el.rows.scrollToIndex(700);
    expect(row?.getAttribute('aria-rowindex')).to.equal('702');
    expect(Math.round(row!.getBoundingClientRect().top)).to.equal(0);
    const last = await el.rows.scrollToIndex(ROWS + 50);
    expect(last?.getAttribute('aria-rowindex')).to.equal(String(ROWS + 1));
  });

  it('measures again when the width changes the row height', async () => {
    const el = await table();
    el.style.width = '300px';
    await new Promise((resolve) => new ResizeObserver(resolve).observe(el));
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    while (el.rows.pending()) await el.updateComplete;
    const rows = rendered(el);
    for (const r of rows) expect(r.top).to.equal((r.index - 2) * ROW * 2);
    expect(el.rows.totalHeight).to.equal(ROWS * ROW * 2);
    el.style.width = '';
  });

  it('shows every row when the list shrinks and grows again', async () => {
    const el = await table();
    el.count = 3;
    el.requestUpdate();
    await el.updateComplete;
    expect(rendered(el).map((r) => r.index)).to.deep.equal([2, 3, 4]);
    expect(el.rows.before + el.rows.after).to.equal(0);
  });

  it('renders rows added at the end of a list whose window reached its end (within the overscan)', async () => {
    const el = await table();
    // 20 rows of 30 px fill the 600 px viewport: the window is the whole list.
    el.count = 20;
    el.requestUpdate();
    await el.updateComplete;
    while (el.rows.pending()) await el.updateComplete;
    expect(el.rows.range).to.deep.equal({ start: 0, end: 20 });
    // Two more rows below the visible area (a drill-down row opening under the last one).
    el.count = 22;
    el.requestUpdate();
    await el.updateComplete;
    while (el.rows.pending()) await el.updateComplete;
    expect(rendered(el).map((r) => r.index)).to.include.members([21, 22, 23]);
  });

  it('works inside a scroll container (the grid of a portfolio)', async () => {
    const el = await fixture<VirtualGrid>(html`<test-virtual-grid></test-virtual-grid>`);
    await el.updateComplete;
    while (el.rows.pending()) await el.updateComplete;
    const box = el.shadowRoot!.querySelector('.scroll')!;
    const before = rendered(el, '[role="rowgroup"]');
    expect(before[0]!.index).to.equal(1);
    expect(before.length).to.be.within(12, 20);
    await scrollTo(el, 200 * 25, box);
    const after = rendered(el, '[role="rowgroup"]');
    expect(after.find((r) => r.top === 200 * 25)?.index).to.equal(201);
    expect(after.length).to.be.within(12, 20);
    const row = await el.rows.scrollToIndex(399);
    expect(row?.textContent?.trim()).to.equal('Item 399');
    expect(box.scrollTop).to.equal(box.scrollHeight - box.clientHeight);
  });
});
