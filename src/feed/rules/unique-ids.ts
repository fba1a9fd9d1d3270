/** Unique ids: within each top-level list, and objective ids within an agreement. */
import { issue } from '../issues.js';
import type { RuleContext } from './context.js';

export function uniqueIds(ctx: RuleContext): void {
  const { feed, out } = ctx;
  const lists = [
    ['customers', feed.customers],
    ['services', feed.services],
    ['agreements', feed.agreements],
    ['breaches', feed.breaches],
    ['maintenance', feed.maintenance],
  ] as const;
  for (const [key, list] of lists) {
    const ids = new Set<string>();
    list.forEach((x, i) => {
      if (ids.has(x.id))
        out.push(
          issue(`${key}[${i}].id`, `"${x.id}" is used by another entry in ${key}.`, 'duplicate-id'),
        );
      ids.add(x.id);
    });
  }
  feed.agreements.forEach((a, i) => {
    const ids = new Set<string>();
    a.objectives.forEach((o, j) => {
      if (ids.has(o.id))
        out.push(
          issue(
            `agreements[${i}].objectives[${j}].id`,
            `"${o.id}" is used by another objective of this agreement.`,
            'duplicate-id',
          ),
        );
      ids.add(o.id);
    });
  });
}
