import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/types.js';
import { columnMarks } from '../../layout/aggregate.js';
import { IntervalIndex } from '../../layout/interval-index.js';
import { timeScale } from '../../layout/scale.js';
import { stripLayout, type StripLayout } from '../../layout/strip.js';
import { laneAt, laneLayout, markSpan } from '../../layout/timeline-lanes.js';
import { timeAxis } from '../../layout/time-ticks.js';
import { clampDomain, type Domain, type ZoomLimits } from '../../layout/zoom.js';
import { BreachSummaryIndex } from '../../model/breach-summary-index.js';
import { BREACH_CSV_COLUMNS, breachCsvRows, toCsv } from '../../model/export-csv.js';
import { indexFeed, resolveAgreement } from '../../model/index.js';
import {
  stripModel,
  timelineModel,
  type BreachSummary,
  type StripRow,
  type TimelineGroupBy,
  type TimelineLane,
  type TimelineMark,
  type TimelineModel,
} from '../../model/timeline.js';
import { CanvasColors, CanvasLayer } from '../shared/controllers/canvas-layer.js';
import { ResizeController } from '../shared/controllers/resize-controller.js';
import { LazyPart } from '../shared/internal/lazy-part.js';
import {
  TooltipController,
  tooltipStyles,
  type TooltipContent,
} from '../shared/controllers/tooltip.js';
import { ZoomController } from '../shared/controllers/zoom-controller.js';
import {
  ChartA11yController,
  SlaElement,
  renderEmpty,
  slaErrorEvent,
  slaRangeChangeEvent,
  slaSelectEvent,
  translate,
  type MessageKey,
  type MessageParams,
} from '../shared/index.js';
import { breachTimelineMessages } from './i18n/index.js';
import { drawMarks } from './sla-breach-timeline.canvas.js';
import {
  columnOf,
  firstFocus,
  laneEdge,
  stepAcrossLanes,
  stepInLane,
} from './sla-breach-timeline.keys.js';
import { SEVERITY_HEIGHT, markBox, renderPlot } from './sla-breach-timeline.lanes.js';
import type { StripContext, StripFocus } from './sla-breach-timeline.strip.js';

/** The strip variant's module (sla-breach-timeline.strip.ts), loaded on first use. */
type StripModule = typeof import('./sla-breach-timeline.strip.js');
import { breachTimelineStyles } from './sla-breach-timeline.styles.js';
import {
  breachTable,
  entriesInRange,
  renderPager,
  timelineSummary,
  type TableEntry,
} from './sla-breach-timeline.table.js';
import {
  laneLabel,
  markRank,
  markRange,
  rankSeverity,
  severityWord,
  type Focus,
  type LaneColumns,
  type LaneView,
  type Layer,
  type PlotGeometry,
  type TimelineContext,
} from './sla-breach-timeline.view.js';
import { agreementCustomerId } from '../shared/internal/agreement-customer.js';

/** Above this many visible marks (after merging per pixel column) the canvas draws them. */
export const SVG_MARK_LIMIT = 1500;
const DAY_MS = 86_400_000;
/** Tick labels, then a line for agreement version labels. */
const AXIS_HEIGHT = 44;
/** The shortest span one can zoom to. */
const MIN_SPAN_MS = 15 * 60_000;
/** The tooltip's id in the shadow root (one tooltip at a time). */
const TOOLTIP_ID = 'tip';
const GROUPS: readonly TimelineGroupBy[] = ['objective', 'service', 'customer', 'severity'];

const instantAttribute = {
  fromAttribute: (v: string | null): number | undefined => {
    if (!v) return undefined;
    const ms = Date.parse(v);
    return Number.isFinite(ms) ? ms : undefined;
  },
  toAttribute: (v: number | undefined): string | null =>
    v === undefined || !Number.isFinite(v) ? null : new Date(v).toISOString(),
};

/** A lane's data without geometry: kept across renders, and across refreshes when unchanged. */
interface LaneData {
  readonly lane: TimelineLane;
  readonly layers: LaneView['layers'];
}

type Empty = { readonly key: MessageKey; readonly params: MessageParams };

function sameMarks(a: readonly TimelineMark[], b: readonly TimelineMark[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.key !== y.key ||
      x.start !== y.start ||
      x.end !== y.end ||
      x.severity !== y.severity ||
      x.excluded !== y.excluded ||
      x.title !== y.title ||
      x.url !== y.url ||
      x.summary !== y.summary ||
      x.exclusionReason !== y.exclusionReason ||
      x.credit?.amount !== y.credit?.amount
    )
      return false;
  }
  return true;
}

/** The lanes' interval indexes; a lane whose marks did not change keeps its indexes. */
function laneData(model: TimelineModel, previous: readonly LaneData[]): LaneData[] {
  const old = new Map(previous.map((d) => [d.lane.key, d]));
  return model.lanes.map((lane) => {
    const before = old.get(lane.key);
    if (before && sameMarks(before.lane.marks, lane.marks)) {
      return { lane, layers: before.layers };
    }
    return {
      lane,
      layers: {
        counted: new IntervalIndex(lane.marks.filter((m) => !m.excluded)),
        excluded: new IntervalIndex(lane.marks.filter((m) => m.excluded)),
      },
    };
  });
}

