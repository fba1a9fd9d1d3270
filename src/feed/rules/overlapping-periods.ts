/**
 * Overlapping periods: each minute of an objective is measured once. Periods of the same objective
 * of the same agreement that overlap are reported (the model counts the earlier one), as a
 * warning so that a feed with a corrected re-run still shows.
 */
import { issue } from '../issues.js';
import type { RuleContext } from './context.js';

export function overlappingPeriods(ctx: RuleContext): void {
  const { feed, out } = ctx;
  const measured = new Map<string, Map<string, number[]>>();
  for (let i = 0; i < feed.periods.length; i++) {
    if (!ctx.periodObjective(i)) continue;
    const p = feed.periods[i]!;
    let byObjective = measured.get(p.agreementId);
    if (!byObjective) measured.set(p.agreementId, (byObjective = new Map<string, number[]>()));
    const list = byObjective.get(p.objectiveId);
    if (list) list.push(i);
    else byObjective.set(p.objectiveId, [i]);
  }
  for (const byObjective of measured.values()) {
    for (const list of byObjective.values()) {
      if (list.length < 2) continue;
      const ordered = list.every(
        (x, k) => k === 0 || feed.periods[list[k - 1]!]!.start <= feed.periods[x]!.start,
      )
        ? list
        : [...list].sort((a, b) => feed.periods[a]!.start - feed.periods[b]!.start);
      for (let k = 1; k < ordered.length; k++) {
        const prev = feed.periods[ordered[k - 1]!]!;
        const cur = feed.periods[ordered[k]!]!;
        if (cur.start < prev.end && !out.warningsFull)
          out.push(
            issue(
              `periods[${ordered[k]!}].start`,
              `overlaps periods[${ordered[k - 1]!}] of the same objective ("${cur.objectiveId}" of agreement "${cur.agreementId}"); the earlier one counts.`,
              'range',
              'warning',
            ),
          );
      }
    }
  }
}
