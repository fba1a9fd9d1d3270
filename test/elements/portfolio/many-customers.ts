/**
 * A raw feed of `count` customers for the portfolio's long-list tests: each with one customer
 * agreement (two objectives, a fee in one of three currencies, 12 monthly periods) whose results
 * vary deterministically with the customer's number, so statuses, scores and money differ.
 */
export function manyCustomers(count: number): Record<string, unknown> {
  const currencies = ['EUR', 'GBP', 'USD'] as const;
  const customers = [];
  const agreements = [];
  const periods = [];
  for (let i = 0; i < count; i++) {
    const n = String(i + 1).padStart(4, '0');
    const id = `cust-${n}`;
    customers.push({ id, name: `Customer ${n}`, currency: currencies[i % 3] });
    agreements.push({
      id: `${id}-sla`,
      name: `Customer ${n}: managed services`,
      level: 'customer',
      customerId: id,
      fee: { amount: 1000 + (i % 7) * 250, currency: currencies[i % 3], per: 'month' },
      objectives: [
        {
          id: 'avail',
          name: 'Availability',
          serviceId: 'portal',
          unit: 'percent',
          direction: 'higher-is-better',
          minimum: 99,
          target: 99.9,
          creditTiers: [{ threshold: 99, creditPercent: 10 }],
        },
        {
          id: 'p1',
          name: 'P1 response',
          serviceId: 'portal',
          unit: 'minute',
          direction: 'lower-is-better',
          minimum: 30,
          target: 15,
        },
      ],
    });
    for (let m = 0; m < 12; m++) {
      const start = `2025-${String(m + 1).padStart(2, '0')}-01T00:00:00Z`;
      const end =
        m === 11 ? '2026-01-01T00:00:00Z' : `2025-${String(m + 2).padStart(2, '0')}-01T00:00:00Z`;
      const wobble = ((i * 7 + m * 3) % 10) / 10;
      periods.push(
        { agreementId: `${id}-sla`, objectiveId: 'avail', start, end, value: 98.6 + wobble * 1.4 },
        { agreementId: `${id}-sla`, objectiveId: 'p1', start, end, value: 10 + ((i + m) % 5) * 6 },
      );
    }
  }
  return {
    schemaVersion: 1,
    provider: { id: 'acme', name: 'Acme Managed Services' },
    customers,
    services: [{ id: 'portal', name: 'Customer portal' }],
    agreements,
    periods,
  };
}
