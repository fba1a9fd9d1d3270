// The incentive agreements of the sample, by hand: the at-risk pool of Contoso's service desk and
// the earn-back of Fabrikam's backup agreement (test/fixtures/make-sample.ts tells their story).
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import {
  agreementLedger,
  indexFeed,
  resolveAgreement,
  type Ledger,
} from '../../src/model/index.js';
import sample from '../fixtures/sample-feed.json';

const NOW = Date.parse('2026-11-22T09:00:00+01:00');

function ledger(agreementId: string): Ledger {
  const parsed = parseFeed(sample);
  if (!parsed.ok) throw new Error('sample rejected');
  const index = indexFeed(parsed.feed);
  return agreementLedger(
    index,
    resolveAgreement(index, agreementId)!,
    { start: -Infinity, end: Infinity },
    NOW,
  );
}

const periodAt = (l: Ledger, start: string) => {
  const p = l.periods.find((x) => x.start === Date.parse(start));
  if (!p) throw new Error(`no period at ${start}`);
  return p;
};
const row = (p: Ledger['periods'][number], objectiveId: string) =>
  p.rows.find((r) => r.objectiveId === objectiveId)!;

describe('sample ledger: Contoso service desk (at-risk pool)', () => {
  it('puts 15 % of the 20,000 EUR monthly fee at risk in each of its twelve months', () => {
    const l = ledger('contoso-servicedesk');
    expect(l.currency).to.equal('EUR');
    expect(l.periods.length).to.equal(12);
    expect(l.periods.every((p) => p.fee === 20_000 && p.amountAtRisk === 3000)).to.equal(true);
  });

  it('July 2026: 82 % answered in time earns 60 % x 50 % x 3,000 = 900 EUR', () => {
    const july = periodAt(ledger('contoso-servicedesk'), '2026-07-01T00:00:00+02:00');
    expect(row(july, 'desk-answer-time')).to.include({
      value: 82,
      creditPercent: 50,
      poolAllocationPercent: 60,
      creditIncurred: 900,
      creditFinal: 900,
    });
    expect(july.credits).to.equal(900);
  });

  it('September 2026: 58.5 % first-contact resolution earns 40 % x 100 % x 3,000 = 1,200 EUR', () => {
    const september = periodAt(ledger('contoso-servicedesk'), '2026-09-01T00:00:00+02:00');
    expect(row(september, 'first-contact-resolution')).to.include({
      value: 58.5,
      creditPercent: 100,
      poolAllocationPercent: 40,
      creditIncurred: 1200,
    });
    // Every credit of the pool is at most its allocation of the amount at risk.
    expect(september.credits <= september.amountAtRisk!).to.equal(true);
  });

  it('October 2026: the bonus-only self-service objective at 61.2 % earns 2 % of 20,000 = 400 EUR', () => {
    const october = periodAt(ledger('contoso-servicedesk'), '2026-10-01T00:00:00+02:00');
    expect(row(october, 'self-service-adoption')).to.include({
      value: 61.2,
      bonusPercent: 2,
      bonus: 400,
      creditPercent: 0,
      poolAllocationPercent: 0,
    });
  });

  it('shows the inherited objectives it does not count with no money', () => {
    const l = ledger('contoso-servicedesk');
    const inherited = l.periods.flatMap((p) => p.rows.filter((r) => !r.counted));
    expect(new Set(inherited.map((r) => r.objectiveId))).to.deep.equal(
      new Set(['p1-response', 'p1-resolution', 'csat', 'password-policy', 'photo-access-cards']),
    );
    expect(inherited.every((r) => r.creditIncurred === 0 && r.bonus === 0)).to.equal(true);
  });
});

describe('sample ledger: Fabrikam backup (earn-back)', () => {
  it('May 2026: the 400 GBP credit is earned back by June and July at 99.9 % or better', () => {
    const l = ledger('fabrikam-backup');
    const may = periodAt(l, '2026-05-01T00:00:00+01:00');
    expect(row(may, 'restore-success')).to.deep.include({
      value: 97.2,
      creditIncurred: 400,
      earnBack: 'earned',
      earnedBack: 400,
      pending: 0,
      creditFinal: 0,
      earnBackProgress: { met: 2, needed: 2, windowEnd: Date.parse('2026-08-01T00:00:00+01:00') },
    });
    expect(may.credits).to.equal(0);
  });

  it('September 2026: the 400 GBP credit is pending, October met and November not measured yet', () => {
    const l = ledger('fabrikam-backup');
    const september = periodAt(l, '2026-09-01T00:00:00+01:00');
    expect(row(september, 'restore-success')).to.deep.include({
      value: 96.5,
      creditIncurred: 400,
      earnBack: 'pending',
      earnedBack: 0,
      pending: 400,
      creditFinal: 0,
      earnBackProgress: { met: 1, needed: 2, windowEnd: null },
    });
    expect(l.total).to.deep.equal({
      credits: 0,
      bonuses: 0,
      net: 0,
      earnedBack: 400,
      pending: 400,
    });
  });
});