/**
 * Every breach of an agreement (or of a customer, or of the whole feed) on a time axis: when the
 * provider let the customer down, for how long, how badly, and what it cost. Lanes by objective
 * (or service, customer, severity); each breach a bar from start to end, its severity told by
 * colour, height and pattern; ongoing breaches run to now with an open end; excluded breaches and
 * maintenance hatched; periods below the minimum shaded; agreement version changes on the axis.
 * `variant="strip"` shows a history strip of the last `days` days instead.
 *
 * @summary Breach timeline: every breach on a time axis, with zoom, keyboard and a table, or a daily history strip.
 *
 * Data comes from `src`, `.feed`, an inline `<script type="application/json">` child, or a
 * surrounding `<sla-feed>`. Zoom with the wheel (Ctrl/⌘ + wheel or pinch), drag to pan,
 * Shift + drag (or the "Select a range" mode) to brush a range. Keyboard: one tab stop; arrows
 * move between breaches (left and right in time, up and down across lanes), Enter selects,
 * `+` / `-` zoom, Home / End, Escape leaves. While few marks are visible they are SVG; above
 * 1,500 a canvas draws them, merging marks that share a pixel column (the tooltip says how many).
 *
 * @fires {SlaSelectEvent} sla-select - The reader picked a breach (click or Enter; detail `{ kind: 'breach', agreement, breach, objectives }`). Only on user action.
 * @fires {SlaRangeChangeEvent} sla-range-change - The reader zoomed, panned or brushed (detail `{ start, end, agreement }`). Only on user action.
 * @fires {SlaLoadEvent} sla-load - A new, valid feed is shown, or loading works again after `sla-error`; not when the feed comes from `<sla-feed>`.
 * @fires {SlaErrorEvent} sla-error - Loading or validation failed, or the agreement / objective is not in the feed (kind `missing`).
 *
 * @csspart base - The element's content.
 * @csspart heading - The title (the agreement's name, or "Breaches").
 * @csspart toolbar - Zoom, reset, range selection and the menu.
 * @csspart control - A toolbar button.
 * @csspart menu - The menu (Download CSV).
 * @csspart menu-item - An item of the menu.
 * @csspart legend - The legend of severities and marks.
 * @csspart lane-labels - The column of lane names.
 * @csspart lane-label - One lane's (or strip row's) name.
 * @csspart plot-area - The focusable plot (keyboard, pointer, zoom).
 * @csspart plot - The SVG of the plot.
 * @csspart canvas - The canvas the marks are drawn on when many are visible.
 * @csspart axis - The time axis.
 * @csspart mark - One breach, excluded breach or maintenance bar (`data-kind`, `data-severity`, `data-count`).
 * @csspart open-end - The open end of an ongoing breach.
 * @csspart below-minimum - A period below the minimum, shaded in its lane.
 * @csspart version-marker - An agreement version change on the axis.
 * @csspart focus-ring - The focused mark or day.
 * @csspart brush - The range being brushed.
 * @csspart pager - Paging of the table alternative.
 * @csspart strip-row - One row of the history strip.
 * @csspart day - One day cell of the strip (`data-date`, `data-severity`).
 * @csspart uptime - Uptime under a strip row.
 * @csspart tooltip - The tooltip.
 * @csspart tooltip-title - The tooltip's title (the breach's title, or how many breaches a merged mark holds).
 * @csspart tooltip-rows - The tooltip's label / value rows.
 * @csspart live - The polite live region that says which breach (or day) is focused (visually hidden).
 *
 * @cssprop --sla-accent - Brand accent; set from the feed's branding.
 * @cssprop --sla-timeline-height - Height of the plot (lanes and axis), default 320px; lanes never get smaller than 20px (the plot grows instead).
 */
export class SlaBreachTimeline extends SlaElement {
  static override styles = [SlaElement.styles, tooltipStyles, breachTimelineStyles];
  static override messages = [breachTimelineMessages];

  static override properties = {
    agreement: { type: String, reflect: true },
    objective: { type: String, reflect: true },
    start: { reflect: true, converter: instantAttribute },
    end: { reflect: true, converter: instantAttribute },
    groupBy: { type: String, attribute: 'group-by', reflect: true },
    variant: { type: String, reflect: true },
    days: { type: Number, reflect: true },
  };

  /** Id of an agreement: only its breaches (and its objectives' lanes, also those without breaches). */
  declare agreement: string | undefined;
  /** Id of an objective (of `agreement`, or of any agreement): only its breaches. */
  declare objective: string | undefined;
  /** Start of the range shown (attribute: an RFC 3339 instant; property: epoch ms). Default: the feed's first breach or period. */
  declare start: number | undefined;
  /** End of the range shown (exclusive). Default: the feed's last breach or period end, or now. */
  declare end: number | undefined;
  /**
   * Lanes by `objective` (the default of the timeline), `service`, `customer` or `severity`. The
   * strip has rows by `service` (its default) or `objective`.
   */
  declare groupBy: TimelineGroupBy | undefined;
  /** `lanes` (default): the timeline. `strip`: a history strip of day cells per service (or objective with `group-by="objective"`). */
  declare variant: 'lanes' | 'strip';
  /** Days of the history strip (default 90). Narrow containers show fewer. */
  declare days: number;

  #model: TimelineModel | undefined;
  #lanes: LaneData[] = [];
  #strip: StripRow[] = [];
  #empty: Empty | undefined;
  #reportedMissing = '';
  /** The range from `start` / `end` or the feed: what reset returns to. */
  #range: Domain = { start: 0, end: DAY_MS };
  /** The visible range (zoom and pan change it). */
  #domain: Domain = { start: 0, end: DAY_MS };
  #focus: Focus | null = null;
  #stripFocus: StripFocus | null = null;
  #announcement = '';
  #tablePage = 0;
  #tableEntries: { readonly key: string; readonly entries: TableEntry[] } | undefined;
  #columns:
    { readonly key: string; readonly lanes: LaneData[]; readonly value: LaneColumns[] } | undefined;
  #pointerDown: { x: number; y: number; domain: Domain } | undefined;
  #canvas: CanvasLayer | undefined;
  #canvasElement: HTMLCanvasElement | undefined;
  #drawn: { columns: readonly LaneColumns[]; size: string; svg: boolean } | undefined;
  #attachedSurface: Element | undefined;
  #lastGeometry: PlotGeometry | undefined;
  #lastContext: TimelineContext | undefined;

