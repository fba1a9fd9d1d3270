import { html, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Feed } from '../../feed/types.js';
import { bandChartLayout } from '../../layout/bands.js';
import { isMonthlyPeriod, type IncentiveZone } from '../../model/index.js';
import {
  ChartA11yController,
  SlaElement,
  renderEmpty,
  slaErrorEvent,
  slaSelectEvent,
  translate,
} from '../shared/index.js';
import { isolate } from '../shared/internal/bidi.js';
import { incentiveViewMessages } from './i18n/index.js';
import { incentiveData, isEmpty, type IncentiveData } from './incentive-data.js';
import { renderObjective } from './sla-incentive-view.chart.js';
import { renderLedger } from './sla-incentive-view.ledger.js';
import { incentiveViewStyles } from './sla-incentive-view.styles.js';
import {
  CHART,
  agreementLivingText,
  emptyMessage,
  periodLabel,
  rangeLabel,
  valueDigits,
  valueText,
  zoneLabel,
  type IncentiveContext,
  type ObjectiveView,
  type View,
} from './sla-incentive-view.view.js';
import { agreementCustomerId } from '../shared/internal/agreement-customer.js';

const instantAttribute = {
  fromAttribute: (v: string | null): number | undefined => {
    if (!v) return undefined;
    const ms = Date.parse(v);
    return Number.isFinite(ms) ? ms : undefined;
  },
  toAttribute: (v: number | undefined): string | null =>
    v === undefined || !Number.isFinite(v) ? null : new Date(v).toISOString(),
};

/**
 * Incentive versus minimum service, and the money: per objective, where each period of a range
 * landed between the contractual floor, the committed target and the incentive tiers (a band
 * chart on a "nines" scale for availability), how much headroom the selected period had, whether
 * the provider is living at the minimum, one plain-language sentence; and the money ledger of the
 * range (credits owed with the recorded figure, earn-back, bonuses, net, caps, minimum payable,
 * at-risk pool), every figure the model's `agreementLedger`.
 *
 * @summary Incentive view: band charts of where performance lands, living at the minimum, and the money ledger.
 *
 * Data comes from `src`, `.feed`, an inline `<script type="application/json">` child, or a
 * surrounding `<sla-feed>`; loading, errors and "no data" are the base class's states. The range is
 * the 12 periods up to the latest complete one (up to the selected one when that is older), or
 * the periods starting in `start` .. `end`.
 * Keyboard: each band chart is one tab stop; arrow keys move between its periods (mirrored right
 * to left), Home and End go to the first and last, Enter or Space selects the period.
 *
 * @fires {SlaSelectEvent} sla-select - The reader picked an objective (its name; detail `{ kind: 'objective', agreement, objective, period }`) or a period (a dot of a band chart, by click, Enter or Space; detail `{ kind: 'period', agreement, period }`). Only on user action.
 * @fires {SlaLoadEvent} sla-load - A new, valid feed is shown, or loading works again after `sla-error`; not when the feed comes from `<sla-feed>`.
 * @fires {SlaErrorEvent} sla-error - Loading or validation failed, or the agreement / objective / period is not in the feed (kind `missing`).
 *
 * @csspart base - The element's content for one agreement.
 * @csspart heading - The agreement's name.
 * @csspart range - The range and the selected period in words.
 * @csspart objective-card - One objective's block (`data-zone`: the zone of the selected period).
 * @csspart objective - The objective's name button (fires `sla-select`).
 * @csspart sentence - The objective in one plain-language sentence.
 * @csspart band-chart - The band chart (SVG): zones, target tick, period dots, marker.
 * @csspart marker - The selected period's value on the band chart.
 * @csspart dot - A period of the range on the band chart (a button); also `dot-selected` for the selected one.
 * @csspart scale - Which value scale the band chart uses, in words.
 * @csspart zones - The zones from worst to best with their period counts.
 * @csspart selected - The selected period's value and zone.
 * @csspart headroom - How far above the minimum the selected period landed.
 * @csspart living - "In 9 of the last 12 months ... within 10 % above the minimum".
 * @csspart objective-money - The selected period's credit, earn-back, bonus and pool allocation of one objective.
 * @csspart ledger - The money ledger of the range.
 * @csspart ledger-table - The ledger's table.
 * @csspart ledger-row - One period of the ledger.
 * @csspart ledger-total - The ledger's total row.
 * @csspart differs - "Differs from the computed figure" beside a recorded credit.
 *
 * @cssprop --sla-accent - Brand accent (top border); set from the feed's branding.
 * @cssprop --sla-status-breached - Credit and below-minimum zones.
 * @cssprop --sla-status-at-risk - Minimum-service zone.
 * @cssprop --sla-status-met - Committed zone.
 * @cssprop --sla-status-exceeded - Incentive zones.
 */
