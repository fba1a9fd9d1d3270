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
    // A plain loop with one set operation per record (breaches run to hundreds of thousands): an
    // id already in the set leaves its size unchanged.
    const ids = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!.id;
      const before = ids.size;
      ids.add(id);
      if (ids.size === before)
        out.push(
          issue(`${key}[${i}].id`, `"${id}" is used by another entry in ${key}.`, 'duplicate-id'),
        );
    }
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