  readonly #a11y = new ChartA11yController(this);
  readonly #tooltip = new TooltipController(this);
  readonly #colors = new CanvasColors(this);
  readonly #resize = new ResizeController(this, {
    target: () => this.renderRoot.querySelector('.plot-width'),
  });
  readonly #zoom = new ZoomController(this, {
    limits: () => this.#limits(),
    domain: () => this.#domain,
    // A drag pan says where it ended once, on pointerup; every other change (wheel, pinch, keys,
    // a horizontal wheel pan) says so at once.
    onDomain: (d, cause) => this.#setDomain(d, cause !== 'pan' || !this.#pointerDown),
    onBrush: (d) => this.#setDomain(d, true),
    pxToTime: (clientX) => this.#timeAtClientX(clientX),
  });

  constructor() {
    super();
    this.variant = 'lanes';
    this.days = 90;
  }

  protected override brandingCustomerId(): string | undefined {
    return agreementCustomerId(this.customer, this.feedState.feed, this.agreement);
  }

  /** The breaches in the visible range as CSV (RFC 4180; formula-like values neutralised). */
  toCSV(): string {
    const marks = this.#entries().map((e) => e.mark);
    return toCsv(breachCsvRows(marks, { header: BREACH_CSV_COLUMNS }));
  }

  /** Back to the range of `start` / `end` (or the feed's). */
  resetZoom(): void {
    this.#setDomain(this.#range, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.displayFeed;
    if (!feed) return;
    const dataChanged =
      changed.has('feedState' as keyof SlaBreachTimeline) ||
      changed.has('agreement') ||
      changed.has('objective') ||
      changed.has('customer') ||
      changed.has('groupBy') ||
      changed.has('variant') ||
      changed.has('days') ||
      changed.has('asOf') ||
      changed.has('timeZone');
    if (dataChanged) this.#derive(feed, changed);
    else if (changed.has('start') || changed.has('end')) this.#deriveRange(true);
  }

  #derive(feed: Feed, changed: PropertyValues<this>): void {
    this.#empty = this.#missingView(feed);
    if (this.#empty) {
      this.#model = undefined;
      this.#lanes = [];
      this.#strip = [];
      return;
    }
    const now = this.now();
    const asked = this.groupBy && GROUPS.includes(this.groupBy) ? this.groupBy : undefined;
    const groupBy = asked ?? 'objective';
    const scope = {
      agreement: this.agreement || undefined,
      objective: this.objective || undefined,
      customer: this.scopeCustomerId,
    };
    if (this.variant === 'strip') {
      this.#strip = stripModel(feed, {
        ...scope,
        groupBy: asked === 'objective' ? 'objective' : 'service',
        days: Math.max(1, Math.min(366, Math.floor(Number(this.days) || 90))),
        now,
        timeZone: this.effectiveTimeZone ?? 'UTC',
      });
      return;
    }
    const selectionChanged =
      changed.has('agreement') ||
      changed.has('objective') ||
      changed.has('customer') ||
      changed.has('groupBy');
    const model = timelineModel(feed, { ...scope, groupBy, now }, this.#model);
    this.#model = model;
    this.#lanes = laneData(model, selectionChanged ? [] : this.#lanes);
    this.#tableEntries = undefined;
    if (selectionChanged) {
      this.#focus = null;
      this.#tablePage = 0;
    } else if (this.#focus && !this.#lanes[this.#focus.lane]) {
      this.#focus = null;
    } else if (this.#focus) {
      const index = this.#lanes[this.#focus.lane]!.layers[this.#focus.layer];
      if (this.#focus.item >= index.size) this.#focus = null;
    }
    this.#deriveRange(selectionChanged || changed.has('start') || changed.has('end'));
  }

  /** The range from the attributes or the data; the visible domain follows it when asked to. */
  #deriveRange(reset: boolean): void {
    const extent = this.#model?.extent;
    const now = this.now();
    let start = this.start ?? extent?.start ?? now - 90 * DAY_MS;
    let end = this.end ?? extent?.end ?? now;
    if (!(end > start)) {
      // A reversed or empty range: a day around its start, rather than nothing.
      start = Math.min(start, end);
      end = start + DAY_MS;
    }
    const previous = this.#range;
    this.#range = { start, end };
    if (reset || (previous.start === this.#domain.start && previous.end === this.#domain.end)) {
      this.#domain = this.#range;
    } else {
      this.#domain = clampDomain(this.#domain, this.#limits());
    }
  }

  #limits(): ZoomLimits {
    const extent = this.#model?.extent;
    const start = Math.min(this.#range.start, extent?.start ?? Infinity);
    const end = Math.max(this.#range.end, extent?.end ?? -Infinity);
    return { extent: { start, end }, minSpan: Math.min(MIN_SPAN_MS, end - start) };
  }

  /** What the attributes ask for that the (display) feed does not have, or undefined. */
  #missingView(feed: Feed): Empty | undefined {
    const id = this.agreement;
    if (id) {
      const agreement = feed.agreements.find((a) => a.id === id);
      if (!agreement) {
        const customer = this.scopeCustomerId;
        // The display feed holds only the customer's agreements: do not say whether the id exists.
        return customer
          ? { key: 'state.empty.notOfCustomer', params: { id, customer } }
          : { key: 'state.empty.agreement', params: { id } };
      }
      const objective = this.objective;
      if (objective) {
        const resolved = resolveAgreement(indexFeed(feed), id);
        const has = resolved?.objectives.some((o) => o.id === objective);
        if (!has) return { key: 'state.empty.objective', params: { id: objective, agreement: id } };
      }
    }
    return undefined;
  }

  #setDomain(d: Domain, announce: boolean): void {
    const next = clampDomain(d, this.#limits());
    const changed = next.start !== this.#domain.start || next.end !== this.#domain.end;
    this.#domain = next;
    this.#tablePage = 0;
    if (changed && this.#focus) this.#focusTipPending = true;
    if (changed) this.requestUpdate();
    if (announce && changed) this.#fireRange();
  }

  #fireRange(): void {
    this.dispatchEvent(
      slaRangeChangeEvent({
        start: this.#domain.start,
        end: this.#domain.end,
        ...(this.agreement ? { agreement: this.agreement } : {}),
      }),
    );
  }

  #timeAtClientX(clientX: number): number {
    const plot = this.#lastGeometry;
    const surface = this.renderRoot.querySelector('.plot-area');
    if (!plot || !surface) return this.#domain.start;
    return plot.x.invert(clientX - surface.getBoundingClientRect().left);
  }

  // --- geometry ---------------------------------------------------------------------------------

  #geometry(): PlotGeometry {
    const width = Math.max(1, this.#resize.width || 600);
    const rtl = this.effectiveDir === 'rtl';
    const domain = this.#domain;
    const x = timeScale([domain.start, domain.end], rtl ? [width, 0] : [0, width]);
    const height = this.#plotHeight();
    const layout = laneLayout(this.#lanes.length, { height, axisHeight: AXIS_HEIGHT });
    const axis = timeAxis(x, {
      width,
      locale: this.effectiveLocale,
      ...(this.effectiveTimeZone ? { timeZone: this.effectiveTimeZone } : {}),
    });
    return { width, x, domain, layout, axis, rtl };
  }

  #plotHeight(): number {
    const value = getComputedStyle(this).getPropertyValue('--sla-timeline-height').trim();
    const px = value.endsWith('px') ? Number.parseFloat(value) : Number.NaN;
    return Number.isFinite(px) && px > 40 ? px : 320;
  }

  /**
   * Lane names; an objective name that several agreements share ("Availability" of the customer
   * agreement and of a service agreement) says which agreement it is.
   */
  #labels(): string[] {
    const labels = this.#lanes.map((d) => laneLabel(d.lane, this.t));
    const seen = new Map<string, number>();
    for (const l of labels) seen.set(l, (seen.get(l) ?? 0) + 1);
    const feed = this.displayFeed;
    return labels.map((label, i) => {
      const lane = this.#lanes[i]!.lane;
      if (lane.kind !== 'objective' || (seen.get(label) ?? 0) < 2) return label;
      const agreementId = lane.agreementId;
      const agreement = feed?.agreements.find((a) => a.id === agreementId);
      return agreement ? `${label} (${agreement.name})` : label;
    });
  }

  #laneViews(plot: PlotGeometry): LaneView[] {
    const labels = this.#labels();
    return this.#lanes.map((d, i) => ({
      lane: d.lane,
      label: labels[i]!,
      box: plot.layout.lanes[i]!,
      layers: d.layers,
    }));
  }

  /** Visible columns per lane and layer, memoised on what they depend on. */
  #columnsFor(plot: PlotGeometry): LaneColumns[] {
    const key = `${plot.domain.start}|${plot.domain.end}|${plot.width}|${plot.rtl}`;
    const memo = this.#columns;
    if (memo && memo.key === key && memo.lanes === this.#lanes) return memo.value;
    const value = this.#lanes.map((d): LaneColumns => ({
      counted: columnMarks(d.layers.counted, plot.x, markRank),
      excluded: columnMarks(d.layers.excluded, plot.x, markRank),
    }));
    this.#columns = { key, lanes: this.#lanes, value };
    return value;
  }

  #context(): TimelineContext {
    const plot = this.#geometry();
    this.#lastGeometry = plot;
    const columns = this.#columnsFor(plot);
    const markCount = columns.reduce((n, c) => n + c.counted.length + c.excluded.length, 0);
    const ctx: TimelineContext = {
      t: this.t,
      fmt: this.fmt,
      model: this.#model!,
      lanes: this.#laneViews(plot),
      plot,
      columns,
      svgMarks: markCount <= SVG_MARK_LIMIT,
      markCount,
      focus: this.#focus,
      brush: this.#zoom.brush,
      now: this.now(),
      ...this.#words(plot.domain),
    };
    this.#lastContext = ctx;
    return ctx;
  }

  /** The summary and the range in words; kept as they were while a drag is in progress. */
  #words(domain: Domain): { summary: BreachSummary; rangeLabel: string } {
    const last = this.#lastWords;
    if (this.#dragging && last) return last;
    const words = {
      summary: this.#summaryOf(domain),
      // The range is [start, end): name the last instant it contains.
      rangeLabel: this.fmt.dateRange(domain.start, Math.max(domain.start, domain.end - 1), {
        dateStyle: 'medium',
      }),
    };
    this.#lastWords = words;
    return words;
  }

  #lastWords: { summary: BreachSummary; rangeLabel: string } | undefined;

  /** The summary of a domain, from the model's summary index (built once per model). */
  #summaryOf(domain: Domain): BreachSummary {
    const model = this.#model!;
    let memo = this.#summary;
    if (!memo || memo.model !== model) {
      memo = { model, index: new BreachSummaryIndex(model), key: '', value: undefined };
      this.#summary = memo;
    }
    const key = `${domain.start}|${domain.end}`;
    if (memo.key !== key || !memo.value) {
      memo.key = key;
      memo.value = memo.index.summarise(domain);
    }
    return memo.value;
  }

  #summary:
    | {
        model: TimelineModel;
        index: BreachSummaryIndex;
        key: string;
        value: BreachSummary | undefined;
      }
    | undefined;

  #entries(): TableEntry[] {
    const key = `${this.#domain.start}|${this.#domain.end}`;
    if (this.#tableEntries?.key === key) return this.#tableEntries.entries;
    const plot = this.#lastGeometry ?? this.#geometry();
    const entries = entriesInRange(this.#laneViews(plot), this.#domain);
    this.#tableEntries = { key, entries };
    return entries;
  }

  // --- focus, tooltip, announcements ------------------------------------------------------------

  #markContent(ctx: TimelineContext, lane: LaneView, layer: Layer, item: number): TooltipContent {
    const { t, fmt } = ctx;
    const column = columnOf(ctx.columns[lane.box.index]![layer], item);
    const mark = lane.layers[layer].item(item);
    if (column && column.count > 1) {
      const first = lane.layers[layer].item(column.first);
      const last = lane.layers[layer].item(column.last);
      return {
        title: t('breachTimeline.tip.aggregate', { count: column.count }),
        rows: [
          { label: t('breachTimeline.tip.lane'), value: lane.label },
          {
            label: t('breachTimeline.tip.period'),
            value: fmt.dateRange(first.start, Math.max(first.start, last.end - 1), {
              dateStyle: 'medium',
              timeStyle: 'short',
            }),
          },
          ...(layer === 'counted'
            ? [
                {
                  label: t('breachTimeline.tip.worst'),
                  value: severityWord(t, rankSeverity(column.worst)),
                },
              ]
            : []),
        ],
      };
    }
    if (mark.kind === 'maintenance') {
      return {
        title: mark.title,
        rows: [
          { label: t('breachTimeline.tip.excluded'), value: t('breachTimeline.tip.maintenance') },
          { label: t('breachTimeline.tip.start'), value: fmt.dateTime(mark.start) },
          { label: t('breachTimeline.tip.end'), value: fmt.dateTime(mark.end) },
          { label: t('breachTimeline.tip.duration'), value: fmt.duration(mark.end - mark.start) },
          ...(mark.summary ? [{ label: '', value: mark.summary }] : []),
        ],
        ...(mark.url ? { link: { href: mark.url, text: t('breachTimeline.tip.link') } } : {}),
      };
    }
    const rows: { label: string; value: string }[] = [
      {
        label:
          lane.lane.kind === 'objective'
            ? t('breachTimeline.tip.objective')
            : t('breachTimeline.tip.lane'),
        value: lane.label,
      },
      { label: t('breachTimeline.tip.start'), value: fmt.dateTime(mark.start) },
      {
        label: t('breachTimeline.tip.end'),
        value: mark.ongoing ? t('breachTimeline.tip.ongoing') : fmt.dateTime(mark.end),
      },
      { label: t('breachTimeline.tip.duration'), value: fmt.duration(mark.end - mark.start) },
      {
        label: t('breachTimeline.tip.severity'),
        value: severityWord(t, mark.severity),
      },
    ];
    if (mark.excluded) {
      rows.push({
        label: t('breachTimeline.tip.excluded'),
        value: mark.exclusionReason ?? t('breachTimeline.tip.notCounted'),
      });
    }
    if (mark.credit) {
      const amount = fmt.money(Number(mark.credit.amount), mark.credit.currency);
      rows.push({
        label: t('breachTimeline.tip.credit'),
        value: mark.credit.recorded ? t('breachTimeline.tip.recordedCredit', { amount }) : amount,
      });
    }
    if (mark.summary) rows.push({ label: '', value: mark.summary });
    return {
      title: mark.title,
      rows,
      ...(mark.url ? { link: { href: mark.url, text: t('breachTimeline.tip.link') } } : {}),
    };
  }

  /** The viewport box of a mark (for the tooltip), from the plot's position and the mark's geometry. */
  #markViewportBox(
    ctx: TimelineContext,
    focus: Focus,
  ): { x: number; y: number; width: number; height: number } | undefined {
    const surface = this.renderRoot.querySelector('.plot-area');
    const lane = ctx.lanes[focus.lane];
    if (!surface || !lane) return undefined;
    const rect = surface.getBoundingClientRect();
    const column = columnOf(ctx.columns[focus.lane]![focus.layer], focus.item);
    const item = lane.layers[focus.layer].item(focus.item);
    const span = column
      ? { x0: column.x0, x1: column.x1 }
      : markSpan(
          ctx.plot.x,
          Math.max(item.start, ctx.plot.domain.start),
          Math.min(item.end, ctx.plot.domain.end),
        );
    const box = markBox(lane, focus.layer, item.severity);
    return {
      x: rect.left + span.x0,
      y: rect.top + box.y,
      width: Math.max(1, span.x1 - span.x0),
      height: box.height,
    };
  }

  #announce(ctx: TimelineContext, focus: Focus): void {
    const { t, fmt } = ctx;
    const lane = ctx.lanes[focus.lane]!;
    const column = columnOf(ctx.columns[focus.lane]![focus.layer], focus.item);
    const mark = lane.layers[focus.layer].item(focus.item);
    if (column && column.count > 1) {
      const first = lane.layers[focus.layer].item(column.first);
      const last = lane.layers[focus.layer].item(column.last);
      this.#announcement = t('breachTimeline.focusedAggregate', {
        count: column.count,
        lane: lane.label,
        range: fmt.dateRange(first.start, Math.max(first.start, last.end - 1), {
          dateStyle: 'medium',
        }),
      });
      return;
    }
    const index = lane.layers[focus.layer];
    let text = t('breachTimeline.focused', {
      title: mark.title,
      severity:
        mark.kind === 'maintenance'
          ? t('breachTimeline.tip.maintenance')
          : severityWord(t, mark.severity),
      lane: lane.label,
      range: markRange(fmt, mark),
      duration: mark.ongoing
        ? `${fmt.duration(mark.end - mark.start)}, ${t('breachTimeline.tip.ongoing')}`
        : fmt.duration(mark.end - mark.start),
      position: focus.item + 1,
      count: index.size,
    });
    if (mark.excluded && mark.kind === 'breach') {
      text += ` ${t('breachTimeline.focusedExcluded', { reason: mark.exclusionReason ?? t('breachTimeline.tip.notCounted') })}`;
    }
    this.#announcement = text;
  }

  #moveFocus(next: Focus | null): void {
    if (!next) return;
    this.#focus = next;
    const ctx = this.#lastContext;
    if (ctx) {
      // Keep the focused mark in view: pan so it is inside the domain.
      const item = ctx.lanes[next.lane]!.layers[next.layer].item(next.item);
      if (item.end <= this.#domain.start || item.start >= this.#domain.end) {
        const span = this.#domain.end - this.#domain.start;
        this.#setDomain({ start: item.start - span / 2, end: item.start + span / 2 }, true);
      }
      this.#announce(ctx, next);
    }
    this.#showFocusTooltip = true;
    this.#focusTipPending = true;
    this.requestUpdate();
  }

  #showFocusTooltip = false;
  /** The focused mark moved (or the plot under it): its tooltip is placed after the next render. */
  #focusTipPending = false;

  #select(focus: Focus): void {
    const ctx = this.#lastContext;
    const lane = ctx?.lanes[focus.lane];
    if (!ctx || !lane) return;
    const column = columnOf(ctx.columns[focus.lane]![focus.layer], focus.item);
    if (column && column.count > 1) {
      // A merged column: zoom into it so its breaches can be told apart.
      const first = lane.layers[focus.layer].item(column.first);
      const last = lane.layers[focus.layer].item(column.last);
      const pad = Math.max(MIN_SPAN_MS, (last.end - first.start) * 0.1);
      this.#setDomain({ start: first.start - pad, end: last.end + pad }, true);
      return;
    }
    const mark = lane.layers[focus.layer].item(focus.item);
    if (mark.kind !== 'breach' || !mark.agreementId) return;
    this.dispatchEvent(
      slaSelectEvent({
        kind: 'breach',
        agreement: mark.agreementId,
        breach: mark.id,
        objectives: mark.objectiveIds,
      }),
    );
  }

  #onKeyDown = (e: KeyboardEvent): void => {
    if (this.variant === 'strip') return this.#onStripKey(e);
    const ctx = this.#lastContext;
    if (!ctx) return;
    const domain = this.#domain;
    const focus = this.#focus ?? firstFocus(ctx.lanes, domain);
    const rtl = ctx.plot.rtl;
    const later = (key: string): boolean => (rtl ? key === 'ArrowLeft' : key === 'ArrowRight');
    let handled = true;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        if (e.shiftKey) {
          this.#zoom.panStep(later(e.key) ? 1 : -1);
          break;
        }
        if (!focus) break;
        if (!this.#focus) this.#moveFocus(focus);
        else {
          const lane = ctx.lanes[focus.lane]!;
          this.#moveFocus(
            stepInLane(lane, ctx.columns[focus.lane]!, focus, later(e.key) ? 1 : -1, domain),
          );
        }
        break;
      }
      case 'ArrowDown':
      case 'ArrowUp':
        if (!focus) break;
        if (!this.#focus) this.#moveFocus(focus);
        else
          this.#moveFocus(
            stepAcrossLanes(ctx.lanes, focus, e.key === 'ArrowDown' ? 1 : -1, domain),
          );
        break;
      case 'Home':
      case 'End': {
        const laneIndex = focus?.lane ?? 0;
        const lane = ctx.lanes[laneIndex];
        if (lane) this.#moveFocus(laneEdge(lane, laneIndex, e.key === 'Home' ? -1 : 1, domain));
        break;
      }
      case 'Enter':
      case ' ':
        if (this.#focus) this.#select(this.#focus);
        break;
      case '+':
      case '=':
        this.#zoom.zoomIn(this.#focusTime());
        break;
      case '-':
      case '_':
        this.#zoom.zoomOut(this.#focusTime());
        break;
      case '0':
        this.resetZoom();
        break;
      case 'Escape':
        if (this.#zoom.brush) {
          this.#zoom.cancel();
          break;
        }
        if (!this.#focus && !this.#tooltip.visible) {
          handled = false;
          break;
        }
        this.#focus = null;
        this.#announcement = '';
        this.#tooltip.hide();
        this.requestUpdate();
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  #focusTime(): number | undefined {
    const f = this.#focus;
    const lane = f ? this.#lanes[f.lane] : undefined;
    if (!f || !lane) return undefined;
    const item = lane.layers[f.layer].item(f.item);
    return (Math.max(item.start, this.#domain.start) + Math.min(item.end, this.#domain.end)) / 2;
  }

  #onPointerMove = (e: PointerEvent): void => {
    if (this.#pointerDown && e.buttons) {
      this.#dragging = true; // panning or brushing: no tooltip
      return;
    }
    const ctx = this.#lastContext;
    const surface = e.currentTarget as HTMLElement;
    if (!ctx) return;
    const hit = this.#hitAt(ctx, surface, e.clientX, e.clientY);
    const key = hit ? `${hit.lane}|${hit.layer}|${hit.item}` : '';
    // The same mark as before: nothing to update (a hover must not re-render the chart per pixel).
    if (key === this.#hovered && (hit === null || this.#tooltip.visible)) return;
    this.#hovered = key;
    if (!hit) {
      if (!this.#showFocusTooltip) this.#tooltip.hide();
      return;
    }
    const box = this.#markViewportBox(ctx, hit);
    const lane = ctx.lanes[hit.lane]!;
    if (box) this.#tooltip.show(box, this.#markContent(ctx, lane, hit.layer, hit.item), TOOLTIP_ID);
  };

  #hitAt(
    ctx: TimelineContext,
    surface: HTMLElement,
    clientX: number,
    clientY: number,
  ): Focus | null {
    const rect = surface.getBoundingClientRect();
    const laneIndex = laneAt(ctx.plot.layout, clientY - rect.top);
    const lane = ctx.lanes[laneIndex];
    if (!lane) return null;
    const px = clientX - rect.left;
    const t = ctx.plot.x.invert(px);
    const tolerance = Math.abs(ctx.plot.x.invert(px + 3) - t);
    for (const layer of ['counted', 'excluded'] as const) {
      const i = lane.layers[layer].hit(t, tolerance);
      if (i >= 0) return { lane: laneIndex, layer, item: i };
    }
    return null;
  }

  #hovered = '';
  /** A pan or brush is in progress: the summary waits for its end (it is not redone per step). */
  #dragging = false;

  #onPointerLeave = (): void => {
    this.#hovered = '';
    if (!this.#showFocusTooltip) this.#tooltip.hide();
  };

  #onPointerDown = (e: PointerEvent): void => {
    this.#pointerDown = { x: e.clientX, y: e.clientY, domain: this.#domain };
    this.#hovered = '';
    this.#tooltip.hide();
  };

  #onPointerUp = (): void => {
    const down = this.#pointerDown;
    if (!down) return;
    if (this.#dragging) {
      // The drag is over: the summary and the chart's name catch up with where it ended.
      this.#dragging = false;
      this.requestUpdate();
    }
    // A pan ends: say once where it ended.
    if (down.domain.start !== this.#domain.start || down.domain.end !== this.#domain.end) {
      if (!this.#zoom.brush) this.#fireRange();
    }
  };

  #onClick = (e: MouseEvent): void => {
    const down = this.#pointerDown;
    this.#pointerDown = undefined;
    if (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) > 3) return;
    const ctx = this.#lastContext;
    if (!ctx) return;
    const hit = this.#hitAt(ctx, e.currentTarget as HTMLElement, e.clientX, e.clientY);
    if (!hit) return;
    this.#focus = hit;
    this.#announce(ctx, hit);
    this.#select(hit);
    this.requestUpdate();
  };

  #onFocus = (e: FocusEvent): void => {
    const ctx = this.#lastContext;
    if (!ctx || this.#focus) return;
    // Only a keyboard user arriving with Tab starts on the first breach: a click or a drag that
    // focuses the plot must not open a tooltip somewhere else.
    if (!(e.currentTarget as HTMLElement).matches(':focus-visible')) return;
    const first = firstFocus(ctx.lanes, this.#domain);
    if (first) this.#moveFocus(first);
  };

  #onBlur = (): void => {
    this.#showFocusTooltip = false;
    this.#tooltip.hide();
  };

  // --- strip --------------------------------------------------------------------------------------

  /** The strip variant's rendering, loaded the first time `variant="strip"` is shown. */
  readonly #stripView = new LazyPart(this, () => import('./sla-breach-timeline.strip.js'));

  protected override renderPending(): Promise<void> | null {
    return this.#stripView.pending();
  }

  #stripContext(): StripContext {
    const width = Math.max(1, this.#resize.width || 600);
    const wanted = Math.max(1, this.#strip[0]?.days.length ?? this.days);
    const layout: StripLayout = stripLayout(width, wanted);
    return {
      t: this.t,
      fmt: this.fmt,
      rows: this.#strip,
      layout,
      width,
      rtl: this.effectiveDir === 'rtl',
      focus: this.#stripFocus,
    };
  }

  #onStripKey(e: KeyboardEvent): void {
    const strip = this.#stripView.get();
    const ctx = this.#stripContext();
    if (!strip || ctx.rows.length === 0) return;
    const f = this.#stripFocus ?? { row: 0, day: ctx.layout.days - 1 };
    const rtl = ctx.rtl;
    let next: StripFocus;
    switch (e.key) {
      case 'ArrowRight':
        next = { ...f, day: f.day + (rtl ? -1 : 1) };
        break;
      case 'ArrowLeft':
        next = { ...f, day: f.day + (rtl ? 1 : -1) };
        break;
      case 'ArrowDown':
        next = { ...f, row: f.row + 1 };
        break;
      case 'ArrowUp':
        next = { ...f, row: f.row - 1 };
        break;
      case 'Home':
        next = { ...f, day: 0 };
        break;
      case 'End':
        next = { ...f, day: ctx.layout.days - 1 };
        break;
      case 'Escape':
        this.#stripFocus = null;
        this.#tooltip.hide();
        this.#announcement = '';
        this.requestUpdate();
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    const row = Math.max(0, Math.min(ctx.rows.length - 1, next.row));
    const day = Math.max(0, Math.min(ctx.layout.days - 1, next.day));
    this.#stripFocus = { row, day };
    const stripRow = ctx.rows[row]!;
    const bucket = strip.shownDays(stripRow, ctx.layout)[day];
    if (bucket)
      this.#announcement = `${strip.stripLabel(ctx.t, stripRow)}: ${strip.dayText(ctx.t, ctx.fmt, bucket)}`;
    this.#showFocusTooltip = true;
    this.#focusTipPending = true;
    this.requestUpdate();
  }

  #stripTooltip(strip: StripModule, ctx: StripContext): void {
    const f = this.#stripFocus;
    if (!f || !this.#showFocusTooltip || !this.#focusTipPending) return;
    this.#focusTipPending = false;
    const rowEl = this.renderRoot.querySelectorAll('.strip-cells')[f.row];
    const row = ctx.rows[f.row];
    const cell = ctx.layout.cells[f.day];
    const bucket = row ? strip.shownDays(row, ctx.layout)[f.day] : undefined;
    if (!rowEl || !row || !cell || !bucket) return;
    const rect = rowEl.getBoundingClientRect();
    const x = ctx.rtl ? ctx.width - cell.x - cell.width : cell.x;
    this.#tooltip.show(
      { x: rect.left + x, y: rect.top, width: cell.width, height: strip.STRIP_CELL_HEIGHT },
      strip.dayTooltip(ctx, row, bucket),
      TOOLTIP_ID,
    );
  }

  #onStripPointer = (e: PointerEvent): void => {
    const target = e.target as Element;
    const rowEl = target.closest('.strip-row');
    const cell = target.closest('rect.day');
    const key =
      rowEl && cell ? `${rowEl.getAttribute('data-key')}|${cell.getAttribute('data-date')}` : '';
    // The same day as before: nothing to update (a hover must not re-render the strip per pixel).
    if (key === this.#hovered && (key === '' || this.#tooltip.visible)) return;
    this.#hovered = key;
    if (!rowEl || !cell) return this.#tooltip.hide();
    const strip = this.#stripView.get();
    if (!strip) return;
    const ctx = this.#stripContext();
    const row = ctx.rows.find((r) => r.key === rowEl.getAttribute('data-key'));
    const date = cell.getAttribute('data-date');
    const bucket = row?.days.find((d) => d.date === date);
    if (!row || !bucket) return;
    const box = cell.getBoundingClientRect();
    this.#tooltip.show(
      { x: box.left, y: box.top, width: box.width, height: box.height },
      strip.dayTooltip(ctx, row, bucket),
      TOOLTIP_ID,
    );
  };

  // --- lifecycle ----------------------------------------------------------------------------------

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const missing =
      this.feedState.feed && this.#empty
        ? translate('en', this.#empty.key, this.#empty.params)
        : '';
    if (missing && missing !== this.#reportedMissing) {
      this.dispatchEvent(slaErrorEvent({ kind: 'missing', message: missing, issues: [] }));
    }
    this.#reportedMissing = missing;

    const width = this.renderRoot.querySelector('.plot-width');
    if (width) this.#resize.observe();
    const laneHeight = this.#lastGeometry?.layout.laneHeight;
    if (laneHeight) this.style.setProperty('--_sla-lane-height', `${laneHeight}px`);

    const surface = this.renderRoot.querySelector('.plot-area');
    if (surface && surface !== this.#attachedSurface) {
      this.#zoom.attach(surface);
      this.#attachedSurface = surface;
    }
    if (this.variant === 'strip') return;
    const ctx = this.#lastContext;
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.marks-canvas');
    if (ctx && canvas && this.#a11y.view === 'chart') {
      if (!this.#canvas || this.#canvasElement !== canvas) {
        this.#canvas = new CanvasLayer(canvas);
        this.#canvasElement = canvas;
        this.#drawn = undefined;
      }
      // Redraw only when what is drawn changed: the visible columns, the size, the theme.
      const size = `${ctx.plot.width}x${ctx.plot.layout.lanesHeight}|${this.effectiveTheme}`;
      const drawn = this.#drawn;
      if (
        !drawn ||
        drawn.columns !== ctx.columns ||
        drawn.size !== size ||
        drawn.svg !== ctx.svgMarks
      ) {
        if (drawn && drawn.size !== size) this.#colors.invalidate();
        drawMarks(this.#canvas, this.#colors, ctx);
        this.#drawn = { columns: ctx.columns, size, svg: ctx.svgMarks };
      }
    }
  }

  // --- render -------------------------------------------------------------------------------------

  #download(): void {
    const blob = new Blob([this.toCSV()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'breaches.csv';
    a.rel = 'noopener';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  }

  #renderToolbar(): TemplateResult {
    const t = this.t;
    const lanes = this.variant !== 'strip';
    return html`<div
      class="toolbar"
      part="toolbar"
      role="toolbar"
      aria-label=${t('breachTimeline.chartName')}
    >
      ${
        lanes
          ? html`<button type="button" part="control" @click=${() => this.#zoom.zoomOut()}>
                <span aria-hidden="true">−</span
                ><span class="sla-visually-hidden">${t('breachTimeline.zoomOut')}</span>
              </button>
              <button type="button" part="control" @click=${() => this.#zoom.zoomIn()}>
                <span aria-hidden="true">+</span
                ><span class="sla-visually-hidden">${t('breachTimeline.zoomIn')}</span>
              </button>
              <button type="button" part="control" @click=${() => this.resetZoom()}>
                ${t('breachTimeline.reset')}
              </button>
              <button
                type="button"
                part="control"
                aria-pressed=${this.#zoom.brushMode ? 'true' : 'false'}
                @click=${() => {
                  this.#zoom.brushMode = !this.#zoom.brushMode;
                  this.requestUpdate();
                }}
              >
                ${t('breachTimeline.brush')}
              </button>
              <button type="button" part="control" popovertarget="menu" aria-haspopup="menu">
                ${t('breachTimeline.menu')}
              </button>
              <div id="menu" popover part="menu" role="menu" aria-label=${t('breachTimeline.menu')}>
                <button
                  type="button"
                  role="menuitem"
                  part="menu-item"
                  @click=${(e: Event) => {
                    (
                      (e.currentTarget as HTMLElement).parentElement as HTMLElement & {
                        hidePopover?: () => void;
                      }
                    ).hidePopover?.();
                    this.#download();
                  }}
                >
                  ${t('breachTimeline.export')}
                </button>
              </div>`
          : nothing
      }
    </div>`;
  }

  #renderLegend(): TemplateResult {
    const t = this.t;
    const item = (kind: string, label: string, severity?: string) =>
      html`<li>
        <svg width="18" height="12" aria-hidden="true">
          <rect
            class="legend-swatch"
            data-kind=${kind}
            data-severity=${severity ?? nothing}
            x="0"
            y=${kind === 'breach' ? 12 - 12 * (SEVERITY_HEIGHT[severity ?? 'unknown'] ?? 0) : 0}
            width="18"
            height=${kind === 'breach' ? 12 * (SEVERITY_HEIGHT[severity ?? 'unknown'] ?? 0) : 12}
            fill=${severity === 'major' ? 'url(#p-major)' : severity === 'minor' ? 'url(#p-minor)' : kind === 'excluded' ? 'url(#p-excluded)' : nothing}
          ></rect></svg
        >${label}
      </li>`;
    return html`<ul class="legend" part="legend" aria-label=${t('breachTimeline.legend')}>
      ${(['critical', 'major', 'minor'] as const).map((s) => item('breach', t(`severity.${s}`), s))}
      ${item('excluded', t('breachTimeline.legend.excluded'))}
      ${item('below-minimum', t('breachTimeline.legend.belowMinimum'))}
    </ul>`;
  }

  /**
   * Places the focused mark's tooltip when focus moved (or the plot moved under it). Called while
   * rendering, so the tooltip renders in the same update (no second update after this one).
   */
  #placeFocusTooltip(ctx: TimelineContext): void {
    if (!this.#focusTipPending || !this.#showFocusTooltip || !this.#focus) return;
    this.#focusTipPending = false;
    const lane = ctx.lanes[this.#focus.lane];
    const box = this.#markViewportBox(ctx, this.#focus);
    if (lane && box) {
      this.#tooltip.show(
        box,
        this.#markContent(ctx, lane, this.#focus.layer, this.#focus.item),
        TOOLTIP_ID,
      );
    }
  }

  #renderLanes(): TemplateResult {
    const ctx = this.#context();
    this.#placeFocusTooltip(ctx);
    const title = this.#title();
    const table = this.#a11y.view === 'table';
    const entries = table ? this.#entries() : [];
    const pages = Math.max(1, Math.ceil(entries.length / 50));
    if (this.#tablePage >= pages) this.#tablePage = pages - 1;
    return html`<section class="base" part="base" aria-labelledby="heading">
      <div class="head">
        <h2 id="heading" part="heading"><bdi>${title}</bdi></h2>
        ${this.#renderToolbar()}
      </div>
      ${this.#renderLegend()}
      ${this.#a11y.render({
        t: this.t,
        summary: timelineSummary(ctx),
        summaryVisible: true,
        chartRole: 'group',
        table: () => breachTable(ctx, entries, this.#tablePage),
        chart: () => this.#renderChart(ctx),
      })}
      ${
        table
          ? renderPager(this.t, entries.length, this.#tablePage, (p) => {
              this.#tablePage = Math.max(0, Math.min(pages - 1, p));
              this.requestUpdate();
            })
          : nothing
      }
      <div class="sla-visually-hidden" role="status" aria-live="polite" part="live">
        ${this.#announcement}
      </div>
      ${this.#tooltip.render()}
    </section>`;
  }

  #renderChart(ctx: TimelineContext): TemplateResult {
    const t = this.t;
    return html`<div class="chart-body">
      <ol class="lane-labels" part="lane-labels" aria-label=${t('breachTimeline.lanes')}>
        ${ctx.lanes.map((l) => html`<li part="lane-label" class="lane-label"><bdi>${l.label}</bdi></li>`)}
      </ol>
      <div class="plot-width">
        <div
          class="plot-area"
          part="plot-area"
          tabindex="0"
          role="application"
          aria-roledescription=${t('breachTimeline.chartName')}
          aria-label=${`${t('breachTimeline.chartName')}, ${ctx.rangeLabel}`}
          aria-describedby="keys"
          data-brush=${this.#zoom.brushMode ? 'true' : nothing}
          @keydown=${this.#onKeyDown}
          @pointermove=${this.#onPointerMove}
          @pointerdown=${this.#onPointerDown}
          @pointerup=${this.#onPointerUp}
          @pointerleave=${this.#onPointerLeave}
          @click=${this.#onClick}
          @focus=${this.#onFocus}
          @blur=${this.#onBlur}
        >
          <canvas
            class="marks-canvas"
            part="canvas"
            aria-hidden="true"
            ?hidden=${ctx.svgMarks}
          ></canvas>
          ${renderPlot(ctx)}
        </div>
      </div>
      <p id="keys" class="sla-visually-hidden">${t('breachTimeline.keys')}</p>
    </div>`;
  }

  #renderStripView(): TemplateResult {
    const ctx = this.#stripContext();
    const strip = this.#stripView.get();
    if (strip) this.#stripTooltip(strip, ctx);
    return html`<section class="base" part="base" aria-labelledby="heading">
      <div class="head">
        <h2 id="heading" part="heading">
          <bdi>${this.t('breachTimeline.strip.title', { count: ctx.layout.days })}</bdi>
        </h2>
      </div>
      ${strip ? this.#renderStrip(strip, ctx) : html`<div class="chart-body" aria-busy="true"></div>`}
      <div class="sla-visually-hidden" role="status" aria-live="polite" part="live">
        ${this.#announcement}
      </div>
      ${this.#tooltip.render()}
    </section>`;
  }

  /** The strip and its table alternative (the module is there). */
  #renderStrip(strip: StripModule, ctx: StripContext): TemplateResult {
    const { renderStrip, renderStripLabels, stripSummary, stripTable } = strip;
    return html`${this.#a11y.render({
      t: this.t,
      summary: stripSummary(ctx),
      summaryVisible: false,
      chartRole: 'group',
      table: () => stripTable(ctx),
      chart: () =>
        html`<div class="chart-body">
          ${renderStripLabels(ctx)}
          <div class="plot-width">
            <div
              class="plot-area strip"
              part="plot-area"
              tabindex="0"
              role="application"
              aria-roledescription=${this.t('breachTimeline.strip.name')}
              aria-label=${this.t('breachTimeline.strip.name')}
              aria-describedby="keys"
              @keydown=${this.#onKeyDown}
              @pointermove=${this.#onStripPointer}
              @pointerleave=${this.#onPointerLeave}
              @blur=${this.#onBlur}
            >
              ${renderStrip(ctx)}
            </div>
          </div>
          <p id="keys" class="sla-visually-hidden">${this.t('breachTimeline.strip.keys')}</p>
        </div>`,
    })}`;
  }

  #title(): string {
    const feed = this.displayFeed;
    const agreement = this.agreement
      ? feed?.agreements.find((a) => a.id === this.agreement)
      : undefined;
    return agreement
      ? this.t('breachTimeline.titleOf', { name: agreement.name })
      : this.t('breachTimeline.title');
  }

  protected override render(): TemplateResult {
    return this.renderWithState(() => {
      if (this.#empty) return renderEmpty(this.t, this.#empty.key, this.#empty.params);
      if (this.variant === 'strip') return this.#renderStripView();
      if (!this.#model) return nothing;
      return this.#renderLanes();
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sla-breach-timeline': SlaBreachTimeline;
  }
}
