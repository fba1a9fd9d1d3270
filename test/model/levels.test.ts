// Multi-level semantics: what a child agreement carries, and where a shortfall is credited.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import {
  agreementPeriodBonus,
  agreementPeriodCredit,
  agreementPeriods,
  customerNetPosition,
  errorBudget,
  indexFeed,
  netPositionOverRange,
  periodStatus,
  portfolioNetPosition,
  resolveAgreement,
  type ResolvedAgreement,
} from '../../src/model/index.js';
import { feedOf, month } from './helpers.js';

const AVAILABILITY = {
  id: 'avail',
  name: 'Platform availability',
  serviceId: 'cloud',
  indicator: 'availability',
  unit: 'percent',
  direction: 'higher-is-better',
  minimum: 99.5,
  target: 99.9,
  creditTiers: [{ threshold: 99.5, creditPercent: 10 }],
  incentiveTiers: [{ threshold: 99.99, bonusPercent: 2 }],
  appliesTo: ['cloud', 'erp'],
};
const LATENCY = {
  id: 'latency',
  name: 'Web shop latency',
  serviceId: 'shop',
  indicator: 'latency',
  unit: 'millisecond',
  direction: 'lower-is-better',
  minimum: 800,
  target: 400,
  creditTiers: [{ threshold: 800, creditPercent: 5 }],
};
const PASSWORDS = {
  id: 'passwords',
  name: 'Password policy',
  category: 'key',
  indicator: 'compliance',
  unit: 'pass-fail',
  direction: 'higher-is-better',
  minimum: 1,
  target: 1,
  appliesTo: 'all',
};
const PATCHES = {
  id: 'patches',
  name: 'Patch compliance',
  serviceId: 'security',
  category: 'key',
  indicator: 'compliance',
  unit: 'percent',
  direction: 'higher-is-better',
  minimum: 95,
  target: 98,
};

/** Corporate -> customer (fee 10,000) -> ERP service (fee 2,000) and security service (fee 1,000). */
function levelsFeed(periods: unknown[] = [], erpObjectives: unknown[] = []) {
  return feedOf({
    customers: [{ id: 'acme', name: 'Acme', currency: 'EUR' }],
    services: ['cloud', 'erp', 'shop', 'security'].map((id) => ({ id, name: id })),
    agreements: [
      {
        id: 'corp',
        name: 'Corporate terms',
        level: 'corporate',
        creditCapPercent: 25,
        minimumPayable: 10,
        exitClause: { misses: 2, withinPeriods: 3 },
        objectives: [AVAILABILITY, LATENCY, PASSWORDS, PATCHES],
      },
      {
        id: 'acme-msa',
        name: 'Acme master agreement',
        level: 'customer',
        parentId: 'corp',
        customerId: 'acme',
        fee: { amount: 10_000, currency: 'EUR' },
      },
      {
        id: 'acme-erp',
        name: 'Acme ERP',
        level: 'service',
        parentId: 'acme-msa',
        serviceId: 'erp',
        fee: { amount: 2_000, currency: 'EUR' },
        objectives: erpObjectives,
      },
      {
        id: 'acme-soc',
        name: 'Acme security operations',
        level: 'service',
        parentId: 'acme-msa',
        serviceId: 'security',
        fee: { amount: 1_000, currency: 'EUR' },
      },
    ],
    periods,
  });
}

const ids = (a: ResolvedAgreement | null): string[] => a!.objectives.map((o) => o.id);
const period = (agreementId: string, objectiveId: string, value: number | null, m = 10) => ({
  agreementId,
  objectiveId,
  ...month(m),
  value,
});

function creditOf(feed: ReturnType<typeof levelsFeed>, agreementId: string, m = 10) {
  const index = indexFeed(feed);
  const ap = agreementPeriods(index, agreementId).find(
    (p) => p.start === Date.parse(month(m).start),
  )!;
  return agreementPeriodCredit(resolveAgreement(index, agreementId)!, ap);
}

