/**
 * The rows of the portfolio treegrid: a customer row (one cell per column), the drill-down rows
 * (agreement, objective, service: name, health, and what they inherit, override or measure), a
 * service's dependency chain, and the host's detail slot. Functions of (context, row), never of the
 * element; every figure is the model's, formatted here.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { AgreementTerm, ObjectiveField } from '../../model/index.js';
import type { MoneyTotal, PortfolioRow, ServiceChain } from '../../model/index.js';
import { isolate } from '../shared/internal/bidi.js';
import { sparklineLayout } from '../../layout/sparkline.js';
import { renderStatus, type Translate } from '../shared/index.js';
import { renderSparkline } from '../shared/internal/sparkline.js';
import {
  COLUMNS,
  type ColumnId,
  type GridRow,
  type PortfolioContext,
  type ExpandableRow,
} from './sla-portfolio.view.js';

export const SPARK_WIDTH = 88;
export const SPARK_HEIGHT = 24;

/** The tabindex of a cell under the roving tabindex: 0 for the one focus position, else -1. */
function tab(ctx: PortfolioContext, key: string, col: number, last: number): string {
  return ctx.focus.key === key && Math.min(ctx.focus.col, last) === col ? '0' : '-1';
}

/** The disclosure triangle of an expandable row (decorative: the row says aria-expanded). */
function chevron(): TemplateResult {
  return html`<svg class="chevron" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
    ${svg`<path fill="currentColor" d="M5 3 11 8 5 13Z"></path>`}
  </svg>`;
}

function health(ctx: PortfolioContext, score: number | null, status: PortfolioRow['status']) {
  return html`<span class="health"
    >${
      score === null
        ? nothing
        : html`<span
            class="score"
            aria-label=${ctx.t('portfolio.score', {
              score: ctx.fmt.number(score, 0),
            })}
            >${ctx.fmt.number(score, 0)}</span
          >`
    }
    ${renderStatus(status, ctx.t)}</span
  >`;
}

/** One line per currency; "None" when there is nothing in any. */
function moneyLines(
  ctx: PortfolioContext,
  money: readonly MoneyTotal[],
  field: 'credit' | 'bonus' | 'net',
): TemplateResult {
  if (!money.length) return html`<span class="muted">${ctx.t('portfolio.none')}</span>`;
  return html`${money.map(
    (m) =>
      html`<span class="money" part="money" data-currency=${m.currency}
        >${
          field === 'net'
            ? ctx.fmt.signedMoney(m.net, m.currency)
            : ctx.fmt.money(m[field], m.currency)
        }</span
      >`,
  )}`;
}

/** The text of a customer's cell for a column (also the table alternative's cell). */
export function cellText(ctx: PortfolioContext, row: PortfolioRow, id: ColumnId): string {
  const { t, fmt } = ctx;
  const money = (field: 'credit' | 'bonus' | 'net') =>
    row.money.length
      ? row.money
          .map((m) =>
            field === 'net' ? fmt.signedMoney(m.net, m.currency) : fmt.money(m[field], m.currency),
          )
          .join(', ')
      : t('portfolio.none');
  switch (id) {
    case 'name':
      return row.name;
    case 'health':
      return row.score === null
        ? t(`status.${row.status}`)
        : `${fmt.number(row.score, 0)} ${t(`status.${row.status}`)}`;
    case 'met':
      return fmt.number(row.counts.met, 0);
    case 'atRisk':
      return fmt.number(row.counts.atRisk, 0);
    case 'breached':
      return fmt.number(row.counts.breached, 0);
    case 'credit':
    case 'bonus':
    case 'net':
      return money(id);
    case 'worst':
      return worstText(ctx, row);
    case 'review':
      return reviewText(ctx, row);
    case 'exit':
      return exitText(ctx, row);
    case 'trend':
      return trendLabel(t, row);
  }
}

function worstText(ctx: PortfolioContext, row: PortfolioRow): string {
  const w = row.worst;
  if (!w) return ctx.t('portfolio.none');
  return ctx.t('portfolio.worst', {
    name: w.name,
    value: w.value === null ? ctx.t('status.no-data') : ctx.fmt.value(w.value, w.unit),
  });
}