export class SlaIncentiveView extends SlaElement {
  static override styles = [SlaElement.styles, incentiveViewStyles];
  static override messages = [incentiveViewMessages];

  static override properties = {
    agreement: { type: String, reflect: true },
    objective: { type: String, reflect: true },
    period: { type: String, reflect: true },
    start: { reflect: true, converter: instantAttribute },
    end: { reflect: true, converter: instantAttribute },
  };

  /** Id of the agreement to show. */
  declare agreement: string | undefined;
  /** Id of one objective of the agreement: only its band chart (the ledger stays the agreement's). */
  declare objective: string | undefined;
  /**
   * Selected period: `YYYY-MM` (the period starting in that month) or `YYYY-MM-DD` (the period
   * containing that day), in the agreement's time zone. Default: the latest complete period.
   */
  declare period: string | undefined;
  /** Start of the range (attribute: an RFC 3339 instant; property: epoch ms): periods starting at or after it. */
  declare start: number | undefined;
  /** End of the range (exclusive): periods starting before it. Without start and end: the 12 periods up to the latest complete one (or the selected one, when older). */
  declare end: number | undefined;

  #view: View = { kind: 'empty', key: 'incentiveView.pickAgreement', params: {} };
  #reportedMissing = '';
  /** Per objective, the period that holds the keyboard focus in its band chart. */
  readonly #focus = new Map<string, number>();
  /** A dot to focus after the next render (keyboard moves). */
  #focusAfter: { objective: string; index: number } | undefined;
  readonly #a11y = new ChartA11yController(this);

  protected override brandingCustomerId(): string | undefined {
    return agreementCustomerId(this.customer, this.feedState.feed, this.agreement);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.displayFeed;
    if (
      feed &&
      (changed.has('feedState' as keyof SlaIncentiveView) ||
        changed.has('agreement') ||
        changed.has('objective') ||
        changed.has('customer') ||
        changed.has('period') ||
        changed.has('start') ||
        changed.has('end') ||
        changed.has('asOf') ||
        changed.has('locale') ||
        changed.has('timeZone'))
    ) {
      if (changed.has('agreement') || changed.has('period')) this.#focus.clear();
      this.#view = this.#derive(feed);
    }
  }

