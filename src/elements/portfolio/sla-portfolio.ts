import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed } from '../../feed/types.js';
import { filterRows, sortRows, type PortfolioSortKey } from '../../layout/portfolio-sort.js';
import {
  indexFeed,
  portfolioMoneyTotals,
  type MoneyTotal,
  portfolioRows,
  type PeriodStatus,
  type PortfolioOptions,
  type PortfolioRow,
} from '../../model/index.js';
import {
  ChartA11yController,
  SlaElement,
  renderEmpty,
  slaErrorEvent,
  slaFilterChangeEvent,
  slaSelectEvent,
  slaSortChangeEvent,
  translate,
  type MessageKey,
  type SlaSelectDetail,
  type SortDirection,
} from '../shared/index.js';
import type { RowVirtualizer, VirtualItem } from '../shared/controllers/row-virtualizer.js';
import { brandLogoStyles } from '../shared/internal/brand-logo.js';
import { sparklineStyles } from '../shared/internal/sparkline.js';
import { portfolioMessages } from './i18n/index.js';
import {
  FILTER_STATUSES,
  gridTable,
  renderBrand,
  renderFilters,
  renderTotals,
  summaryText,
  type Brand,
} from './sla-portfolio.parts.js';
import { renderRow, type DrillRowRenderer } from './sla-portfolio.rows.js';
import { portfolioStyles } from './sla-portfolio.styles.js';
import {
  COLUMNS,
  customerKey,
  flattenRows,
  isExpandable,
  type GridRow,
  type PortfolioContext,
} from './sla-portfolio.view.js';
import { LazyPart } from '../shared/internal/lazy-part.js';
import type { DrillCache } from './sla-portfolio.drill.js';

const SORT_KEYS: readonly PortfolioSortKey[] = [
  'name',
  'health',
  'status',
  'met',
  'atRisk',
  'breached',
  'credit',
  'bonus',
  'net',
  'worst',
  'review',
  'exit',
];
/** Estimated height of a row (measured once drawn). */
const ROW_HEIGHT = 44;
/** Rows that PageUp / PageDown move by when the visible area cannot tell. */
const PAGE_ROWS = 10;
const HEADER = 'header';
/** Lists of up to this many rows are drawn whole; longer ones window their rows (the virtualiser). */
const VIRTUAL_ABOVE = 100;
/** Rows a long list shows while the virtualiser's module loads. */
const FIRST_SCREEN = 20;

type VirtualizerModule = typeof import('../shared/controllers/row-virtualizer.js');
/** The row virtualiser once a long list loaded it: later elements of the page take it at once. */
let virtualizerModule: VirtualizerModule | undefined;

/** What the grid asks of its rows: the virtualiser's members it uses. */
type Rows = Pick<
  RowVirtualizer,
  'count' | 'items' | 'rowCount' | 'rowIndex' | 'spacer' | 'scrollToIndex' | 'pending'
>;

/** A short list's rows, every one in the DOM (up to `limit` while the virtualiser loads). */
class WholeRows implements Rows {
  count = 0;
  limit = Infinity;
  constructor(
    private readonly host: { readonly updateComplete: Promise<boolean> },
    private readonly body: () => HTMLElement | null,
  ) {}
  get items(): readonly VirtualItem[] {
    return Array.from({ length: Math.min(this.count, this.limit) }, (_, index) => ({
      kind: 'row' as const,
      key: index,
      index,
    }));
  }
  get rowCount(): number {
    return this.count + 1;
  }
  rowIndex(index: number): number {
    return index + 2;
  }
  spacer(): never {
    throw new Error('no spacers in a whole list');
  }
  async scrollToIndex(index: number): Promise<HTMLElement | null> {
    await this.host.updateComplete;
    const row = this.body()?.querySelector<HTMLElement>(`[aria-rowindex="${index + 2}"]`) ?? null;
    row?.scrollIntoView({ block: 'nearest' });
    return row;
  }
  pending(): Promise<void> | null {
    return null;
  }
}

type Derived =
  | { readonly kind: 'empty'; readonly key: MessageKey; readonly params: Record<string, string> }
  | {
      readonly kind: 'rows';
      readonly feed: Feed;
      readonly all: readonly PortfolioRow[];
      readonly shown: readonly PortfolioRow[];
      /** The drill module's memoised `drillDown` and `serviceChain`, made on first expand. */
      readonly cache: { value?: DrillCache };
      readonly options: PortfolioOptions;
      readonly asOf: number | undefined;
    };

