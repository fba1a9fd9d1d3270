import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import { baseFeed, get, push, set } from '../fixtures/base-feed.js';

type Feed = ReturnType<typeof baseFeed>;

/** Rules across records: one change to the base feed, the issue it must produce. */
const RULES: [string, (f: Feed) => void, string, string][] = [
  [
    'a service depending on an unknown service',
    (f) => set(f, 'services[0].dependsOn', ['svc-ghost']),
    'services[0].dependsOn[0]',
    'unknown-reference',
  ],
  [
    'an unknown parent agreement',
    (f) => set(f, 'agreements[1].parentId', 'ghost'),
    'agreements[1].parentId',
    'unknown-reference',
  ],
  [
    'an agreement for an unknown service',
    (f) => set(f, 'agreements[1].serviceId', 'svc-ghost'),
    'agreements[1].serviceId',
    'unknown-reference',
  ],
  [
    'a corporate agreement with a parent',
    (f) => set(f, 'agreements[0].parentId', 'contoso-msa'),
    'agreements[0].parentId',
    'invalid',
  ],
  [
    'two objectives with one id in an agreement',
    (f) => set(f, 'agreements[0].objectives[1].id', 'availability'),
    'agreements[0].objectives[1].id',
    'duplicate-id',
  ],
  [
    'an exit clause naming an unknown objective',
    (f) => set(f, 'agreements[1].exitClause.objectiveIds', ['ghost']),
    'agreements[1].exitClause.objectiveIds[0]',
    'unknown-reference',
  ],
  [
    'validTo before validFrom',
    (f) =>
      Object.assign(get(f, 'agreements[1]') as object, {
        validFrom: '2026-01-01T00:00:00Z',
        validTo: '2025-01-01T00:00:00Z',
      }),
    'agreements[1].validTo',
    'range',
  ],
  [
    'a period for an unknown agreement',
    (f) => set(f, 'periods[0].agreementId', 'ghost'),
    'periods[0].agreementId',
    'unknown-reference',
  ],
  [
    'a percentage minimum in force above 100',
    (f) => set(f, 'periods[0].levels', { minimum: 120 }),
    'periods[0].levels.minimum',
    'range',
  ],
  [
    'a percentage target in force below 0',
    (f) => set(f, 'periods[0].levels', { target: -1 }),
    'periods[0].levels.target',
    'range',
  ],
  [
    'a breach of an unknown agreement',
    (f) => set(f, 'breaches[0].agreementId', 'ghost'),
    'breaches[0].agreementId',
    'unknown-reference',
  ],
  [
    'a breach of an unknown objective',
    (f) => set(f, 'breaches[0].objectiveIds', ['availability', 'ghost']),
    'breaches[0].objectiveIds[1]',
    'unknown-reference',
  ],
  [
    'a breach of an unknown service',
    (f) => set(f, 'breaches[0].serviceId', 'svc-ghost'),
    'breaches[0].serviceId',
    'unknown-reference',
  ],
  [
    'maintenance ending before it starts',
    (f) => set(f, 'maintenance[0].end', '2026-10-11T01:00:00+02:00'),
    'maintenance[0].end',
    'range',
  ],
  [
    'maintenance of an unknown service',
    (f) => set(f, 'maintenance[0].serviceIds', ['svc-ghost']),
    'maintenance[0].serviceIds[0]',
    'unknown-reference',
  ],
  [
    'maintenance of an unknown agreement',
    (f) => set(f, 'maintenance[0].agreementIds', ['ghost']),
    'maintenance[0].agreementIds[0]',
    'unknown-reference',
  ],
  [
    'duplicate customers',
    (f) => push(f, 'customers', { id: 'contoso', name: 'Again' }),
    'customers[1].id',
    'duplicate-id',
  ],
  [
    'duplicate maintenance ids',
    (f) => push(f, 'maintenance', { ...(get(f, 'maintenance[0]') as object) }),
    'maintenance[1].id',
    'duplicate-id',
  ],
  [
    'a credit tier threshold above 100 on a percentage objective',
    (f) => set(f, 'agreements[0].objectives[0].creditTiers[1].threshold', 101),
    'agreements[0].objectives[0].creditTiers[1].threshold',
    'range',
  ],
  [
    'an incentive threshold above 100 on a percentage objective',
    (f) =>
      set(f, 'agreements[1].objectives[0].incentiveTiers', [{ threshold: 100.5, bonusPercent: 2 }]),
    'agreements[1].objectives[0].incentiveTiers[0].threshold',
    'range',
  ],
  [
    'a lower-is-better minimum below its target',
    (f) => set(f, 'agreements[0].objectives[1].minimum', 300),
    'agreements[0].objectives[1].minimum',
    'range',
  ],
  [
    'an inherited objective overridden into a minimum above the target',
    (f) => set(f, 'agreements[1].objectives[0].minimum', 99.99),
    'agreements[1].objectives[0].minimum',
    'range',
  ],
];

describe('parseFeed rules across records', () => {
  it('accepts the base feed', () => {
    const result = parseFeed(baseFeed());
    expect(result.ok && result.warnings).to.deep.equal([]);
  });

  for (const [what, change, path, code] of RULES) {
    it(`rejects ${what}: ${path} (${code})`, () => {
      const feed = baseFeed();
      change(feed);
      const result = parseFeed(feed);
      if (result.ok) throw new Error('accepted');
      expect(result.issues.map((i) => `${i.path} ${i.code}`)).to.include(`${path} ${code}`);
    });
  }

  it('reports a cycle once, without follow-up errors on its periods and breaches', () => {
    const feed = baseFeed();
    set(feed, 'agreements[1].parentId', 'contoso-msa');
    const result = parseFeed(feed);
    if (result.ok) throw new Error('accepted');
    expect(result.issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal([
      'agreements[1].parentId cycle',
    ]);
  });

  it('lets a child agreement override only the fields it changes', () => {
    const feed = baseFeed();
    set(feed, 'agreements[1].objectives', [
      { id: 'latency', target: 350 },
      { id: 'availability', minimum: 99.6 },
    ]);
    expect(parseFeed(feed).ok).to.equal(true);
  });

  it('accepts a service agreement that gets its customer through its parent', () => {
    const feed = baseFeed();
    push(feed, 'agreements', {
      id: 'contoso-db',
      name: 'Contoso database',
      level: 'service',
      parentId: 'contoso-msa',
      serviceId: 'svc-db',
    });
    expect(parseFeed(feed).ok).to.equal(true);
  });

  it('does not change the object it was given', () => {
    const feed = baseFeed();
    const copy = structuredClone(feed);
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    expect(feed).to.deep.equal(copy);
  });
});
