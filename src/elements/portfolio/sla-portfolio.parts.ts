/**
 * The portfolio's regions around the grid: the brand header, the status filter and search, the
 * summary in words, the totals per currency, and the table alternative of the grid.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PeriodStatus, PortfolioRow, MoneyTotal } from '../../model/index.js';
import type { ChartTable } from '../shared/index.js';
import { renderBrandLogo } from '../shared/internal/brand-logo.js';
import { cellText } from './sla-portfolio.rows.js';
import { COLUMNS, type PortfolioContext } from './sla-portfolio.view.js';

/** The statuses the filter offers, worst first. */
export const FILTER_STATUSES: readonly PeriodStatus[] = [
  'breached',
  'at-risk',
  'met',
  'exceeded',
  'no-data',
];

export interface Brand {
  readonly name: string;
  readonly logoUrl: string | undefined;
}

/** Brand (logo and name) and the heading. */
export function renderBrand(
  ctx: PortfolioContext,
  brand: Brand,
  scoped: boolean,
  headingId: string,
): TemplateResult {
  return html`<header class="brand" part="brand">
    <slot name="logo">${renderBrandLogo(brand.logoUrl, brand.name, 'logo')}</slot>
    <span class="brand-name" part="brand-name"><bdi>${brand.name}</bdi></span>
    <h2 id=${headingId} part="heading">
      ${ctx.t(scoped ? 'portfolio.headingScoped' : 'portfolio.heading')}
    </h2>
  </header>`;
}

/** The status checkboxes and the search field. */
export function renderFilters(
  ctx: PortfolioContext,
  status: ReadonlySet<string>,
  search: string,
  onStatus: (e: Event) => void,
  onSearch: (e: Event) => void,
): TemplateResult {
  const { t } = ctx;
  return html`<div class="filters">
    <fieldset class="filter" part="filter">
      <legend>${t('portfolio.filter')}</legend>
      ${FILTER_STATUSES.map(
        (s) =>
          html`<label class="check" data-health=${s}
            ><input
              type="checkbox"
              value=${s}
              .checked=${status.has(s)}
              @change=${onStatus}
            />${t(`status.${s}`)}</label
          >`,
      )}
    </fieldset>
    <label class="search-label"
      >${t('portfolio.search')}
      <input
        type="search"
        part="search"
        autocomplete="off"
        spellcheck="false"
        .value=${search}
        @input=${onSearch}
    /></label>
  </div>`;
}

/** "12 customers: 2 breached, 3 at risk, 6 met, 1 without data." (+ "Showing 4 of 12."). */
export function summaryText(
  ctx: PortfolioContext,
  all: readonly PortfolioRow[],
  shown: readonly PortfolioRow[],
): string {
  const counts = { breached: 0, atRisk: 0, met: 0, noData: 0 };
  for (const r of all) {
    if (r.status === 'breached') counts.breached += 1;
    else if (r.status === 'at-risk') counts.atRisk += 1;
    else if (r.status === 'no-data') counts.noData += 1;
    else counts.met += 1;
  }
  const text = ctx.t('portfolio.summary', { count: all.length, ...counts });
  return shown.length === all.length
    ? text
    : `${text} ${ctx.t('portfolio.shown', { shown: shown.length, count: all.length })}`;
}

/** Totals per currency of the rows shown; never one sum across currencies. */
export function renderTotals(ctx: PortfolioContext, totals: readonly MoneyTotal[]) {
  if (!totals.length) return nothing;
  const { t, fmt } = ctx;
  return html`<table class="totals" part="totals">
    <caption>
      ${t('portfolio.totals')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('portfolio.currency')}</th>
        <th scope="col" class="num">${t('portfolio.col.credit')}</th>
        <th scope="col" class="num">${t('portfolio.col.bonus')}</th>
        <th scope="col" class="num">${t('portfolio.col.net')}</th>
      </tr>
    </thead>
    <tbody>
      ${totals.map(
        (m) =>
          html`<tr data-currency=${m.currency}>
            <th scope="row">${m.currency}</th>
            <td class="num">${fmt.money(m.credit, m.currency)}</td>
            <td class="num">${fmt.money(m.bonus, m.currency)}</td>
            <td class="num">${fmt.signedMoney(m.net, m.currency)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The grid's table alternative: one row per customer shown, every column as text. */
export function gridTable(
  ctx: PortfolioContext,
  rows: readonly PortfolioRow[],
  provider: string,
): ChartTable {
  const columns = COLUMNS.slice(1);
  return {
    caption: ctx.t('portfolio.tableCaption', { provider }),
    rowHeader: ctx.t('portfolio.col.name'),
    columns: columns.map((c) => ({ label: ctx.t(`portfolio.col.${c.id}`), numeric: c.numeric })),
    rows: rows.map((r) => ({
      header: r.name,
      cells: columns.map((c) => cellText(ctx, r, c.id)),
    })),
  };
}
