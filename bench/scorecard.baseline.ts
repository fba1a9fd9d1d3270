/**
 * The scorecard benchmark's yardstick: the least a Lit element can do to show the same rows
 * (name, value, minimum, target, status word, a sparkline path), from arrays computed beforehand
 * by bench/scorecard.browser-bench.mjs. No feed parsing, no model, no Intl, no a11y table, no
 * state handling: the kit's cost over this is what the kit adds. Bench-only, never shipped.
 */
import { css, html, LitElement, svg, type TemplateResult } from 'lit';

/** One precomputed row. `trend` holds the last periods' values, oldest first (null = no data). */
export interface BaselineRow {
  readonly id: string;
  readonly name: string;
  readonly value: number | null;
  readonly minimum: number;
  readonly target: number;
  readonly higherIsBetter: boolean;
  readonly trend: readonly (number | null)[];
}

const W = 96;
const H = 28;

function status(r: BaselineRow): string {
  if (r.value === null) return 'No data';
  const better = (a: number, b: number): boolean => (r.higherIsBetter ? a >= b : a <= b);
  if (!better(r.value, r.minimum)) return 'Breached';
  if (!better(r.value, r.target)) return 'At risk';
  return 'Met';
}

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

export class BenchBaselineTable extends LitElement {
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
    }
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    path {
      fill: none;
      stroke: currentColor;
      stroke-width: 1.5;
    }
  `;

  static override properties = { rows: { attribute: false } };

  declare rows: readonly BaselineRow[];

  constructor() {
    super();
    this.rows = [];
  }

  protected override render(): TemplateResult {
    return html`<table>
      <thead>
        <tr>
          <th>Objective</th>
          <th>Value</th>
          <th>Minimum</th>
          <th>Target</th>
          <th>Status</th>
          <th>Trend</th>
        </tr>
      </thead>
      <tbody>
        ${this.rows.map(
          (r) =>
            html`<tr part="row" data-objective=${r.id}>
              <th scope="row">${r.name}</th>
              <td class="num">${r.value ?? '—'}</td>
              <td class="num">${r.minimum}</td>
              <td class="num">${r.target}</td>
              <td>${status(r)}</td>
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

/** Registers `<bench-baseline-table>` (a function: package.json marks modules side-effect free). */
export function defineBaseline(): void {
  if (!customElements.get('bench-baseline-table')) {
    customElements.define('bench-baseline-table', BenchBaselineTable);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bench-baseline-table': BenchBaselineTable;
  }
}
