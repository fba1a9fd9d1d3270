/**
 * The incentive benchmark's yardstick: the least a Lit element can do to draw the same band
 * charts (a zone rectangle per zone, the target tick, a dot per period, the selected period's
 * marker, the zones' counts) and the same ledger rows (period, credits, bonuses, net, with Intl
 * currency formatting), from arrays computed beforehand by bench/incentive.browser-bench.mjs. No
 * feed parsing, no model, no nines scale, no a11y, no sentences, no state handling: the kit's cost
 * over this is what the kit adds. Bench-only, never shipped.
 */
import { css, html, LitElement, svg, type TemplateResult } from 'lit';

/** One objective: its zones' bounds in axis order (worst first) and the range's values. */
export interface BaselineObjective {
  readonly id: string;
  readonly name: string;
  /** Zone kinds, worst first. */
  readonly kinds: readonly string[];
  /** The thresholds between the zones (kinds.length - 1 of them), worst first. */
  readonly bounds: readonly number[];
  readonly target: number;
  readonly values: readonly (number | null)[];
}

export interface BaselineLedgerRow {
  readonly start: number;
  readonly credits: number;
  readonly bonuses: number;
}

export interface BaselineData {
  readonly currency: string;
  readonly objectives: readonly BaselineObjective[];
  readonly ledger: readonly BaselineLedgerRow[];
}

const W = 480;
const BAND = 18;

/** Equal-width zones; a value placed linearly inside its zone. */
function x(o: BaselineObjective, v: number): number {
  const n = o.kinds.length;
  const w = W / n;
  let z = 0;
  while (z < o.bounds.length && v >= o.bounds[z]!) z++;
  const lo = z === 0 ? o.bounds[0]! - 1 : o.bounds[z - 1]!;
  const hi = z === o.bounds.length ? o.bounds[z - 1]! + 1 : o.bounds[z]!;
  return z * w + Math.min(1, Math.max(0, (v - lo) / (hi - lo))) * w;
}

export class BenchIncentiveBaseline extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: 14px/1.4 sans-serif;
    }
    rect[data-kind='credit'] {
      fill: #e88;
    }
    rect[data-kind='minimum-service'] {
      fill: #ec8;
    }
    rect[data-kind='committed'] {
      fill: #8c8;
    }
    rect[data-kind='incentive'] {
      fill: #8ce;
    }
    circle {
      fill: #fff;
      stroke: #000;
    }
    td {
      text-align: end;
    }
  `;

  static override properties = { data: { attribute: false } };

  declare data: BaselineData | undefined;

  protected override render(): TemplateResult {
    const d = this.data;
    if (!d) return html``;
    const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: d.currency });
    const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });
    const last = d.ledger.length - 1;
    return html`${d.objectives.map((o) => {
        const w = W / o.kinds.length;
        const counts = o.kinds.map(() => 0);
        for (const v of o.values) {
          if (v === null) continue;
          let z = 0;
          while (z < o.bounds.length && v >= o.bounds[z]!) z++;
          counts[z]!++;
        }
        const selected = o.values[last];
        return html`<article part="objective-card">
          <h3>${o.name}</h3>
          <svg width=${W} height="50" viewBox="0 0 ${W} 50">
            ${o.kinds.map((k, i) => svg`<rect data-kind=${k} x=${i * w} y="20" width=${w} height=${BAND}></rect>`)}
            ${svg`<line x1=${x(o, o.target)} x2=${x(o, o.target)} y1="20" y2="44" stroke="#000"></line>`}
            ${o.values.map((v) => (v === null ? null : svg`<circle cx=${x(o, v)} cy="14" r="4"></circle>`))}
            ${selected === null || selected === undefined ? null : svg`<line x1=${x(o, selected)} x2=${x(o, selected)} y1="0" y2="38" stroke="#000"></line>`}
          </svg>
          <ol>
            ${o.kinds.map((k, i) => html`<li>${k}: ${counts[i]}</li>`)}
          </ol>
        </article>`;
      })}
      <table>
        <tbody>
          ${d.ledger.map(
            (r) =>
              html`<tr part="ledger-row">
                <th scope="row">${month.format(r.start)}</th>
                <td>${money.format(r.credits)}</td>
                <td>${money.format(r.bonuses)}</td>
                <td>${money.format(r.bonuses - r.credits)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

/** Registers `<bench-incentive-baseline>` (a function: package.json marks modules side-effect free). */
export function defineBaseline(): void {
  if (!customElements.get('bench-incentive-baseline')) {
    customElements.define('bench-incentive-baseline', BenchIncentiveBaseline);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bench-incentive-baseline': BenchIncentiveBaseline;
  }
}
