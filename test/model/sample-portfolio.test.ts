// The sample as a provider console reads it: every customer's row, Wingtip's service chain,
// Litware's exit clause, several currencies.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import {
  drillDown,
  indexFeed,
  portfolioMoneyTotals,
  portfolioRows,
  serviceChain,
} from '../../src/model/index.js';
import { sortRows } from '../../src/layout/portfolio-sort.js';
import sample from '../fixtures/sample-feed.json';

const parsed = parseFeed(sample);
if (!parsed.ok) throw new Error('sample rejected');
const index = indexFeed(parsed.feed);
const NOW = Date.parse('2026-11-22T09:00:00+01:00');
const rows = portfolioRows(index, { now: NOW });
const byId = new Map(rows.map((r) => [r.customerId, r]));

describe('the sample portfolio', () => {
  it('lists five customers in three currencies: EUR, GBP and USD, never summed together', () => {
    expect(rows.map((r) => r.customerId)).to.deep.equal([
      'contoso',
      'fabrikam',
      'tailspin',
      'wingtip',
      'litware',
    ]);
    expect(portfolioMoneyTotals(rows).map((t) => t.currency)).to.deep.equal(['EUR', 'GBP', 'USD']);
    // Tailspin's 6,200 and Wingtip's 1,200 USD of credits.
    expect(portfolioMoneyTotals(rows).find((t) => t.currency === 'USD')!.credit).to.equal(7400);
  });

  it('Wingtip: review due soon, the WAN breached in October, 1,200 USD of credits', () => {
    const wingtip = byId.get('wingtip')!;
    expect(wingtip.reviewDue).to.deep.include({ agreementId: 'wingtip-msa', state: 'soon' });
    expect(wingtip.status).to.equal('breached');
    expect(wingtip.worst).to.deep.include({ agreementId: 'wingtip-network', value: 99.32 });
    expect(wingtip.money).to.deep.equal([{ currency: 'USD', credit: 1200, bonus: 0, net: -1200 }]);
    expect(wingtip.trend).to.have.length(12);
  });

  it("Wingtip's web shop chain: four links, the product they allow, the WAN breach marked above it", () => {
    const chain = serviceChain(index, 'wingtip', 'svc-portal', byId.get('wingtip')!.period!)!;
    expect(chain.links.map((l) => [l.serviceId, l.agreementId, l.value, l.status])).to.deep.equal([
      ['svc-portal', 'wingtip-portal', 99.62, 'at-risk'],
      ['svc-cloud', 'wingtip-cloud', 99.96, 'met'],
      ['svc-network', 'wingtip-network', 99.32, 'breached'],
      ['svc-dc', 'wingtip-dc', 99.998, 'met'],
    ]);
    // What the web shop depends on: 99.96 % x 99.32 % x 99.998 % = 99.28 %, below its minimum.
    expect(chain.allowed).to.be.closeTo(99.96 * 0.9932 * 0.99998, 1e-9);
    expect(chain.allowed! < 99.5).to.equal(true);
    // The data centres depend on nothing: no product, nothing missing.
    const dc = serviceChain(index, 'wingtip', 'svc-dc', byId.get('wingtip')!.period!)!;
    expect([dc.links.length, dc.allowed, dc.missing]).to.deep.equal([1, null, []]);
    const wan = chain.links.find((l) => l.serviceId === 'svc-network')!;
    expect(wan.breaches).to.deep.equal(['BR-2026-W001']);
    expect(wan.affects).to.deep.equal(['svc-portal', 'svc-cloud']);
    expect(chain.objective).to.deep.include({ agreementId: 'wingtip-portal', minimum: 99.5 });
  });

  it('Litware (GBP) is one miss away from its exit clause; Tailspin has triggered its own', () => {
    expect(byId.get('litware')!.exit).to.deep.equal({
      agreementId: 'litware-msa',
      state: 'near',
      misses: 1,
      allowed: 2,
      window: 4,
    });
    expect(byId.get('litware')!.currency).to.equal('GBP');
    expect(byId.get('tailspin')!.exit?.state).to.equal('triggered');
    expect(byId.get('fabrikam')!.reviewDue?.state).to.equal('overdue');
  });

  it('sorts worst first by health and drills Wingtip down to its four service agreements', () => {
    expect(sortRows(rows, 'health', 'ascending')[0]!.customerId).to.equal('wingtip');
    const tree = drillDown(index, 'wingtip', { now: NOW })!;
    expect(tree.agreements.map((a) => a.agreementId)).to.deep.equal(['wingtip-msa']);
    expect(tree.agreements[0]!.children.map((a) => a.agreementId)).to.deep.equal([
      'wingtip-portal',
      'wingtip-cloud',
      'wingtip-network',
      'wingtip-dc',
    ]);
    expect(tree.score).to.equal(byId.get('wingtip')!.score);
  });
});
