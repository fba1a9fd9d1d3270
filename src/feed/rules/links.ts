/**
 * Links: a link whose scheme is not https, http or mailto (`javascript:` and the like) is dropped
 * from the feed and reported as a warning. Every link field of the feed is checked.
 */
import { issue } from '../issues.js';
import { isSafeLink } from '../safe-link.js';
import type { RuleContext } from './context.js';

export function links(ctx: RuleContext): void {
  const { feed, out } = ctx;
  // `at` is the path of `obj`, or of its list when `index` is given: the path of a record of a big
  // list is built only when its link is reported.
  const link = <T extends object>(
    obj: T,
    key: keyof T & string,
    at: string,
    index?: number,
  ): void => {
    const value = obj[key];
    if (typeof value !== 'string') return;
    if (!isSafeLink(value)) {
      delete (obj as Record<string, unknown>)[key];
      if (!out.warningsFull)
        out.push(
          issue(
            index === undefined ? `${at}.${key}` : `${at}[${index}].${key}`,
            'was dropped: links must use https, http or mailto.',
            'unsafe-link',
            'warning',
          ),
        );
    }
  };

  link(feed.provider, 'url', 'provider');
  link(feed.provider, 'supportUrl', 'provider');
  if (feed.provider.branding) link(feed.provider.branding, 'logoUrl', 'provider.branding');
  feed.customers.forEach((c, i) => {
    if (c.branding) link(c.branding, 'logoUrl', `customers[${i}].branding`);
  });
  feed.agreements.forEach((a, i) => link(a, 'legalUrl', `agreements[${i}]`));
  // A record an incremental parse reused had only safe links (records whose link was dropped are
  // never reused), and is the same text: checking it again would find nothing.
  const reused = ctx.reused;
  const periodsReused = reused?.get('periods');
  for (let i = 0; i < feed.periods.length; i++) {
    const p = feed.periods[i]!;
    // Checked on periods whose objective resolves (the others reject the feed anyway).
    if (p.evidenceUrl === undefined || periodsReused?.[i]) continue;
    if (ctx.periodObjective(i)) link(p, 'evidenceUrl', 'periods', i);
  }
  const breachesReused = reused?.get('breaches');
  for (let i = 0; i < feed.breaches.length; i++) {
    const b = feed.breaches[i]!;
    if (b.url !== undefined && !breachesReused?.[i]) link(b, 'url', 'breaches', i);
  }
  const maintenanceReused = reused?.get('maintenance');
  for (let i = 0; i < feed.maintenance.length; i++) {
    const m = feed.maintenance[i]!;
    if (m.url !== undefined && !maintenanceReused?.[i]) link(m, 'url', 'maintenance', i);
  }
}
