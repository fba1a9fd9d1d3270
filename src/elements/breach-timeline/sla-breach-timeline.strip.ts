/**
 * The history strip region (`variant="strip"`): one row of day cells per service or objective,
 * each day coloured and patterned by the worst severity that day, uptime under each row. Narrow
 * containers show fewer days (src/layout/strip.ts) rather than sub-pixel cells.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { StripLayout } from '../../layout/strip.js';
import { renderDefs } from './sla-breach-timeline.lanes.js';
import type { DayBucket } from '../../model/day-buckets.js';
import type { StripRow } from '../../model/timeline.js';
import type { TooltipContent } from '../shared/controllers/tooltip.js';
import type { ChartTable, Formatter, Translate } from '../shared/index.js';

export interface StripFocus {
  readonly row: number;
  /** Index into the row's shown days (0 = oldest shown). */
  readonly day: number;
}

export interface StripContext {
  readonly t: Translate;
  readonly fmt: Formatter;
  readonly rows: readonly StripRow[];
  readonly layout: StripLayout;
  readonly width: number;
  readonly rtl: boolean;
  readonly focus: StripFocus | null;
}

/** Cell height and the gap between rows, px. */
export const STRIP_CELL_HEIGHT = 24;

/** The days a row shows: its newest `layout.days`. */
export function shownDays(row: StripRow, layout: StripLayout): readonly DayBucket[] {
  return row.days.slice(Math.max(0, row.days.length - layout.days));
}

/** A day as the reader reads it: date, downtime, worst severity. */
export function dayText(t: Translate, fmt: Formatter, day: DayBucket): string {
  const date = fmt.date(day.start, { dateStyle: 'medium' });
  if (!day.severity || day.downtimeMinutes <= 0) return t('breachTimeline.strip.clean', { date });
  return t('breachTimeline.strip.day', {
    date,
    downtime: fmt.duration(day.downtimeMinutes * 60_000),
    severity: t(`severity.${day.severity}`),
  });
}

export function uptimeText(t: Translate, fmt: Formatter, row: StripRow): string {
  return row.uptimePercent === null
    ? t('breachTimeline.strip.noUptime')
    : t('breachTimeline.strip.uptime', { percent: fmt.percent(row.uptimePercent) });
}

function cellX(ctx: StripContext, x: number, w: number): number {
  return ctx.rtl ? ctx.width - x - w : x;
}

function renderRow(ctx: StripContext, row: StripRow, r: number): TemplateResult {
  const days = shownDays(row, ctx.layout);
  const focus = ctx.focus?.row === r ? ctx.focus.day : -1;
  return html`<div class="strip-row" part="strip-row" data-key=${row.key}>
    <svg
      class="strip-cells"
      width=${ctx.width}
      height=${STRIP_CELL_HEIGHT}
      viewBox="0 0 ${ctx.width} ${STRIP_CELL_HEIGHT}"
      aria-hidden="true"
    >
      ${days.map((day, i) => {
        const cell = ctx.layout.cells[i];
        if (!cell) return nothing;
        const x = cellX(ctx, cell.x, cell.width);
        const severity = day.severity && day.downtimeMinutes > 0 ? day.severity : null;
        return svg`<rect part="day" class="day" x=${x} y="0" width=${cell.width} height=${STRIP_CELL_HEIGHT}
          data-date=${day.date} data-severity=${severity ?? nothing}
          data-excluded=${day.excludedMinutes > 0 && !severity ? 'true' : nothing}
          fill=${severity === 'major' ? 'url(#p-major)' : severity === 'minor' ? 'url(#p-minor)' : nothing}
        ></rect>${
          i === focus
            ? svg`<rect part="focus-ring" class="focus-ring" x=${x - 2} y="1" width=${cell.width + 4}
                height=${STRIP_CELL_HEIGHT - 2} rx="2"></rect>`
            : nothing
        }`;
      })}
    </svg>
    <span class="strip-uptime sla-num" part="uptime">${uptimeText(ctx.t, ctx.fmt, row)}</span>
  </div>`;
}

/** A strip row's name: its service or objective, or "No service" for breaches without one. */
export function stripLabel(t: Translate, row: StripRow): string {
  return row.label || t('breachTimeline.noService');
}

/** The column of row names, beside the rows (the same row height, from the stylesheet). */
export function renderStripLabels(ctx: StripContext): TemplateResult {
  return html`<ol class="lane-labels strip-labels" part="lane-labels" aria-hidden="true">
    ${ctx.rows.map(
      (row) =>
        html`<li part="lane-label" class="lane-label"><bdi>${stripLabel(ctx.t, row)}</bdi></li>`,
    )}
  </ol>`;
}

/** The strip's rows of day cells, each with its uptime under it. */
export function renderStrip(ctx: StripContext): TemplateResult {
  return html`<svg class="strip-defs" width="0" height="0" aria-hidden="true">${renderDefs()}</svg>
    ${ctx.rows.map((row, r) => renderRow(ctx, row, r))}`;
}

/** The strip's summary: the range, then one sentence per row. */
export function stripSummary(ctx: StripContext): string {
  const head = ctx.t('breachTimeline.strip.summary', { count: ctx.layout.days });
  const rows = ctx.rows.map((row) =>
    ctx.t('breachTimeline.strip.row', {
      label: stripLabel(ctx.t, row),
      uptime: uptimeText(ctx.t, ctx.fmt, row),
      days: shownDays(row, ctx.layout).filter((d) => d.downtimeMinutes > 0).length,
    }),
  );
  return [head, ...rows].join(' ');
}

/** The strip's table alternative: one row per day, one column per strip row. */
export function stripTable(ctx: StripContext): ChartTable {
  const shown = ctx.rows.map((r) => shownDays(r, ctx.layout));
  return {
    caption: ctx.t('breachTimeline.strip.caption', {
      label: ctx.rows.map((r) => stripLabel(ctx.t, r)).join(', '),
    }),
    rowHeader: ctx.t('breachTimeline.strip.column.day'),
    columns: ctx.rows.map((r) => ({ label: stripLabel(ctx.t, r) })),
    rows: (shown[0] ?? []).map((d, i) => ({
      header: ctx.fmt.date(d.start, { dateStyle: 'medium' }),
      cells: shown.map((days) => {
        const day = days[i];
        if (!day || day.downtimeMinutes <= 0 || !day.severity) return ctx.t('breachTimeline.none');
        return `${ctx.fmt.duration(day.downtimeMinutes * 60_000)}, ${ctx.t(`severity.${day.severity}`)}`;
      }),
    })),
  };
}

/** The tooltip of a day of a row: the row's name, then the day in words. */
export function dayTooltip(ctx: StripContext, row: StripRow, day: DayBucket): TooltipContent {
  return {
    title: stripLabel(ctx.t, row),
    rows: [{ label: '', value: dayText(ctx.t, ctx.fmt, day) }],
  };
}
