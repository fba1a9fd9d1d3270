// A small book of customers for the portfolio, drill-down and service chain tests.
import type { Feed } from '../../src/feed/index.js';
import { feedOf, month } from './helpers.js';

const AVAIL = {
  id: 'avail',
  name: 'Availability',
  indicator: 'availability',
  unit: 'percent',
  direction: 'higher-is-better',
  minimum: 99,
  target: 99.9,
  creditTiers: [{ threshold: 99, creditPercent: 10 }],
  incentiveTiers: [{ threshold: 99.99, bonusPercent: 3 }],
};

const period = (agreementId: string, objectiveId: string, m: number, value: number) => ({
  agreementId,
  objectiveId,
  ...month(m),
  value,
});

/** 2026-05-10: April 2026 is the latest complete month. */
export const NOW = Date.UTC(2026, 4, 10);

/**
 * acme (EUR): a corporate template -> customer agreement (fee 1,000 EUR) -> service agreement for
 * the portal; beta (USD) one customer agreement; gamma (GBP) nothing measured; "Émile" (EUR) a
 * customer agreement without a fee. Services: portal -> cloud -> network -> dc, cloud -> dc.
 */
export function bookFeed(extra: { customers?: unknown[]; periods?: unknown[] } = {}): Feed {
  return feedOf(bookParts(extra));
}

/** The parts of {@link bookFeed} as a feed writes them (without schemaVersion and provider). */
export function bookParts(
  extra: { customers?: unknown[]; periods?: unknown[] } = {},
): Record<string, unknown> {
  return {
    customers: [
      { id: 'acme', name: 'Acme', currency: 'EUR' },
      { id: 'beta', name: 'beta', currency: 'USD' },
      { id: 'gamma', name: 'Gamma', currency: 'GBP' },
      { id: 'emile', name: 'Émile', currency: 'EUR' },
      ...(extra.customers ?? []),
    ],
    services: [
      { id: 'portal', name: 'Portal', dependsOn: ['cloud'] },
      { id: 'cloud', name: 'Cloud', dependsOn: ['network', 'dc'] },
      { id: 'network', name: 'Network', dependsOn: ['dc'] },
      { id: 'dc', name: 'Data centre' },
    ],
    agreements: [
      {
        id: 'corp',
        name: 'Corporate terms',
        level: 'corporate',
        creditCapPercent: 30,
        exitClause: { misses: 2, withinPeriods: 3 },
        objectives: [AVAIL],
      },
      {
        id: 'acme-msa',
        name: 'Acme master agreement',
        level: 'customer',
        parentId: 'corp',
        customerId: 'acme',
        creditCapPercent: 20,
        reviewBy: '2026-05-20T00:00:00Z',
        fee: { amount: 1000, currency: 'EUR', per: 'month' },
        objectives: [{ id: 'avail', target: 99.95 }],
      },
      {
        id: 'acme-portal',
        name: 'Acme portal',
        level: 'service',
        parentId: 'acme-msa',
        serviceId: 'portal',
        fee: { amount: 500.1, currency: 'EUR', per: 'month' },
        objectives: [
          { ...AVAIL, id: 'portal-avail', name: 'Portal availability', serviceId: 'portal' },
          {
            id: 'p95',
            name: 'Page load p95',
            indicator: 'latency',
            unit: 'millisecond',
            direction: 'lower-is-better',
            minimum: 800,
            target: 300,
          },
        ],
      },
      {
        id: 'acme-cloud',
        name: 'Acme cloud',
        level: 'service',
        parentId: 'acme-msa',
        serviceId: 'cloud',
        objectives: [
          { ...AVAIL, id: 'cloud-avail', name: 'Cloud availability', serviceId: 'cloud' },
        ],
      },
      {
        id: 'acme-network',
        name: 'Acme network',
        level: 'service',
        parentId: 'acme-msa',
        serviceId: 'network',
        objectives: [
          { ...AVAIL, id: 'net-avail', name: 'Network availability', serviceId: 'network' },
        ],
      },
      {
        id: 'acme-dc',
        name: 'Acme data centre',
        level: 'service',
        parentId: 'acme-msa',
        serviceId: 'dc',
        objectives: [
          { ...AVAIL, id: 'dc-avail', name: 'Data centre availability', serviceId: 'dc' },
        ],
      },
      {
        id: 'beta-main',
        name: 'Beta agreement',
        level: 'customer',
        customerId: 'beta',
        reviewBy: '2026-04-01T00:00:00Z',
        fee: { amount: 2000, currency: 'USD', per: 'month' },
        exitClause: { misses: 2, withinPeriods: 3 },
        objectives: [{ ...AVAIL, id: 'up', name: 'Uptime' }],
      },
      {
        id: 'emile-main',
        name: 'Émile agreement',
        level: 'customer',
        customerId: 'emile',
        reviewBy: '2026-09-01T00:00:00Z',
        objectives: [{ ...AVAIL, id: 'up', name: 'Uptime' }],
      },
    ],
    periods: extra.periods ?? [
      // acme: February to April; April: avail met (99.92 < 99.95: at risk), portal avail breached.
      ...[2, 3, 4].flatMap((m) => [
        period('acme-msa', 'avail', m, m === 4 ? 99.92 : 99.96),
        period('acme-portal', 'portal-avail', m, m === 4 ? 98.5 : 99.995),
        period('acme-portal', 'p95', m, m === 3 ? 900 : 250),
        period('acme-cloud', 'cloud-avail', m, 99.95),
        period('acme-network', 'net-avail', m, m === 2 ? 98 : 99.99),
        period('acme-dc', 'dc-avail', m, 99.999),
      ]),
      // beta: one miss in March (breached), so one more miss would trigger its exit clause.
      ...[1, 2, 3, 4].map((m) => period('beta-main', 'up', m, m === 3 ? 98 : 99.95)),
      period('emile-main', 'up', 4, 99.999),
    ],
    breaches: [
      {
        id: 'b-net',
        agreementId: 'acme-network',
        objectiveIds: ['net-avail'],
        start: '2026-04-03T10:00:00Z',
        end: '2026-04-03T12:00:00Z',
        severity: 'major',
        title: 'Core switch down',
      },
      {
        id: 'b-net-old',
        agreementId: 'acme-network',
        objectiveIds: ['net-avail'],
        start: '2026-02-03T10:00:00Z',
        end: '2026-02-03T12:00:00Z',
        severity: 'major',
        title: 'Earlier outage',
      },
      {
        id: 'b-net-excluded',
        agreementId: 'acme-network',
        objectiveIds: ['net-avail'],
        start: '2026-04-05T10:00:00Z',
        end: '2026-04-05T11:00:00Z',
        severity: 'minor',
        title: 'Planned',
        excluded: true,
      },
    ],
  };
}
