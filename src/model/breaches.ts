/**
 * Breach normalisation: from the feed's breaches to what a timeline draws and what is counted.
 *
 * Rules:
 * - a breach counts for each objective it names (per agreement: objective ids are per agreement);
 * - an ongoing breach (no end) ends at `now`, which is always an explicit argument, never the clock;
 * - intervals are clipped to `[from, to)`; what is left empty is dropped;
 * - overlapping (or touching) breaches of one objective merge into one interval: shared minutes are
 *   counted once. A merged interval keeps all breach ids and the worst severity;
 * - excluded breaches (maintenance, force majeure) are kept apart: merged among themselves, drawn,
 *   never counted. They do not reduce counted breaches that overlap them.
 */
import type { Breach, Severity } from '../feed/index.js';
import { MINUTE_MS } from './intervals.js';
import { worseSeverity } from './severity.js';

/** The range to normalise over and the instant ongoing breaches end at. */
export interface BreachRange {
  /** Start of the range (inclusive), epoch ms. */
  readonly from: number;
  /** End of the range (exclusive), epoch ms. */
  readonly to: number;
  /** The current instant: ongoing breaches end here. */
  readonly now: number;
}

/** One merged breach interval of one objective. */
export interface BreachInterval {
  readonly agreementId: string;
  readonly objectiveId: string;
  readonly start: number;
  readonly end: number;
  /** True when one of its breaches is still open (and so ends at `now`). */
  readonly ongoing: boolean;
  /** Ids of the breaches merged into it, in start order. */
  readonly breachIds: readonly string[];
  /** The worst severity of its breaches. */
  readonly severity: Severity;
  /** True for excluded breaches (drawn, not counted). */
  readonly excluded: boolean;
}

/** The normalised breaches of one objective of one agreement. */
export interface ObjectiveBreaches {
  readonly agreementId: string;
  readonly objectiveId: string;
  /** Counted intervals, disjoint, sorted by start. */
  readonly counted: readonly BreachInterval[];
  /** Excluded intervals, disjoint among themselves, sorted by start. */
  readonly excluded: readonly BreachInterval[];
  /** Minutes covered by the counted intervals. */
  readonly countedMinutes: number;
}

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly severity: Severity;
  readonly ongoing: boolean;
}

/**
 * Normalises breaches per objective (see the module rules). The result lists objectives in the
 * order their first breach appears; breaches entirely outside the range produce nothing.
 */
export function normaliseBreaches(
  breaches: readonly Breach[],
  range: BreachRange,
): ObjectiveBreaches[] {
  const groups = new Map<
    string,
    { agreementId: string; objectiveId: string; counted: Piece[]; excluded: Piece[] }
  >();
  for (const b of breaches) {
    const ongoing = b.end === null;
    const start = Math.max(b.start, range.from);
    const end = Math.min(b.end ?? range.now, range.to);
    if (!(end > start)) continue;
    const piece: Piece = { start, end, id: b.id, severity: b.severity, ongoing };
    const ids = b.objectiveIds.length > 1 ? new Set(b.objectiveIds) : b.objectiveIds;
    for (const objectiveId of ids) {
      const key = `${b.agreementId}\u0000${objectiveId}`;
      let group = groups.get(key);
      if (!group) {
        group = { agreementId: b.agreementId, objectiveId, counted: [], excluded: [] };
        groups.set(key, group);
      }
      (b.excluded ? group.excluded : group.counted).push(piece);
    }
  }
  const out: ObjectiveBreaches[] = [];
  for (const g of groups.values()) {
    const counted = mergePieces(g.counted, g.agreementId, g.objectiveId, false);
    const excluded = mergePieces(g.excluded, g.agreementId, g.objectiveId, true);
    const ms = counted.reduce((sum, i) => sum + (i.end - i.start), 0);
    out.push({
      agreementId: g.agreementId,
      objectiveId: g.objectiveId,
      counted,
      excluded,
      countedMinutes: ms / MINUTE_MS,
    });
  }
  return out;
}

function mergePieces(
  pieces: Piece[],
  agreementId: string,
  objectiveId: string,
  excluded: boolean,
): BreachInterval[] {
  // Feed breaches arrive sorted by start and clipping keeps that order; sort only when needed.
  let inOrder = true;
  for (let i = 1; i < pieces.length && inOrder; i++)
    inOrder = pieces[i - 1]!.start <= pieces[i]!.start;
  const sorted = inOrder ? pieces : [...pieces].sort((a, b) => a.start - b.start);
  const out: BreachInterval[] = [];
  let current: {
    start: number;
    end: number;
    ids: string[];
    severity: Severity;
    ongoing: boolean;
  } | null = null;
  const flush = (): void => {
    if (!current) return;
    out.push({
      agreementId,
      objectiveId,
      start: current.start,
      end: current.end,
      ongoing: current.ongoing,
      breachIds: current.ids,
      severity: current.severity,
      excluded,
    });
  };
  for (const p of sorted) {
    if (current && p.start <= current.end) {
      current.end = Math.max(current.end, p.end);
      current.ids.push(p.id);
      current.severity = worseSeverity(current.severity, p.severity);
      current.ongoing ||= p.ongoing;
    } else {
      flush();
      current = {
        start: p.start,
        end: p.end,
        ids: [p.id],
        severity: p.severity,
        ongoing: p.ongoing,
      };
    }
  }
  flush();
  return out;
}