const splitList = (value: string | undefined): string[] =>
  (value ?? '').split(/\s+/).filter((x) => x !== '');

/**
 * A managed service provider's whole book of customers: one row per customer with its health
 * (score, status in words and icon), objectives met / at risk / breached, credits, bonuses and net
 * in the customer's currency, the worst objective, the next review, exit-clause warnings and a
 * 12-period health trend; sortable, filterable, and drilled down along the agreement levels
 * (corporate, customer, service) to the objectives and, for a service, its dependency chain.
 *
 * @summary Portfolio: every customer's SLA health, money and warnings, with a multi-level drill-down.
 *
 * It is an ARIA `treegrid`: one roving tab stop; arrows move between cells (mirrored right to
 * left), Home / End to the row's first / last cell, Ctrl+Home / Ctrl+End to the first / last row,
 * PageUp / PageDown by a screenful, Enter or Space opens or closes a row and selects it (a click
 * on its name does the same). Customer rows carry `aria-level="1"`, agreements 2 and deeper,
 * objectives one below their agreement. Only the rows near the visible area are in the DOM (the
 * grid names the whole list with `aria-rowcount`, each row its `aria-rowindex`); the table
 * alternative lists every customer shown.
 *
 * With `customer` set it is a one-customer overview: that customer's row only, expanded, under
 * the customer's brand when the feed gives one (else the provider's), and nothing of any other
 * customer anywhere. Totals are per currency; amounts in different currencies are never added.
 * Below about 600 px of width the grid keeps the customer, health, breached, net, review and
 * exit columns (the table alternative has them all).
 *
 * Data comes from `src`, `.feed`, an inline `<script type="application/json">` child, or a
 * surrounding `<sla-feed>`; loading, errors and "no data" are the base class's states.
 *
 * @slot logo - The host's own logo for the brand (an `<img>` or inline SVG with its text alternative), instead of the feed's `logoUrl`.
 * @slot detail - Content the host shows under the selected node (a scorecard, a timeline or an incentive view for the `sla-select` path).
 *
 * @fires {SlaSelectEvent} sla-select - The reader activated a node (Enter, Space or a click on its name): `{ kind: 'customer' | 'agreement' | 'objective' | 'service', ..., path: { customer, agreements, objective?, service? } }` (agreements top-most first). Only on user action.
 * @fires {SlaSortChangeEvent} sla-sort-change - The reader sorted by a column header: `{ key, direction }`. Only on user action.
 * @fires {SlaFilterChangeEvent} sla-filter-change - The reader changed the status filter or the search: `{ status, search }`. Only on user action.
 * @fires {SlaLoadEvent} sla-load - A new, valid feed is shown, or loading works again after `sla-error`; not when the feed comes from `<sla-feed>`.
 * @fires {SlaErrorEvent} sla-error - Loading or validation failed, or the `customer` is not in the feed (kind `missing`).
 *
 * @csspart brand - The header with the brand's logo and name and the heading.
 * @csspart brand-name - The brand's name (the customer's with `customer` set and branding in the feed, else the provider's).
 * @csspart logo - The brand's logo from the feed (https or same-origin only; removed when it fails to load).
 * @csspart heading - "Customer portfolio" / "Partnership overview".
 * @csspart filter - The status filter (a group of checkboxes).
 * @csspart search - The search field (matches a customer's name or id, case- and accent-insensitive).
 * @csspart grid - The treegrid (`role="treegrid"`).
 * @csspart table - The scrolling box around the grid (its height is `scroll-height` when set).
 * @csspart header - A column header (`aria-sort` on the sorted one).
 * @csspart sort-button - The button in a column header that sorts by it.
 * @csspart row - A row of the grid (`data-kind`: customer, agreement, objective, service, chain, detail; `data-health`: its status).
 * @csspart drill - A drill-down row (agreement, objective, service).
 * @csspart detail-row - The row holding the `detail` slot.
 * @csspart cell - A cell of the grid; a second part name says which.
 * @csspart col-name - The customer (or agreement, objective, service) name cell, with the disclosure triangle.
 * @csspart col-health - The health cell (score and status), also of drill-down rows.
 * @csspart col-met - Objectives met (met or exceeded).
 * @csspart col-atRisk - Objectives at risk.
 * @csspart col-breached - Objectives breached.
 * @csspart col-credit - Credits, one line per currency.
 * @csspart col-bonus - Bonuses, one line per currency.
 * @csspart col-net - Net (bonuses minus credits), one line per currency.
 * @csspart col-worst - The worst objective and its value.
 * @csspart col-review - The next review (`data-state` overdue, soon, later on its text).
 * @csspart col-exit - The exit-clause warning (triggered, near).
 * @csspart col-trend - The trend cell.
 * @csspart about - The wide cell of a drill-down row: what an agreement inherits and overrides, an objective's value, a service's end-to-end figures, a chain.
 * @csspart detail - The cell holding the `detail` slot.
 * @csspart level - An agreement's level ("Corporate agreement").
 * @csspart objective - An objective's name in the drill-down.
 * @csspart inheritance - What an agreement inherits and overrides, in words.
 * @csspart money - An amount in one currency.
 * @csspart trend - The 12-period health sparkline (its label is the text alternative).
 * @csspart chain - A service's dependency chain (a list, the service first).
 * @csspart chain-link - One service of the chain (`data-health`, `data-affects`).
 * @csspart chain-affects - "2 breaches here affect Web shop hosting".
 * @csspart allows - What the services it depends on give end to end (the product of their availabilities).
 * @csspart end-to-end - The service's end-to-end objective beside it.
 * @csspart totals - Totals per currency of the customers shown.
 *
 * @cssprop --sla-accent - Brand accent (header border, selected row); set from the feed's branding.
 * @cssprop --sla-logo-width - Width of the logo's box (default 7.5rem).
 * @cssprop --sla-logo-height - Height of the logo's box (default 2rem).
 */
