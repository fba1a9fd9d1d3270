/**
 * Caps and fail-fast checks on the raw feed, before the schema runs: a list longer than its cap,
 * or a feed whose periods and breaches name, over and over, an agreement it does not have, is
 * rejected without validating and copying hundreds of thousands of records first.
 */
import { issue, own } from './issues.js';
import type { FeedLimits } from './limits.js';
import type { FeedIssue } from './types.js';

/**
 * A feed whose periods and breaches name, at least `max` times, an agreement it does not have is
 * rejected with those issues before the schema runs: validating and copying every record first
 * (hundreds of thousands in a hostile feed) would only confirm it. Read on the raw lists, where
 * an id is the same text as after validation. Fewer such references are reported by the rules
 * across records, in their usual order.
 */
export function danglingAgreementReferences(
  raw: Record<string, unknown>,
  max: number,
): FeedIssue[] | undefined {
  const agreements = own(raw, 'agreements');
  if (!Array.isArray(agreements) || max <= 0) return undefined;
  const ids = new Set<unknown>();
  for (const a of agreements as unknown[]) ids.add(own(a, 'id'));
  const found: FeedIssue[] = [];
  for (const key of ['periods', 'breaches']) {
    const list = own(raw, key);
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      // A plain read (no own-property check): this runs for every record of every valid feed.
      const record: unknown = list[i];
      const id =
        typeof record === 'object' && record !== null
          ? (record as { agreementId?: unknown }).agreementId
          : undefined;
      if (typeof id !== 'string' || ids.has(id)) continue;
      found.push(
        issue(
          `${key}[${i}].agreementId`,
          `names agreement "${id}", which is not in agreements.`,
          'unknown-reference',
        ),
      );
      if (found.length >= max) return found;
    }
  }
  return undefined;
}

/** Lists longer than their cap (`maxBreaches`, `maxPeriods`, ... and `maxObjectives` over all agreements). */
export function checkListCaps(raw: Record<string, unknown>, caps: FeedLimits): FeedIssue[] {
  const out: FeedIssue[] = [];
  const lists: [string, number, keyof FeedLimits][] = [
    ['breaches', caps.maxBreaches, 'maxBreaches'],
    ['periods', caps.maxPeriods, 'maxPeriods'],
    ['agreements', caps.maxAgreements, 'maxAgreements'],
    ['customers', caps.maxCustomers, 'maxCustomers'],
    ['services', caps.maxServices, 'maxServices'],
    ['maintenance', caps.maxMaintenance, 'maxMaintenance'],
  ];
  for (const [key, max, name] of lists) {
    const list = own(raw, key);
    if (Array.isArray(list) && list.length > max) {
      out.push(
        issue(
          key,
          `has ${list.length} entries, more than the limit of ${max} (raise ${name} to accept it).`,
          'too-large',
        ),
      );
    }
  }
  const agreements = own(raw, 'agreements');
  if (Array.isArray(agreements) && !out.length) {
    let objectives = 0;
    for (const a of agreements as unknown[]) {
      const list = own(a, 'objectives');
      if (Array.isArray(list)) objectives += list.length;
    }
    if (objectives > caps.maxObjectives) {
      out.push(
        issue(
          'agreements',
          `define ${objectives} objectives, more than the limit of ${caps.maxObjectives} (raise maxObjectives to accept it).`,
          'too-large',
        ),
      );
    }
  }
  return out;
}
