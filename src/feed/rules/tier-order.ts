/**
 * Tier order: credit and bonus tiers are a schedule, where a worse value never earns a smaller
 * credit and a better value never a smaller bonus. Checked where a schedule is written (or where a
 * new direction changes its meaning); a warning, as the model applies the schedule literally.
 */
import { issue, type IssueSink } from '../issues.js';
import { isBetter, type RuleContext } from './context.js';

export function tierOrder(ctx: RuleContext): void {
  ctx.feed.agreements.forEach((a, i) => {
    const fields = ctx.fieldsAt[i];
    if (!fields) return;
    a.objectives.forEach((o, j) => {
      const f = fields.get(o.id);
      const direction = f?.direction;
      if (direction !== 'higher-is-better' && direction !== 'lower-is-better') return;
      const path = `agreements[${i}].objectives[${j}]`;
      if (o.creditTiers !== undefined || o.direction !== undefined)
        checkTierOrder(f!.creditTiers, direction, 'credit', `${path}.creditTiers`, ctx.out);
      if (o.incentiveTiers !== undefined || o.direction !== undefined)
        checkTierOrder(f!.incentiveTiers, direction, 'bonus', `${path}.incentiveTiers`, ctx.out);
    });
  });
}

/**
 * Tiers are a schedule: a worse value must never earn a smaller credit, a better value never a
 * smaller bonus. A schedule that breaks this is almost certainly a typo; it is kept (the model
 * applies it literally) and reported as a warning.
 */
function checkTierOrder(
  tiers:
    readonly { threshold: number; creditPercent?: number; bonusPercent?: number }[] | undefined,
  direction: 'higher-is-better' | 'lower-is-better',
  kind: 'credit' | 'bonus',
  path: string,
  out: IssueSink,
): void {
  if (!tiers || tiers.length < 2) return;
  const amount = (t: (typeof tiers)[number]): number =>
    (kind === 'credit' ? t.creditPercent : t.bonusPercent) ?? 0;
  // From the mildest to the most demanding end of the scale: credits grow as values get worse,
  // bonuses grow as values get better.
  const betterFirst = kind === 'credit';
  const ordered = [...tiers].sort((a, b) => {
    if (a.threshold === b.threshold) return 0;
    return isBetter(direction, a.threshold, b.threshold) === betterFirst ? -1 : 1;
  });
  for (let k = 1; k < ordered.length; k++) {
    const milder = ordered[k - 1]!;
    const stronger = ordered[k]!;
    if (amount(stronger) < amount(milder))
      out.push(
        issue(
          path,
          `give a smaller ${kind} (${amount(stronger)} %) at threshold ${stronger.threshold} than at ${milder.threshold} (${amount(milder)} %): check the schedule.`,
          'range',
          'warning',
        ),
      );
  }
}
