import { expect } from '@open-wc/testing';
import {
  agreementPeriods,
  breachesOf,
  indexFeed,
  objectiveOf,
  periodsOf,
  resolveAgreement,
  resolveObjective,
} from '../../src/model/index.js';
import { feedOf, month, threeLevelFeed } from './helpers.js';

describe('model/feed-index', () => {
  const feed = threeLevelFeed({
    periods: [
      { agreementId: 'acme-portal', objectiveId: 'p95', ...month(2), value: 280 },
      { agreementId: 'acme-portal', objectiveId: 'avail', ...month(1), value: 99.99 },
      { agreementId: 'acme-portal', objectiveId: 'avail', ...month(2), value: 99.5 },
    ],
    breaches: [
      {
        id: 'b1',
        agreementId: 'acme-portal',
        objectiveIds: ['avail'],
        start: '2026-02-03T10:00:00Z',
        end: '2026-02-03T12:00:00Z',
        severity: 'major',
        title: 'Outage',
      },
    ],
  });

  it('indexFeed maps agreements, customers and services by id', () => {
    const index = indexFeed(feed);
    expect(index.agreements.get('acme-msa')?.name).to.equal('Acme master agreement');
    expect(index.customers.get('acme')?.currency).to.equal('EUR');
    expect(index.services.get('portal')?.name).to.equal('Portal');
  });

  it('indexFeed groups periods per objective (sorted by start), breaches per agreement, children and customer agreements', () => {
    const index = indexFeed(feed);
    expect(periodsOf(index, 'acme-portal', 'avail').map((p) => p.value)).to.deep.equal([
      99.99, 99.5,
    ]);
    expect(periodsOf(index, 'acme-portal', 'nope')).to.deep.equal([]);
    expect(breachesOf(index, 'acme-portal').map((b) => b.id)).to.deep.equal(['b1']);
    expect(breachesOf(index, 'corp')).to.deep.equal([]);
    expect(index.childrenOf.get('corp')?.map((a) => a.id)).to.deep.equal(['acme-msa']);
    expect(index.childrenOf.get('acme-msa')?.map((a) => a.id)).to.deep.equal(['acme-portal']);
    // The service agreement inherits its customer through its parent.
    expect(index.agreementsOfCustomer.get('acme')?.map((a) => a.id)).to.deep.equal([
      'acme-msa',
      'acme-portal',
    ]);
  });

  it('indexFeed is memoised per feed object', () => {
    expect(indexFeed(feed)).to.equal(indexFeed(feed));
    expect(indexFeed(threeLevelFeed())).not.to.equal(indexFeed(feed));
  });

  it('agreementPeriods groups the periods of an agreement by start', () => {
    const list = agreementPeriods(indexFeed(feed), 'acme-portal');
    expect(
      list.map((p) => [new Date(p.start).toISOString(), p.periods.map((x) => x.objectiveId)]),
    ).to.deep.equal([
      ['2026-01-01T00:00:00.000Z', ['avail']],
      ['2026-02-01T00:00:00.000Z', ['p95', 'avail']],
    ]);
    expect(agreementPeriods(indexFeed(feed), 'acme-portal')).to.equal(list);
  });
});

