// The end-to-end view of a service: its dependency chain, each link's availability, the product.
import { expect } from '@open-wc/testing';
import { indexFeed, serviceChain } from '../../src/model/index.js';
import { at, feedOf, month } from './helpers.js';
import { bookFeed } from './portfolio-helpers.js';

const APRIL = { start: at(month(4).start), end: at(month(4).end) };
const FEB = { start: at(month(2).start), end: at(month(2).end) };

describe('serviceChain', () => {
  it('lists the service, then each dependency once, breadth-first', () => {
    const chain = serviceChain(indexFeed(bookFeed()), 'acme', 'portal', APRIL)!;
    expect(chain.links.map((l) => [l.serviceId, l.depth, l.dependsOn])).to.deep.equal([
      ['portal', 0, ['cloud']],
      ['cloud', 1, ['network', 'dc']],
      ['network', 2, ['dc']],
      ['dc', 2, []],
    ]);
    expect(chain.links.map((l) => l.name)).to.deep.equal([
      'Portal',
      'Cloud',
      'Network',
      'Data centre',
    ]);
  });

  it("reads each link's availability objective for the customer in the period", () => {
    const chain = serviceChain(indexFeed(bookFeed()), 'acme', 'portal', APRIL)!;
    expect(chain.links.map((l) => [l.agreementId, l.objectiveId, l.value, l.status])).to.deep.equal(
      [
        ['acme-portal', 'portal-avail', 98.5, 'breached'],
        ['acme-cloud', 'cloud-avail', 99.95, 'met'],
        ['acme-network', 'net-avail', 99.99, 'exceeded'],
        ['acme-dc', 'dc-avail', 99.999, 'exceeded'],
      ],
    );
  });

  it("states the product of the dependencies' availabilities, the service's own left out", () => {
    const chain = serviceChain(indexFeed(bookFeed()), 'acme', 'cloud', APRIL)!;
    // The cloud (99.95 %) is the end-to-end figure; what it depends on: 99.99 % x 99.999 %.
    expect(chain.allowed).to.be.closeTo(0.9999 * 0.99999 * 100, 1e-9);
    expect(chain.allowed! < 99.99).to.equal(true);
    expect(chain.missing).to.deep.equal([]);
    expect(chain.objective).to.deep.equal({
      agreementId: 'acme-cloud',
      objectiveId: 'cloud-avail',
      minimum: 99,
      target: 99.9,
      value: 99.95,
      status: 'met',
    });
  });

  it('has no product when a link has no data, and names the links without data', () => {
    const chain = serviceChain(indexFeed(bookFeed()), 'beta', 'portal', APRIL)!;
    expect(chain.allowed).to.equal(null);
    expect(chain.missing).to.deep.equal(['cloud', 'network', 'dc']);
    expect(chain.objective).to.equal(null);
    expect(
      chain.links.every((l) => l.agreementId === undefined && l.status === 'no-data'),
    ).to.equal(true);
    // A period without measurements.
    const empty = serviceChain(indexFeed(bookFeed()), 'acme', 'portal', {
      start: at(month(8).start),
      end: at(month(8).end),
    })!;
    expect(empty.allowed).to.equal(null);
    expect(empty.objective).to.deep.include({
      objectiveId: 'portal-avail',
      value: null,
      status: 'no-data',
    });
  });

  it('marks breaches of a dependency in the period as affecting the services above it', () => {
    const chain = serviceChain(indexFeed(bookFeed()), 'acme', 'portal', APRIL)!;
    const byId = new Map(chain.links.map((l) => [l.serviceId, l]));
    // The excluded breach and February's are left out.
    expect(byId.get('network')!.breaches).to.deep.equal(['b-net']);
    expect(byId.get('network')!.affects).to.deep.equal(['portal', 'cloud']);
    expect(byId.get('dc')!.affects).to.deep.equal(['portal', 'cloud', 'network']);
    expect(byId.get('portal')!.affects).to.deep.equal([]);
    expect(byId.get('cloud')!.breaches).to.deep.equal([]);
    const feb = serviceChain(indexFeed(bookFeed()), 'acme', 'portal', FEB)!;
    expect(feb.links.find((l) => l.serviceId === 'network')!.breaches).to.deep.equal(['b-net-old']);
  });

  it('never shows another customer their breaches', () => {
    const chain = serviceChain(indexFeed(bookFeed()), 'beta', 'portal', APRIL)!;
    expect(chain.links.flatMap((l) => l.breaches)).to.deep.equal([]);
  });

  it('visits each service once even when dependencies loop', () => {
    const feed = feedOf({
      customers: [{ id: 'c', name: 'C' }],
      services: [
        { id: 'a', name: 'A', dependsOn: ['b'] },
        { id: 'b', name: 'B', dependsOn: ['a', 'c'] },
        { id: 'c', name: 'C', dependsOn: ['a'] },
      ],
      agreements: [],
    });
    const chain = serviceChain(indexFeed(feed), 'c', 'a', APRIL)!;
    expect(chain.links.map((l) => l.serviceId)).to.deep.equal(['a', 'b', 'c']);
    expect(chain.links.map((l) => l.affects)).to.deep.equal([
      ['b', 'c'],
      ['a', 'c'],
      ['a', 'b'],
    ]);
  });

  it('states the period it was asked for, and has no data in a month before any measurement', () => {
    const index = indexFeed(bookFeed());
    expect(serviceChain(index, 'acme', 'portal', APRIL)!.period).to.deep.equal(APRIL);
    const january = { start: at(month(1).start), end: at(month(1).end) };
    const chain = serviceChain(index, 'acme', 'portal', january)!;
    // February's figures (the next month) are not January's.
    expect(chain.links.map((l) => [l.value, l.status])).to.deep.equal([
      [null, 'no-data'],
      [null, 'no-data'],
      [null, 'no-data'],
      [null, 'no-data'],
    ]);
    expect(chain.allowed).to.equal(null);
    expect(chain.missing).to.deep.equal(['cloud', 'network', 'dc']);
    expect(chain.objective).to.deep.include({ value: null, status: 'no-data' });
  });

  it("takes a link's figure from the service's own agreement, availability in percent only", () => {
    const chain = serviceChain(indexFeed(ownServiceFeed()), 'c', 'web', APRIL)!;
    // Not the customer agreement's web objective (earlier in the feed), not the compliance
    // percentage, not the downtime minutes: the service agreement's availability.
    expect(
      chain.links.map((l) => [l.serviceId, l.agreementId, l.objectiveId, l.value]),
    ).to.deep.equal([
      ['web', 'web-sla', 'web-up', 99.8],
      ['api', 'api-sla', 'up', null],
    ]);
    expect(chain.objective).to.deep.equal({
      agreementId: 'web-sla',
      objectiveId: 'web-up',
      minimum: 99,
      target: 99.9,
      value: 99.8,
      status: 'at-risk',
    });
    // The api's availability is only inherited from the customer agreement and not measured.
    expect(chain.missing).to.deep.equal(['api']);
    const api = serviceChain(indexFeed(ownServiceFeed()), 'c', 'api', APRIL)!;
    expect(api.objective).to.deep.include({
      agreementId: 'api-sla',
      objectiveId: 'up',
      value: null,
    });
  });

  it('falls back to an availability objective of another agreement that names the service', () => {
    // Without a service agreement for the web, the customer agreement's web objective is its figure.
    const feed = ownServiceFeed({ withoutWebAgreement: true });
    const chain = serviceChain(indexFeed(feed), 'c', 'web', APRIL)!;
    expect([
      chain.links[0]!.agreementId,
      chain.links[0]!.objectiveId,
      chain.links[0]!.value,
    ]).to.deep.equal(['msa', 'web-up-msa', 99]);
  });

  it('lists every breach of a link inside the period, none that only touches its edges', () => {
    const chain = serviceChain(indexFeed(ownServiceFeed()), 'c', 'web', APRIL)!;
    expect(chain.links[0]!.breaches).to.deep.equal(['b-open', 'b1', 'b2']);
  });

  it('is null for an unknown customer or service', () => {
    const index = indexFeed(bookFeed());
    expect(serviceChain(index, 'nobody', 'portal', APRIL)).to.equal(null);
    expect(serviceChain(index, 'acme', 'nothing', APRIL)).to.equal(null);
  });
});