function reviewText(ctx: PortfolioContext, row: PortfolioRow): string {
  const r = row.reviewDue;
  if (!r) return ctx.t('portfolio.none');
  return ctx.t(`portfolio.review.${r.state}`, { date: ctx.fmt.date(r.reviewBy) });
}

function exitText(ctx: PortfolioContext, row: PortfolioRow): string {
  const x = row.exit;
  if (!x) return ctx.t('portfolio.none');
  return ctx.t(`portfolio.exit.${x.state}`, {
    misses: x.misses,
    allowed: x.allowed,
    window: x.window,
  });
}

/** The trend's text alternative: first, last and lowest score of the periods shown. */
export function trendLabel(t: Translate, row: PortfolioRow): string {
  const scores = row.trend.map((p) => p.score).filter((s): s is number => s !== null);
  if (!scores.length) return t('portfolio.trendNoData');
  const round = (n: number) => Math.round(n);
  return t('portfolio.trend', {
    count: scores.length,
    first: round(scores[0]!),
    last: round(scores[scores.length - 1]!),
    lowest: round(Math.min(...scores)),
  });
}

function trendCell(ctx: PortfolioContext, row: PortfolioRow): TemplateResult {
  const label = trendLabel(ctx.t, row);
  const layout = sparklineLayout(
    // Health scores: the target line is 100 (every objective met), the minimum line 50 (at risk).
    row.trend.map((p) => ({ value: p.score, minimum: 50, target: 100 })),
    { width: SPARK_WIDTH, height: SPARK_HEIGHT, rtl: ctx.rtl },
  );
  const last = [...row.trend].reverse().find((p) => p.score !== null);
  return html`<span class="trend" part="trend"
    >${renderSparkline(layout, label, last?.status ?? 'no-data')}</span
  >`;
}

function customerCell(ctx: PortfolioContext, row: PortfolioRow, id: ColumnId): unknown {
  switch (id) {
    case 'health':
      return health(ctx, row.score, row.status);
    case 'credit':
    case 'bonus':
    case 'net':
      return moneyLines(ctx, row.money, id);
    case 'worst':
      return row.worst
        ? html`<span class="worst" data-health=${row.worst.status}
            ><bdi>${row.worst.name}</bdi>:
            ${
              row.worst.value === null
                ? ctx.t('status.no-data')
                : ctx.fmt.value(row.worst.value, row.worst.unit)
            }</span
          >`
        : html`<span class="muted">${ctx.t('portfolio.none')}</span>`;
    case 'review':
      return html`<span class="review" data-state=${row.reviewDue?.state ?? 'none'}
        >${reviewText(ctx, row)}</span
      >`;
    case 'exit':
      return html`<span class="exit" data-state=${row.exit?.state ?? 'none'}
        >${exitText(ctx, row)}</span
      >`;
    case 'trend':
      return trendCell(ctx, row);
    default:
      return cellText(ctx, row, id);
  }
}

/** Row attributes shared by every kind. */
function rowClass(row: GridRow, selected: boolean): string {
  const drill = row.kind === 'agreement' || row.kind === 'objective' || row.kind === 'service';
  return `row ${row.kind}${drill ? ' drill' : ''}${selected ? ' selected' : ''}`;
}

function nameCell(
  ctx: PortfolioContext,
  row: GridRow,
  content: unknown,
  last: number,
): TemplateResult {
  const expandable = 'expanded' in row && (row.kind !== 'agreement' || row.expandable);
  return html`<div
    role=${row.kind === 'customer' ? 'rowheader' : 'gridcell'}
    class="cell name"
    part="cell col-name"
    data-col="0"
    tabindex=${tab(ctx, row.key, 0, last)}
  >
    ${expandable ? chevron() : html`<span class="chevron-space"></span>`}${content}
  </div>`;
}

