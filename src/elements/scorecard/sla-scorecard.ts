import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, Unit } from '../../feed/types.js';
import { sparklineLayout, type SparklineLayout } from '../../layout/sparkline.js';
import {
  indexFeed,
  isMonthlyPeriod,
  resolveAgreement,
  STATUS_ORDER,
  type AgreementPeriod,
} from '../../model/index.js';
import {
  ChartA11yController,
  SlaElement,
  formatDate,
  formatDateRange,
  fractionDigitsFor,
  renderEmpty,
  renderStatus,
  slaErrorEvent,
  statusIcon,
  slaSelectEvent,
  translate,
  type ChartTable,
  type Formatter,
  type MessageKey,
  type Translate,
} from '../shared/index.js';
import { isolate } from '../shared/internal/bidi.js';
import { renderLink } from '../shared/internal/link.js';
import { renderSparkline, sparklineStyles } from '../shared/internal/sparkline.js';
import { scorecardMessages } from './i18n/index.js';
import { scorecardStyles } from './sla-scorecard.styles.js';
import {
  customerAgreementIds,
  isEmpty,
  scorecardData,
  type ScorecardData,
  type ScorecardEmpty,
  type ScorecardRow,
  type SortOrder,
} from './scorecard-data.js';

const SPARK_WIDTH = 96;
/**
 * Rows drawn per card in the first frame; the rest follow in one more update right after, so a
 * 500-objective agreement shows its worst rows at once instead of after the whole table is laid
 * out. (Several smaller batches were measured: each lays the whole table out again, so the last
 * row arrived later.)
 */
const FIRST_ROWS = 40;
/** Cards with at most this many rows render them all at once. */
const ALL_AT_ONCE = 100;
const SPARK_HEIGHT = 28;
/** Most formatted values {@link SlaScorecard} keeps between renders; cleared when full. */
const VALUE_MEMO_MAX = 10_000;

/**
 * Fraction digits for an objective's column: enough to show its levels and tier thresholds
 * exactly, and at least two for percentages (availability near 100 needs them).
 */
function valueDigits(row: ScorecardRow): number {
  const o = row.objective;
  const digits = fractionDigitsFor(
    row.minimum,
    row.target,
    ...o.creditTiers.map((c) => c.threshold),
    ...o.incentiveTiers.map((c) => c.threshold),
  );
  return o.unit === 'percent' ? Math.max(2, digits) : digits;
}

/** The message saying what a card could not find. */
function emptyMessage(card: ScorecardEmpty): [MessageKey, Record<string, string>] {
  switch (card.empty) {
    case 'no-agreement':
      return ['state.empty.agreement', { id: card.id }];
    case 'no-period':
      return ['scorecard.noPeriod', { id: card.id, period: card.period }];
    case 'no-customer':
      return ['state.empty.customer', { id: card.id }];
    case 'not-of-customer':
      return ['state.empty.notOfCustomer', { id: card.id, customer: card.customer }];
    default:
      return ['scorecard.noPeriods', { id: card.id }];
  }
}

/** One agreement's card, derived in willUpdate. */
interface Card {
  readonly data: ScorecardData;
  /** Per row: the sparkline geometry and fraction digits for its values. */
  readonly rows: readonly {
    readonly row: ScorecardRow;
    readonly spark: SparklineLayout;
    readonly digits: number;
  }[];
}

