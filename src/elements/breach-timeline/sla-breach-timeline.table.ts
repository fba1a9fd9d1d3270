/**
 * The table alternative and the summary sentence of the lanes view. The table lists the marks in
 * the visible range, a page at a time (a table of 100,000 rows would make the page unusable), with
 * the page's place in the whole ("Breaches 1 to 50 of 10,412") and buttons to move through it.
 */
import { html, type TemplateResult } from 'lit';
import type { Domain } from '../../layout/zoom.js';
import type { TimelineMark } from '../../model/timeline.js';
import { renderSeverity, type ChartTable, type Translate } from '../shared/index.js';
import type { LaneView, TimelineContext } from './sla-breach-timeline.view.js';

export const TABLE_PAGE_SIZE = 50;

/** One row of the table: a mark and the lane it shows in. */
export interface TableEntry {
  readonly mark: TimelineMark;
  readonly lane: string;
}

/** Marks of every lane overlapping the domain, by start (then lane order). */
export function entriesInRange(lanes: readonly LaneView[], domain: Domain): TableEntry[] {
  const entries: TableEntry[] = [];
  for (const lane of lanes) {
    for (const layer of ['counted', 'excluded'] as const) {
      const index = lane.layers[layer];
      index.forEachOverlapping(domain.start, domain.end, (i) => {
        entries.push({ mark: index.item(i), lane: lane.label });
      });
    }
  }
  entries.sort((a, b) => a.mark.start - b.mark.start || a.mark.end - b.mark.end);
  return entries;
}

function countedCell(t: Translate, mark: TimelineMark): string {
  if (mark.kind === 'maintenance') return t('breachTimeline.counted.maintenance');
  if (!mark.excluded) return t('breachTimeline.counted.yes');
  return t('breachTimeline.counted.no', { reason: mark.exclusionReason ?? '' });
}

/** The current page of the table alternative. */
export function breachTable(
  ctx: TimelineContext,
  entries: readonly TableEntry[],
  page: number,
): ChartTable {
  const { t, fmt } = ctx;
  const from = page * TABLE_PAGE_SIZE;
  return {
    caption: t('breachTimeline.tableCaption', { range: ctx.rangeLabel }),
    rowHeader: t('breachTimeline.column.title'),
    columns: [
      { label: t('breachTimeline.column.lane') },
      { label: t('breachTimeline.column.start') },
      { label: t('breachTimeline.column.end') },
      { label: t('breachTimeline.column.duration'), numeric: true },
      { label: t('breachTimeline.column.severity') },
      { label: t('breachTimeline.column.counted') },
      { label: t('breachTimeline.column.credit'), numeric: true },
    ],
    rows: entries.slice(from, from + TABLE_PAGE_SIZE).map(({ mark, lane }) => ({
      header: mark.title,
      cells: [
        lane,
        fmt.dateTime(mark.start),
        mark.ongoing ? t('breachTimeline.tip.ongoing') : fmt.dateTime(mark.end),
        fmt.duration(mark.end - mark.start),
        mark.severity ? renderSeverity(mark.severity, t) : '',
        countedCell(t, mark),
        mark.credit ? fmt.money(Number(mark.credit.amount), mark.credit.currency) : '',
      ],
    })),
  };
}

/** The pager under the table: where this page is and buttons to the neighbours. */
export function renderPager(
  t: Translate,
  total: number,
  page: number,
  go: (page: number) => void,
): TemplateResult {
  const pages = Math.max(1, Math.ceil(total / TABLE_PAGE_SIZE));
  const from = total === 0 ? 0 : page * TABLE_PAGE_SIZE + 1;
  const to = Math.min(total, (page + 1) * TABLE_PAGE_SIZE);
  return html`<div class="pager" part="pager">
    <button type="button" ?disabled=${page <= 0} @click=${() => go(page - 1)}>
      ${t('breachTimeline.previousPage')}
    </button>
    <span role="status">${t('breachTimeline.page', { from, to, total })}</span>
    <button type="button" ?disabled=${page >= pages - 1} @click=${() => go(page + 1)}>
      ${t('breachTimeline.nextPage')}
    </button>
  </div>`;
}

/**
 * The chart's summary: "14 breaches in 1 Oct – 31 Oct 2026, 3 critical; longest 4 hr, 12 min on
 * Compute uptime. 1 still ongoing." Counts each breach once, whatever the lanes it shows in.
 */
export function timelineSummary(ctx: TimelineContext): string {
  const { t, fmt } = ctx;
  const range = ctx.rangeLabel;
  const s = ctx.summary;
  // The count is of the breaches that count; excluded ones are said apart.
  const counted = s.count - s.excluded;
  let text: string;
  if (counted === 0) {
    text = t('breachTimeline.summary.none', { range });
  } else {
    text = t('breachTimeline.summary.count', { count: counted, range });
    const critical = s.bySeverity.critical ?? 0;
    if (critical > 0) {
      text = t('breachTimeline.summary.and', {
        first: text,
        then: t('breachTimeline.summary.critical', { count: critical }),
      });
    }
    if (s.longest) {
      text = t('breachTimeline.summary.then', {
        first: text,
        then: t('breachTimeline.summary.longest', {
          duration: fmt.duration(s.longest.minutes * 60_000),
          lane: s.longest.lane,
        }),
      });
    }
    text = t('breachTimeline.summary.end', { sentence: text });
  }
  if (s.ongoing > 0) text += ` ${t('breachTimeline.summary.ongoing', { count: s.ongoing })}`;
  if (s.excluded > 0) text += ` ${t('breachTimeline.summary.excluded', { count: s.excluded })}`;
  const below = ctx.lanes.reduce(
    (n, l) =>
      n +
      l.lane.belowMinimum.filter(
        (p) => p.end > ctx.plot.domain.start && p.start < ctx.plot.domain.end,
      ).length,
    0,
  );
  if (below > 0) text += ` ${t('breachTimeline.summary.belowMinimum', { count: below })}`;
  return text;
}