/** One treegrid row, at `rowIndex` (aria-rowindex). */
export function renderRow(ctx: PortfolioContext, row: GridRow, rowIndex: number): TemplateResult {
  const selected = ctx.selected === row.key;
  const expanded =
    'expanded' in row && isOpenable(row) ? (row.expanded ? 'true' : 'false') : nothing;
  const common = {
    cls: rowClass(row, selected),
    level: String(row.level),
  };
  switch (row.kind) {
    case 'customer': {
      const r = row.row;
      const last = COLUMNS.length - 1;
      return html`<div
        role="row"
        class=${common.cls}
        part="row"
        data-key=${row.key}
        data-kind="customer"
        data-health=${r.status}
        aria-rowindex=${rowIndex}
        aria-level="1"
        aria-expanded=${expanded}
        aria-selected=${selected ? 'true' : 'false'}
      >
        ${nameCell(ctx, row, html`<bdi class="label">${r.name}</bdi>`, last)}
        ${COLUMNS.slice(1).map(
          (c, i) =>
            html`<div
              role="gridcell"
              class="cell ${c.id}${c.numeric ? ' num' : ''}"
              part="cell col-${c.id}"
              data-col=${i + 1}
              data-column=${c.id}
              tabindex=${tab(ctx, row.key, i + 1, last)}
            >
              ${customerCell(ctx, r, c.id)}
            </div>`,
        )}
      </div>`;
    }
    case 'agreement': {
      const a = row.agreement;
      const template = a.level === 'corporate';
      return html`<div
        role="row"
        class=${common.cls}
        part="row drill"
        data-key=${row.key}
        data-kind="agreement"
        data-level=${a.level}
        data-health=${a.status}
        aria-rowindex=${rowIndex}
        aria-level=${common.level}
        aria-expanded=${expanded}
        aria-selected=${selected ? 'true' : 'false'}
      >
        ${nameCell(
          ctx,
          row,
          html`<span class="label"
            ><bdi>${a.name}</bdi>
            <span class="level" part="level">${ctx.t(`portfolio.level.${a.level}`)}</span></span
          >`,
          2,
        )}
        <div
          role="gridcell"
          class="cell health"
          part="cell col-health"
          data-col="1"
          tabindex=${tab(ctx, row.key, 1, 2)}
        >
          ${template ? nothing : health(ctx, a.score, a.status)}
        </div>
        <div
          role="gridcell"
          class="cell about"
          part="cell about"
          data-col="2"
          aria-colspan="10"
          tabindex=${tab(ctx, row.key, 2, 2)}
        >
          ${
            template
              ? html`<span class="line muted">${ctx.t('portfolio.template')}</span>`
              : nothing
          }${termsLines(ctx, row)}
        </div>
      </div>`;
    }
    case 'objective': {
      const o = row.objective;
      const v = (n: number | null) =>
        n === null ? ctx.t('status.no-data') : ctx.fmt.value(n, o.unit);
      const origin: string[] = [];
      if (o.inheritedFrom)
        origin.push(ctx.t('portfolio.definedIn', { agreement: name(ctx, o.definedIn) }));
      if (o.overrides.length)
        origin.push(ctx.t('portfolio.changedHere', { fields: fields(ctx, o.overrides) }));
      if (o.countedIn !== row.agreement.agreementId)
        origin.push(ctx.t('portfolio.countedIn', { agreement: name(ctx, o.countedIn) }));
      return html`<div
        role="row"
        class=${common.cls}
        part="row drill"
        data-key=${row.key}
        data-kind="objective"
        data-health=${o.status}
        aria-rowindex=${rowIndex}
        aria-level=${common.level}
        aria-selected=${selected ? 'true' : 'false'}
      >
        ${nameCell(ctx, row, html`<bdi class="label" part="objective">${o.name}</bdi>`, 2)}
        <div
          role="gridcell"
          class="cell health"
          part="cell col-health"
          data-col="1"
          tabindex=${tab(ctx, row.key, 1, 2)}
        >
          ${renderStatus(o.status, ctx.t)}
        </div>
        <div
          role="gridcell"
          class="cell about"
          part="cell about"
          data-col="2"
          aria-colspan="10"
          tabindex=${tab(ctx, row.key, 2, 2)}
        >
          <span class="line"
            >${ctx.t('portfolio.objective', {
              value: v(o.value),
              minimum: ctx.fmt.value(o.minimum, o.unit),
              target: ctx.fmt.value(o.target, o.unit),
            })}</span
          >
          ${origin.length ? html`<span class="line muted">${origin.join('; ')}</span>` : nothing}
        </div>
      </div>`;
    }
    case 'service': {
      const chain = row.chain;
      return html`<div
        role="row"
        class=${common.cls}
        part="row drill"
        data-key=${row.key}
        data-kind="service"
        data-health=${chain?.objective?.status ?? 'no-data'}
        aria-rowindex=${rowIndex}
        aria-level=${common.level}
        aria-expanded=${expanded}
        aria-selected=${selected ? 'true' : 'false'}
      >
        ${nameCell(
          ctx,
          row,
          html`<span class="label"
            >${ctx.t('portfolio.service', { service: isolate(row.serviceName) })}</span
          >`,
          2,
        )}
        <div
          role="gridcell"
          class="cell health"
          part="cell col-health"
          data-col="1"
          tabindex=${tab(ctx, row.key, 1, 2)}
        >
          ${chain?.objective ? renderStatus(chain.objective.status, ctx.t) : nothing}
        </div>
        <div
          role="gridcell"
          class="cell about"
          part="cell about"
          data-col="2"
          aria-colspan="10"
          tabindex=${tab(ctx, row.key, 2, 2)}
        >
          ${chain ? chainFigures(ctx, chain) : nothing}
        </div>
      </div>`;
    }
    case 'chain':
      return html`<div
        role="row"
        class=${common.cls}
        part="row"
        data-key=${row.key}
        data-kind="chain"
        aria-rowindex=${rowIndex}
        aria-level=${common.level}
      >
        <div
          role="gridcell"
          class="cell wide"
          part="cell about"
          data-col="0"
          aria-colspan="12"
          tabindex=${tab(ctx, row.key, 0, 0)}
        >
          ${renderChain(ctx, row.chain)}
        </div>
      </div>`;
    case 'detail':
      return html`<div
        role="row"
        class=${common.cls}
        part="row detail-row"
        data-key=${row.key}
        data-kind="detail"
        aria-rowindex=${rowIndex}
        aria-level=${common.level}
      >
        <div
          role="gridcell"
          class="cell wide"
          part="cell detail"
          data-col="0"
          aria-colspan="12"
          aria-label=${ctx.t('portfolio.detail')}
          tabindex=${tab(ctx, row.key, 0, 0)}
        >
          <slot name="detail"></slot>
        </div>
      </div>`;
  }
}