type View =
  | { readonly kind: 'cards'; readonly cards: readonly (Card | ScorecardEmpty)[] }
  | { readonly kind: 'empty'; readonly key: MessageKey; readonly params: Record<string, string> };

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
  /** How many rows per card are in the DOM: the first batch, then every row. */
  #rowLimit = FIRST_ROWS;
  #rowsPending: Promise<void> = Promise.resolve();
  #rowsDone: (() => void) | undefined;
  #batchTimer: ReturnType<typeof setTimeout> | undefined;
  #reportedMissing = '';
  /** One chart/table switch per agreement card (ids and toggles must not be shared). */
  readonly #a11y = new Map<string, ChartA11yController>();
  /**
   * Text memos, so that 500 rows do not format the same things 500 times (the output is the
   * same): values per (unit, digits, value) for the current Formatter, kept between renders (an
   * update re-renders every row, and most values did not change); messages without parameters
   * (labels, status words) for one render.
   */
  readonly #values = new Map<string, string>();
  #valuesFormatter: Formatter | undefined;
  readonly #labels = new Map<MessageKey, string>();
  readonly #tm: Translate = (key, params) => {
    if (params) return this.t(key, params);
    let text = this.#labels.get(key);
    if (text === undefined) {
      text = this.t(key);
      this.#labels.set(key, text);
    }
    return text;
  };

  constructor() {
    super();
    this.plain = false;
    this.sort = 'worst-first';
  }

  protected override brandingCustomerId(): string | undefined {
    if (this.customer) return this.customer;
    const feed = this.feedState.feed;
    if (!feed || !this.agreement) return undefined;
    // The agreement's customer, possibly inherited from its parent agreement.
    return resolveAgreement(indexFeed(feed), this.agreement)?.customerId;
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
      // A new selection starts with the first batch again; new data for the same one keeps the rows.
      if (
        changed.has('agreement') ||
        changed.has('customer') ||
        changed.has('period') ||
        changed.has('sort')
      )
        this.#rowLimit = FIRST_ROWS;
      this.#view = this.#derive(feed);
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
    const view = this.#view;
    const most =
      view.kind === 'cards'
        ? Math.max(0, ...view.cards.map((c) => ('rows' in c ? c.rows.length : 0)))
        : 0;
    if (most > ALL_AT_ONCE && this.#rowLimit < most && this.isConnected) {
      if (!this.#rowsDone) this.#rowsPending = new Promise((r) => (this.#rowsDone = r));
      if (this.#batchTimer === undefined) {
        const rest = (): void => {
          if (this.#batchTimer === undefined) return;
          clearTimeout(this.#batchTimer);
          this.#batchTimer = undefined;
          this.#rowLimit = Number.POSITIVE_INFINITY;
          this.requestUpdate();
        };
        // After the first rows are painted: the frame after the next one starts the rest. The
        // timer is the fallback for hidden tabs, where no frame comes.
        this.#batchTimer = setTimeout(rest, 200);
        requestAnimationFrame(() => requestAnimationFrame(rest));
      }
    } else {
      this.#rowsDone?.();
      this.#rowsDone = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Resume adding rows if the element was moved while batches were pending.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#batchTimer !== undefined) clearTimeout(this.#batchTimer);
    this.#batchTimer = undefined;
    this.#rowsDone?.();
    this.#rowsDone = undefined;
  }

  /**
   * Agreements with more than 100 objectives render their 40 worst rows in the first frame and
   * the rest right after: `updateComplete` resolves after the first batch, `renderComplete` once
   * every row is in the DOM.
   */
  protected override renderPending(): Promise<void> | null {
    return this.#rowsDone ? this.#rowsPending : null;
  }

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
    const cards = ids.map((agreementId): Card | ScorecardEmpty => {
      const data = scorecardData(feed, {
        agreementId,
        customerId: this.scopeCustomerId,
        period: this.period,
        now,
        sort: this.sort,
      });
      if (isEmpty(data)) return data;
      return {
        data,
        rows: data.rows.map((row) => ({
          row,
          spark: sparklineLayout(row.trend, { width: SPARK_WIDTH, height: SPARK_HEIGHT, rtl }),
          digits: valueDigits(row),
        })),
      };
    });
    return { kind: 'cards', cards };
  }

  /** `this.fmt.value(value, unit, { digits })`, memoised. */
  #value(value: number, unit: Unit, digits: number): string {
    if (unit === 'pass-fail')
      return this.#tm(value >= 1 ? 'compliance.complied' : 'compliance.notComplied');
    const fmt = this.fmt;
    if (this.#valuesFormatter !== fmt) {
      this.#values.clear();
      this.#valuesFormatter = fmt;
    }
    // String(-0) is "0", but Intl writes "-0": keep them apart.
    const key = `${unit} ${digits} ${Object.is(value, -0) ? '-0' : value}`;
    let text = this.#values.get(key);
    if (text === undefined) {
      text = fmt.value(value, unit, { digits });
      if (this.#values.size >= VALUE_MEMO_MAX) this.#values.clear();
      this.#values.set(key, text);
    }
    return text;
  }

  protected override render(): TemplateResult {
    this.#labels.clear();
    return this.renderWithState(() => {
      const view = this.#view;
      if (view.kind === 'empty') return renderEmpty(this.t, view.key, view.params);
      return html`${view.cards.map((card) => ('empty' in card ? this.#renderEmptyCard(card) : this.#renderCard(card)))}`;
    });
  }

  #renderEmptyCard(card: ScorecardEmpty): TemplateResult {
    return renderEmpty(this.t, ...emptyMessage(card));
  }

  /**
   * A period's name in the agreement's own calendar ("October 2026" means the contract's October,
   * whatever the reader's time zone): a month name for monthly periods, else a date range.
   */
  #periodLabel(p: AgreementPeriod, tz: string): string {
    const locale = this.fmt.locale;
    if (isMonthlyPeriod(p, tz))
      return formatDate(locale, p.start, tz, { month: 'long', year: 'numeric' });
    return formatDateRange(locale, p.start, p.end - 1, tz, { dateStyle: 'medium' });
  }

  #renderCard(card: Card): TemplateResult {
    const { data } = card;
    const { t, fmt } = this;
    const a = data.agreement;
    const tz = a.timeZone;
    const headingId = `card-${a.id}`;
    const periodText = this.#periodLabel(data.period, tz);
    const kind = a.kind === 'SLA' || a.kind === 'OLA' || a.kind === 'UC' ? a.kind : undefined;
    const eyebrow = [
      a.customer ? html`<bdi>${a.customer.name}</bdi>` : undefined,
      t(`level.${a.level}`),
      kind ? t(`kind.${kind}`) : undefined,
    ].filter((x) => x !== undefined);
    // Contract dates are calendar dates of the contract: shown in the agreement's time zone,
    // whatever time zone the reader chose for instants.
    const dateOpts: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
    const contractDate = (ms: number): string => formatDate(fmt.locale, ms, tz, dateOpts);
    const validity =
      a.validFrom !== undefined && a.validTo !== undefined
        ? t('scorecard.validity', {
            range: formatDateRange(fmt.locale, a.validFrom, a.validTo, tz, dateOpts),
          })
        : a.validFrom !== undefined
          ? t('scorecard.validFrom', { date: contractDate(a.validFrom) })
          : undefined;
    return html`<section
      class="card"
      part="card"
      aria-labelledby=${headingId}
      data-agreement=${a.id}
    >
      <header class="head" part="header">
        <div class="titles">
          <p class="eyebrow">${eyebrow.map((part, i) => (i ? html` · ${part}` : part))}</p>
          <h2 id=${headingId}><bdi>${a.name}</bdi></h2>
          <p class="meta">
            ${data.versionLabel ? html`<span>${t('scorecard.version', { version: data.versionLabel })}</span>` : nothing}
            ${validity ? html`<span>${validity}</span>` : nothing}
            ${
              a.reviewBy !== undefined
                ? data.reviewDue
                  ? html`<span class="badge review-due" part="review-badge"
                      >${t('scorecard.reviewOverdue', { date: contractDate(a.reviewBy) })}</span
                    >`
                  : html`<span
                      >${t('scorecard.reviewBy', { date: contractDate(a.reviewBy) })}</span
                    >`
                : nothing
            }
            ${a.legalUrl ? renderLink(a.legalUrl, t('label.legalText')) : nothing}
          </p>
        </div>
        <div class="health" part="health" data-status=${data.health.status}>
          <span class="health-label">${t('label.overallHealth')}</span>
          <span class="health-score sla-num"
            >${data.health.score === null ? '—' : t('scorecard.score', { score: Math.round(data.health.score), max: 100 })}</span
          >
          ${renderStatus(data.health.status, t)}
        </div>
        <label class="period">
          <span>${t('label.period')}</span>
          <select part="period-select" @change=${(e: Event) => this.#onPeriod(e, data)}>
            ${[...data.periods]
              .reverse()
              .map(
                (p) =>
                  html`<option value=${String(p.start)} ?selected=${p === data.period}>
                    ${p.end > this.now() ? t('scorecard.periodOpen', { period: this.#periodLabel(p, tz) }) : this.#periodLabel(p, tz)}
                  </option>`,
              )}
          </select>
        </label>
      </header>
      ${this.plain ? this.#renderPlain(card, periodText) : this.#renderTable(card, periodText)}
      ${this.#renderFooter(data)}
    </section>`;
  }

  #visible(card: Card): Card['rows'] {
    return card.rows.length > ALL_AT_ONCE && card.rows.length > this.#rowLimit
      ? card.rows.slice(0, this.#rowLimit)
      : card.rows;
  }

  /** The objective's name as a button: click or Enter fires `sla-select`. */
  #objectiveButton(data: ScorecardData, o: ScorecardRow['objective']): TemplateResult {
    return html`<button
      class="objective"
      part="objective"
      type="button"
      @click=${() => this.#select(data, o.id)}
    >
      <bdi>${o.name}</bdi>
    </button>`;
  }

  #summary(data: ScorecardData, periodText: string): string {
    const { t } = this;
    if (data.health.score === null)
      return t('scorecard.summaryNoData', {
        agreement: isolate(data.agreement.name),
        period: periodText,
      });
    const order = STATUS_ORDER;
    const counts = order
      .map((s) => [s, data.rows.filter((r) => r.status === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => t('scorecard.statusCount', { status: t(`status.${s}`), count: n }));
    return t('scorecard.summary', {
      agreement: isolate(data.agreement.name),
      period: periodText,
      score: Math.round(data.health.score),
      max: 100,
      status: t(`status.${data.health.status}`),
      counts: counts.join(', ') + '.',
    });
  }

  #renderTable(card: Card, periodText: string): TemplateResult {
    const { t } = this;
    let a11y = this.#a11y.get(card.data.agreement.id);
    if (!a11y) {
      a11y = new ChartA11yController(this);
      this.#a11y.set(card.data.agreement.id, a11y);
    }
    return a11y.render({
      t,
      summary: this.#summary(card.data, periodText),
      chartRole: 'group',
      table: () => this.#trendTable(card),
      chart: () =>
        html`<div class="table-scroll">
          <table class="objectives" part="table" role="table">
            <caption class="sla-visually-hidden">
              <bdi>${card.data.agreement.name}</bdi
              >, ${periodText}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">${t('label.objective')}</th>
                <th scope="col" role="columnheader" class="sla-num">${t('label.value')}</th>
                <th scope="col" role="columnheader" class="sla-num">${t('label.minimum')}</th>
                <th scope="col" role="columnheader" class="sla-num">${t('label.target')}</th>
                <th scope="col" role="columnheader">${t('label.status')}</th>
                <th scope="col" role="columnheader">${t('label.trend')}</th>
                <th
                  scope="col"
                  role="columnheader"
                  class="sla-num"
                  title=${t('scorecard.budgetExplained')}
                >
                  ${t('label.errorBudget')}
                  <span class="hint">${t('scorecard.budgetAgainstTarget')}</span>
                </th>
                <th scope="col" role="columnheader" class="sla-num">
                  ${t('label.credit')} / ${t('label.bonus')}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              ${this.#visible(card).map(({ row, spark, digits }) => this.#renderRow(card.data, row, spark, digits))}
            </tbody>
          </table>
        </div>`,
    });
  }

  #renderRow(
    data: ScorecardData,
    row: ScorecardRow,
    spark: SparklineLayout,
    digits: number,
  ): TemplateResult {
    const t = this.#tm;
    const o = row.objective;
    const unit = o.unit;
    const passFail = unit === 'pass-fail';
    const value = row.value === null || passFail ? '—' : this.#value(row.value, unit, digits);
    const level = (x: number): TemplateResult | string =>
      passFail ? this.#notApplicable() : this.#value(x, unit, digits);
    const serviceLine = row.service
      ? html`<bdi>${row.service.name}</bdi> · ${t(`criticality.${row.service.criticality}`)}`
      : undefined;
    const evidence = row.period?.evidenceUrl;
    return html`<tr role="row" part="row" data-status=${row.status} data-objective=${o.id}>
      <th scope="row" role="rowheader" class="name">
        ${this.#objectiveButton(data, o)}
        ${serviceLine ? html`<span class="service">${serviceLine}</span>` : nothing}
        <span class="origin" part="origin">${this.#originText(row)}</span>
        ${evidence ? html`<span class="evidence">${renderLink(evidence, t('scorecard.evidence'))}</span>` : nothing}
      </th>
      <td role="cell" class="sla-num value" data-label=${t('label.value')}>${value}</td>
      <td role="cell" class="sla-num" data-label=${t('label.minimum')}>${level(row.minimum)}</td>
      <td role="cell" class="sla-num" data-label=${t('label.target')}>${level(row.target)}</td>
      <td role="cell" class="status-cell" data-label=${t('label.status')}>
        ${passFail ? this.#compliance(row) : renderStatus(row.status, t)}
      </td>
      <td role="cell" class="trend" data-label=${t('label.trend')}>
        ${renderSparkline(spark, this.#trendLabel(row, digits), row.status)}
      </td>
      <td role="cell" class="sla-num" part="budget" data-label=${t('label.errorBudget')}>
        ${this.#budgetText(row)}
      </td>
      <td
        role="cell"
        class="sla-num"
        part="money"
        data-label=${`${t('label.credit')} / ${t('label.bonus')}`}
      >
        ${this.#moneyText(data, row)}
      </td>
    </tr>`;
  }

  /** "Own objective" or "Inherited from X (level) · Changed: target · Credits counted in Y". */
  #originText(row: ScorecardRow): string {
    const t = this.#tm;
    const { inheritedFrom, overrides, countedIn } = row.origin;
    const parts = [
      inheritedFrom
        ? t('scorecard.inheritedFrom', {
            agreement: inheritedFrom.name,
            level: t(`level.${inheritedFrom.level}`),
          })
        : t('scorecard.ownObjective'),
    ];
    if (inheritedFrom && overrides.length) {
      const names = overrides.map((f) => t(`field.${f}`));
      parts.push(t('scorecard.overridden', { fields: listOf(this.fmt.locale, names) }));
    }
    if (countedIn) parts.push(t('scorecard.countedIn', { agreement: countedIn.name }));
    return parts.join(' · ');
  }

  /** Pass-fail status: icon and "Complied" / "Not complied" (no data: the no-data status). */
  #compliance(row: ScorecardRow): TemplateResult {
    const t = this.#tm;
    if (row.value === null) return renderStatus('no-data', t);
    const ok = row.status !== 'breached';
    const s = ok ? 'met' : 'breached';
    return html`<span class="sla-status" part="status" data-status=${s}
      >${statusIcon(s)}<span class="sla-status-label"
        >${t(ok ? 'compliance.complied' : 'compliance.notComplied')}</span
      ></span
    >`;
  }

  #notApplicable(): TemplateResult {
    return html`<span aria-hidden="true">—</span
      ><span class="sla-visually-hidden">${this.#tm('scorecard.notApplicable')}</span>`;
  }

  #trendLabel(row: ScorecardRow, digits: number): string {
    const t = this.#tm;
    const withData = row.trend.filter((p) => p.value !== null);
    if (!withData.length) return t('scorecard.trendNoData', { count: row.trend.length });
    const breached = row.trend.filter((p) => p.status === 'breached').length;
    return t('scorecard.trend', {
      name: isolate(row.objective.name),
      count: row.trend.length,
      first: this.#value(withData[0]!.value!, row.objective.unit, digits),
      last: this.#value(withData[withData.length - 1]!.value!, row.objective.unit, digits),
      breaches: breached
        ? t('scorecard.trendBreaches', { count: breached })
        : t('scorecard.trendNoBreach'),
    });
  }

  #budgetText(row: ScorecardRow): TemplateResult | string {
    const t = this.#tm;
    const { fmt } = this;
    const b = row.budget;
    if (!b || b.remaining === null) {
      return html`<span aria-hidden="true">—</span
        ><span class="sla-visually-hidden">${t('scorecard.notApplicable')}</span>`;
    }
    if (b.remaining < 0) {
      // Overspent is against the target; next to "At risk" (target missed, minimum met) say so.
      return html`<span class="overspent" title=${t('scorecard.budgetExplained')}
          >${t('scorecard.budgetOverspent', { value: fmt.percent(-b.remaining * 100, 0) })}</span
        >${
          row.status === 'at-risk'
            ? html` <span class="budget-note">${t('scorecard.budgetTargetMissed')}</span>`
            : nothing
        }`;
    }
    return t('scorecard.budgetLeft', { value: fmt.percent(b.remaining * 100, 0) });
  }

  #moneyText(data: ScorecardData, row: ScorecardRow): TemplateResult | string {
    const t = this.#tm;
    const { fmt } = this;
    const currency = data.agreement.currency;
    const credit = row.credit;
    const bonus = row.bonus;
    if (credit && credit.percent > 0) {
      return html`<span class="credit"
        >${
          credit.amount !== null && currency
            ? t('scorecard.creditAmount', { amount: fmt.money(credit.amount, currency) })
            : t('scorecard.creditPercent', { percent: fmt.percent(credit.percent) })
        }</span
      >`;
    }
    if (bonus && bonus.percent > 0) {
      return html`<span class="bonus"
        >${
          bonus.amount !== null && currency
            ? t('scorecard.bonusAmount', { amount: fmt.money(bonus.amount, currency) })
            : t('scorecard.bonusPercent', { percent: fmt.percent(bonus.percent) })
        }</span
      >`;
    }
    return html`<span aria-hidden="true">—</span
      ><span class="sla-visually-hidden">${t('label.none')}</span>`;
  }

  #trendTable(card: Card): ChartTable {
    const { t, fmt } = this;
    const tz = card.data.agreement.timeZone;
    const starts = card.rows[0]?.row.trend.map((p) => p.start) ?? [];
    return {
      caption: t('scorecard.trendCaption', { agreement: isolate(card.data.agreement.name) }),
      rowHeader: t('label.objective'),
      columns: starts.map((s) => ({
        label: formatDate(fmt.locale, s, tz, { month: 'short', year: 'numeric' }),
        numeric: true,
      })),
      rows: card.rows.map(({ row, digits }) => ({
        header: this.#objectiveButton(card.data, row.objective),
        cells: row.trend.map((p) =>
          p.value === null
            ? t('status.no-data')
            : row.objective.unit === 'pass-fail'
              ? this.#value(p.value, 'pass-fail', digits)
              : `${this.#value(p.value, row.objective.unit, digits)} (${t(`status.${p.status}`)})`,
        ),
      })),
    };
  }

  #renderPlain(card: Card, periodText: string): TemplateResult {
    return html`<ul class="plain" part="plain">
      ${this.#visible(card).map(({ row, digits }) => this.#renderSentence(card.data, row, digits, periodText))}
    </ul>`;
  }

  #renderSentence(
    data: ScorecardData,
    row: ScorecardRow,
    digits: number,
    periodText: string,
  ): TemplateResult {
    const { t, fmt } = this;
    const o = row.objective;
    const d = row.description;
    const v = (x: number): string => this.#value(x, o.unit, digits);
    const windowText =
      d.window.kind === 'rolling'
        ? t('window.rolling', { count: d.window.days })
        : t(`window.${d.window.unit}`);
    const passFail = o.unit === 'pass-fail';
    const promise = passFail
      ? t('sentence.passFail', { name: isolate(o.name), window: windowText })
      : t(`sentence.promise.${o.direction}`, {
          service: isolate(row.service ? row.service.name : o.name),
          indicator: row.service ? t(`indicator.${o.indicator}`) : '',
          target: v(row.target),
          minimum: v(row.minimum),
          window: windowText,
        }).replace(/\s{2,}/g, ' ');
    const fee = t(`fee.${data.agreement.fee?.per ?? 'month'}`);
    const firstCredit = d.creditTiers[0];
    const firstBonus = d.incentiveTiers[0];
    const now =
      row.value === null
        ? t('scorecard.thisPeriodNoData', { period: periodText })
        : passFail
          ? t('scorecard.thisPeriodCompliance', { period: periodText, status: v(row.value) })
          : t('scorecard.thisPeriod', {
              period: periodText,
              value: v(row.value),
              status: t(`status.${row.status}`),
            });
    return html`<li class="sentence" data-status=${row.status}>
      <p class="sentence-head">
        ${this.#objectiveButton(data, o)}
        ${passFail ? this.#compliance(row) : renderStatus(row.status, t)}
      </p>
      <p class="origin">${this.#originText(row)}</p>
      <p>${promise}</p>
      <p class="now">${now}</p>
      ${
        firstCredit
          ? html`<p>
              ${t(`sentence.remedy.${o.direction}`, { threshold: v(firstCredit.threshold), credit: fmt.percent(firstCredit.creditPercent), fee })}
            </p>`
          : nothing
      }
      ${
        firstBonus
          ? html`<p>
              ${t(`sentence.bonus.${o.direction}`, { threshold: v(firstBonus.threshold), bonus: fmt.percent(firstBonus.bonusPercent), fee })}
            </p>`
          : nothing
      }
      ${d.wording.promise ? html`<p class="own-words">${t('scorecard.inOwnWords', { text: isolate(d.wording.promise) })}</p>` : nothing}
    </li>`;
  }

  #renderFooter(data: ScorecardData): TemplateResult {
    const { t, fmt } = this;
    const m = data.money;
    const currency = data.agreement.currency;
    const amount = (x: number | null, pct: number): string =>
      x !== null && currency ? fmt.money(x, currency) : fmt.percent(pct);
    const net =
      m.net !== null && currency ? fmt.signedMoney(m.net, currency) : fmt.percent(m.netPercent);
    const notes: string[] = [];
    if (m.credit.capped && m.credit.capPercent !== null)
      notes.push(t('scorecard.capped', { percent: fmt.percent(m.credit.capPercent) }));
    if (m.credit.waived && m.credit.minimumPayable !== null && currency)
      notes.push(t('scorecard.waived', { amount: fmt.money(m.credit.minimumPayable, currency) }));
    if (m.credit.differs && m.credit.recorded !== null && m.credit.amount !== null && currency)
      notes.push(
        t('scorecard.recordedDiffers', {
          recorded: fmt.money(m.credit.recorded, currency),
          computed: fmt.money(m.credit.amount, currency),
        }),
      );
    const exit = data.exit;
    return html`<footer class="foot" part="footer">
      <dl class="money">
        <div>
          <dt>${t('label.creditsOwed')}</dt>
          <dd class="sla-num">${amount(m.credit.amount, m.credit.percent)}</dd>
        </div>
        <div>
          <dt>${t('label.bonusesEarned')}</dt>
          <dd class="sla-num">${amount(m.bonus.amount, m.bonus.percent)}</dd>
        </div>
        <div class="net">
          <dt>${t('label.net')} <span class="hint">(${t('scorecard.netHint')})</span></dt>
          <dd class="sla-num">${net}</dd>
        </div>
      </dl>
      ${notes.map((n) => html`<p class="note">${n}</p>`)}
      ${
        exit?.triggered
          ? html`<p class="exit" part="exit-warning" role="note">
              ${renderStatus('breached', t)}
              <span
                >${t('scorecard.exitReached', { count: exit.misses, within: exit.withinPeriods })}</span
              >
            </p>`
          : nothing
      }
    </footer>`;
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

const lists = new Map<string, Intl.ListFormat>();
/** "target, wording and name" in the reader's locale. */
function listOf(locale: string, items: readonly string[]): string {
  let f = lists.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { type: 'conjunction' });
    lists.set(locale, f);
  }
  return f.format(items);
}
