/**
 * Percent as fraction: a higher-is-better percentage objective whose levels, tier thresholds and
 * measured values all lie within 0..1 is almost certainly written as fractions (a warning).
 */
import { issue, type IssueSink } from '../issues.js';
import type { FeedOutput } from '../schema.js';
import type { FeedAgreement, ResolvedFields, RuleContext } from './context.js';
import { within01 } from './fraction.js';

export function percentAsFraction(ctx: RuleContext): void {
  const { feed, out } = ctx;
  if (out.warningsFull) return;
  /** Percent objectives (agreement, objective) with a measured value or level outside 0..1. */
  const measuredBeyondOne = new Map<string, Set<string>>();
  for (let i = 0; i < feed.periods.length; i++) {
    const o = ctx.periodObjective(i);
    if (o?.unit !== 'percent') continue;
    const p = feed.periods[i]!;
    const over = p.value !== null && (p.value > 1 || p.value < 0);
    if (over || (p.levels && !within01(p.levels.minimum, p.levels.target))) {
      let objectives = measuredBeyondOne.get(p.agreementId);
      if (!objectives) measuredBeyondOne.set(p.agreementId, (objectives = new Set<string>()));
      objectives.add(p.objectiveId);
    }
  }
  checkPercentFractions(feed, ctx.chains, ctx.resolvable, measuredBeyondOne, out);
}

/**
 * A higher-is-better percentage objective whose levels, tier thresholds and measured values all
 * lie within 0..1 is almost certainly written as fractions (0.999 for 99.9 %): the kit would read
 * every value as far below 1 %. Reported once where the levels are written, as a warning (it is a
 * valid feed). Lower-is-better percentages within 0..1 are common (an error rate of at most
 * 0.5 %), so they are not reported.
 */
function checkPercentFractions(
  feed: FeedOutput,
  chains: ReadonlyMap<string, readonly FeedAgreement[]>,
  resolvable: ReadonlyMap<string, ReadonlyMap<string, ResolvedFields>>,
  measuredBeyondOne: ReadonlyMap<string, ReadonlySet<string>>,
  out: IssueSink,
): void {
  if (out.warningsFull) return;
  // A value measured under an agreement counts for the objective where its levels are written,
  // which may be any agreement up its chain.
  const beyondOne = new Set<string>();
  for (const [agreementId, objectives] of measuredBeyondOne)
    for (const objectiveId of objectives)
      for (const a of chains.get(agreementId) ?? []) beyondOne.add(`${a.id}\u0000${objectiveId}`);
  feed.agreements.forEach((a, i) => {
    a.objectives.forEach((o, j) => {
      if (o.minimum === undefined && o.target === undefined && o.unit === undefined) return;
      const f = resolvable.get(a.id)?.get(o.id);
      if (!f || f.unit !== 'percent' || f.direction !== 'higher-is-better') return;
      if (f.minimum === undefined && f.target === undefined) return;
      const thresholds = [
        ...(f.creditTiers ?? []).map((t) => t.threshold),
        ...(f.incentiveTiers ?? []).map((t) => t.threshold),
      ];
      if (!within01(f.minimum, f.target, ...thresholds)) return;
      if (beyondOne.has(`${a.id}\u0000${o.id}`)) return;
      out.push(
        issue(
          `agreements[${i}].objectives[${j}]`,
          `is a percentage objective whose minimum (${f.minimum}), target (${f.target}) and measured values all lie within 0..1: percentages are written 0..100 (99.9 for 99.9 %, not 0.999).`,
          'range',
          'warning',
        ),
      );
    });
  });
}
