/**
 * The objectives table, one row per objective (value, minimum, target, status, trend, error
 * budget, credit or bonus), with its screen-reader summary and its table alternative (each
 * objective's results over the last periods).
 *
 * Rows are keyed by objective id and drawn again only when their view data (a new `RowView`
 * object: the element keeps the old one for a row whose content did not change), the locale or
 * the agreement period changed. A large card keeps only the rows near the visible part of the
 * page in the DOM (`ctx.virtual`), with `aria-rowcount` / `aria-rowindex` naming the whole list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { STATUS_ORDER } from '../../model/index.js';
import {
  formatDate,
  renderStatus,
  type ChartA11yController,
  type ChartTable,
} from '../shared/index.js';
import type { RowVirtualizer, SpacerKey } from '../shared/controllers/row-virtualizer.js';
import { isolate } from '../shared/internal/bidi.js';
import { renderLink } from '../shared/internal/link.js';
import { renderSparkline } from '../shared/internal/sparkline.js';
import type { ScorecardData, ScorecardRow } from './scorecard-data.js';
import { renderMoneyCell } from './sla-scorecard.footer.js';
import {
  compliance,
  notApplicable,
  objectiveButton,
  originText,
  type Card,
  type RowView,
  type ScorecardContext,
  VIRTUAL_ABOVE,
} from './sla-scorecard.view.js';

/**
 * The card's chart: the objectives table, or (the reader's choice, kept by `a11y`) the table of
 * results per period; the summary is read before either.
 */
export function renderObjectivesTable(
  ctx: ScorecardContext,
  a11y: ChartA11yController,
  card: Card,
  periodText: string,
): TemplateResult {
  const { t } = ctx;
  const virtual = ctx.virtual(card);
  return a11y.render({
    t,
    summary: summaryText(ctx, card.data, periodText),
    chartRole: 'group',
    table: () => trendTable(ctx, card),
    chart: () =>
      html`<div class="table-scroll">
        <table
          class="objectives"
          part="table"
          role="table"
          aria-rowcount=${virtual?.rowCount ?? card.rows.length + 1}
        >
          <caption class="sla-visually-hidden">
            <bdi>${card.data.agreement.name}</bdi
            >, ${periodText}
          </caption>
          <thead role="rowgroup">
            <tr role="row" aria-rowindex="1">
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
            ${virtual ? renderWindow(ctx, card, virtual) : repeat(firstRows(card), rowKey, (view, i) => renderRow(ctx, card.data, view, i + 2))}
          </tbody>
        </table>
      </div>`,
  });
}

