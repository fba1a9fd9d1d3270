/**
 * A small feed with figures worked out by hand, so scorecard tests can assert exact text.
 *
 * Agreement "gold" (Globex, EUR 10,000 a month, credits capped at 20 %, exit after 2 misses in 3):
 * | month | availability (min 99, target 99.9)   | latency ms (min 500, target 300) |
 * | Jul   | 98.5  breached, tier <99 -> 25 %     | 250 met                          |
 * | Aug   | 99.95 met                            | 400 at risk                      |
 * | Sep   | 98.0  breached, 25 % -> capped 20 %  | 600 breached (no credit tiers)   |
 * | Oct   | 99.992 exceeded, bonus 5 % = €500    | no data                          |
 * Sep: credits €2,500 capped to €2,000; misses in Jul and Sep -> exit clause reached.
 * Oct: bonus €500, net +€500; the latest complete period at 2026-11-15.
 */
export const AS_OF = '2026-11-15T12:00:00Z';

const months = ['07', '08', '09', '10'];
const start = (m: string): string => `2026-${m}-01T00:00:00Z`;
const end = (m: string): string =>
  m === '12'
    ? '2027-01-01T00:00:00Z'
    : `2026-${String(Number(m) + 1).padStart(2, '0')}-01T00:00:00Z`;

export function goldFeed(patch: Record<string, unknown> = {}): Record<string, unknown> {
  const avail = [98.5, 99.95, 98.0, 99.992];
  const latency = [250, 400, 600, null];
  return {
    schemaVersion: 1,
    provider: { id: 'acme', name: 'Acme Cloud', locale: 'en-GB', timeZone: 'UTC' },
    customers: [
      { id: 'globex', name: 'Globex', currency: 'EUR', branding: { accent: '#aa3300' } },
      { id: 'initech', name: 'Initech', currency: 'EUR' },
    ],
    services: [
      { id: 'portal', name: 'Customer portal', criticality: 'critical' },
      { id: 'api', name: 'Public API', criticality: 'high' },
    ],
    agreements: [
      {
        id: 'gold',
        name: 'Gold SLA',
        level: 'customer',
        customerId: 'globex',
        kind: 'SLA',
        version: '2.0',
        validFrom: '2026-01-01T00:00:00Z',
        validTo: '2027-12-31T00:00:00Z',
        reviewBy: '2026-11-01T00:00:00Z',
        legalUrl: 'https://acme.example/legal/gold',
        fee: { amount: 10000, currency: 'EUR', per: 'month' },
        creditCapPercent: 20,
        exitClause: { misses: 2, withinPeriods: 3 },
        objectives: [
          {
            id: 'avail',
            name: 'Availability',
            serviceId: 'portal',
            indicator: 'availability',
            unit: 'percent',
            direction: 'higher-is-better',
            minimum: 99,
            target: 99.9,
            weight: 2,
            creditTiers: [
              { threshold: 99.9, creditPercent: 10 },
              { threshold: 99, creditPercent: 25 },
            ],
            incentiveTiers: [{ threshold: 99.99, bonusPercent: 5 }],
          },
          {
            id: 'latency',
            name: 'API latency',
            serviceId: 'api',
            indicator: 'latency',
            unit: 'millisecond',
            direction: 'lower-is-better',
            minimum: 500,
            target: 300,
          },
        ],
      },
    ],
    periods: months.flatMap((m, i) => [
      { agreementId: 'gold', objectiveId: 'avail', start: start(m), end: end(m), value: avail[i] },
      {
        agreementId: 'gold',
        objectiveId: 'latency',
        start: start(m),
        end: end(m),
        value: latency[i],
      },
    ]),
    ...patch,
  };
}
