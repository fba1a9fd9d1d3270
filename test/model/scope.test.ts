import { expect } from '@open-wc/testing';
import { parseFeed, sliceFeed, toFeedInput, type Feed } from '../../src/feed/index.js';
import {
  agreementsOfCustomer,
  indexFeed,
  isAgreementOfCustomer,
  resolveAgreement,
  scopeFeed,
  scopeVerdict,
} from '../../src/model/index.js';
import { leaks, otherCustomersTokens } from '../elements/shared/scope-scan.js';
import sample from '../fixtures/sample-feed.json';

function parsed(raw: unknown): Feed {
  const result = parseFeed(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.feed;
}

const feed = parsed(sample);
const index = indexFeed(feed);
const CUSTOMERS = ['contoso', 'fabrikam', 'tailspin'];

describe('model/scope', () => {
  it('isAgreementOfCustomer(index, agreement, customer) follows the parent chain', () => {
    expect(isAgreementOfCustomer(index, 'contoso-msa', 'contoso')).to.equal(true);
    expect(isAgreementOfCustomer(index, 'contoso-erp', 'contoso'), 'inherited').to.equal(true);
    expect(isAgreementOfCustomer(index, 'tailspin-soc', 'contoso')).to.equal(false);
    expect(isAgreementOfCustomer(index, 'nw-corporate', 'contoso'), 'shared level').to.equal(false);
    expect(isAgreementOfCustomer(index, 'no-such', 'contoso')).to.equal(false);
  });

  it('an agreement whose chain names two customers is neither’s', () => {
    const raw = structuredClone(sample);
    Object.assign(
      raw.agreements.find((a) => a.id === 'contoso-erp')!,
      {
        parentId: 'tailspin-msa',
        customerId: 'contoso',
      },
    );
    const mixed = indexFeed(parsed(raw));
    expect(isAgreementOfCustomer(mixed, 'contoso-erp', 'contoso')).to.equal(false);
    expect(isAgreementOfCustomer(mixed, 'contoso-erp', 'tailspin')).to.equal(false);
    expect(agreementsOfCustomer(mixed, 'contoso')!.map((a) => a.id)).to.deep.equal([
      'contoso-msa',
      'contoso-servicedesk',
    ]);
  });

  it('scopeVerdict(index, customer, agreement) says why an agreement may not be shown', () => {
    expect(scopeVerdict(index, 'contoso', 'contoso-erp')).to.equal('ok');
    expect(scopeVerdict(index, 'contoso', 'tailspin-msa')).to.equal('not-of-customer');
    expect(scopeVerdict(index, 'contoso', 'no-such')).to.equal('not-of-customer');
    expect(scopeVerdict(index, 'nobody', 'contoso-msa')).to.equal('unknown-customer');
    expect(agreementsOfCustomer(index, 'nobody')).to.equal(null);
  });

  for (const customer of CUSTOMERS) {
    it(`scopeFeed(feed, "${customer}") holds nothing of another customer`, () => {
      const scoped = scopeFeed(feed, customer);
      expect(leaks([JSON.stringify(scoped)], otherCustomersTokens(sample, customer))).to.deep.equal(
        [],
      );
      const own = agreementsOfCustomer(index, customer)!.map((a) => a.id);
      expect(scoped.customers.map((c) => c.id)).to.deep.equal([customer]);
      expect(scoped.agreements.map((a) => a.id).sort()).to.deep.equal(
        ['nw-corporate', ...own].sort(),
      );
      expect(scoped.periods.length).to.equal(
        feed.periods.filter((p) => own.includes(p.agreementId)).length,
      );
      expect(scoped.breaches.every((b) => own.includes(b.agreementId))).to.equal(true);
      expect(scoped.maintenance.length).to.be.greaterThan(0);
      for (const m of scoped.maintenance)
        for (const id of m.agreementIds) expect(['nw-corporate', ...own]).to.include(id);
      const services = new Set(scoped.services.map((s) => s.id));
      for (const a of scoped.agreements)
        for (const o of resolveAgreement(indexFeed(scoped), a.id)!.objectives)
          if (o.serviceId) expect(services.has(o.serviceId), o.serviceId).to.equal(true);
      for (const s of scoped.services)
        for (const dep of s.dependsOn) expect(services.has(dep), dep).to.equal(true);
    });
  }

  it('scopeFeed resolves the customer’s agreements exactly as the whole feed does', () => {
    const scoped = indexFeed(scopeFeed(feed, 'contoso'));
    for (const id of ['contoso-msa', 'contoso-erp']) {
      const whole = resolveAgreement(index, id)!;
      const part = resolveAgreement(scoped, id)!;
      expect(part.objectives).to.deep.equal(whole.objectives);
      expect(part.termSources).to.deep.equal(whole.termSources);
    }
  });

  it('scopeFeed of an unknown customer keeps the provider and nothing else; results are memoised', () => {
    const none = scopeFeed(feed, 'nobody');
    expect(none.provider).to.equal(feed.provider);
    expect([none.customers, none.agreements, none.periods, none.breaches]).to.deep.equal([
      [],
      [],
      [],
      [],
    ]);
    expect(none.services).to.deep.equal([]);
    expect(none.maintenance).to.deep.equal([]);
    expect(scopeFeed(feed, 'contoso')).to.equal(scopeFeed(feed, 'contoso'));
    expect(Object.isFrozen(none)).to.equal(true);
  });

  for (const customer of CUSTOMERS) {
    it(`scopeFeed(feed, "${customer}") selects exactly what sliceFeed serves that customer`, () => {
      expect(toFeedInput(scopeFeed(feed, customer))).to.deep.equal(sliceFeed(feed, customer));
    });
  }

  it("scopeFeed cuts a shared objective's appliesTo down to the customer's services", () => {
    const availability = scopeFeed(feed, 'fabrikam')
      .agreements.find((a) => a.id === 'nw-corporate')!
      .objectives.find((o) => o.id === 'availability')!;
    expect(availability.appliesTo).to.deep.equal(['svc-cloud', 'svc-portal']);
    expect(JSON.stringify(scopeFeed(feed, 'fabrikam'))).to.not.include('svc-erp');
  });

  it('scopeFeed leaves out an agreement whose chain mixes customers, and its records', () => {
    const raw = structuredClone(sample);
    Object.assign(
      raw.agreements.find((a) => a.id === 'contoso-erp')!,
      {
        parentId: 'fabrikam-msa',
        customerId: 'contoso',
      },
    );
    const mixed = parsed(raw);
    const scoped = scopeFeed(mixed, 'contoso');
    expect(scoped.agreements.map((a) => a.id)).to.deep.equal([
      'nw-corporate',
      'contoso-msa',
      'contoso-servicedesk',
    ]);
    expect(scoped.periods.some((p) => p.agreementId === 'contoso-erp')).to.equal(false);
    expect(scopeFeed(mixed, 'fabrikam').agreements.map((a) => a.id)).to.not.include('contoso-erp');
  });
});
