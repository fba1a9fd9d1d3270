/**
 * One objective's block: its name (a button), the plain-language sentence, the band chart (zones
 * from worst to best, the target tick, the range's periods as dots, the selected period's marker),
 * the zones with their period counts, the scale in words, headroom, the living-at-the-minimum
 * words and the selected period's money. Functions of (render context, data), never of the element.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { BandDot } from '../../layout/bands.js';
import {
  CHART,
  headroomText,
  livingRest,
  livingText,
  sentence,
  tierPercent,
  valueText,
  type IncentiveContext,
  type ObjectiveView,
} from './sla-incentive-view.view.js';

/** The objective's block. */
export function renderObjective(ctx: IncentiveContext, view: ObjectiveView): TemplateResult {
  const { t, data } = ctx;
  const o = view.item.objective;
  const selectedValue = view.item.values[data.selected] ?? null;
  const selectedZone = view.item.valueZones[data.selected] ?? null;
  const periodText = ctx.periodText(data.selected);
  return html`<article
    class="objective-card"
    part="objective-card"
    data-objective=${o.id}
    data-zone=${selectedZone?.kind ?? 'no-data'}
  >
    <h3 class="objective-heading">
      <button
        type="button"
        class="objective"
        part="objective"
        @click=${() => ctx.selectObjective(o.id)}
      >
        <bdi>${o.name}</bdi>
      </button>
    </h3>
    <p class="sentence" part="sentence">${sentence(ctx, view)}</p>
    ${renderBandChart(ctx, view)}
    <p class="scale" part="scale">${t(`incentiveView.scale.${view.chart.scale}`)}</p>
    <ol class="zones" part="zones">
      ${view.item.zones.map(
        (z, i) =>
          html`<li class="zone-key" data-kind=${z.kind}>
            <span class="swatch" aria-hidden="true"></span>${ctx.zoneText(z)}:
            <span class="count">${ctx.fmt.number(view.chart.zones[i]!.count)}</span>
          </li>`,
      )}
    </ol>
    <p class="selected" part="selected">
      ${
        selectedValue === null
          ? headroomText(ctx, view)
          : html`${t('incentiveView.selected', {
                period: periodText,
                value: valueText(ctx, view, selectedValue),
                zone: ctx.zoneText(selectedZone),
              })} <span class="headroom" part="headroom">${headroomText(ctx, view)}</span>`
      }
    </p>
    <p class="living" part="living">
      ${livingText(ctx, view.item)} <span class="rest">${livingRest(ctx, view.item.living)}</span>
    </p>
    ${renderObjectiveMoney(ctx, view)}
  </article>`;
}

/** The band chart itself (an SVG with focusable dots). */
function renderBandChart(ctx: IncentiveContext, view: ObjectiveView): TemplateResult {
  const { t, rtl } = ctx;
  const c = view.chart;
  const r = CHART.dotRadius;
  const dotsHeight = Math.max(1, c.levels) * r * 2 + 4;
  const bandTop = dotsHeight;
  const height = bandTop + CHART.band + CHART.axis;
  const o = view.item.objective;
  const focus = ctx.focusIndex(o.id);
  const labelled = c.ticks.filter((k) => k.kind !== 'threshold');
  return html`<svg
    class="band-chart"
    part="band-chart"
    width=${c.width}
    height=${height}
    viewBox="0 0 ${c.width} ${height}"
    role="group"
    aria-label=${t('incentiveView.chartName', { objective: o.name })}
  >
    ${c.zones.map(
      (z) =>
        svg`<rect class="zone" data-kind=${view.item.zones[z.index]!.kind} x=${z.x} y=${bandTop}
          width=${z.width} height=${CHART.band}></rect>`,
    )}
    ${c.ticks.map(
      (k) =>
        svg`<line class="tick" data-kind=${k.kind} x1=${k.x} x2=${k.x} y1=${bandTop}
          y2=${bandTop + CHART.band + (k.kind === 'threshold' ? 0 : 6)}></line>`,
    )}
    ${labelled.map((k) => {
      // The minimum's label reads towards worse, the target's towards better: never on each other.
      const towardsStart = k.kind === 'minimum';
      const anchor = towardsStart !== rtl ? 'end' : 'start';
      return svg`<text class="tick-label" data-kind=${k.kind} x=${k.x} y=${bandTop + CHART.band + 17}
        text-anchor=${anchor}>${t(k.kind === 'target' ? 'incentiveView.target' : 'incentiveView.minimum', { value: valueText(ctx, view, k.value) })}</text>`;
    })}
    ${
      c.markerX === null
        ? nothing
        : svg`<line class="marker" part="marker" x1=${c.markerX} x2=${c.markerX} y1="0"
            y2=${bandTop + CHART.band}></line>`
    }
    ${c.dots.map((d) => renderDot(ctx, view, d, dotsHeight, focus))}
  </svg>`;
}