describe('multi-level agreements', () => {
  it('a customer-level agreement carries every objective of its chain', () => {
    const index = indexFeed(levelsFeed());
    expect(ids(resolveAgreement(index, 'acme-msa'))).to.deep.equal([
      'avail',
      'latency',
      'passwords',
      'patches',
    ]);
  });

  it('a service-level agreement carries only the inherited objectives that apply to its service', () => {
    const index = indexFeed(levelsFeed());
    // ERP: platform availability lists it, a policy for everything applies; web-shop latency and
    // security patching do not.
    expect(ids(resolveAgreement(index, 'acme-erp'))).to.deep.equal(['avail', 'passwords']);
    // Security operations: its own service's objective (by serviceId) and the policy only.
    expect(ids(resolveAgreement(index, 'acme-soc'))).to.deep.equal(['passwords', 'patches']);
  });

  it('an objective a service agreement writes itself is carried whatever it applies to', () => {
    const index = indexFeed(levelsFeed([], [{ id: 'latency', target: 300 }]));
    expect(ids(resolveAgreement(index, 'acme-erp'))).to.deep.equal([
      'avail',
      'latency',
      'passwords',
    ]);
  });

  it('a shortfall shown at customer and service level is credited once, at the level that owns the measurement', () => {
    // The same measurement (99.2 %, worse than 99.5: the 10 % tier) at both levels.
    const feed = levelsFeed([period('acme-msa', 'avail', 99.2), period('acme-erp', 'avail', 99.2)]);
    const customer = creditOf(feed, 'acme-msa');
    const service = creditOf(feed, 'acme-erp');
    expect(customer.amount).to.equal(1_000);
    expect(customer.objectives[0]).to.include({
      counted: true,
      countedIn: 'acme-msa',
      percent: 10,
    });
    // Shown at the service level, with its tier, but counted where it is owned.
    expect(service.objectives[0]!.tier).to.deep.equal({ threshold: 99.5, creditPercent: 10 });
    expect(service.objectives[0]).to.include({ counted: false, countedIn: 'acme-msa', percent: 0 });
    expect(service.objectives[0]!.amount).to.equal(0);
    expect(service.amount).to.equal(0);
    // Status is the same at both levels: the row is shown, not hidden.
    expect(service.objectives[0]!.status).to.equal('breached');

    const index = indexFeed(feed);
    const totals = customerNetPosition(index, 'acme')!;
    expect(totals.totals).to.deep.equal([
      { currency: 'EUR', credit: 1_000, bonus: 0, net: -1_000 },
    ]);
    expect(portfolioNetPosition(index).totals).to.deep.equal(totals.totals);
  });

  it('a bonus shown at customer and service level is earned once, at the owning level', () => {
    const feed = levelsFeed([period('acme-msa', 'avail', 100), period('acme-erp', 'avail', 100)]);
    const index = indexFeed(feed);
    const bonusOf = (id: string) =>
      agreementPeriodBonus(resolveAgreement(index, id)!, agreementPeriods(index, id)[0]!);
    expect(bonusOf('acme-msa').amount).to.equal(200);
    expect(bonusOf('acme-erp').amount).to.equal(0);
    expect(bonusOf('acme-erp').objectives[0]).to.include({ counted: false, countedIn: 'acme-msa' });
  });

  it('an objective a service agreement overrides is its own promise: its shortfall is credited there', () => {
    const feed = levelsFeed(
      [period('acme-msa', 'avail', 99.8), period('acme-erp', 'avail', 99.2)],
      [{ id: 'avail', minimum: 99.7, creditTiers: [{ threshold: 99.7, creditPercent: 20 }] }],
    );
    const index = indexFeed(feed);
    expect(resolveAgreement(index, 'acme-erp')!.objectives[0]!.countedIn).to.equal('acme-erp');
    expect(creditOf(feed, 'acme-erp').amount).to.equal(400); // 20 % of the ERP fee
    expect(creditOf(feed, 'acme-msa').amount).to.equal(0); // 99.8 is no shortfall for the customer
  });

  it('an objective only the corporate level writes is measured and credited at the customer level', () => {
    const index = indexFeed(levelsFeed());
    for (const id of ['acme-msa', 'acme-erp', 'acme-soc']) {
      const passwords = resolveAgreement(index, id)!.objectives.find((o) => o.id === 'passwords')!;
      expect(passwords.countedIn, id).to.equal('acme-msa');
    }
  });

  it('a child inherits fee basis, cap, exit clause and minimum payable from the nearest agreement that sets them', () => {
    const index = indexFeed(levelsFeed());
    const soc = resolveAgreement(index, 'acme-soc')!;
    expect(soc.fee?.amount).to.equal(1_000);
    expect(soc.creditCapPercent).to.equal(25);
    expect(soc.minimumPayable).to.equal(10);
    expect(soc.exitClause?.misses).to.equal(2);
    expect(soc.termSources).to.include({
      fee: 'acme-soc',
      creditCapPercent: 'corp',
      minimumPayable: 'corp',
      exitClause: 'corp',
    });
  });

  it('totals over a range never add the same credit twice', () => {
    const periods = [];
    for (const m of [8, 9, 10]) {
      periods.push(period('acme-msa', 'avail', 99.2, m), period('acme-erp', 'avail', 99.2, m));
    }
    const index = indexFeed(levelsFeed(periods));
    const ranges = ['acme-msa', 'acme-erp'].map((id) =>
      netPositionOverRange(resolveAgreement(index, id)!, agreementPeriods(index, id)),
    );
    expect(ranges.map((r) => r.credit)).to.deep.equal([3_000, 0]);
    expect(customerNetPosition(index, 'acme')!.totals[0]!.credit).to.equal(3_000);
  });
});

