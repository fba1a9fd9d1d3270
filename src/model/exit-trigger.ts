/**
 * Exit clause ("chronic failure"): N misses within M consecutive agreement periods give the
 * customer a right to terminate.
 *
 * Rules:
 * - counted objectives: the clause's `objectiveIds`, else every objective of category `critical`;
 * - the periods considered are the agreement periods in which at least one counted objective was
 *   measured, in start order (a period without any counted objective is skipped, not a pass);
 * - a period is a miss when at least one counted objective is `breached` in it (worse than its
 *   minimum in force). Two objectives breached in one period are one miss;
 * - sliding window: after each period, the last M periods are checked; N or more misses in them
 *   trigger the clause. `triggered` is the state after the latest period (now), `everTriggered`
 *   whether any window in the range triggered.
 */
import type { ExitClause } from '../feed/index.js';
import type { AgreementPeriod } from './agreement-periods.js';
import type { ResolvedAgreement, ResolvedObjective } from './resolve.js';
import { periodStatus } from './status.js';

/** The state of an agreement's exit clause over a range of agreement periods. */
export interface ExitTrigger {
  readonly agreementId: string;
  readonly clause: ExitClause;
  /** True when the latest M periods hold N or more misses. */
  readonly triggered: boolean;
  /** True when some M consecutive periods of the range held N or more misses. */
  readonly everTriggered: boolean;
  /** Start of the period whose miss first triggered the clause, `null` when it never did. */
  readonly firstTriggeredAt: number | null;
  /** Misses in the latest M periods. */
  readonly misses: number;
  /** N: misses that trigger the clause. */
  readonly required: number;
  /** M: the window, in agreement periods. */
  readonly withinPeriods: number;
  /** Starts of every missed period in the range, oldest first. */
  readonly missedPeriodStarts: readonly number[];
  /** Starts of the missed periods inside the latest window. */
  readonly windowMissedPeriodStarts: readonly number[];
  /** Objectives that count. */
  readonly objectiveIds: readonly string[];
  /** Number of periods considered. */
  readonly periodsConsidered: number;
}

/** The objectives an exit clause counts: its `objectiveIds`, else every `critical` objective. */
export function exitObjectiveIds(agreement: ResolvedAgreement, clause: ExitClause): string[] {
  if (clause.objectiveIds && clause.objectiveIds.length > 0) return [...clause.objectiveIds];
  return agreement.objectives.filter((o) => o.category === 'critical').map((o) => o.id);
}

/**
 * Evaluates the agreement's exit clause over agreement periods sorted by start (see the module
 * rules). `null` when the agreement (through its chain) has no exit clause.
 */
export function exitTrigger(
  agreement: ResolvedAgreement,
  agreementPeriods: readonly AgreementPeriod[],
): ExitTrigger | null {
  const clause = agreement.exitClause;
  if (!clause) return null;
  const objectiveIds = exitObjectiveIds(agreement, clause);
  const counted = new Set(objectiveIds);
  const objectives = new Map<string, ResolvedObjective>();
  for (const o of agreement.objectives) if (counted.has(o.id)) objectives.set(o.id, o);

  const considered: { start: number; miss: boolean }[] = [];
  for (const ap of agreementPeriods) {
    let measured = false;
    let miss = false;
    // One pass over the periods, not one per objective; an objective's first period counts.
    const seen = new Set<string>();
    for (const p of ap.periods) {
      const o = objectives.get(p.objectiveId);
      if (!o || seen.has(o.id)) continue;
      seen.add(o.id);
      measured = true;
      if (!miss && periodStatus(o, p) === 'breached') miss = true;
    }
    if (measured) considered.push({ start: ap.start, miss });
  }

  const m = clause.withinPeriods;
  const n = clause.misses;
  let inWindow = 0;
  let firstTriggeredAt: number | null = null;
  for (let i = 0; i < considered.length; i++) {
    if (considered[i]!.miss) inWindow++;
    if (i >= m && considered[i - m]!.miss) inWindow--;
    if (firstTriggeredAt === null && inWindow >= n) firstTriggeredAt = considered[i]!.start;
  }
  const windowStart = Math.max(0, considered.length - m);
  const windowMissed = considered
    .slice(windowStart)
    .filter((c) => c.miss)
    .map((c) => c.start);
  return {
    agreementId: agreement.id,
    clause,
    triggered: windowMissed.length >= n,
    everTriggered: firstTriggeredAt !== null,
    firstTriggeredAt,
    misses: windowMissed.length,
    required: n,
    withinPeriods: m,
    missedPeriodStarts: considered.filter((c) => c.miss).map((c) => c.start),
    windowMissedPeriodStarts: windowMissed,
    objectiveIds,
    periodsConsidered: considered.length,
  };
}