/**
 * Customer c: a customer agreement naming a web availability objective and a plain one, a service
 * agreement for the web (compliance in percent, downtime in minutes, then availability in percent)
 * and one for the api without objectives of its own. April is measured.
 */
function ownServiceFeed(options: { withoutWebAgreement?: boolean } = {}) {
  const percent = { unit: 'percent', direction: 'higher-is-better', minimum: 99, target: 99.9 };
  const april = (agreementId: string, objectiveId: string, value: number) => ({
    agreementId,
    objectiveId,
    ...month(4),
    value,
  });
  const breach = (id: string, start: string, end?: string) => ({
    id,
    agreementId: options.withoutWebAgreement ? 'msa' : 'web-sla',
    objectiveIds: [options.withoutWebAgreement ? 'web-up-msa' : 'web-up'],
    serviceId: 'web',
    start,
    ...(end === undefined ? {} : { end }),
    severity: 'minor',
    title: id,
  });
  return feedOf({
    customers: [{ id: 'c', name: 'C' }],
    services: [
      { id: 'web', name: 'Web', dependsOn: ['api'] },
      { id: 'api', name: 'API' },
    ],
    agreements: [
      {
        id: 'msa',
        name: 'Master',
        level: 'customer',
        customerId: 'c',
        objectives: [
          {
            id: 'web-up-msa',
            name: 'Web up',
            indicator: 'availability',
            serviceId: 'web',
            ...percent,
          },
          { id: 'up', name: 'Up', indicator: 'availability', ...percent },
        ],
      },
      ...(options.withoutWebAgreement
        ? []
        : [
            {
              id: 'web-sla',
              name: 'Web',
              level: 'service',
              parentId: 'msa',
              serviceId: 'web',
              objectives: [
                { id: 'web-compliance', name: 'Compliance', indicator: 'compliance', ...percent },
                {
                  id: 'web-downtime',
                  name: 'Downtime',
                  indicator: 'availability',
                  unit: 'minute',
                  direction: 'lower-is-better',
                  minimum: 60,
                  target: 30,
                },
                { id: 'web-up', name: 'Web availability', indicator: 'availability', ...percent },
              ],
            },
          ]),
      { id: 'api-sla', name: 'API', level: 'service', parentId: 'msa', serviceId: 'api' },
    ],
    periods: [
      april('msa', 'web-up-msa', 99),
      ...(options.withoutWebAgreement
        ? []
        : [
            april('web-sla', 'web-compliance', 50),
            april('web-sla', 'web-downtime', 10),
            april('web-sla', 'web-up', 99.8),
          ]),
    ],
    breaches: [
      // Ends as April starts; starts as April ends: neither overlaps April.
      breach('b-before', '2026-03-31T22:00:00Z', '2026-04-01T00:00:00Z'),
      breach('b-after', '2026-05-01T00:00:00Z', '2026-05-01T01:00:00Z'),
      breach('b-open', '2026-03-30T00:00:00Z'),
      breach('b1', '2026-04-02T00:00:00Z', '2026-04-02T01:00:00Z'),
      breach('b2', '2026-04-09T00:00:00Z', '2026-04-09T01:00:00Z'),
    ],
  });
}
