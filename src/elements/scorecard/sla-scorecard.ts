import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/types.js';
import { sparklineLayout, type SparklineLayout } from '../../layout/sparkline.js';
import {
  ChartA11yController,
  SlaElement,
  renderEmpty,
  slaErrorEvent,
  slaSelectEvent,
  translate,
  type Translate,
} from '../shared/index.js';
import type { RowVirtualizer } from '../shared/controllers/row-virtualizer.js';
import { LazyPart } from '../shared/internal/lazy-part.js';
import { sparklineStyles } from '../shared/internal/sparkline.js';
import { scorecardMessages } from './i18n/index.js';
import {
  customerAgreementIds,
  isEmpty,
  scorecardData,
  type ScorecardData,
  type ScorecardEmpty,
  type ScorecardRow,
  type SortOrder,
} from './scorecard-data.js';
import { renderFooter } from './sla-scorecard.footer.js';
import { renderHeader } from './sla-scorecard.header.js';
import { TextMemo } from './sla-scorecard.memo.js';
import { renderObjectivesTable, sameRow } from './sla-scorecard.rows.js';
import { scorecardStyles } from './sla-scorecard.styles.js';
import {
  emptyMessage,
  periodLabel,
  valueDigits,
  VIRTUAL_ABOVE,
  type Card,
  type RowView,
  type ScorecardContext,
  type View,
} from './sla-scorecard.view.js';
import { agreementCustomerId } from '../shared/internal/agreement-customer.js';

const SPARK_WIDTH = 96;
const SPARK_HEIGHT = 28;
/** Estimated height of one objective row in the wide layout (measured once rows are drawn). */
const ROW_HEIGHT = 64;
/** Rows drawn beyond each edge of the visible part of a large card. */
const OVERSCAN = 6;

type VirtualizerModule = typeof import('../shared/controllers/row-virtualizer.js');
let virtualizerModule: VirtualizerModule | undefined;
let virtualizerLoading: Promise<VirtualizerModule> | undefined;
/** The row virtualiser, loaded with the first large agreement (small ones never need it). */
function loadVirtualizer(): Promise<VirtualizerModule> {
  return (virtualizerLoading ??= import('../shared/controllers/row-virtualizer.js').then(
    (m) => (virtualizerModule = m),
  ));
}

/** A row's view data; its sparkline is laid out when the row is first drawn (large cards draw few). */
function rowView(row: ScorecardRow, rtl: boolean): RowView {
  let spark: SparklineLayout | undefined;
  return {
    row,
    digits: valueDigits(row),
    get spark(): SparklineLayout {
      return (spark ??= sparklineLayout(row.trend, {
        width: SPARK_WIDTH,
        height: SPARK_HEIGHT,
        rtl,
      }));
    },
  };
}

/**
 * How a provider is doing against one agreement (or every agreement of a customer) in one period,
 * objective by objective: value against minimum and target, status in words and icon, a 12-period
 * trend, error budget, and what it means in money (credits owed, bonuses earned, net).
 *
 * @summary SLA scorecard: objectives vs minimum and target, trend, budget, credits and bonuses.
 *
 * Data comes from `src`, `.feed`, an inline `<script type="application/json">` child, or a
 * surrounding `<sla-feed>`. Rows sort worst first (breached, at risk, no data, met, exceeded).
 * Below about 760 px of width (where the eight columns stop fitting in German and Arabic) the rows
 * turn into compact cards (a container query); between that and about 1000 px the cells tighten.
 * Agreements with more than 100 objectives keep only the rows near the visible part of the page
 * in the DOM (the table names the whole list with `aria-rowcount`, each row its `aria-rowindex`);
 * the row that has focus stays while the reader scrolls, and the table alternative lists every row.
 *
 * @fires {SlaSelectEvent} sla-select - The reader picked an objective (click or Enter on its name;
 *   detail `{ kind: 'objective', agreement, objective, period }`) or a period (the picker; detail
 *   `{ kind: 'period', agreement, period }`). Only on user action.
 * @fires {SlaLoadEvent} sla-load - A new, valid feed is shown, or loading works again after `sla-error` (`detail.unchanged`); not when the feed comes from `<sla-feed>`.
 * @fires {SlaErrorEvent} sla-error - Loading or validation failed, or the agreement / customer is not in the feed.
 *
 * @csspart card - One agreement's card.
 * @csspart header - Card header: customer, agreement, level, version, validity, review, health.
 * @csspart health - Overall health score and status.
 * @csspart review-badge - "Review overdue" badge.
 * @csspart period-select - The period picker.
 * @csspart table - The objectives table (the chart of the card). It keeps its table roles in the narrow card layout, where
 *   each value shows its column name (seen, not read twice).
 * @csspart row - One objective row (`data-status` carries its status).
 * @csspart objective - The objective name button (fires `sla-select`).
 * @csspart origin - Where an objective row comes from: own or inherited (from which agreement and level), what this agreement changed, where its credits count.
 * @csspart budget - Error budget cell.
 * @csspart money - Credit or bonus cell.
 * @csspart footer - Credits owed, bonuses earned, net.
 * @csspart exit-warning - Exit clause warning.
 * @csspart plain - The plain-language list (in `plain` mode).
 *
 * @cssprop --sla-accent - Brand accent (card top border); set from the feed's branding.
 * @cssprop --sla-status-breached - Breached colour (also the sparkline minimum line).
 * @cssprop --sla-bar - Sparkline colour.
 */
