/**
 * Hand-written feeds for `<sla-incentive-view>` tests, with figures computed by hand in the
 * comments: a provider living at the minimum, an at-risk pool, earn-back, a lower-is-better
 * objective, and N objectives for the scale tests.
 */

const MONTHS = [
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
] as const;

/** The next month of `YYYY-MM`. */
function next(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** One measured month per value (oldest first, the 12 months up to September 2026). */
export function months(
  agreementId: string,
  objectiveId: string,
  values: readonly (number | null)[],
) {
  return values.flatMap((value, i) =>
    value === null
      ? []
      : [
          {
            agreementId,
            objectiveId,
            start: `${MONTHS[i]}-01T00:00:00Z`,
            end: `${next(MONTHS[i]!)}-01T00:00:00Z`,
            value,
          },
        ],
  );
}

/** 2026-10-15: every month of the range has ended. */
export const AS_OF = '2026-10-15T00:00:00Z';

/**
 * Monthly uptime of Compute: minimum 99.9, target 99.95; below 99.9 10 %, below 99 30 %; a 2 %
 * bonus from 99.99. October 2025 .. June 2026 land in [99.9, 99.905), within 10 % above the
 * minimum (9 of 12 months); July (99.96) is committed, August (99.995) earns the bonus, September
 * (99.8) is below the minimum. Fee 10,000 EUR a month: September owes 1,000.00 (10 %), August
 * earns 200.00 (2 %).
 */
export const LIVING_VALUES = [
  99.9, 99.901, 99.902, 99.903, 99.904, 99.9, 99.901, 99.902, 99.903, 99.96, 99.995, 99.8,
];

export function livingFeed(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    provider: { id: 'northwind', name: 'Northwind', timeZone: 'UTC' },
    customers: [{ id: 'globex', name: 'Globex', timeZone: 'UTC' }],
    services: [{ id: 'compute', name: 'Compute' }],
    agreements: [
      {
        id: 'gold',
        name: 'Gold SLA',
        level: 'customer',
        customerId: 'globex',
        fee: { amount: 10000, currency: 'EUR', per: 'month' },
        objectives: [
          {
            id: 'uptime',
            name: 'uptime',
            serviceId: 'compute',
            unit: 'percent',
            direction: 'higher-is-better',
            minimum: 99.9,
            target: 99.95,
            creditTiers: [
              { threshold: 99.9, creditPercent: 10 },
              { threshold: 99, creditPercent: 30 },
            ],
            incentiveTiers: [{ threshold: 99.99, bonusPercent: 2 }],
          },
          {
            id: 'latency',
            name: 'response time',
            serviceId: 'compute',
            unit: 'millisecond',
            direction: 'lower-is-better',
            minimum: 300,
            target: 200,
            creditTiers: [{ threshold: 300, creditPercent: 5 }],
            incentiveTiers: [{ threshold: 100, bonusPercent: 1 }],
          },
        ],
      },
    ],
    // Latency: 10 months at 210-250 (minimum service, none near 300), March 2026 at 320 (5 % credit:
    // 500.00), September at 90 (1 % bonus: 100.00).
    periods: [
      ...months('gold', 'uptime', LIVING_VALUES),
      ...months('gold', 'latency', [250, 240, 230, 220, 210, 320, 250, 240, 230, 220, 210, 90]),
    ],
    ...patch,
  };
}

/**
 * The at-risk pool example of the docs: invoice 80,000, 15 % at risk (12,000), 20 % pool
 * allocation, 50 % credit allocation: 80,000 x 15 % x 20 % x 50 % = 1,200.00 in September 2026.
 */
export function poolFeed(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    provider: { id: 'northwind', name: 'Northwind', timeZone: 'UTC' },
    customers: [{ id: 'globex', name: 'Globex', timeZone: 'UTC' }],
    agreements: [
      {
        id: 'pool',
        name: 'Pooled SLA',
        level: 'customer',
        customerId: 'globex',
        fee: { amount: 80000, currency: 'EUR', per: 'month' },
        atRiskPercent: 15,
        objectives: [
          {
            id: 'avail',
            name: 'Availability',
            unit: 'percent',
            direction: 'higher-is-better',
            minimum: 99.5,
            target: 99.9,
            poolAllocationPercent: 20,
            creditTiers: [{ threshold: 99.5, creditPercent: 50 }],
          },
          {
            id: 'tickets',
            name: 'Tickets in time',
            unit: 'percent',
            direction: 'higher-is-better',
            minimum: 90,
            target: 95,
            poolAllocationPercent: 80,
            creditTiers: [{ threshold: 90, creditPercent: 25 }],
          },
        ],
      },
    ],
    periods: [
      ...months(
        'pool',
        'avail',
        [99.9, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9, 99.2],
      ),
      ...months('pool', 'tickets', [96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96]),
    ],
  };
}

/**
 * Earn-back: a credit is waived when the next 2 months reach 99.95. June 2026 (99.8): 10 % of
 * 10,000 = 1,000.00 incurred, July and August at 99.96: earned back. September (99.8): 1,000.00
 * incurred, its window (October, November) not in the feed yet: pending.
 */
export function earnBackFeed(): Record<string, unknown> {
  const feed = livingFeed();
  const agreement = (feed.agreements as Record<string, unknown>[])[0]!;
  const uptime = { ...(agreement.objectives as Record<string, unknown>[])[0]! };
  return {
    ...feed,
    agreements: [
      {
        ...agreement,
        objectives: [{ ...uptime, earnBack: { periods: 2, level: 99.95 } }],
      },
    ],
    periods: months(
      'gold',
      'uptime',
      [99.96, 99.96, 99.96, 99.96, 99.96, 99.96, 99.96, 99.96, 99.8, 99.96, 99.96, 99.8],
    ),
  };
}

/** `n` objectives of 12 months each (values spread over the zones), for the scale tests. */
export function manyObjectivesFeed(n: number): Record<string, unknown> {
  const objectives = Array.from({ length: n }, (_, i) => ({
    id: `o${i}`,
    name: `Objective ${i}`,
    unit: 'percent',
    direction: 'higher-is-better',
    minimum: 99.9,
    target: 99.95,
    creditTiers: [{ threshold: 99.9, creditPercent: 10 }],
    incentiveTiers: [{ threshold: 99.99, bonusPercent: 2 }],
  }));
  const spread = [99.8, 99.9, 99.92, 99.96, 99.995, 99.901];
  return {
    schemaVersion: 1,
    provider: { id: 'northwind', name: 'Northwind', timeZone: 'UTC' },
    customers: [{ id: 'globex', name: 'Globex', timeZone: 'UTC' }],
    agreements: [
      {
        id: 'big',
        name: 'Big SLA',
        level: 'customer',
        customerId: 'globex',
        fee: { amount: 10000, currency: 'EUR', per: 'month' },
        objectives,
      },
    ],
    periods: objectives.flatMap((o, i) =>
      months(
        'big',
        o.id,
        MONTHS.map((_, m) => spread[(i + m) % spread.length]!),
      ),
    ),
  };
}
