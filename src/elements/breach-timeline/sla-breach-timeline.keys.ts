/**
 * Keyboard navigation between marks: which mark an arrow key, Home or End moves to. Pure
 * functions of the lanes (their interval indexes), the visible columns and the visible domain:
 * each move is a few binary searches, never a scan of all breaches.
 *
 * Order within a lane: by start, excluded layer before counted at equal starts, then index.
 * Moving on skips the marks merged into the same pixel column (they are one mark on screen).
 */
import type { ColumnMark } from '../../layout/aggregate.js';
import type { Domain } from '../../layout/zoom.js';
import type { Focus, LaneColumns, LaneView, Layer } from './sla-breach-timeline.view.js';

const RANK: Readonly<Record<Layer, number>> = { excluded: 0, counted: 1 };
const OTHER: Readonly<Record<Layer, Layer>> = { excluded: 'counted', counted: 'excluded' };

function visible(lane: LaneView, layer: Layer, i: number, domain: Domain): boolean {
  if (i < 0 || i >= lane.layers[layer].size) return false;
  const item = lane.layers[layer].item(i);
  return item.end > domain.start && item.start < domain.end;
}

/** The column (merged mark) an item is drawn in, by binary search over the lane's columns. */
export function columnOf(columns: readonly ColumnMark[], item: number): ColumnMark | undefined {
  let lo = 0;
  let hi = columns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = columns[mid]!;
    if (item < c.first) hi = mid - 1;
    else if (item > c.last) lo = mid + 1;
    else return c;
  }
  return undefined;
}

function before(lane: LaneView, a: Focus, b: Focus): boolean {
  const x = lane.layers[a.layer].item(a.item);
  const y = lane.layers[b.layer].item(b.item);
  return (x.start - y.start || RANK[a.layer] - RANK[b.layer] || a.item - b.item) < 0;
}

/** The next (dir 1, later) or previous (dir -1) visible mark in the focus's lane, or null. */
export function stepInLane(
  lane: LaneView,
  columns: LaneColumns,
  focus: Focus,
  dir: 1 | -1,
  domain: Domain,
): Focus | null {
  const current = lane.layers[focus.layer].item(focus.item);
  const column = columnOf(columns[focus.layer], focus.item);
  const candidates: Focus[] = [];
  const same =
    dir === 1 ? (column ? column.last : focus.item) + 1 : (column ? column.first : focus.item) - 1;
  if (visible(lane, focus.layer, same, domain)) candidates.push({ ...focus, item: same });
  const other = OTHER[focus.layer];
  const index = lane.layers[other];
  const otherFirst = RANK[other] > RANK[focus.layer];
  const i =
    dir === 1
      ? index.nextAfter(otherFirst ? current.start : current.start + 1)
      : index.prevBefore(otherFirst ? current.start : current.start + 1);
  if (visible(lane, other, i, domain)) candidates.push({ lane: focus.lane, layer: other, item: i });
  if (candidates.length === 0) return null;
  const [a, b] = candidates;
  if (!b) return a!;
  return dir === 1 ? (before(lane, a!, b) ? a! : b) : before(lane, a!, b) ? b : a!;
}

/** The first (edge -1) or last (edge 1) visible mark of a lane, or null. */
export function laneEdge(
  lane: LaneView,
  laneIndex: number,
  edge: 1 | -1,
  domain: Domain,
): Focus | null {
  const found: Focus[] = [];
  for (const layer of ['excluded', 'counted'] as const) {
    const index = lane.layers[layer];
    if (index.size === 0) continue;
    let i: number;
    if (edge === -1) {
      i = index.hit(domain.start, 0);
      if (!visible(lane, layer, i, domain)) i = index.nextAfter(domain.start);
      // An earlier-starting item may still reach into the domain.
      if (visible(lane, layer, i, domain)) {
        const overlapping = index.overlapping(
          domain.start,
          Math.min(domain.end, index.item(i).start + 1),
        );
        if (overlapping.length) i = overlapping[0]!;
      }
    } else {
      i = index.prevBefore(domain.end);
    }
    if (visible(lane, layer, i, domain)) found.push({ lane: laneIndex, layer, item: i });
  }
  if (found.length === 0) return null;
  const [a, b] = found;
  if (!b) return a!;
  return edge === -1 ? (before(lane, a!, b) ? a! : b) : before(lane, a!, b) ? b : a!;
}

/** The visible mark nearest in time to `time` in a lane (counted preferred at equal distance). */
export function nearestInLane(
  lane: LaneView,
  laneIndex: number,
  time: number,
  domain: Domain,
): Focus | null {
  let best: Focus | null = null;
  let bestDistance = Infinity;
  for (const layer of ['counted', 'excluded'] as const) {
    const index = lane.layers[layer];
    if (index.size === 0) continue;
    const at = index.hit(time, 0);
    const options = at >= 0 ? [at] : [index.prevBefore(time), index.nextAfter(time)];
    for (const i of options) {
      if (!visible(lane, layer, i, domain)) continue;
      const item = index.item(i);
      const d = time < item.start ? item.start - time : time >= item.end ? time - item.end : 0;
      if (d < bestDistance) {
        best = { lane: laneIndex, layer, item: i };
        bestDistance = d;
      }
    }
  }
  if (best) return best;
  // Nothing around `time` is visible: the lane's first visible mark, if any.
  return laneEdge(lane, laneIndex, -1, domain);
}

/** The mark in the next lane up (dir -1) or down (dir 1) that has a visible mark, nearest in time. */
export function stepAcrossLanes(
  lanes: readonly LaneView[],
  focus: Focus,
  dir: 1 | -1,
  domain: Domain,
): Focus | null {
  const current = lanes[focus.lane]!.layers[focus.layer].item(focus.item);
  for (let l = focus.lane + dir; l >= 0 && l < lanes.length; l += dir) {
    const found = nearestInLane(lanes[l]!, l, current.start, domain);
    if (found) return found;
  }
  return null;
}

/** The first visible mark of the chart: the earliest in the first lane that has one. */
export function firstFocus(lanes: readonly LaneView[], domain: Domain): Focus | null {
  for (let l = 0; l < lanes.length; l++) {
    const found = laneEdge(lanes[l]!, l, -1, domain);
    if (found) return found;
  }
  return null;
}