export class SlaScorecard extends SlaElement {
  static override styles = [SlaElement.styles, sparklineStyles, scorecardStyles];
  static override messages = [scorecardMessages];

  static override properties = {
    agreement: { type: String, reflect: true },
    customer: { type: String, reflect: true },
    period: { type: String, reflect: true },
    plain: { type: Boolean, reflect: true },
    sort: { type: String, reflect: true },
  };

  /** Id of the agreement to show. */
  declare agreement: string | undefined;
  /**
   * Id of a customer: shows each of its agreements (when `agreement` is not set). It is also the
   * display scope: with `agreement` set, that agreement must be one of this customer's, and nothing
   * of another customer is shown.
   */
  declare customer: string | undefined;
  /**
   * Period to show: `YYYY-MM` (the period starting in that month) or `YYYY-MM-DD` (the period
   * containing that day), in the agreement's time zone. Default: the latest complete period.
   */
  declare period: string | undefined;
  /** Plain-language mode: each objective as a sentence, for the people who run the service. */
  declare plain: boolean;
  /** Row order: `worst-first` (default) or `feed` (as written in the feed). */
  declare sort: SortOrder;

  #view: View = { kind: 'cards', cards: [] };
  /** The windowed rows of each large agreement card. */
  readonly #virtual = new Map<string, RowVirtualizer>();
  /** Each card's row view data by objective id, kept for rows whose content did not change. */
  #rowViews = new Map<string, Map<string, RowView>>();
  #rowViewsRtl = false;
  /** The virtualiser's module is loading (a large agreement is shown for the first time). */
  #virtualizerPending: Promise<void> | undefined;
  #reportedMissing = '';
  /** One chart/table switch per agreement card (ids and toggles must not be shared). */
  readonly #a11y = new Map<string, ChartA11yController>();
  readonly #memo = new TextMemo();
  readonly #tm: Translate = this.#memo.messages(() => this.t);

  constructor() {
    super();
    this.plain = false;
    this.sort = 'worst-first';
  }

