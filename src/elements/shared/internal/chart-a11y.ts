/**
 * The accessible chart pattern every chart reuses: a text summary, a view switch ("Show chart" /
 * "Show table", toggle buttons with `aria-pressed`) and a real `<table>` alternative (caption,
 * `th scope`). The chart itself is wrapped in `role="img"` labelled by the summary, unless the chart
 * has its own interactive marks (then pass `chartRole: 'group'`).
 *
 * ```ts
 * #a11y = new ChartA11yController(this);
 * render() {
 *   return this.renderWithState(() => this.#a11y.render({
 *     t: this.t,
 *     summary: '12 months: 10 met, 2 breached (March, July).',
 *     table: () => ({ caption: 'Availability per month', rowHeader: 'Month',
 *                     columns: [{ label: 'Value', numeric: true }, { label: 'Status' }],
 *                     rows: months.map((m) => ({ header: m.label, cells: [m.value, m.status] })) }),
 *     chart: () => html`<svg ...>...</svg>`,
 *   }));
 * }
 * ```
 * Parts: `chart-frame`, `summary`, `view-toggle`, `view-button`, `chart`, `table-scroll`,
 * `scroll-hint`, `data-table`.
 *
 * The summary is read once: as the chart's name when it is visually hidden. The table opens
 * scrolled to its last column (the newest period), says when it scrolls sideways, and keeps its
 * row headers in view (they may hold buttons).
 */
import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Translate } from '../i18n/index.js';

export interface ChartTableColumn {
  readonly label: string;
  /** Right-aligned tabular numbers. */
  readonly numeric?: boolean;
}

export interface ChartTableRow {
  /** The row header (`<th scope="row">`): a month, an objective name (or its button), ... */
  readonly header: string | TemplateResult;
  /** One cell per column: text, or a template such as `renderStatus(...)`. */
  readonly cells: readonly (string | TemplateResult)[];
}

export interface ChartTable {
  /**
   * Table caption (what the table lists); also the name of its scrolling region, so make it
   * unique on the page (name the agreement).
   */
  readonly caption: string;
  /** Heading of the row-header column. */
  readonly rowHeader: string;
  readonly columns: readonly ChartTableColumn[];
  readonly rows: readonly ChartTableRow[];
}

export interface ChartA11yOptions {
  readonly t: Translate;
  /** The chart's message in one or two sentences (always in the DOM). */
  readonly summary: string;
  /** Show the summary on screen (default false: visually hidden, still read). */
  readonly summaryVisible?: boolean;
  /** The table alternative; a function is only called when the table is shown. */
  readonly table: ChartTable | (() => ChartTable);
  /** The chart markup. */
  readonly chart: () => TemplateResult;
  /** `img` (default): a picture described by the summary; `group`: the chart has focusable marks. */
  readonly chartRole?: 'img' | 'group';
}

export type ChartView = 'chart' | 'table';

let counter = 0;

export class ChartA11yController implements ReactiveController {
  readonly host: ReactiveControllerHost;
  #view: ChartView = 'chart';
  readonly #id = `sla-chart-${++counter}`;
  /** The table was just shown: scroll it to its newest column after the next render. */
  #scrollToEnd = false;

