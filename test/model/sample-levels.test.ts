// The sample portfolio across levels: every shortfall credited once, nothing counted twice.
import { expect } from '@open-wc/testing';
import { parseFeed, type Feed } from '../../src/feed/index.js';
import {
  agreementPeriodCredit,
  agreementPeriods,
  customerNetPosition,
  indexFeed,
  portfolioNetPosition,
  resolveAgreement,
  type ObjectiveCredit,
} from '../../src/model/index.js';
import sample from '../fixtures/sample-feed.json';

const parsed = parseFeed(sample);
if (!parsed.ok) throw new Error('sample rejected');
const feed: Feed = parsed.feed;
const index = indexFeed(feed);

/** Every objective credit of every agreement of a customer, with the agreement that shows it. */
function creditsOf(customerId: string): { shownIn: string; credit: ObjectiveCredit }[] {
  const out: { shownIn: string; credit: ObjectiveCredit }[] = [];
  for (const a of index.agreementsOfCustomer.get(customerId) ?? []) {
    const resolved = resolveAgreement(index, a.id)!;
    for (const ap of agreementPeriods(index, a.id)) {
      for (const credit of agreementPeriodCredit(resolved, ap).objectives)
        out.push({ shownIn: a.id, credit });
    }
  }
  return out;
}