describe('policy objectives', () => {
  it('a pass-fail period is complied with at 1 and not complied with at 0', () => {
    const index = indexFeed(levelsFeed());
    const passwords = resolveAgreement(index, 'acme-msa')!.objectives.find(
      (o) => o.id === 'passwords',
    )!;
    expect(periodStatus(passwords, { value: 1 })).to.equal('met');
    expect(periodStatus(passwords, { value: 0 })).to.equal('breached');
    expect(periodStatus(passwords, { value: null })).to.equal('no-data');
  });

  it('a pass-fail objective and a compliance percentage have no error budget; the feed may ask for one', () => {
    const index = indexFeed(levelsFeed());
    const msa = resolveAgreement(index, 'acme-msa')!;
    const get = (id: string) => msa.objectives.find((o) => o.id === id)!;
    const oct = { ...month(10), start: 0, end: 1 };
    expect(get('passwords').errorBudget).to.equal(false);
    expect(errorBudget(get('passwords'), { ...oct, value: 1 })).to.equal(null);
    expect(get('patches').errorBudget).to.equal(false);
    expect(errorBudget(get('patches'), { ...oct, value: 97 })).to.equal(null);
    expect(get('avail').errorBudget).to.equal(true);

    // The feed asks for a budget on the compliance percentage.
    const withBudget = feedOf({
      services: [{ id: 'security', name: 'SOC' }],
      agreements: [
        {
          id: 'corp',
          name: 'Corp',
          level: 'corporate',
          objectives: [{ ...PATCHES, errorBudget: true }],
        },
      ],
    });
    const patches = resolveAgreement(indexFeed(withBudget), 'corp')!.objectives[0]!;
    expect(patches.errorBudget).to.equal(true);
    expect(errorBudget(patches, { ...oct, value: 97 })!.allowedShare).to.equal(2);
  });

  it('a pass-fail value other than 0 or 1 is rejected with its path', () => {
    const result = parseFeed({
      schemaVersion: 1,
      provider: { id: 'p', name: 'P' },
      agreements: [{ id: 'corp', name: 'Corp', level: 'corporate', objectives: [PASSWORDS] }],
      periods: [{ agreementId: 'corp', objectiveId: 'passwords', ...month(10), value: 0.5 }],
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.message])).to.deep.equal([
      ['periods[0].value', 'is 0.5; a pass-fail objective takes 1 (complied) or 0 (not complied).'],
    ]);
  });

  it('an evidence link is kept for https, http and mailto and dropped with a warning otherwise', () => {
    const feedWith = (evidenceUrl: string) =>
      parseFeed({
        schemaVersion: 1,
        provider: { id: 'p', name: 'P' },
        agreements: [{ id: 'corp', name: 'Corp', level: 'corporate', objectives: [PASSWORDS] }],
        periods: [
          { agreementId: 'corp', objectiveId: 'passwords', ...month(10), value: 1, evidenceUrl },
        ],
      });
    const kept = feedWith('https://audit.example/2026-10');
    expect(kept.ok && kept.feed.periods[0]!.evidenceUrl).to.equal('https://audit.example/2026-10');
    const mail = feedWith('mailto:audit@example.com');
    expect(mail.ok && mail.feed.periods[0]!.evidenceUrl).to.equal('mailto:audit@example.com');
    const dropped = feedWith('javascript:alert(1)');
    expect(dropped.ok).to.equal(true);
    if (!dropped.ok) return;
    expect(dropped.feed.periods[0]!.evidenceUrl).to.equal(undefined);
    expect(dropped.warnings.map((w) => [w.path, w.code])).to.deep.equal([
      ['periods[0].evidenceUrl', 'unsafe-link'],
    ]);
  });

  it('appliesTo names services that exist, or the feed is rejected with the path of the unknown one', () => {
    const result = parseFeed({
      schemaVersion: 1,
      provider: { id: 'p', name: 'P' },
      services: [{ id: 'cloud', name: 'Cloud' }],
      agreements: [
        {
          id: 'corp',
          name: 'Corp',
          level: 'corporate',
          objectives: [{ ...AVAILABILITY, appliesTo: ['cloud', 'erp'] }],
        },
      ],
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code, i.message])).to.deep.equal([
      [
        'agreements[0].objectives[0].appliesTo[1]',
        'unknown-reference',
        'names service "erp", which is not in services.',
      ],
    ]);
  });
});