  constructor(host: ReactiveControllerHost, initialView: ChartView = 'chart') {
    this.host = host;
    this.#view = initialView;
    this.#scrollToEnd = initialView === 'table';
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (this.#view !== 'table') return;
    const root = (this.host as unknown as { renderRoot?: ParentNode }).renderRoot;
    const scroller = root?.querySelector<HTMLElement>(`#${this.#id}-table`);
    if (!scroller) return;
    const scrolls = scroller.scrollWidth > scroller.clientWidth + 1;
    if (scroller.toggleAttribute('data-scrolls', scrolls) && this.#scrollToEnd) {
      // The newest period is the last column: at the inline end (negative scrollLeft in RTL).
      const rtl = getComputedStyle(scroller).direction === 'rtl';
      scroller.scrollLeft = rtl ? -scroller.scrollWidth : scroller.scrollWidth;
    }
    this.#scrollToEnd = false;
  }

  /** What is shown now. */
  get view(): ChartView {
    return this.#view;
  }

  /** Switches between the chart and the table. */
  setView(view: ChartView): void {
    if (view === this.#view) return;
    this.#view = view;
    this.#scrollToEnd = view === 'table';
    this.host.requestUpdate();
  }

  render(options: ChartA11yOptions): TemplateResult {
    const { t } = options;
    const showTable = this.#view === 'table';
    const summaryId = `${this.#id}-summary`;
    return html`<div class="sla-chart-frame" part="chart-frame">
      <div class="sla-chart-head">
        <p
          id=${summaryId}
          class=${options.summaryVisible ? 'sla-chart-summary' : 'sla-visually-hidden'}
          part="summary"
          aria-hidden=${options.summaryVisible ? nothing : 'true'}
        >
          ${options.summary}
        </p>
        <div class="sla-view-toggle" role="group" aria-label=${t('ui.view')} part="view-toggle">
          <button
            type="button"
            part="view-button"
            aria-pressed=${showTable ? 'false' : 'true'}
            @click=${() => this.setView('chart')}
          >
            ${t('ui.showChart')}
          </button>
          <button
            type="button"
            part="view-button"
            aria-pressed=${showTable ? 'true' : 'false'}
            @click=${() => this.setView('table')}
          >
            ${t('ui.showTable')}
          </button>
        </div>
      </div>
      ${
        showTable
          ? renderChartTable(
              typeof options.table === 'function' ? options.table() : options.table,
              t,
              `${this.#id}-table`,
            )
          : html`<div
              class="sla-chart"
              part="chart"
              role=${options.chartRole ?? 'img'}
              aria-labelledby=${summaryId}
            >
              ${options.chart()}
            </div>`
      }
    </div>`;
  }
}

/**
 * A data table with caption and scoped headers, in a keyboard-scrollable region named by the
 * caption; with `t`, a hint that shows while the table scrolls sideways (`data-scrolls`).
 */
export function renderChartTable(table: ChartTable, t?: Translate, id?: string): TemplateResult {
  return html`${
      t
        ? html`<p class="sla-scroll-hint" part="scroll-hint" aria-hidden="true">
            ${t('ui.scrollHint')}
          </p>`
        : nothing
    }
    <div
      class="sla-table-scroll"
      part="table-scroll"
      role="region"
      aria-label=${table.caption}
      tabindex="0"
      id=${id ?? nothing}
    >
      <table class="sla-table" part="data-table">
        <caption>
          ${table.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${table.rowHeader}</th>
            ${table.columns.map(
              (c) => html`<th scope="col" class=${c.numeric ? 'sla-num' : nothing}>${c.label}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.header}</th>
                ${row.cells.map(
                  (cell, i) =>
                    html`<td class=${table.columns[i]?.numeric ? 'sla-num' : nothing}>${cell}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

export const chartA11yStyles = css`
  .sla-chart-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_sla-space-1);
  }
  .sla-chart-summary {
    margin: 0;
    color: var(--_sla-text-muted);
  }
  .sla-view-toggle {
    display: inline-flex;
    margin-inline-start: auto;
  }
  .sla-view-toggle button {
    padding: 0 var(--_sla-space-1);
    min-height: 24px;
    border: 1px solid var(--_sla-border);
    background: var(--_sla-surface);
    color: var(--_sla-text);
    cursor: pointer;
    font-size: var(--_sla-font-size-small);
  }
  .sla-view-toggle button:first-child {
    border-start-start-radius: var(--_sla-radius);
    border-end-start-radius: var(--_sla-radius);
  }
  .sla-view-toggle button:last-child {
    border-start-end-radius: var(--_sla-radius);
    border-end-end-radius: var(--_sla-radius);
    border-inline-start-width: 0;
  }
  .sla-view-toggle button[aria-pressed='true'] {
    background: var(--_sla-text);
    color: var(--_sla-surface);
  }
  @media (forced-colors: active) {
    /* Without forced-color-adjust the system turns every button back to ButtonFace. */
    .sla-view-toggle button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  .sla-table-scroll {
    overflow-x: auto;
  }
  /* The sign that the table scrolls: a hint above it, and a shade at the scrolling edge. */
  .sla-scroll-hint {
    display: none;
    margin: var(--_sla-space-half) 0 0;
    color: var(--_sla-text-muted);
    font-size: var(--_sla-font-size-small);
  }
  .sla-scroll-hint:has(+ .sla-table-scroll[data-scrolls]) {
    display: block;
  }
  .sla-table-scroll[data-scrolls] {
    box-shadow: inset 12px 0 8px -8px var(--_sla-border);
  }
  :host([dir='rtl']) .sla-table-scroll[data-scrolls] {
    box-shadow: inset -12px 0 8px -8px var(--_sla-border);
  }
  /* Row headers stay in view while the periods scroll under them. */
  .sla-table tbody th,
  .sla-table thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_sla-surface);
  }
  .sla-table {
    border-collapse: collapse;
    width: 100%;
  }
  .sla-table caption {
    text-align: start;
    font-weight: 600;
    padding-block: var(--_sla-space-1);
  }
  .sla-table th,
  .sla-table td {
    padding: var(--_sla-space-half) var(--_sla-space-1);
    border-bottom: 1px solid var(--_sla-border);
    text-align: start;
  }
  .sla-table .sla-num {
    text-align: end;
  }
`;