describe('model/resolve', () => {
  const index = indexFeed(threeLevelFeed());

  it('resolveAgreement inherits terms from the nearest agreement in the chain that sets them', () => {
    const portal = resolveAgreement(index, 'acme-portal')!;
    expect(portal.chain.map((a) => a.id)).to.deep.equal(['acme-portal', 'acme-msa', 'corp']);
    expect(portal.customerId).to.equal('acme');
    expect(portal.customer?.name).to.equal('Acme');
    expect(portal.serviceId).to.equal('portal');
    expect(portal.fee).to.deep.equal({ amount: 10_000, currency: 'EUR', per: 'month' });
    expect(portal.currency).to.equal('EUR');
    expect(portal.creditCapPercent).to.equal(30);
    expect(portal.minimumPayable).to.equal(50);
    expect(portal.bonusCapPercent).to.equal(undefined);
    expect(portal.exitClause?.misses).to.equal(2);
    expect(portal.legalUrl).to.equal('https://example.com/terms');
    expect(portal.summary).to.equal('Corporate service terms');
    expect(portal.termSources).to.include({
      fee: 'acme-msa',
      creditCapPercent: 'corp',
      customerId: 'acme-msa',
      serviceId: 'acme-portal',
    });
    expect(portal.version).to.equal('2');
    expect(portal.timeZone).to.equal('Europe/Berlin');
  });

  it('resolveAgreement merges a child override of the target only and keeps every other field', () => {
    const avail = resolveObjective(index, 'acme-portal', 'avail')!;
    expect(avail.target).to.equal(99.95);
    expect(avail.minimum).to.equal(99.0);
    expect(avail.name).to.equal('Availability');
    expect(avail.creditTiers.map((t) => t.threshold)).to.deep.equal([99.9, 99.0, 95.0]);
    expect(avail.incentiveTiers.map((t) => t.threshold)).to.deep.equal([99.97, 99.99]);
    expect(avail.definedIn).to.equal('corp');
    expect(avail.inheritedFrom).to.equal('acme-msa');
    expect(avail.fieldSources.target).to.equal('acme-msa');
    expect(avail.fieldSources.minimum).to.equal('corp');
    expect(avail.overrides).to.deep.equal(['target']);
    expect(avail.agreementId).to.equal('acme-portal');
    expect(avail.serviceId).to.equal('portal');
  });

  it('resolveAgreement keeps the corporate target for the customer level and overrides per level', () => {
    expect(resolveObjective(index, 'corp', 'avail')?.target).to.equal(99.9);
    expect(resolveObjective(index, 'acme-msa', 'avail')?.target).to.equal(99.95);
    const p95 = resolveObjective(index, 'acme-portal', 'p95')!;
    expect(p95.minimum).to.equal(1000);
    expect(p95.target).to.equal(300);
    expect(p95.weight).to.equal(2);
    expect(p95.wording).to.deep.equal({ promise: undefined, remedy: '5 % back' });
    expect(p95.inheritedFrom).to.equal('corp');
  });

  it('resolveAgreement merges wording sentence by sentence', () => {
    const feed = feedOf({
      agreements: [
        {
          id: 'c',
          name: 'C',
          level: 'corporate',
          objectives: [
            {
              id: 'o',
              name: 'O',
              unit: 'percent',
              direction: 'higher-is-better',
              minimum: 99,
              target: 99.9,
              wording: { promise: 'Up 99.9 %', remedy: '10 % back' },
            },
          ],
        },
        {
          id: 'k',
          name: 'K',
          level: 'customer',
          parentId: 'c',
          customerId: 'x',
          objectives: [{ id: 'o', wording: { remedy: '20 % back' } }],
        },
      ],
      customers: [{ id: 'x', name: 'X' }],
    });
    expect(resolveObjective(indexFeed(feed), 'k', 'o')?.wording).to.deep.equal({
      promise: 'Up 99.9 %',
      remedy: '20 % back',
    });
  });

  it('resolveAgreement applies defaults: calendar month, weight 1, indicator other, category by credit tiers', () => {
    const portal = resolveAgreement(index, 'acme-portal')!;
    const csat = objectiveOf(portal, 'csat')!;
    expect(csat.window).to.deep.equal({ kind: 'calendar', unit: 'month' });
    expect(csat.weight).to.equal(1);
    expect(csat.category).to.equal('key');
    expect(csat.definedIn).to.equal('acme-portal');
    expect(csat.inheritedFrom).to.equal(undefined);
    expect(objectiveOf(portal, 'avail')?.category).to.equal('critical');
    expect(portal.objectives.map((o) => o.id)).to.deep.equal(['avail', 'p95', 'csat']);
    const feed = feedOf({
      agreements: [
        {
          id: 'c',
          name: 'C',
          level: 'corporate',
          objectives: [
            {
              id: 'o',
              name: 'O',
              unit: 'count',
              direction: 'lower-is-better',
              minimum: 5,
              target: 1,
            },
          ],
        },
      ],
    });
    expect(resolveObjective(indexFeed(feed), 'c', 'o')?.indicator).to.equal('other');
  });

  it('resolveAgreement takes the currency from the customer when the fee has none to give', () => {
    const feed = feedOf({
      customers: [{ id: 'x', name: 'X', currency: 'CHF' }],
      agreements: [{ id: 'k', name: 'K', level: 'customer', customerId: 'x' }],
    });
    const k = resolveAgreement(indexFeed(feed), 'k')!;
    expect(k.fee).to.equal(undefined);
    expect(k.currency).to.equal('CHF');
    expect(k.timeZone).to.equal('UTC');
  });

  it('resolveAgreement returns null for an unknown id and is memoised per index', () => {
    expect(resolveAgreement(index, 'nope')).to.equal(null);
    expect(resolveAgreement(index, 'nope')).to.equal(null);
    expect(resolveAgreement(index, 'corp')).to.equal(resolveAgreement(index, 'corp'));
    expect(resolveObjective(index, 'nope', 'avail')).to.equal(undefined);
  });

  it('resolveAgreement skips an objective left incomplete in a hand-built feed instead of guessing', () => {
    const feed = threeLevelFeed();
    const broken = {
      ...feed,
      agreements: [
        ...feed.agreements,
        {
          id: 'x',
          name: 'X',
          level: 'corporate' as const,
          versions: [],
          objectives: [{ id: 'half', name: 'Half' }],
        },
      ],
    };
    expect(resolveAgreement(indexFeed(broken), 'x')?.objectives).to.deep.equal([]);
  });
});