function isOpenable(row: ExpandableRow): boolean {
  if (row.kind === 'agreement') return row.expandable;
  if (row.kind === 'service') return row.chain !== null;
  return true;
}

const name = (ctx: PortfolioContext, id: string): string => ctx.agreementName(id) ?? id;

/** Terms that say nothing to a reader about money, dates or rules (shown elsewhere or implied). */
const QUIET_TERMS: ReadonlySet<AgreementTerm> = new Set([
  'kind',
  'summary',
  'customerId',
  'serviceId',
]);

const lists = new Map<string, Intl.ListFormat>();
/**
 * "fee, credit cap and exit clause" in the reader's language; `unit` lists without a
 * conjunction ("a, b, c"), for a list of lists.
 */
export function listOf(
  locale: string,
  items: readonly string[],
  type: 'conjunction' | 'unit' = 'conjunction',
): string {
  const key = `${locale}\u0000${type}`;
  let format = lists.get(key);
  if (!format) lists.set(key, (format = new Intl.ListFormat(locale, { type, style: 'long' })));
  return format.format(items);
}

function terms(ctx: PortfolioContext, list: readonly AgreementTerm[]): string {
  return listOf(
    ctx.fmt.locale,
    list.filter((x) => !QUIET_TERMS.has(x)).map((x) => ctx.t(`portfolio.term.${x}`)),
  );
}

const loud = (list: readonly AgreementTerm[]) => list.filter((x) => !QUIET_TERMS.has(x));

function fields(ctx: PortfolioContext, list: readonly ObjectiveField[]): string {
  return listOf(
    ctx.fmt.locale,
    list.map((x) => ctx.t(`portfolio.field.${x}`)),
  );
}

/**
 * "Inherits fee, credit cap from Northwind corporate terms; overrides target of Availability",
 * then the agreement's own money for the period.
 */
