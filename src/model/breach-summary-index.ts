/**
 * The breach summary of a timeline for any range, fast enough to recompute on every zoom and pan
 * step: `summariseBreaches` walks every mark of every lane (and rounds each one's minutes), which
 * at 100,000 breaches costs more than a frame. This index is built once per model: each breach
 * once (in the order `summariseBreaches` first meets it, with the label of that first lane),
 * sorted by start, with the running maximum of the ends, so a range visits only the breaches that
 * can overlap it.
 *
 * The result is the same as `summariseBreaches(model, range)` for every range (the tests compare
 * the two on generated feeds).
 */
import { decimal } from './decimal.js';
import { MINUTE_MS } from './intervals.js';
import type { BreachSummary, TimelineMark, TimelineModel } from './timeline.js';

interface Entry {
  readonly mark: TimelineMark;
  readonly lane: string;
}

export class BreachSummaryIndex {
  readonly #entries: Entry[];
  readonly #starts: Float64Array;
  /** `#maxEnd[i]`: the latest end among entries 0..i. */
  readonly #maxEnd: Float64Array;

  constructor(model: TimelineModel) {
    const seen = new Set<string>();
    const entries: Entry[] = [];
    for (const lane of model.lanes) {
      for (const mark of lane.marks) {
        if (mark.kind !== 'breach' || seen.has(mark.id)) continue;
        seen.add(mark.id);
        entries.push({ mark, lane: lane.label });
      }
    }
    // Stable, by start: entries of one start stay in the order summariseBreaches meets them.
    entries.sort((a, b) => a.mark.start - b.mark.start);
    this.#entries = entries;
    this.#starts = new Float64Array(entries.length);
    this.#maxEnd = new Float64Array(entries.length);
    let max = -Infinity;
    entries.forEach((e, i) => {
      this.#starts[i] = e.mark.start;
      max = Math.max(max, e.mark.end);
      this.#maxEnd[i] = max;
    });
  }

  /** Distinct breaches in the model. */
  get size(): number {
    return this.#entries.length;
  }

  /** The breaches overlapping `[start, end)`, as `summariseBreaches` counts them. */
  summarise(range: { readonly start: number; readonly end: number }): BreachSummary {
    const { start: from, end: to } = range;
    const bySeverity: Record<string, number> = {};
    let count = 0;
    let ongoing = 0;
    let excluded = 0;
    let best: Entry | null = null;
    let bestMs = -1;
    // The first entry starting at or after `to` cannot overlap, nor can any after it.
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#starts[mid]! < to) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const start = this.#starts[i]!;
      // Nothing at or before i ends after `from`, and none of them starts at or after it.
      if (this.#maxEnd[i]! <= from && start < from) break;
      const entry = this.#entries[i]!;
      const mark = entry.mark;
      if (!(mark.end > from || start >= from)) continue;
      count++;
      const severity = mark.severity!;
      bySeverity[severity] = (bySeverity[severity] ?? 0) + 1;
      if (mark.ongoing) ongoing++;
      if (mark.excluded) {
        excluded++;
        continue;
      }
      const ms = Math.min(mark.end, to) - Math.max(start, from);
      // The walk goes from the latest start to the earliest, and equal starts (a stable sort) in
      // reverse first-seen order, so `>=` leaves the earliest-starting, first-seen of the longest:
      // the tie-break of summariseBreaches.
      if (ms >= bestMs) {
        best = entry;
        bestMs = ms;
      }
    }
    return {
      count,
      bySeverity,
      ongoing,
      excluded,
      longest: best
        ? { mark: best.mark, minutes: decimal(bestMs / MINUTE_MS), lane: best.lane }
        : null,
    };
  }
}
