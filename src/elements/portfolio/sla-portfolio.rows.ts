/**
 * The rows of the portfolio treegrid: a customer row (one cell per column) and the host's detail
 * slot, and the cell helpers the drill-down rows (`sla-portfolio.drill.ts`, loaded on first
 * expand) share. Functions of (context, row), never of the element; every figure is the model's,
 * formatted here.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { MoneyTotal, PortfolioRow } from '../../model/index.js';
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
export function tab(ctx: PortfolioContext, key: string, col: number, last: number): string {
  return ctx.focus.key === key && Math.min(ctx.focus.col, last) === col ? '0' : '-1';
}

/** The disclosure triangle of an expandable row (decorative: the row says aria-expanded). */
export function chevron(): TemplateResult {
  return html`<svg class="chevron" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
    ${svg`<path fill="currentColor" d="M5 3 11 8 5 13Z"></path>`}
  </svg>`;
}

export function health(
  ctx: PortfolioContext,
  score: number | null,
  status: PortfolioRow['status'],
) {
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

export function nameCell(
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

/** What every row's template needs: its class, `aria-level`, `aria-expanded` and selection. */
export interface RowCommon {
  readonly cls: string;
  readonly level: string;
  readonly selected: boolean;
  readonly expanded: 'true' | 'false' | typeof nothing;
}

/** Renders the drill-down rows (agreement, objective, service, chain): the module loaded on first expand. */
export type DrillRowRenderer = (
  ctx: PortfolioContext,
  row: Exclude<GridRow, { kind: 'customer' | 'detail' }>,
  rowIndex: number,
  common: RowCommon,
) => TemplateResult;

/**
 * One treegrid row, at `rowIndex` (aria-rowindex). A customer row's cells are drawn again only
 * when what they show changed (the model's row object, the language, the direction, the focus
 * in the row), so a sort or a scroll redraws only rows that are new in the window. Drill-down
 * rows come from `drill`, the module loaded with the first drill-down.
 */
export function renderRow(
  ctx: PortfolioContext,
  row: GridRow,
  rowIndex: number,
  drill: DrillRowRenderer | undefined,
): TemplateResult | typeof nothing {
  const selected = ctx.selected === row.key;
  const expanded =
    'expanded' in row && isOpenable(row) ? (row.expanded ? 'true' : 'false') : nothing;
  const common: RowCommon = {
    cls: rowClass(row, selected),
    level: String(row.level),
    selected,
    expanded,
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
        ${guard(
          [
            r,
            ctx.t,
            ctx.fmt,
            ctx.rtl,
            ctx.focus.key === row.key ? ctx.focus.col : -1,
            'expanded' in row && row.expanded,
          ],
          () =>
            html`${nameCell(ctx, row, html`<bdi class="label">${r.name}</bdi>`, last)}
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
            )}`,
        )}
      </div>`;
    }
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
    default:
      return drill ? drill(ctx, row, rowIndex, common) : nothing;
  }
}

function isOpenable(row: ExpandableRow): boolean {
  if (row.kind === 'agreement') return row.expandable;
  if (row.kind === 'service') return row.chain !== null;
  return true;
}
