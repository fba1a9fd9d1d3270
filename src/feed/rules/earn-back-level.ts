/**
 * Earn-back level: a level worse than the objective's minimum lets a period that breaches the
 * minimum still earn a credit back, almost certainly a typo (a warning; the model applies it as
 * written). Checked after inheritance, where the level or the minimum is written: an objective's
 * own `earnBack`, else the agreement's default `earnBack` for each objective that has none.
 */
import { issue } from '../issues.js';
import { inheritObjectives, isWorse } from '../semantics.js';
import type { RuleContext } from './context.js';

const FIELDS = ['earnBack', 'minimum', 'direction'] as const;

export function earnBackLevel(ctx: RuleContext): void {
  ctx.feed.agreements.forEach((a, i) => {
    const chain = ctx.chainAt[i];
    if (!chain) return;
    const fallback = chain.find((c) => c.earnBack !== undefined)?.earnBack;
    const objectives = inheritObjectives(chain, FIELDS);
    for (const [id, o] of objectives) {
      const { minimum, direction } = o.values;
      const own = o.values.earnBack;
      const terms = own ?? fallback;
      // An incomplete objective is an error of its own (incomplete-objectives), which rejects the
      // feed and its warnings; without a minimum no level is worse than it.
      if (!terms || !isWorse(direction!, terms.level, minimum!)) continue;
      const written = a.objectives.find((w) => w.id === id);
      const j = a.objectives.indexOf(written!);
      let path: string;
      if (own) {
        // Where the level or the minimum of this objective is written on this agreement.
        if (!written || (written.earnBack === undefined && written.minimum === undefined)) continue;
        path = `agreements[${i}].objectives[${j}].${written.earnBack !== undefined ? 'earnBack.level' : 'minimum'}`;
      } else {
        if (a.earnBack === undefined && written?.minimum === undefined) continue;
        path =
          a.earnBack !== undefined
            ? `agreements[${i}].earnBack.level`
            : `agreements[${i}].objectives[${j}].minimum`;
      }
      ctx.out.push(
        issue(
          path,
          `earn-back level ${terms.level} of ${id} is worse than its minimum ${minimum} (${direction}), so a period that breaches the minimum still earns a credit back.`,
          'range',
          'warning',
        ),
      );
    }
  });
}