function renderDot(
  ctx: IncentiveContext,
  view: ObjectiveView,
  d: BandDot,
  dotsHeight: number,
  focus: number,
): SVGTemplateResult {
  const { t, data } = ctx;
  const r = CHART.dotRadius;
  const o = view.item.objective;
  const selected = d.index === data.selected;
  const label = t('incentiveView.dot', {
    period: ctx.periodText(d.index),
    value: valueText(ctx, view, d.value),
    zone: ctx.zoneText(view.item.zones[d.zone] ?? null),
  });
  return svg`<circle
    class="dot"
    part=${selected ? 'dot dot-selected' : 'dot'}
    data-kind=${view.item.zones[d.zone]!.kind}
    data-index=${d.index}
    cx=${d.cx}
    cy=${dotsHeight - 2 - r - d.level * r * 2}
    r=${selected ? r + 1 : r}
    role="button"
    tabindex=${d.index === focus ? 0 : -1}
    aria-pressed=${selected ? 'true' : 'false'}
    aria-label=${label}
    @click=${() => ctx.selectPeriod(d.index)}
    @keydown=${(e: KeyboardEvent) => ctx.dotKey(e, o.id, d.index)}
  ></circle>`;
}

/** The selected period's money for one objective. */
function renderObjectiveMoney(ctx: IncentiveContext, view: ObjectiveView): TemplateResult {
  const { t, fmt, data } = ctx;
  const row = view.item.ledgerRows[data.selected];
  if (!row) return html``;
  const currency = data.ledger.currency;
  const hasFee = !!currency && (data.ledgerPeriods[data.selected]?.fee ?? null) !== null;
  const money = (x: number) => fmt.money(x, currency);
  const parts: string[] = [];
  if (!row.counted) parts.push(t('incentiveView.money.countedElsewhere'));
  if (row.creditPercent > 0)
    parts.push(
      hasFee
        ? t('incentiveView.money.credit', {
            percent: tierPercent(fmt, row.creditPercent),
            amount: money(row.creditIncurred),
          })
        : t('incentiveView.zone.credit', { percent: tierPercent(fmt, row.creditPercent) }),
    );
  if (row.earnBack !== 'none')
    parts.push(
      t('incentiveView.money.earnBack', { status: t(`incentiveView.earnBack.${row.earnBack}`) }),
    );
  if (row.bonusPercent > 0)
    parts.push(
      hasFee
        ? t('incentiveView.money.bonus', {
            percent: tierPercent(fmt, row.bonusPercent),
            amount: money(row.bonus),
          })
        : t('incentiveView.zone.incentive', { percent: tierPercent(fmt, row.bonusPercent) }),
    );
  if (row.poolAllocationPercent !== null)
    parts.push(
      t('incentiveView.money.pool', { percent: tierPercent(fmt, row.poolAllocationPercent) }),
    );
  if (!parts.length) return html``;
  return html`<p class="objective-money" part="objective-money">
    ${parts.map((p, i) => html`${i ? ' · ' : ''}<span>${p}</span>`)}
  </p>`;
}