/** The summary read before the table: health, and how many objectives have each status. */
export function summaryText(
  ctx: ScorecardContext,
  data: ScorecardData,
  periodText: string,
): string {
  const { t } = ctx;
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

const rowKey = (view: RowView): string => view.row.objective.id;

/** Rows a large card shows for the moment its row virtualiser is still loading. */
const FIRST_SCREEN = 20;

/** Every row of a small card; the first screen of a large one until its rows are windowed. */
function firstRows(card: Card): readonly RowView[] {
  return card.rows.length > VIRTUAL_ABOVE ? card.rows.slice(0, FIRST_SCREEN) : card.rows;
}
/** Spacers are keyed by numbers, objective rows by their (string) id: the two never collide. */
const SPACER_KEYS: Record<SpacerKey, number> = { before: -1, gap: -2, after: -3 };

/** A large card's rows near the visible area, between the spacers that stand in for the rest. */
function renderWindow(ctx: ScorecardContext, card: Card, virtual: RowVirtualizer): unknown {
  return repeat(
    virtual.items,
    (item) => (item.kind === 'spacer' ? SPACER_KEYS[item.key] : rowKey(card.rows[item.index]!)),
    (item) =>
      item.kind === 'spacer'
        ? html`<tr class="spacer" aria-hidden="true" ${virtual.spacer(item.key)}></tr>`
        : renderRow(ctx, card.data, card.rows[item.index]!, virtual.rowIndex(item.index)),
  );
}

/**
 * One objective row. Its cells are drawn again only when something they show changed: the row's
 * view data, the locale (the formatter), or the agreement and period named in its `sla-select`.
 */
function renderRow(
  ctx: ScorecardContext,
  data: ScorecardData,
  view: RowView,
  rowIndex: number,
): TemplateResult {
  const { row } = view;
  return html`<tr
    role="row"
    part="row"
    aria-rowindex=${rowIndex}
    data-status=${row.status}
    data-objective=${row.objective.id}
  >
    ${guard(
      [
        view,
        ctx.fmt,
        data.agreement.id,
        data.agreement.currency,
        data.period.start,
        data.period.end,
      ],
      () => renderCells(ctx, data, view),
    )}
  </tr>`;
}

function renderCells(ctx: ScorecardContext, data: ScorecardData, view: RowView): TemplateResult {
  const { t } = ctx;
  const { row, spark, digits } = view;
  const o = row.objective;
  const unit = o.unit;
  const passFail = unit === 'pass-fail';
  const value = row.value === null || passFail ? '—' : ctx.value(row.value, unit, digits);
  const level = (x: number): TemplateResult | string =>
    passFail ? notApplicable(ctx) : ctx.value(x, unit, digits);
  const serviceLine = row.service
    ? html`<bdi>${row.service.name}</bdi> · ${t(`criticality.${row.service.criticality}`)}`
    : undefined;
  const evidence = row.period?.evidenceUrl;
  return html`<th scope="row" role="rowheader" class="name">
      ${objectiveButton(ctx, data, o)}
      ${serviceLine ? html`<span class="service">${serviceLine}</span>` : nothing}
      <span class="origin" part="origin">${originText(ctx, row)}</span>
      ${evidence ? html`<span class="evidence">${renderLink(evidence, t('scorecard.evidence'))}</span>` : nothing}
    </th>
    <td role="cell" class="sla-num value" data-label=${t('label.value')}>${value}</td>
    <td role="cell" class="sla-num" data-label=${t('label.minimum')}>${level(row.minimum)}</td>
    <td role="cell" class="sla-num" data-label=${t('label.target')}>${level(row.target)}</td>
    <td role="cell" class="status-cell" data-label=${t('label.status')}>
      ${passFail ? compliance(ctx, row) : renderStatus(row.status, t)}
    </td>
    <td role="cell" class="trend" data-label=${t('label.trend')}>
      ${renderSparkline(spark, trendLabel(ctx, row, digits), row.status)}
    </td>
    <td role="cell" class="sla-num" part="budget" data-label=${t('label.errorBudget')}>
      ${budgetText(ctx, row)}
    </td>
    <td
      role="cell"
      class="sla-num"
      part="money"
      data-label=${`${t('label.credit')} / ${t('label.bonus')}`}
    >
      ${renderMoneyCell(ctx, data, row)}
    </td>`;
}

/**
 * Whether two rows show the same (the view data of an unchanged row is kept). Compares the data
 * by value, as the feed wrote it: plain objects, arrays and primitives; anything deeper than the
 * rows go counts as changed.
 */
export function sameRow(a: ScorecardRow, b: ScorecardRow): boolean {
  return same(a, b, 0);
}

function same(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (depth > 8) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b) || !plain(a) || !plain(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!(k in b)) return false;
    if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth + 1))
      return false;
  }
  return true;
}

function plain(x: object): boolean {
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** The sparkline's text equivalent: first and last value, how many periods breached. */
function trendLabel(ctx: ScorecardContext, row: ScorecardRow, digits: number): string {
  const { t } = ctx;
  const withData = row.trend.filter((p) => p.value !== null);
  if (!withData.length) return t('scorecard.trendNoData', { count: row.trend.length });
  const breached = row.trend.filter((p) => p.status === 'breached').length;
  return t('scorecard.trend', {
    name: isolate(row.objective.name),
    count: row.trend.length,
    first: ctx.value(withData[0]!.value!, row.objective.unit, digits),
    last: ctx.value(withData[withData.length - 1]!.value!, row.objective.unit, digits),
    breaches: breached
      ? t('scorecard.trendBreaches', { count: breached })
      : t('scorecard.trendNoBreach'),
  });
}

/** The error budget left or overspent (against the target; explained next to "At risk"). */
function budgetText(ctx: ScorecardContext, row: ScorecardRow): TemplateResult | string {
  const { t, fmt } = ctx;
  const b = row.budget;
  if (!b || b.remaining === null) return notApplicable(ctx);
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

/** The table alternative: each objective's value and status per period of the trend. */
function trendTable(ctx: ScorecardContext, card: Card): ChartTable {
  const { t, fmt } = ctx;
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
      header: objectiveButton(ctx, card.data, row.objective),
      cells: row.trend.map((p) =>
        p.value === null
          ? t('status.no-data')
          : row.objective.unit === 'pass-fail'
            ? ctx.value(p.value, 'pass-fail', digits)
            : `${ctx.value(p.value, row.objective.unit, digits)} (${t(`status.${p.status}`)})`,
      ),
    })),
  };
}
