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

  it('states the product of the availabilities as what the chain allows', () => {
    const chain = serviceChain(indexFeed(bookFeed()), 'acme', 'cloud', APRIL)!;
    // 99.95 % x 99.99 % x 99.999 % = 99.939005...
    expect(chain.allowed).to.be.closeTo(0.9995 * 0.9999 * 0.99999 * 100, 1e-9);
    expect(chain.allowed! < 99.95).to.equal(true);
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
    expect(chain.missing).to.deep.equal(['portal', 'cloud', 'network', 'dc']);
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

  it('is null for an unknown customer or service', () => {
    const index = indexFeed(bookFeed());
    expect(serviceChain(index, 'nobody', 'portal', APRIL)).to.equal(null);
    expect(serviceChain(index, 'acme', 'nothing', APRIL)).to.equal(null);
  });
});