  /**
   * What the element shows. An objective whose inputs did not change (values, levels, terms, ledger
   * rows, range, selection, direction) keeps its previous view object, so its block is not
   * rendered again (`guard` in render): a refresh that changes a tenth of the periods redraws
   * only the objectives those periods belong to.
   */
  #derive(feed: Feed): View {
    const data = incentiveData(feed, {
      agreementId: this.agreement,
      objectiveId: this.objective || undefined,
      customerId: this.scopeCustomerId,
      period: this.period,
      start: this.start,
      end: this.end,
      now: this.now(),
    });
    if (isEmpty(data)) {
      const [key, params] = emptyMessage(data);
      return { kind: 'empty', key, params };
    }
    const rtl = this.effectiveDir === 'rtl';
    const previous = new Map(
      this.#view.kind === 'data' ? this.#view.objectives.map((o) => [o.item.objective.id, o]) : [],
    );
    const common = `${rtl}|${data.selected}|${data.range.map((p) => p.start).join()}`;
    const objectives: ObjectiveView[] = data.objectives.map((item) => {
      const key = `${common}|${objectiveKey(item)}`;
      const old = previous.get(item.objective.id);
      if (old?.key === key) return old;
      return {
        key,
        item,
        digits: valueDigits(item),
        chart: bandChartLayout({
          zones: item.zones,
          direction: item.objective.direction,
          unit: item.objective.unit,
          minimum: item.levels.minimum,
          target: item.levels.target,
          values: item.values,
          selected: data.selected,
          width: CHART.width,
          minZoneWidth: CHART.minZone,
          dotRadius: CHART.dotRadius,
          rtl,
        }),
      };
    });
    return { kind: 'data', data, objectives };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.#view;
    const missing =
      this.feedState.feed && view.kind === 'empty' && view.key !== 'incentiveView.pickAgreement'
        ? translate('en', view.key, view.params)
        : '';
    if (missing && missing !== this.#reportedMissing) {
      this.dispatchEvent(slaErrorEvent({ kind: 'missing', message: missing, issues: [] }));
    }
    this.#reportedMissing = missing;
    const f = this.#focusAfter;
    if (f) {
      this.#focusAfter = undefined;
      this.renderRoot
        .querySelector<SVGElement>(
          `[data-objective="${CSS.escape(f.objective)}"] .dot[data-index="${f.index}"]`,
        )
        ?.focus();
    }
  }

  protected override render(): TemplateResult {
    return this.renderWithState(() => {
      const view = this.#view;
      if (view.kind === 'empty') return renderEmpty(this.t, view.key, view.params);
      const { data } = view;
      const ctx = this.#context(data);
      const a = data.agreement;
      const tz = a.timeZone;
      return html`<section class="base" part="base" aria-labelledby="heading">
        <h2 id="heading" part="heading"><bdi>${a.name}</bdi></h2>
        <p class="range" part="range">
          ${this.t('incentiveView.range', {
            range: rangeLabel(this.fmt, data.range, tz),
            period: periodLabel(this.fmt, data.range[data.selected]!, tz),
          })}
        </p>
        ${this.#a11y.render({
          t: this.t,
          summary: agreementLivingText(ctx),
          summaryVisible: true,
          chartRole: 'group',
          table: () => this.#table(ctx, view.objectives),
          chart: () =>
            html`<div class="objectives">
              ${view.objectives.map((o) =>
                guard(
                  [
                    o,
                    ctx.focusIndex(o.item.objective.id),
                    this.fmt,
                    // A catalogue that loads later (German, Arabic) changes this word: redraw.
                    this.t('incentiveView.zone.committed'),
                    data.customerName,
                    data.providerName,
                    data.ledger.currency,
                  ],
                  () => renderObjective(ctx, o),
                ),
              )}
            </div>`,
        })}
        ${renderLedger(ctx)}
      </section>`;
    });
  }

  /** The table alternative: objectives by period, each cell the value and its zone. */
  #table(ctx: IncentiveContext, objectives: readonly ObjectiveView[]) {
    const { data } = ctx;
    return {
      caption: this.t('incentiveView.table.caption', { objective: isolate(data.agreement.name) }),
      rowHeader: this.t('incentiveView.table.zone'),
      columns: data.range.map((_, i) => ({ label: ctx.periodText(i) })),
      rows: objectives.map((o) => ({
        header: o.item.objective.name,
        cells: o.item.values.map((v, i) =>
          v === null
            ? this.t('incentiveView.noData')
            : `${valueText(ctx, o, v)} · ${ctx.zoneText(o.item.valueZones[i] ?? null)}`,
        ),
      })),
    };
  }

  #context(data: IncentiveData): IncentiveContext {
    const tz = data.agreement.timeZone;
    const periods = data.range.map((p) => periodLabel(this.fmt, p, tz));
    const zones = new Map<IncentiveZone | null, string>();
    return {
      t: this.t,
      fmt: this.fmt,
      rtl: this.effectiveDir === 'rtl',
      data,
      periodText: (i) => periods[i]!,
      monthly: data.range.every((p) => isMonthlyPeriod(p, tz)),
      zoneText: (zone) => {
        let text = zones.get(zone);
        if (text === undefined) {
          text = zoneLabel(this.t, this.fmt, zone);
          zones.set(zone, text);
        }
        return text;
      },
      values: new Map(),
      focusIndex: (id) => this.#focus.get(id) ?? data.selected,
      // A block kept from an earlier render calls these: they act on the data shown now.
      selectObjective: (id) => this.#withData((d) => this.#selectObjective(d, id)),
      selectPeriod: (index) => this.#withData((d) => this.#selectPeriod(d, index)),
      dotKey: (event, id, index) => this.#withData((d) => this.#dotKey(event, d, id, index)),
    };
  }

  #withData(act: (data: IncentiveData) => void): void {
    if (this.#view.kind === 'data') act(this.#view.data);
  }

  #selectObjective(data: IncentiveData, objective: string): void {
    const p = data.range[data.selected]!;
    this.dispatchEvent(
      slaSelectEvent({
        kind: 'objective',
        agreement: data.agreement.id,
        objective,
        period: { start: p.start, end: p.end },
      }),
    );
  }

  #selectPeriod(data: IncentiveData, index: number): void {
    const p = data.range[index];
    if (!p) return;
    // The period attribute names the day the period starts, in the agreement's time zone.
    this.period = new Intl.DateTimeFormat('en-CA', {
      timeZone: data.agreement.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(p.start);
    this.dispatchEvent(
      slaSelectEvent({
        kind: 'period',
        agreement: data.agreement.id,
        period: { start: p.start, end: p.end },
      }),
    );
  }

  #dotKey(event: KeyboardEvent, data: IncentiveData, objective: string, index: number): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#focusAfter = { objective, index };
      this.#selectPeriod(data, index);
      return;
    }
    const item = data.objectives.find((o) => o.objective.id === objective);
    if (!item) return;
    const measured = item.values.flatMap((v, i) => (v === null ? [] : [i]));
    const at = measured.indexOf(index);
    const rtl = this.effectiveDir === 'rtl';
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = measured[at + (rtl ? -1 : 1)];
        break;
      case 'ArrowLeft':
        next = measured[at + (rtl ? 1 : -1)];
        break;
      case 'ArrowDown':
        next = measured[at + 1];
        break;
      case 'ArrowUp':
        next = measured[at - 1];
        break;
      case 'Home':
        next = measured[0];
        break;
      case 'End':
        next = measured[measured.length - 1];
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next === undefined) return;
    this.#focus.set(objective, next);
    this.#focusAfter = { objective, index: next };
    this.requestUpdate();
  }
}

/** The inputs of one objective's block, as text: equal keys draw the same block. */
function objectiveKey(item: IncentiveData['objectives'][number]): string {
  const o = item.objective;
  const terms = JSON.stringify([
    o.name,
    o.unit,
    o.direction,
    o.window,
    o.category,
    o.creditTiers,
    o.incentiveTiers,
    item.service?.name,
  ]);
  const money = item.ledgerRows
    .map((r) =>
      r
        ? `${r.creditPercent},${r.creditIncurred},${r.earnBack},${r.bonusPercent},${r.bonus},${r.poolAllocationPercent},${r.counted}`
        : '',
    )
    .join(';');
  return `${terms}|${item.levels.minimum},${item.levels.target}|${item.values.join()}|${money}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'sla-incentive-view': SlaIncentiveView;
  }
}