export class SlaPortfolio extends SlaElement {
  static override styles = [SlaElement.styles, sparklineStyles, brandLogoStyles, portfolioStyles];
  static override messages = [portfolioMessages];

  static override properties = {
    period: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    direction: { type: String, reflect: true },
    filterStatus: { type: String, attribute: 'filter-status', reflect: true },
    search: { type: String, reflect: true },
    expanded: { type: String, reflect: true },
    scrollBoxHeight: { type: Number, attribute: 'scroll-height', reflect: true },
  };

  /** Period to judge: `YYYY-MM` (default: each agreement's latest complete period). */
  declare period: string | undefined;
  /** Column to sort by (`name`, `health`, `status`, `met`, `atRisk`, `breached`, `credit`, `bonus`, `net`, `worst`, `review`, `exit`); default `health`. */
  declare sort: PortfolioSortKey;
  /** `ascending` (default; worst first for health) or `descending`. */
  declare direction: SortDirection;
  /** Statuses to show, space-separated (`breached at-risk`); empty shows every customer. */
  declare filterStatus: string | undefined;
  /** Text to search in customer names and ids. */
  declare search: string | undefined;
  /** Expanded customers: their ids, space-separated. */
  declare expanded: string | undefined;
  /**
   * Height in px of the grid's own scroll box (attribute `scroll-height`; `scrollHeight` is the
   * DOM's own property); default: the rows scroll with the page.
   */
  declare scrollBoxHeight: number | undefined;