  protected override brandingCustomerId(): string | undefined {
    return agreementCustomerId(this.customer, this.feedState.feed, this.agreement);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Only the customer's part of the feed when `customer` is set (the base class's scope).
    const feed = this.displayFeed;
    if (
      feed &&
      (changed.has('feedState' as keyof SlaScorecard) ||
        changed.has('agreement') ||
        changed.has('customer') ||
        changed.has('period') ||
        changed.has('sort') ||
        changed.has('asOf') ||
        changed.has('locale') ||
        changed.has('timeZone'))
    ) {
      this.#view = this.#derive(feed);
    }
    this.#windows();
  }

  /** A row window for each card with more than {@link VIRTUAL_ABOVE} rows; none for the others. */
  #windows(): void {
    const large = new Map<string, number>();
    if (this.#view.kind === 'cards')
      for (const card of this.#view.cards)
        if ('rows' in card && card.rows.length > VIRTUAL_ABOVE)
          large.set(card.data.agreement.id, card.rows.length);
    for (const [id, virtual] of this.#virtual) {
      if (large.has(id)) continue;
      this.removeController(virtual);
      this.#virtual.delete(id);
    }
    if (large.size && !virtualizerModule) {
      // Until it is there the first rows show (`renderPending` waits for the rest).
      this.#virtualizerPending ??= loadVirtualizer().then(() => {
        this.#virtualizerPending = undefined;
        this.requestUpdate();
      });
      return;
    }
    for (const [id, count] of large) {
      let virtual = this.#virtual.get(id);
      if (!virtual) {
        virtual = new virtualizerModule!.RowVirtualizer(this, {
          rowHeight: ROW_HEIGHT,
          overscan: OVERSCAN,
          rows: () =>
            this.renderRoot.querySelector(
              `section[data-agreement="${CSS.escape(id)}"] table[part="table"] > tbody`,
            ),
        });
        this.#virtual.set(id, virtual);
      }
      virtual.count = count;
    }
  }

  /** What is missing from the feed for this view, in English for `sla-error`; '' when nothing. */
  #missing(): string {
    const view = this.#view;
    if (!this.feedState.feed) return '';
    if (view.kind === 'empty') return translate('en', view.key, view.params);
    const empty = view.cards.filter((c): c is ScorecardEmpty => 'empty' in c);
    return empty.map((c) => translate('en', ...emptyMessage(c))).join(' ');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Say once, through sla-error, that what the attributes ask for is not in the feed.
    const missing = this.#missing();
    if (missing && missing !== this.#reportedMissing) {
      this.dispatchEvent(slaErrorEvent({ kind: 'missing', message: missing, issues: [] }));
    }
    this.#reportedMissing = missing;
  }

  /**
   * Large agreements draw the rows near the visible area, measure them, and (when the measured
   * heights move the window) draw once more right after: `renderComplete` waits for that.
   */
  protected override renderPending(): Promise<void> | null {
    const plain = this.#plain.pending();
    if (plain) return plain;
    if (this.#virtualizerPending) return this.#virtualizerPending;
    for (const virtual of this.#virtual.values()) {
      const pending = virtual.pending();
      if (pending) return pending;
    }
    return null;
  }

  /** Plain mode's sentences, loaded the first time `plain` is set (most pages never set it). */
  readonly #plain = new LazyPart(this, () => import('./sla-scorecard.plain.js'));

  #derive(feed: Feed): View {
    let ids: string[];
    if (this.agreement) ids = [this.agreement];
    else if (this.customer) {
      const list = customerAgreementIds(feed, this.customer);
      if (list === null)
        return { kind: 'empty', key: 'state.empty.customer', params: { id: this.customer } };
      if (!list.length)
        return { kind: 'empty', key: 'scorecard.noAgreements', params: { id: this.customer } };
      ids = list;
    } else {
      return { kind: 'empty', key: 'scorecard.pickAgreement', params: {} };
    }
    const now = this.now();
    const rtl = this.effectiveDir === 'rtl';
    // Row view data of the last derivation, reused for rows that show the same.
    const previous =
      rtl === this.#rowViewsRtl ? this.#rowViews : new Map<string, Map<string, RowView>>();
    const next = new Map<string, Map<string, RowView>>();
    const cards = ids.map((agreementId): Card | ScorecardEmpty => {
      const data = scorecardData(feed, {
        agreementId,
        customerId: this.scopeCustomerId,
        period: this.period,
        now,
        sort: this.sort,
      });
      if (isEmpty(data)) return data;
      const old = previous.get(agreementId);
      const views = new Map<string, RowView>();
      next.set(agreementId, views);
      return {
        data,
        rows: data.rows.map((row) => {
          const before = old?.get(row.objective.id);
          const view = before && sameRow(before.row, row) ? before : rowView(row, rtl);
          views.set(row.objective.id, view);
          return view;
        }),
      };
    });
    this.#rowViews = next;
    this.#rowViewsRtl = rtl;
    return { kind: 'cards', cards };
  }

  protected override render(): TemplateResult {
    this.#memo.startRender();
    return this.renderWithState(() => {
      const view = this.#view;
      if (view.kind === 'empty') return renderEmpty(this.t, view.key, view.params);
      const ctx = this.#context();
      return html`${view.cards.map((card) => ('empty' in card ? renderEmpty(this.t, ...emptyMessage(card)) : this.#renderCard(ctx, card)))}`;
    });
  }

  /** What the rendering modules (header, rows, plain, footer) get for this render. */
  #context(): ScorecardContext {
    return {
      t: this.#tm,
      fmt: this.fmt,
      now: this.now(),
      value: (value, unit, digits) => this.#memo.value(this.fmt, this.#tm, value, unit, digits),
      virtual: (card) => this.#virtual.get(card.data.agreement.id),
      selectObjective: (data, objective) => this.#select(data, objective),
      selectPeriod: (event, data) => this.#onPeriod(event, data),
    };
  }

  /** One agreement: header, then the objectives (table or sentences), then the money. */
  #renderCard(ctx: ScorecardContext, card: Card): TemplateResult {
    const { data } = card;
    const a = data.agreement;
    const headingId = `card-${a.id}`;
    const periodText = periodLabel(ctx, data.period, a.timeZone);
    return html`<section
      class="card"
      part="card"
      aria-labelledby=${headingId}
      data-agreement=${a.id}
    >
      ${renderHeader(ctx, data, headingId)}
      ${this.plain ? this.#renderPlain(ctx, card, periodText) : renderObjectivesTable(ctx, this.#chartA11y(a.id), card, periodText)}
      ${renderFooter(ctx, data)}
    </section>`;
  }

  /** The sentences of plain mode; an empty, busy list until their module is there. */
  #renderPlain(ctx: ScorecardContext, card: Card, periodText: string): TemplateResult {
    const plain = this.#plain.get();
    return plain
      ? plain.renderPlain(ctx, card, periodText)
      : html`<ul class="plain" part="plain" aria-busy="true"></ul>`;
  }

  /** The chart/table switch of one agreement's card (ids and toggles must not be shared). */
  #chartA11y(agreementId: string): ChartA11yController {
    let a11y = this.#a11y.get(agreementId);
    if (!a11y) {
      a11y = new ChartA11yController(this);
      this.#a11y.set(agreementId, a11y);
    }
    return a11y;
  }

  #select(data: ScorecardData, objective: string): void {
    this.dispatchEvent(
      slaSelectEvent({
        kind: 'objective',
        agreement: data.agreement.id,
        objective,
        period: { start: data.period.start, end: data.period.end },
      }),
    );
  }

  #onPeriod(event: Event, data: ScorecardData): void {
    const start = Number((event.target as HTMLSelectElement).value);
    const p = data.periods.find((x) => x.start === start);
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
}

declare global {
  interface HTMLElementTagNameMap {
    'sla-scorecard': SlaScorecard;
  }
}
