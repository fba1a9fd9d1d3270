/**
 * Time order: an agreement's `validTo` is not before its `validFrom`, a period ends after it
 * starts, a breach or maintenance window does not end before it starts.
 */
import { issue } from '../issues.js';
import type { RuleContext } from './context.js';

export function timeOrder(ctx: RuleContext): void {
  const { feed, out } = ctx;
  feed.agreements.forEach((a, i) => {
    if (a.validFrom !== undefined && a.validTo !== undefined && a.validTo < a.validFrom)
      out.push(issue(`agreements[${i}].validTo`, 'is before validFrom.', 'range'));
  });
  for (let i = 0; i < feed.periods.length; i++) {
    const p = feed.periods[i]!;
    if (p.end <= p.start && ctx.periodObjective(i))
      out.push(issue(`periods[${i}].end`, 'must be after start.', 'range'));
  }
  for (let i = 0; i < feed.breaches.length; i++) {
    const b = feed.breaches[i]!;
    if (b.end !== null && b.end < b.start)
      out.push(issue(`breaches[${i}].end`, 'is before start.', 'range'));
  }
  for (let i = 0; i < feed.maintenance.length; i++) {
    const m = feed.maintenance[i]!;
    if (m.end < m.start) out.push(issue(`maintenance[${i}].end`, 'is before start.', 'range'));
  }
}
