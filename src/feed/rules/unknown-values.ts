/**
 * Unknown values: a value of an open vocabulary the kit does not know (a service criticality, an
 * agreement kind, an objective's indicator, unit or category, a breach severity) is kept as
 * `unknown`, shown neutral, and reported as a warning quoting the value as written.
 */
import { own } from '../issues.js';
import type { RuleContext } from './context.js';

export function unknownValues(ctx: RuleContext): void {
  const { feed } = ctx;
  feed.services.forEach((s, i) => {
    if (s.criticality === 'unknown')
      ctx.unknownValue(
        `services[${i}].criticality`,
        own(ctx.rawList('services', i), 'criticality'),
        'criticality',
      );
  });
  feed.agreements.forEach((a, i) => {
    const path = `agreements[${i}]`;
    if (a.kind === 'unknown')
      ctx.unknownValue(`${path}.kind`, own(ctx.rawList('agreements', i), 'kind'), 'agreement kind');
    a.objectives.forEach((o, j) => {
      if (o.indicator !== 'unknown' && o.unit !== 'unknown' && o.category !== 'unknown') return;
      const rawObjective = (
        own(ctx.rawList('agreements', i), 'objectives') as unknown[] | undefined
      )?.[j];
      for (const key of ['indicator', 'unit', 'category'] as const) {
        if (o[key] === 'unknown')
          ctx.unknownValue(`${path}.objectives[${j}].${key}`, own(rawObjective, key), key);
      }
    });
  });
  for (let i = 0; i < feed.breaches.length; i++) {
    if (feed.breaches[i]!.severity === 'unknown')
      ctx.unknownValue(
        `breaches[${i}].severity`,
        own(ctx.rawList('breaches', i), 'severity'),
        'severity',
      );
  }
}
