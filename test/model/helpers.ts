// Tiny inline feeds for the model tests (no dependency on test/fixtures).
import { parseFeed, type Feed } from '../../src/feed/index.js';
import type { ResolvedObjective } from '../../src/model/index.js';

/** Epoch ms of an RFC 3339 text. */
export const at = (text: string): number => Date.parse(text);

/** Parses a feed built from parts, filling schemaVersion and provider; throws on issues. */
export function feedOf(parts: Record<string, unknown>): Feed {
  const result = parseFeed({
    schemaVersion: 1,
    provider: { id: 'prov', name: 'Provider', timeZone: 'UTC' },
    ...parts,
  });
  if (!result.ok) throw new Error(`test feed rejected: ${JSON.stringify(result.issues)}`);
  return result.feed;
}

/** The objective most model tests measure, as a feed writes it: monthly uptime, 99 / 99.9 %. */
export const UP_OBJECTIVE = {
  id: 'up',
  name: 'Up',
  unit: 'percent',
  direction: 'higher-is-better',
  minimum: 99,
  target: 99.9,
} as const;

/** Customer `c`'s agreement `a`, as a feed writes it, with these objectives. */
export function customerAgreement(objectives: readonly object[] = [UP_OBJECTIVE]) {
  return { id: 'a', name: 'A', level: 'customer', customerId: 'c', objectives };
}

/** A resolved objective built by hand (for rules that only need some fields). */
export function objective(overrides: Partial<ResolvedObjective> = {}): ResolvedObjective {
  return {
    id: 'o',
    agreementId: 'a',
    name: 'Objective',
    serviceId: undefined,
    category: 'critical',
    indicator: 'availability',
    unit: 'percent',
    direction: 'higher-is-better',
    window: { kind: 'calendar', unit: 'month' },
    minimum: 99,
    target: 99.9,
    creditTiers: [],
    incentiveTiers: [],
    weight: 1,
    description: undefined,
    wording: {},
    definedIn: 'a',
    inheritedFrom: undefined,
    fieldSources: {},
    overrides: [],
    appliesTo: 'all',
    countedIn: 'a',
    reportOnly: false,
    poolAllocationPercent: undefined,
    earnBack: undefined,
    ...overrides,
    errorBudget:
      overrides.errorBudget ??
      ((overrides.unit ?? 'percent') === 'percent' && overrides.indicator !== 'compliance'),
  };
}

/** Calendar months of 2026 in UTC: [start, end) of month `m` (1-based). */
export function month(m: number, year = 2026): { start: string; end: string } {
  const start = new Date(Date.UTC(year, m - 1, 1)).toISOString();
  const end = new Date(Date.UTC(year, m, 1)).toISOString();
  return { start, end };
}

/**
 * Three levels: corporate terms and objectives, a customer agreement that overrides the
 * availability target only and sets the fee, and a service agreement that loosens the latency
 * minimum and adds a key objective.
 */
export function threeLevelFeed(extra: { periods?: unknown[]; breaches?: unknown[] } = {}): Feed {
  return feedOf({
    customers: [{ id: 'acme', name: 'Acme', currency: 'EUR', timeZone: 'Europe/Berlin' }],
    services: [{ id: 'portal', name: 'Portal' }],
    agreements: [
      {
        id: 'corp',
        name: 'Corporate terms',
        level: 'corporate',
        creditCapPercent: 30,
        minimumPayable: 50,
        legalUrl: 'https://example.com/terms',
        summary: 'Corporate service terms',
        exitClause: { misses: 2, withinPeriods: 3 },
        objectives: [
          {
            id: 'avail',
            name: 'Availability',
            indicator: 'availability',
            unit: 'percent',
            direction: 'higher-is-better',
            minimum: 99.0,
            target: 99.9,
            creditTiers: [
              { threshold: 95.0, creditPercent: 100 },
              { threshold: 99.9, creditPercent: 10 },
              { threshold: 99.0, creditPercent: 25 },
            ],
            incentiveTiers: [
              { threshold: 99.99, bonusPercent: 5 },
              { threshold: 99.97, bonusPercent: 2 },
            ],
            wording: { promise: 'Up 99.9 % of every month', remedy: '10 % back' },
          },
          {
            id: 'p95',
            name: 'Page load p95',
            indicator: 'latency',
            unit: 'millisecond',
            direction: 'lower-is-better',
            minimum: 800,
            target: 300,
            weight: 2,
            creditTiers: [
              { threshold: 300, creditPercent: 5 },
              { threshold: 800, creditPercent: 15 },
            ],
          },
        ],
      },
      {
        id: 'acme-msa',
        name: 'Acme master agreement',
        level: 'customer',
        parentId: 'corp',
        customerId: 'acme',
        fee: { amount: 10_000, currency: 'EUR', per: 'month' },
        objectives: [{ id: 'avail', target: 99.95 }],
      },
      {
        id: 'acme-portal',
        name: 'Acme portal',
        level: 'service',
        parentId: 'acme-msa',
        serviceId: 'portal',
        version: '2',
        versions: [
          { version: '1', effectiveFrom: '2025-01-01T00:00:00+01:00' },
          { version: '2', effectiveFrom: '2026-03-01T00:00:00+01:00' },
        ],
        objectives: [
          { id: 'p95', minimum: 1000, wording: { remedy: '5 % back' } },
          {
            id: 'csat',
            name: 'Satisfaction',
            indicator: 'satisfaction',
            unit: 'score',
            direction: 'higher-is-better',
            minimum: 3,
            target: 4,
          },
        ],
      },
    ],
    periods: extra.periods ?? [],
    breaches: extra.breaches ?? [],
  });
}
