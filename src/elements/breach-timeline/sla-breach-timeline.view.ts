/**
 * What the timeline's regions share: the lanes as drawn (model lane + geometry + per-layer interval
 * indexes), the plot geometry, the focused mark, and the render context the element hands the
 * regions (they never see the element).
 */
import type { ColumnMark } from '../../layout/aggregate.js';
import type { IntervalIndex } from '../../layout/interval-index.js';
import type { LinearScale } from '../../layout/scale.js';
import type { LaneBox, LaneLayout } from '../../layout/timeline-lanes.js';
import type { TimeAxis } from '../../layout/time-ticks.js';
import type { Domain } from '../../layout/zoom.js';
import type { Severity } from '../../feed/index.js';
import type {
  BreachSummary,
  TimelineLane,
  TimelineMark,
  TimelineModel,
} from '../../model/timeline.js';
import { severityRank } from '../../model/severity.js';
import type { Formatter, MessageKey, Translate } from '../shared/index.js';

/** Counted breaches are drawn solid on top; excluded breaches and maintenance hatched beneath. */
export type Layer = 'counted' | 'excluded';
export const LAYERS: readonly Layer[] = ['excluded', 'counted'];

/** One lane as drawn. */
export interface LaneView {
  readonly lane: TimelineLane;
  readonly label: string;
  readonly box: LaneBox;
  readonly layers: Readonly<Record<Layer, IntervalIndex<TimelineMark>>>;
}

/** Where things are: the time scale (right to left in RTL), lane boxes, the axis. */
export interface PlotGeometry {
  readonly width: number;
  readonly x: LinearScale;
  readonly domain: Domain;
  readonly layout: LaneLayout;
  readonly axis: TimeAxis;
  readonly rtl: boolean;
}

/** The visible marks of each lane and layer, after merging marks that share a pixel column. */
export type LaneColumns = Readonly<Record<Layer, readonly ColumnMark[]>>;

/** The mark the keyboard (or the pointer) is on: an item of a lane's layer index. */
export interface Focus {
  readonly lane: number;
  readonly layer: Layer;
  /** Index of the item in the layer's interval index (start order). */
  readonly item: number;
}

/** Rank for column merging: the worst severity wins the colour of a merged column. */
export function markRank(mark: TimelineMark): number {
  return mark.severity ? severityRank(mark.severity) + 1 : 0;
}

/** The severity a merged column is drawn in (its worst rank back to a severity). */
export function rankSeverity(rank: number): Severity | null {
  return rank <= 0
    ? null
    : ((['unknown', 'minor', 'major', 'critical'] as const)[rank - 1] ?? null);
}

/** The render context: what regions need, and the reader's actions they wire up. */
export interface TimelineContext {
  readonly t: Translate;
  readonly fmt: Formatter;
  readonly model: TimelineModel;
  readonly lanes: readonly LaneView[];
  readonly plot: PlotGeometry;
  readonly columns: readonly LaneColumns[];
  /** Draw marks as SVG (few visible) or leave them to the canvas (many). */
  readonly svgMarks: boolean;
  readonly focus: Focus | null;
  readonly brush: Domain | null;
  readonly now: number;
  /** The breaches of the visible domain, summed up (each breach once). */
  readonly summary: BreachSummary;
  /** The visible range in words ("1 – 31 Oct 2026"). */
  readonly rangeLabel: string;
  /** How many marks the visible columns are (what decides SVG or canvas). */
  readonly markCount: number;
}

/** A severity in words ("Critical"); a mark without one (maintenance) reads as unknown. */
export function severityWord(t: Translate, severity: Severity | null): string {
  return t(`severity.${severity ?? 'unknown'}` as MessageKey);
}

/** The plain name of a lane: feed text, or a fallback message for lanes without one. */
export function laneLabel(lane: TimelineLane, t: Translate): string {
  if (lane.kind === 'severity') return t(`severity.${lane.label || 'unknown'}` as MessageKey);
  if (lane.label) return lane.label;
  return t(lane.kind === 'customer' ? 'breachTimeline.noCustomer' : 'breachTimeline.noService');
}

/** A mark's time span as the reader reads it, in the element's locale and zone. */
export function markRange(fmt: Formatter, mark: TimelineMark): string {
  return fmt.dateRange(mark.start, mark.end, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
