/**
 * The portfolio benchmark's yardstick: the least a Lit element can do to show the same customer
 * rows with the same cells (name, health score and status word, met / at risk / breached counts,
 * credits, bonuses and net per currency, worst objective, review date, exit warning, a trend
 * sparkline as an SVG path), from arrays computed beforehand by bench/portfolio.browser-bench.mjs
 * with the kit's own model. No feed, no model, no Intl, no ARIA grid, no virtualiser (it draws
 * the rows it is given, as many as the kit has in the DOM), no state handling: the kit's cost
 * over this is what the kit adds. Its sort is a plain array sort of the precomputed rows.
 * Bench-only, never shipped.
 */
import { css, html, LitElement, svg, type TemplateResult } from 'lit';

/** One currency's money of a row, in minor units (exact integers), and the currency's exponent. */
export interface BaselineMoney {
  readonly currency: string;
  readonly digits: number;
  readonly credit: number;
  readonly bonus: number;
  readonly net: number;
}

/** One precomputed customer row. */
export interface BaselineRow {
  readonly id: string;
  readonly name: string;
  /** The score as shown (rounded). */
  readonly score: number | null;
  /** The model's exact score, which the sort orders by (as the element's sort does). */
  readonly exactScore: number | null;
  readonly status: string;
  readonly met: number;
  readonly atRisk: number;
  readonly breached: number;
  readonly money: readonly BaselineMoney[];
  readonly worst: string | null;
  readonly worstValue: number | null;
  /** Review date, epoch ms, or null. */
  readonly reviewBy: number | null;
  readonly reviewState: string | null;
  readonly exit: string | null;
  /** Health score per period, oldest first (null = no data). */
  readonly trend: readonly (number | null)[];
}

const W = 96;
const H = 24;
const WORDS: Record<string, string> = {
  breached: 'Breached',
  'at-risk': 'At risk',
  met: 'Met',
  exceeded: 'Exceeded',
  'no-data': 'No data',
};

/** The trivial sparkline: min-max scaling, one polyline, gaps skipped. */
function sparkPath(trend: readonly (number | null)[]): string {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of trend) {
    if (v === null) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return '';
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const step = (W - 6) / Math.max(1, trend.length - 1);
  let d = '';
  trend.forEach((v, i) => {
    if (v === null) return;
    const x = 3 + i * step;
    const y = H - 3 - ((v - lo) / (hi - lo)) * (H - 6);
    d += `${d ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
  });
  return d;
}

/** Minor units as a decimal with the currency code: no Intl, as cheap as it gets. */
function money(minor: number, digits: number, currency: string): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs} ${currency}`;
  const scale = 10 ** digits;
  const whole = Math.floor(abs / scale);
  const fraction = String(abs % scale).padStart(digits, '0');
  return `${sign}${whole}.${fraction} ${currency}`;
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Health ascending (worst first), no data last; ties in the given order (a stable sort). */
export function byHealth(rows: readonly BaselineRow[], direction: 'ascending' | 'descending') {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (a.exactScore === null || b.exactScore === null)
      return (a.exactScore === null ? 1 : 0) - (b.exactScore === null ? 1 : 0);
    return sign * (a.exactScore - b.exactScore);
  });
}

export class BenchPortfolioBaseline extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: 14px/1.4 sans-serif;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 4px 8px;
      border-bottom: 1px solid #ddd;
      text-align: start;
      vertical-align: top;
    }
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    button {
      font: inherit;
      border: 0;
      background: none;
      padding: 0;
      cursor: pointer;
    }
    path {
      fill: none;
      stroke: currentColor;
      stroke-width: 1.5;
    }
  `;

  static override properties = {
    rows: { attribute: false },
    limit: { attribute: false },
    direction: { attribute: false },
  };

  /** Every row (all customers), in the order to show. */
  declare rows: readonly BaselineRow[];
  /** How many rows to draw (the number the kit has in the DOM). */
  declare limit: number;
  declare direction: 'ascending' | 'descending';

  constructor() {
    super();
    this.rows = [];
    this.limit = Infinity;
    this.direction = 'ascending';
  }

  /** The header's sort: health the other way round, then the first `limit` rows again. */
  #sort(): void {
    this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
    this.rows = byHealth(this.rows, this.direction);
  }

  protected override render(): TemplateResult {
    const shown = this.rows.slice(0, this.limit);
    return html`<table>
      <thead>
        <tr>
          <th>Customer</th>
          <th><button part="sort-button" @click=${() => this.#sort()}>Health</button></th>
          <th>Status</th>
          <th>Met</th>
          <th>At risk</th>
          <th>Breached</th>
          <th>Credits</th>
          <th>Bonuses</th>
          <th>Net</th>
          <th>Worst objective</th>
          <th>Review</th>
          <th>Exit clause</th>
          <th>Trend</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (r) =>
            html`<tr part="row" data-kind="customer" data-key="c:${r.id}">
              <th scope="row">${r.name}</th>
              <td class="num">${r.score ?? '—'}</td>
              <td>${WORDS[r.status] ?? r.status}</td>
              <td class="num">${r.met}</td>
              <td class="num">${r.atRisk}</td>
              <td class="num">${r.breached}</td>
              <td class="num">
                ${r.money.map((m) => html`<div>${money(m.credit, m.digits, m.currency)}</div>`)}
              </td>
              <td class="num">
                ${r.money.map((m) => html`<div>${money(m.bonus, m.digits, m.currency)}</div>`)}
              </td>
              <td class="num">
                ${r.money.map((m) => html`<div>${money(m.net, m.digits, m.currency)}</div>`)}
              </td>
              <td>${r.worst === null ? '—' : `${r.worst}: ${r.worstValue ?? '—'}`}</td>
              <td>${r.reviewBy === null ? '—' : `${day(r.reviewBy)} (${r.reviewState})`}</td>
              <td>${r.exit ?? '—'}</td>
              <td>
                <svg viewBox="0 0 ${W} ${H}" width=${W} height=${H}>
                  ${svg`<path d=${sparkPath(r.trend)}></path>`}
                </svg>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

/** Registers `<bench-portfolio-baseline>` (a function: package.json marks modules side-effect free). */
export function defineBaseline(): void {
  if (!customElements.get('bench-portfolio-baseline')) {
    customElements.define('bench-portfolio-baseline', BenchPortfolioBaseline);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bench-portfolio-baseline': BenchPortfolioBaseline;
  }
}