function termsLines(ctx: PortfolioContext, row: Extract<GridRow, { kind: 'agreement' }>) {
  const a = row.agreement;
  const { t, fmt } = ctx;
  const parts: string[] = [];
  // Terms inherited through the context of parents that are not this customer's own rows are
  // still named: the template's name is feed text of the provider.
  if (loud(a.inherits).length && a.parentId)
    parts.push(
      t('portfolio.inherits', { terms: terms(ctx, a.inherits), agreement: name(ctx, a.parentId) }),
    );
  const overridden: string[] = [];
  if (loud(a.overrides).length) overridden.push(terms(ctx, a.overrides));
  for (const o of a.objectives)
    if (o.overrides.length && o.inheritedFrom)
      overridden.push(
        t('portfolio.fieldOf', { fields: fields(ctx, o.overrides), objective: o.name }),
      );
  if (overridden.length) {
    const text = t('portfolio.overrides', { terms: listOf(fmt.locale, overridden, 'unit') });
    parts.push(parts.length ? text : text.charAt(0).toLocaleUpperCase(fmt.locale) + text.slice(1));
  }
  const own = a.sets.filter((x) => !a.overrides.includes(x));
  if (!parts.length && loud(own).length)
    parts.push(t('portfolio.sets', { terms: terms(ctx, own) }));
  const money = a.money.map((m) =>
    t('portfolio.money', {
      credit: fmt.money(m.credit, m.currency),
      bonus: fmt.money(m.bonus, m.currency),
      net: fmt.signedMoney(m.net, m.currency),
    }),
  );
  return html`${
    parts.length ? html`<span class="line" part="inheritance">${parts.join('; ')}</span>` : nothing
  }${money.map((m) => html`<span class="line money-line">${m}</span>`)}`;
}

/** "The chain allows at most 99.62 % end to end ..." next to the end-to-end objective. */
function chainFigures(ctx: PortfolioContext, c: ServiceChain): TemplateResult {
  const { t, fmt } = ctx;
  const allows =
    c.allowed === null
      ? t('portfolio.chainUnknown', {
          services: listOf(
            fmt.locale,
            c.links.filter((l) => c.missing.includes(l.serviceId)).map((l) => l.name),
          ),
        })
      : t('portfolio.chainAllows', { value: fmt.value(c.allowed, 'percent') });
  const o = c.objective;
  return html`<span class="line" part="allows">${allows}</span>
    <span class="line" part="end-to-end"
      >${
        o
          ? t('portfolio.chainObjective', {
              value: o.value === null ? t('status.no-data') : fmt.value(o.value, 'percent'),
              minimum: fmt.value(o.minimum, 'percent'),
              target: fmt.value(o.target, 'percent'),
            })
          : t('portfolio.chainNoObjective')
      }</span
    >`;
}

/** The chain as a list: each link with its attainment, what it depends on, whom its breaches affect. */
function renderChain(ctx: PortfolioContext, chain: ServiceChain): TemplateResult {
  const { t, fmt } = ctx;
  const names = new Map(chain.links.map((l) => [l.serviceId, l.name] as const));
  const list = (ids: readonly string[]) =>
    listOf(
      fmt.locale,
      ids.map((id) => names.get(id) ?? id),
    );
  const head = chain.links[0];
  return html`<ol
    class="chain"
    part="chain"
    aria-label=${t('portfolio.chainLabel', { service: head?.name ?? chain.serviceId })}
  >
    ${chain.links.map(
      (l) =>
        html`<li
          class="link"
          part="chain-link"
          data-service=${l.serviceId}
          data-depth=${l.depth}
          data-health=${l.status}
          data-affects=${l.breaches.length && l.affects.length ? 'true' : 'false'}
        >
          <span class="line"
            ><bdi>${l.name}</bdi>:
            ${l.value === null ? t('portfolio.noAvailability') : fmt.value(l.value, 'percent')}
            ${renderStatus(l.status, t)}</span
          >
          ${
            l.dependsOn.length
              ? html`<span class="line muted"
                  >${t('portfolio.dependsOn', { services: list(l.dependsOn) })}</span
                >`
              : nothing
          }
          ${
            l.breaches.length
              ? html`<span class="line affects" part="chain-affects"
                  >${
                    l.affects.length
                      ? t('portfolio.affects', {
                          count: l.breaches.length,
                          services: list(l.affects),
                        })
                      : t('portfolio.breachesHere', { count: l.breaches.length })
                  }</span
                >`
              : nothing
          }
        </li>`,
    )}
  </ol>`;
}
