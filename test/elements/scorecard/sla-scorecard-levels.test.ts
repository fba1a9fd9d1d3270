// The scorecard on multi-level agreements: where each row comes from, where its credit counts, and
// pass-fail policy rows.
import { expect } from '@open-wc/testing';
import sample from '../../fixtures/sample-feed.json';
import { scorecard, type ScorecardHarness } from './harness.js';

const SAMPLE_NOW = '2026-11-22T09:00:00+01:00';

function card(
  agreement: string,
  period = '',
  locale = 'en-GB',
  plain = false,
): Promise<ScorecardHarness> {
  return scorecard({ agreement, period, locale, plain, sort: 'feed', 'as-of': SAMPLE_NOW }, sample);
}

describe('<sla-scorecard> on multi-level agreements', () => {
  it('says per row whether the objective is the agreement’s own or inherited, from which agreement and level, and what this agreement changed', async () => {
    const el = await card('contoso-erp');
    expect(el.rowOf('erp-availability').origin).to.equal('Own objective');
    expect(el.rowOf('p1-response').origin).to.equal(
      'Inherited from Northwind Master Services Agreement: corporate service levels (Corporate agreement) · Changed here: target and wording',
    );
    expect(el.rowOf('availability').origin).to.equal(
      'Inherited from Contoso Retail: managed services agreement (Customer agreement) · Credits counted in Contoso Retail: managed services agreement',
    );
    // Web-shop latency does not apply to the SAP ERP service.
    expect(el.row('latency-p95')).to.equal(undefined);
  });

  it('shows an inherited shortfall with no credit at the service level and the credit at the customer level', async () => {
    const portal = await card('tailspin-portal', '2026-08');
    const shown = portal.rowOf('availability');
    expect(shown.status).to.equal('breached');
    expect(shown.money).to.equal('—None');
    expect(shown.origin).to.contain(
      'Credits counted in Tailspin Health: managed services agreement',
    );
    const msa = await card('tailspin-msa', '2026-08');
    expect(msa.rowOf('availability').money).to.match(/^Credit /);
  });

  it('shows a pass-fail policy as complied or not complied, with its evidence link and no error budget', async () => {
    const el = await card('tailspin-msa', '2026-06');
    const failed = el.rowOf('password-policy');
    expect(failed.statusWord).to.equal('Not complied');
    expect(el.part('status-icon', failed.element)!.getAttribute('data-status')).to.equal(
      'breached',
    );
    const evidence = failed.evidence!;
    expect(evidence.textContent?.trim()).to.equal('Evidence');
    expect(evidence.getAttribute('href')).to.equal(
      'https://audit.northwind-ms.example/tailspin/password-policy/2026-06',
    );
    expect(failed.budget).to.equal('—Not applicable');
    const complied = el.rowOf('photo-access-cards');
    expect(complied.statusWord).to.equal('Complied');
    // No number for a pass-fail result, minimum or target.
    expect(complied.value).to.equal('—');
    // A compliance percentage has no error budget either.
    expect(el.rowOf('patch-compliance').budget).to.equal('—Not applicable');
    await expect(el.element).to.be.accessible();
  });

  it('says a pass-fail policy in plain words: complied with each month, and what happened', async () => {
    const el = await card('tailspin-msa', '2026-06', 'en-GB', true);
    const sentence = el.sentences().find((s) => s.text.startsWith('Password policy'))!;
    // The policy's name is isolated (feed text), so its order holds in right-to-left text.
    expect(sentence.element.textContent).to.contain('\u2068Password policy\u2069');
    expect(sentence.text).to.contain(
      'Password policy: complied with each month; a month not complied with is a breach.',
    );
    expect(sentence.now).to.match(/: Not complied\.$/);
    expect(sentence.origin).to.equal(
      'Inherited from Northwind Master Services Agreement: corporate service levels (Corporate agreement)',
    );
  });

  it('says where a row comes from in German and Arabic', async () => {
    const de = await card('contoso-erp', '', 'de-DE');
    const ar = await card('contoso-erp', '', 'ar-EG');
    expect(de.rowOf('erp-availability').origin).to.equal('Eigenes Ziel');
    expect(de.rowOf('p1-response').origin).to.contain('Hier geändert: Zielwert und Wortlaut');
    expect(ar.rowOf('erp-availability').origin).to.equal('هدف خاص بهذه الاتفاقية');
    expect(ar.rowOf('availability').origin).to.contain('تُحتسب أرصدة التعويض في');
  });
});