describe('sample feed across levels', () => {
  for (const customer of feed.customers) {
    it(`${customer.id}: credits summed across levels equal the objective-level credits, one per shortfall`, () => {
      const all = creditsOf(customer.id);
      // A shortfall: one objective, one period, at the agreement that owns the measurement.
      const shortfalls = new Map<string, number>();
      for (const { credit } of all) {
        if (!credit.tier) continue;
        const key = `${credit.countedIn}/${credit.objectiveId}/${credit.start}`;
        if (!shortfalls.has(key)) shortfalls.set(key, 0);
        if (credit.counted) shortfalls.set(key, shortfalls.get(key)! + (credit.amount ?? 0));
      }
      // Each shortfall counted exactly once, in the agreement that owns it.
      for (const [key] of shortfalls) {
        const counted = all.filter(
          ({ credit }) =>
            credit.counted &&
            credit.tier &&
            `${credit.countedIn}/${credit.objectiveId}/${credit.start}` === key,
        );
        expect(counted.length, key).to.equal(1);
        expect(counted[0]!.shownIn, key).to.equal(key.split('/')[0]);
      }
      // The levels' (uncapped) credits add up to the shortfalls' credits: nothing twice.
      let levels = 0;
      for (const a of index.agreementsOfCustomer.get(customer.id) ?? []) {
        const resolved = resolveAgreement(index, a.id)!;
        for (const ap of agreementPeriods(index, a.id))
          levels += agreementPeriodCredit(resolved, ap).uncappedAmount ?? 0;
      }
      const expected = [...shortfalls.values()].reduce((s, x) => s + x, 0);
      expect(levels).to.be.closeTo(expected, 1e-6);
      expect(shortfalls.size).to.be.greaterThan(0);
    });
  }

  it('security operations does not owe the availability credit its customer agreement owes', () => {
    const soc = resolveAgreement(index, 'tailspin-soc')!;
    expect(soc.objectives.map((o) => o.id)).to.not.include('availability');
    const owed = customerNetPosition(index, 'tailspin')!.agreements.find(
      (a) => a.agreementId === 'tailspin-soc',
    )!;
    // Its credits are its own threat-detection shortfalls (5 % of 9,500), never 950 for availability.
    for (const p of owed.periods) {
      for (const o of p.credit.objectives)
        if (o.percent > 0) expect(o.objectiveId).to.equal('threat-detection');
    }
    const august = agreementPeriods(index, 'tailspin-msa').find(
      (p) => new Date(p.start).toISOString() === '2026-08-01T04:00:00.000Z',
    )!;
    const msaAugust = agreementPeriodCredit(resolveAgreement(index, 'tailspin-msa')!, august);
    expect(msaAugust.objectives.find((o) => o.objectiveId === 'availability')!.percent).to.be.above(
      0,
    );
  });

  it('the SAP ERP service agreement no longer lists web-shop latency but shows platform availability, credited at the customer level', () => {
    const erp = resolveAgreement(index, 'contoso-erp')!;
    const ids = erp.objectives.map((o) => o.id);
    expect(ids).to.not.include('latency-p95');
    expect(ids).to.include.members(['availability', 'erp-availability', 'p1-response']);
    const availability = erp.objectives.find((o) => o.id === 'availability')!;
    expect(availability.inheritedFrom).to.equal('contoso-msa');
    expect(availability.countedIn).to.equal('contoso-msa');
    expect(erp.objectives.find((o) => o.id === 'p1-response')!.countedIn).to.equal('contoso-erp');
  });

  it('the corporate security policies are pass-fail, apply to every agreement and have evidence links', () => {
    // Every agreement under the corporate one (the console customers' agreements have no parent).
    for (const a of feed.agreements.filter((x) => x.level !== 'corporate')) {
      const r = resolveAgreement(index, a.id)!;
      if (!r.chain.some((c) => c.id === 'nw-corporate')) continue;
      for (const id of ['password-policy', 'photo-access-cards']) {
        const o = r.objectives.find((x) => x.id === id);
        expect(o?.unit, `${a.id} ${id}`).to.equal('pass-fail');
        expect(o!.errorBudget).to.equal(false);
      }
    }
    const policyPeriods = feed.periods.filter((p) => p.objectiveId === 'password-policy');
    expect(policyPeriods.every((p) => p.evidenceUrl?.startsWith('https://'))).to.equal(true);
    const notComplied = feed.periods.filter(
      (p) =>
        (p.objectiveId === 'password-policy' || p.objectiveId === 'photo-access-cards') &&
        p.value === 0,
    );
    // Fabrikam photo cards 2026-03 (also shown on its backup and WAN agreements), Tailspin
    // passwords 2026-06 (also shown on its two service agreements).
    expect(notComplied.map((p) => p.agreementId).sort()).to.deep.equal([
      'fabrikam-backup',
      'fabrikam-msa',
      'fabrikam-wan',
      'tailspin-msa',
      'tailspin-portal',
      'tailspin-soc',
    ]);
  });

  it('Tailspin availability shortfalls shown on the patient portal agreement are credited once, by the customer agreement', () => {
    const portal = creditsOf('tailspin').filter(
      ({ shownIn, credit }) =>
        shownIn === 'tailspin-portal' && credit.objectiveId === 'availability' && credit.tier,
    );
    // 2026-08 and 2026-10 (the exit-clause story) are shortfalls; shown, not counted, here.
    expect(
      portal.map(({ credit }) => new Date(credit.start).toISOString().slice(0, 7)),
    ).to.deep.equal(['2026-08', '2026-10']);
    for (const { credit } of portal) {
      expect(credit).to.include({ counted: false, countedIn: 'tailspin-msa', amount: 0 });
    }
    const total = customerNetPosition(index, 'tailspin')!;
    const portalRange = total.agreements.find((a) => a.agreementId === 'tailspin-portal')!;
    expect(portalRange.credit).to.equal(0);
  });

  it('recorded credits sit on the owning agreement only', () => {
    for (const p of feed.periods.filter((x) => x.recordedCredit !== undefined)) {
      const o = resolveAgreement(index, p.agreementId)!.objectives.find(
        (x) => x.id === p.objectiveId,
      )!;
      expect(o.countedIn, `${p.agreementId} ${p.objectiveId}`).to.equal(p.agreementId);
    }
  });

  it('portfolio totals per currency are the sum of the customers', () => {
    const portfolio = portfolioNetPosition(index);
    expect(portfolio.totals.map((t) => t.currency)).to.deep.equal(['EUR', 'GBP', 'USD']);
    for (const total of portfolio.totals) {
      const sum = portfolio.customers
        .flatMap((c) => c.totals)
        .filter((t) => t.currency === total.currency)
        .reduce((s, t) => s + t.credit, 0);
      expect(total.credit).to.be.closeTo(sum, 1e-6);
    }
  });
});