  #derived: Derived = { kind: 'empty', key: 'state.empty.noFeed', params: {} };
  #flat: GridRow[] = [];
  #rowIndex = new Map<string, number>();
  /** Nodes below the customers the reader opened or closed (agreements start open, services closed). */
  #toggled = new Set<string>();
  #selected: string | undefined;
  #focus: { key: string; col: number } = { key: HEADER, col: 0 };
  #hasDetail = false;
  #reportedMissing = '';
  #observer: MutationObserver | undefined;
  readonly #a11y = new ChartA11yController(this);
  readonly #whole = new WholeRows(this, () => this.renderRoot.querySelector<HTMLElement>('.body'));
  /** The windowed rows, once the list is long (kept from then on). */
  #virtual: RowVirtualizer | undefined;
  /** The row virtualiser, loaded with the first long list (a short portfolio never needs it). */
  readonly #virtualizer = new LazyPart(this, () =>
    import('../shared/controllers/row-virtualizer.js').then((m) => (virtualizerModule = m)),
  );

  get #rows(): Rows {
    return this.#virtual ?? this.#whole;
  }

  /** The number of rows; a long list windows them (loading the virtualiser the first time). */
  #setCount(count: number): void {
    if (count > VIRTUAL_ABOVE && !this.#virtual) {
      const module = virtualizerModule ?? this.#virtualizer.get();
      if (module) {
        this.#virtual = new module.RowVirtualizer(this, {
          rowHeight: ROW_HEIGHT,
          overscan: 8,
          rows: () => this.renderRoot.querySelector<HTMLElement>('.body'),
          scrollElement: () =>
            this.scrollBoxHeight && this.scrollBoxHeight > 0
              ? this.renderRoot.querySelector<HTMLElement>('.scroll')
              : undefined,
        });
        this.#whole.limit = Infinity;
      } else {
        // Until it is there the first rows show (`renderPending` waits for the rest).
        this.#whole.limit = FIRST_SCREEN;
      }
    }
    this.#rows.count = count;
  }

  constructor() {
    super();
    this.sort = 'health';
    this.direction = 'ascending';
  }

  protected override brandingCustomerId(): string | undefined {
    return this.scopeCustomerId;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The host fills the detail slot after `sla-select`: show its row when content arrives.
    this.#observer ??= new MutationObserver(() => this.#checkDetail());
    this.#observer.observe(this, {
      childList: true,
      attributes: true,
      attributeFilter: ['slot'],
      subtree: false,
    });
    this.#checkDetail();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  #checkDetail(): void {
    const has = this.querySelector(':scope > [slot="detail"]') !== null;
    if (has !== this.#hasDetail) {
      this.#hasDetail = has;
      this.#flatten();
      this.requestUpdate();
    }
  }

  /** Expands a customer's row (its agreements show below it). */
  expand(id: string): void {
    const list = splitList(this.expanded);
    if (!list.includes(id)) this.expanded = [...list, id].join(' ');
  }

  /** Collapses a customer's row. */
  collapse(id: string): void {
    const list = splitList(this.expanded);
    if (list.includes(id)) this.expanded = list.filter((x) => x !== id).join(' ');
  }

  /**
   * Scrolls a customer's row into view (rendering it first when it is outside the rows in the
   * DOM) and moves the grid's tab stop to it. Resolves with false when it is not shown.
   */
  async scrollToCustomer(id: string): Promise<boolean> {
    await this.updateComplete;
    const index = this.#rowIndex.get(customerKey(id));
    if (index === undefined) return false;
    this.#focus = { key: customerKey(id), col: 0 };
    this.requestUpdate();
    await this.#rows.scrollToIndex(index);
    return true;
  }

  get #expandedCustomers(): Set<string> {
    const ids = new Set(splitList(this.expanded));
    const scope = this.scopeCustomerId;
    if (scope) ids.add(scope);
    return ids;
  }

  get #statusFilter(): Set<string> {
    return new Set(
      splitList(this.filterStatus).filter((s) =>
        (FILTER_STATUSES as readonly string[]).includes(s),
      ),
    );
  }

  get #sortKey(): PortfolioSortKey {
    return SORT_KEYS.includes(this.sort) ? this.sort : 'health';
  }

  get #direction(): SortDirection {
    return this.direction === 'descending' ? 'descending' : 'ascending';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.displayFeed;
    if (!feed) {
      this.#derived = { kind: 'empty', key: 'state.empty.noFeed', params: {} };
      this.#flat = [];
    } else if (
      changed.has('feedState' as keyof SlaPortfolio) ||
      changed.has('customer') ||
      changed.has('period') ||
      changed.has('sort') ||
      changed.has('direction') ||
      changed.has('filterStatus') ||
      changed.has('search') ||
      changed.has('asOf') ||
      changed.has('locale') ||
      changed.has('timeZone') ||
      this.#derived.kind === 'empty'
    ) {
      this.#derived = this.#derive(feed);
      this.#flatten();
    } else if (changed.has('expanded') || (this.#drillWaiting && this.#drill.get())) {
      this.#flatten();
    }
    // Expanded from the start: the rows wait for the drill-down's module, so that the first
    // window of rows is placed with the drill-down in it (rows added later in a window that
    // reached the end of the list would only take in the overscan).
    this.#setCount(this.#drillWaiting && this.#rows.count === 0 ? 0 : this.#flat.length);
  }

  /** The model's options: one object per feed, period and as-of (so the model's memo holds). */
  #options(): PortfolioOptions {
    const d = this.#derived;
    const feed = this.displayFeed;
    const period = this.period || undefined;
    if (d.kind === 'rows' && d.feed === feed && d.options.period === period && d.asOf === this.asOf)
      return d.options;
    return { now: this.now(), period };
  }

  #derive(feed: Feed): Derived {
    const scope = this.scopeCustomerId;
    if (scope && !feed.customers.some((c) => c.id === scope))
      return { kind: 'empty', key: 'state.empty.customer', params: { id: scope } };
    if (!feed.customers.length) return { kind: 'empty', key: 'portfolio.noCustomers', params: {} };
    const index = indexFeed(feed);
    const options = this.#options();
    const all = portfolioRows(index, options);
    const locale = this.effectiveLocale;
    const status = [...this.#statusFilter] as PeriodStatus[];
    const filtered = filterRows(all, { status, text: this.search ?? '', locale });
    const shown = sortRows(filtered, this.#sortKey, this.#direction, locale);
    const previous = this.#derived;
    // Drill-downs and chains are computed when first shown, once per feed and options.
    const cache = previous.kind === 'rows' && previous.options === options ? previous.cache : {};
    return { kind: 'rows', feed, all, shown, cache, options, asOf: this.asOf };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const box = this.renderRoot.querySelector<HTMLElement>('.scroll');
    if (box) {
      const h = this.scrollBoxHeight && this.scrollBoxHeight > 0 ? `${this.scrollBoxHeight}px` : '';
      if (box.style.maxBlockSize !== h) box.style.maxBlockSize = h;
      box.toggleAttribute('data-scrolls', h !== '');
    }
    const d = this.#derived;
    const missing =
      this.feedState.feed && d.kind === 'empty' && d.key === 'state.empty.customer'
        ? translate('en', d.key, d.params)
        : '';
    if (missing && missing !== this.#reportedMissing)
      this.dispatchEvent(slaErrorEvent({ kind: 'missing', message: missing, issues: [] }));
    this.#reportedMissing = missing;
  }

  protected override renderPending(): Promise<void> | null {
    return this.#drill.pending() ?? this.#virtualizer.pending() ?? this.#rows.pending();
  }

  /** The drill-down (its model calls, rows and templates), loaded when a customer is first expanded. */
  readonly #drill = new LazyPart(this, () => import('./sla-portfolio.drill.js'));
  /** The rows were flattened without the drill-down of an expanded customer (its module was loading). */
  #drillWaiting = false;
  /** The drill-down rows' templates, once their module is there. */
  #drillRow: DrillRowRenderer | undefined;

  #flatten(): void {
    const d = this.#derived;
    if (d.kind !== 'rows') {
      this.#flat = [];
      this.#rowIndex = new Map();
      return;
    }
    const customers = this.#expandedCustomers;
    const drill =
      customers.size && d.shown.some((r) => customers.has(r.customerId))
        ? this.#drill.get()
        : undefined;
    this.#drillWaiting = customers.size > 0 && !drill && this.#drill.pending() !== null;
    let expand;
    if (drill) {
      const index = indexFeed(d.feed);
      const options = this.#options();
      this.#drillRow = drill.renderDrillRow;
      d.cache.value ??= drill.modelCache(index, options);
      expand = drill.drillExpander(d.feed, d.cache.value, this.#toggled);
    }
    this.#flat = flattenRows({
      rows: d.shown,
      customers,
      selected: this.#selected,
      hasDetail: this.#hasDetail,
      expand,
    });
    this.#rowIndex = new Map(this.#flat.map((r, i) => [r.key, i] as const));
    if (this.#focus.key !== HEADER && !this.#rowIndex.has(this.#focus.key))
      this.#focus = { key: this.#flat[0]?.key ?? HEADER, col: 0 };
  }

  /** Agreement names per feed, made once per feed rather than on every render (each scroll step). */
  #names = new WeakMap<Feed, ReadonlyMap<string, string>>();
  /** The summary and the totals of the rows shown, made once per derived rows and language. */
  #footer:
    { rows: unknown; t: unknown; summary: string; totals: readonly MoneyTotal[] } | undefined;

  #footerOf(
    ctx: PortfolioContext,
    d: { readonly all: readonly PortfolioRow[]; readonly shown: readonly PortfolioRow[] },
  ): { summary: string; totals: readonly MoneyTotal[] } {
    const memo = this.#footer;
    if (memo && memo.rows === d && memo.t === this.t) return memo;
    this.#footer = {
      rows: d,
      t: this.t,
      summary: summaryText(ctx, d.all, d.shown),
      totals: portfolioMoneyTotals(d.shown),
    };
    return this.#footer;
  }

  #context(feed: Feed): PortfolioContext {
    let names = this.#names.get(feed);
    if (!names) {
      names = new Map(feed.agreements.map((a) => [a.id, a.name] as const));
      this.#names.set(feed, names);
    }
    return {
      t: this.t,
      fmt: this.fmt,
      now: this.now(),
      rtl: this.effectiveDir === 'rtl',
      focus: this.#focus,
      selected: this.#selected,
      agreementName: (id) => names.get(id),
    };
  }

  #brand(feed: Feed): Brand {
    const scope = this.scopeCustomerId;
    const customer = scope ? feed.customers.find((c) => c.id === scope) : undefined;
    if (customer?.branding)
      return { name: customer.name, logoUrl: customer.branding.logoUrl ?? undefined };
    return { name: feed.provider.name, logoUrl: feed.provider.branding?.logoUrl ?? undefined };
  }

  protected override render(): TemplateResult {
    return this.renderWithState(() => {
      const d = this.#derived;
      const feed = this.displayFeed!;
      const ctx = this.#context(feed);
      const scoped = this.scopeCustomerId !== undefined;
      const brand = renderBrand(ctx, this.#brand(feed), scoped, 'heading');
      if (d.kind === 'empty')
        return html`<section class="base" aria-labelledby="heading">
          ${brand}${renderEmpty(this.t, d.key, d.params)}
        </section>`;
      const footer = this.#footerOf(ctx, d);
      return html`<section class="base" aria-labelledby="heading">
        ${brand}
        ${
          scoped
            ? nothing
            : renderFilters(
                ctx,
                this.#statusFilter,
                this.search ?? '',
                this.#onStatus,
                this.#onSearch,
              )
        }
        ${this.#a11y.render({
          t: this.t,
          summary: footer.summary,
          summaryVisible: true,
          chartRole: 'group',
          table: () => gridTable(ctx, d.shown, feed.provider.name),
          chart: () => this.#renderGrid(ctx, feed, d.shown),
        })}
        ${renderTotals(ctx, footer.totals)}
      </section>`;
    });
  }

  #renderGrid(ctx: PortfolioContext, feed: Feed, shown: readonly PortfolioRow[]): TemplateResult {
    const headerTab = (col: number) =>
      this.#focus.key === HEADER && this.#focus.col === col ? '0' : '-1';
    return html`<div class="scroll" part="table">
      <div
        class="grid"
        part="grid"
        role="treegrid"
        aria-label=${this.t('portfolio.gridLabel', { provider: feed.provider.name })}
        aria-rowcount=${this.#rows.rowCount}
        aria-colcount=${COLUMNS.length}
        @keydown=${this.#onKeydown}
        @click=${this.#onClick}
        @focusin=${this.#onFocusIn}
      >
        <div role="rowgroup" class="head">
          <div role="row" class="row header-row" data-key=${HEADER} aria-rowindex="1">
            ${COLUMNS.map((c, i) => {
              const sorted = c.sort !== undefined && c.sort === this.#sortKey;
              const label = this.t(`portfolio.col.${c.id}`);
              return html`<div
                role="columnheader"
                class="cell ${c.id}${c.numeric ? ' num' : ''}"
                part="header"
                data-col=${i}
                data-column=${c.id}
                aria-sort=${sorted ? this.#direction : nothing}
              >
                ${
                  c.sort
                    ? html`<button
                        type="button"
                        part="sort-button"
                        data-col=${i}
                        data-sort=${c.sort}
                        tabindex=${headerTab(i)}
                      >
                        ${label}<span class="sort-mark" aria-hidden="true"
                          >${sorted ? (this.#direction === 'ascending' ? '▲' : '▼') : ''}</span
                        >
                      </button>`
                    : html`<span class="header-text" data-col=${i} tabindex=${headerTab(i)}
                        >${label}</span
                      >`
                }
              </div>`;
            })}
          </div>
        </div>
        <div role="rowgroup" class="body">
          ${
            shown.length
              ? repeat(
                  this.#rows.items,
                  (it) => (it.kind === 'spacer' ? `spacer:${it.key}` : this.#flat[it.index]!.key),
                  (it) =>
                    it.kind === 'spacer'
                      ? html`<div
                          class="spacer"
                          aria-hidden="true"
                          ${this.#rows.spacer(it.key)}
                        ></div>`
                      : renderRow(
                          ctx,
                          this.#flat[it.index]!,
                          this.#rows.rowIndex(it.index),
                          this.#drillRow,
                        ),
                )
              : nothing
          }
        </div>
      </div>
      ${
        shown.length
          ? nothing
          : html`<p class="no-match" part="empty">${this.t('portfolio.noMatch')}</p>`
      }
    </div>`;
  }

  // --- user actions --------------------------------------------------------------------------

  readonly #onStatus = (e: Event): void => {
    const box = e.currentTarget as HTMLInputElement;
    const set = this.#statusFilter;
    if (box.checked) set.add(box.value);
    else set.delete(box.value);
    this.filterStatus = FILTER_STATUSES.filter((s) => set.has(s)).join(' ');
    this.#fireFilter();
  };

  readonly #onSearch = (e: Event): void => {
    this.search = (e.currentTarget as HTMLInputElement).value;
    this.#fireFilter();
  };

  #fireFilter(): void {
    this.dispatchEvent(
      slaFilterChangeEvent({ status: [...this.#statusFilter], search: this.search ?? '' }),
    );
  }

  #sortBy(key: PortfolioSortKey): void {
    const direction: SortDirection =
      key === this.#sortKey && this.#direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = key;
    this.direction = direction;
    this.dispatchEvent(slaSortChangeEvent({ key, direction }));
  }

  /** Where an event happened: the row key and the column of its cell. */
  #position(target: EventTarget | null): { key: string; col: number } | undefined {
    const el = target instanceof Element ? target : null;
    const cell = el?.closest<HTMLElement>('[data-col]');
    const row = el?.closest<HTMLElement>('[data-key]');
    if (!cell || !row || !row.dataset.key) return undefined;
    return { key: row.dataset.key, col: Number(cell.dataset.col) };
  }

  readonly #onFocusIn = (e: FocusEvent): void => {
    const at = this.#position(e.target);
    if (!at) return;
    if (at.key !== this.#focus.key || at.col !== this.#focus.col) {
      this.#focus = at;
      this.requestUpdate();
    }
  };

  readonly #onClick = (e: MouseEvent): void => {
    const target = e.target as Element;
    const sort = target.closest<HTMLElement>('[data-sort]');
    if (sort) {
      this.#sortBy(sort.dataset.sort as PortfolioSortKey);
      return;
    }
    if (target.closest('slot')) return;
    const at = this.#position(target);
    if (!at || at.key === HEADER) return;
    if (at.col === 0) {
      const row = this.#flat[this.#rowIndex.get(at.key) ?? -1];
      if (row) this.#activate(row);
    }
  };

  readonly #onKeydown = (e: KeyboardEvent): void => {
    const at = this.#position(e.target);
    if (!at) return;
    // Keys typed in the host's detail content are its own.
    if ((e.target as Element).closest('slot') || (e.target as Element).assignedSlot) return;
    const n = this.#flat.length;
    let r = at.key === HEADER ? -1 : (this.#rowIndex.get(at.key) ?? -1);
    let c = at.col;
    const rtl = this.effectiveDir === 'rtl';
    const ctrl = e.ctrlKey || e.metaKey;
    switch (e.key) {
      case 'ArrowDown':
        r = Math.min(r + 1, n - 1);
        break;
      case 'ArrowUp':
        r = Math.max(r - 1, -1);
        break;
      case 'ArrowRight':
        c = this.#stepCol(at.key, c, rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        c = this.#stepCol(at.key, c, rtl ? 1 : -1);
        break;
      case 'Home':
        if (ctrl) r = -1;
        c = 0;
        break;
      case 'End':
        if (ctrl) r = n - 1;
        c = COLUMNS.length - 1;
        break;
      case 'PageDown':
        r = Math.min(r + this.#pageRows(), n - 1);
        break;
      case 'PageUp':
        r = Math.max(r - this.#pageRows(), r < 0 ? -1 : 0);
        break;
      case 'Enter':
      case ' ': {
        e.preventDefault();
        if (at.key === HEADER) {
          const sort = COLUMNS[at.col]?.sort;
          if (sort) this.#sortBy(sort);
          void this.#focusCell(HEADER, at.col);
        } else {
          const row = this.#flat[r];
          if (row) {
            this.#activate(row);
            void this.#focusCell(row.key, at.col);
          }
        }
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    const key = r < 0 ? HEADER : this.#flat[r]!.key;
    void this.#focusCell(key, c, r);
  };

  /** The next visible cell's column in a row, `step` cells along (narrow layouts hide some). */
  #stepCol(key: string, col: number, step: 1 | -1): number {
    const cols = this.#visibleCols(key);
    if (!cols.length) return col;
    const at = cols.indexOf(col);
    const i = Math.max(0, Math.min(cols.length - 1, (at < 0 ? 0 : at) + step));
    return cols[i]!;
  }

  #rowElement(key: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  }

  /** The columns of a row's cells that are laid out (a narrow layout hides some), in order. */
  #visibleCols(key: string): number[] {
    const row = this.#rowElement(key);
    if (!row) return [];
    return [...row.querySelectorAll<HTMLElement>(':scope > [data-col]')]
      .filter((cell) => cell.getClientRects().length > 0)
      .map((cell) => Number(cell.dataset.col));
  }

  /** The focusable node of a cell: the header's button, else the cell itself. */
  #cellTarget(key: string, col: number): HTMLElement | null {
    const row = this.#rowElement(key);
    if (!row) return null;
    const cols = this.#visibleCols(key);
    if (!cols.length) return null;
    // The nearest laid-out column at or before `col` (drill rows have three cells, chains one).
    const fit = [...cols].reverse().find((x) => x <= col) ?? cols[0]!;
    const cell = row.querySelector<HTMLElement>(`:scope > [data-col="${fit}"]`);
    if (!cell) return null;
    this.#focus = { key, col: fit };
    return key === HEADER ? cell.querySelector<HTMLElement>('[data-col]') : cell;
  }

  /** Moves the tab stop to a cell and focuses it, scrolling its row into the DOM first. */
  async #focusCell(key: string, col: number, index?: number): Promise<void> {
    this.#focus = { key, col };
    this.requestUpdate();
    await this.updateComplete;
    let target = this.#cellTarget(key, col);
    if (!target && index !== undefined && index >= 0) {
      await this.#rows.scrollToIndex(index);
      target = this.#cellTarget(key, col);
    }
    this.requestUpdate();
    await this.updateComplete;
    target = this.#cellTarget(key, col) ?? target;
    target?.focus();
  }

  /** Rows in one screenful of the grid's visible area. */
  #pageRows(): number {
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    const row = body?.querySelector<HTMLElement>('[role="row"]');
    const h = row?.getBoundingClientRect().height || ROW_HEIGHT;
    const box = this.renderRoot.querySelector<HTMLElement>('.scroll');
    const view =
      this.scrollBoxHeight && box ? box.clientHeight : window.innerHeight || PAGE_ROWS * h;
    return Math.max(1, Math.floor(view / h) - 1);
  }

  /** Opens or closes a node and selects it (`sla-select` with its path). */
  #activate(row: GridRow): void {
    if (row.kind === 'chain' || row.kind === 'detail') return;
    if (isExpandable(row)) {
      if (row.kind === 'customer') {
        if (row.expanded) this.collapse(row.row.customerId);
        else this.expand(row.row.customerId);
      } else if (this.#toggled.has(row.key)) this.#toggled.delete(row.key);
      else this.#toggled.add(row.key);
    }
    this.#selected = row.key;
    this.#flatten();
    this.requestUpdate();
    const detail = this.#selectDetail(row);
    if (detail) this.dispatchEvent(slaSelectEvent(detail));
  }

  #selectDetail(row: GridRow): SlaSelectDetail | undefined {
    switch (row.kind) {
      case 'customer':
        return { kind: 'customer', customer: row.row.customerId, path: row.path };
      case 'agreement':
        return { kind: 'agreement', agreement: row.agreement.agreementId, path: row.path };
      case 'objective': {
        const period = row.agreement.period ?? this.#customerPeriod(row.path.customer);
        if (!period)
          return { kind: 'agreement', agreement: row.agreement.agreementId, path: row.path };
        return {
          kind: 'objective',
          agreement: row.agreement.agreementId,
          objective: row.objective.objectiveId,
          period: { start: period.start, end: period.end },
          path: row.path,
        };
      }
      case 'service': {
        const period = row.chain?.period;
        return {
          kind: 'service',
          service: row.serviceId,
          agreement: row.agreement.agreementId,
          ...(period ? { period: { start: period.start, end: period.end } } : {}),
          path: row.path,
        };
      }
      default:
        return undefined;
    }
  }

  #customerPeriod(id: string): { start: number; end: number } | null {
    const d = this.#derived;
    return d.kind === 'rows' ? (d.all.find((r) => r.customerId === id)?.period ?? null) : null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sla-portfolio': SlaPortfolio;
  }
}
