/**
 * Period ranges: a measured value fits its objective's unit (a pass-fail objective takes 0 or 1, a
 * percentage lies within 0..100), a period's own levels are percentages for a percentage
 * objective and keep the minimum no better than the target, and `counts.good` is at most
 * `counts.total`. Checked on periods whose objective resolves.
 */
import { issue } from '../issues.js';
import { isBetter, type RuleContext } from './context.js';
import { fractionHint } from './fraction.js';

export function periodRanges(ctx: RuleContext): void {
  const { feed, out } = ctx;
  // A plain loop that builds a path only when there is something to report: a large feed holds
  // hundreds of thousands of periods.
  for (let i = 0; i < feed.periods.length; i++) {
    const o = ctx.periodObjective(i);
    if (!o) continue;
    const p = feed.periods[i]!;
    if (o.unit === 'pass-fail' && p.value !== null && p.value !== 0 && p.value !== 1)
      out.push(
        issue(
          `periods[${i}].value`,
          `is ${p.value}; a pass-fail objective takes 1 (complied) or 0 (not complied).`,
          'range',
        ),
      );
    if (o.unit === 'percent') {
      if (p.value !== null && (p.value < 0 || p.value > 100))
        out.push(
          issue(
            `periods[${i}].value`,
            `is ${p.value}, outside 0..100 for a percentage objective.`,
            'range',
          ),
        );
      const levels = p.levels;
      if (levels?.minimum !== undefined && (levels.minimum < 0 || levels.minimum > 100))
        out.push(
          issue(`periods[${i}].levels.minimum`, 'must be a percentage between 0 and 100.', 'range'),
        );
      if (levels?.target !== undefined && (levels.target < 0 || levels.target > 100))
        out.push(
          issue(`periods[${i}].levels.target`, 'must be a percentage between 0 and 100.', 'range'),
        );
    }
    if (p.counts && p.counts.good > p.counts.total)
      out.push(issue(`periods[${i}].counts.good`, 'is larger than counts.total.', 'range'));
    if (p.levels && o.direction !== undefined) {
      const minimum = p.levels.minimum ?? o.minimum;
      const target = p.levels.target ?? o.target;
      if (minimum !== undefined && target !== undefined && isBetter(o.direction, minimum, target)) {
        const minimumAt =
          p.levels.minimum !== undefined ? `periods[${i}].levels.minimum` : o.from.minimum;
        const targetAt =
          p.levels.target !== undefined ? `periods[${i}].levels.target` : o.from.target;
        out.push(
          issue(
            `periods[${i}].levels`,
            `set a minimum better than the target for a ${o.direction} objective: ${minimumAt} is ${minimum}, ${targetAt} is ${target}.${fractionHint(o.unit, minimum, target)}`,
            'range',
          ),
        );
      }
    }
  }
}
