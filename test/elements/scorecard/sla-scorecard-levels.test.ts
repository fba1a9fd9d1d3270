// The scorecard on multi-level agreements: where each row comes from, where its credit counts, and
// pass-fail policy rows.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sla-scorecard.js';
import type { SlaScorecard } from '../../../src/elements/scorecard/sla-scorecard.js';
import sample from '../../fixtures/sample-feed.json';
import { shadow, visibleText } from '../shared/harness.js';

const SAMPLE_NOW = '2026-11-22T09:00:00+01:00';

async function card(
  agreement: string,
  period = '',
  lang = 'en-GB',
  plain = false,
): Promise<SlaScorecard> {
  const el = await fixture<SlaScorecard>(
    html`<sla-scorecard
      ?plain=${plain}
      agreement=${agreement}
      period=${period}
      locale=${lang}
      sort="feed"
      as-of=${SAMPLE_NOW}
      .feed=${sample}
    ></sla-scorecard>`,
  );
  await el.updateComplete;
  return el;
}

const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const row = (el: Element, objective: string): HTMLTableRowElement | null =>
  shadow(el).querySelector<HTMLTableRowElement>(`tbody tr[data-objective="${objective}"]`);
const origin = (el: Element, objective: string): string =>
  text(row(el, objective)?.querySelector('[part="origin"]'));

describe('<sla-scorecard> on multi-level agreements', () => {
  it('says per row whether the objective is the agreement’s own or inherited, from which agreement and level, and what this agreement changed', async () => {
    const el = await card('contoso-erp');
    expect(origin(el, 'erp-availability')).to.equal('Own objective');
    expect(origin(el, 'p1-response')).to.equal(
      'Inherited from Northwind Master Services Agreement: corporate service levels (Corporate agreement) · Changed here: target and wording',
    );
    expect(origin(el, 'availability')).to.equal(
      'Inherited from Contoso Retail: managed services agreement (Customer agreement) · Credits counted in Contoso Retail: managed services agreement',
    );
    // Web-shop latency does not apply to the SAP ERP service.
    expect(row(el, 'latency-p95')).to.equal(null);
  });

  it('shows an inherited shortfall with no credit at the service level and the credit at the customer level', async () => {
    const portal = await card('tailspin-portal', '2026-08');
    const shown = row(portal, 'availability')!;
    expect(shown.dataset.status).to.equal('breached');
    expect(text(shown.querySelector('[part="money"]'))).to.equal('—None');
    expect(origin(portal, 'availability')).to.contain(
      'Credits counted in Tailspin Health: managed services agreement',
    );
    const msa = await card('tailspin-msa', '2026-08');
    expect(text(row(msa, 'availability')!.querySelector('[part="money"]'))).to.match(/^Credit /);
  });

  it('shows a pass-fail policy as complied or not complied, with its evidence link and no error budget', async () => {
    const el = await card('tailspin-msa', '2026-06');
    const failed = row(el, 'password-policy')!;
    expect(text(failed.querySelector('[part="status"]'))).to.equal('Not complied');
    expect(failed.querySelector('[part="status-icon"]')!.getAttribute('data-status')).to.equal(
      'breached',
    );
    const evidence = failed.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(text(evidence)).to.equal('Evidence');
    expect(evidence.getAttribute('href')).to.equal(
      'https://audit.northwind-ms.example/tailspin/password-policy/2026-06',
    );
    expect(text(failed.querySelector('[part="budget"]'))).to.equal('—Not applicable');
    const complied = row(el, 'photo-access-cards')!;
    expect(text(complied.querySelector('[part="status"]'))).to.equal('Complied');
    // No number for a pass-fail result, minimum or target.
    expect(text(complied.querySelector('.value'))).to.equal('—');
    // A compliance percentage has no error budget either.
    expect(text(row(el, 'patch-compliance')!.querySelector('[part="budget"]'))).to.equal(
      '—Not applicable',
    );
    await expect(el).to.be.accessible();
  });

  it('says a pass-fail policy in plain words: complied with each month, and what happened', async () => {
    const el = await card('tailspin-msa', '2026-06', 'en-GB', true);
    const sentence = [...shadow(el).querySelectorAll('li.sentence')].find((li) =>
      text(li).startsWith('Password policy'),
    )!;
    // The policy's name is isolated (feed text), so its order holds in right-to-left text.
    expect(visibleText(text(sentence))).to.contain(
      'Password policy: complied with each month; a month not complied with is a breach.',
    );
    expect(text(sentence.querySelector('.now'))).to.match(/: Not complied\.$/);
    expect(text(sentence.querySelector('.origin'))).to.equal(
      'Inherited from Northwind Master Services Agreement: corporate service levels (Corporate agreement)',
    );
  });

  it('says where a row comes from in German and Arabic', async () => {
    const de = await card('contoso-erp', '', 'de-DE');
    const ar = await card('contoso-erp', '', 'ar-EG');
    expect(origin(de, 'erp-availability')).to.equal('Eigenes Ziel');
    expect(origin(de, 'p1-response')).to.contain('Hier geändert: Zielwert und Wortlaut');
    expect(origin(ar, 'erp-availability')).to.equal('هدف خاص بهذه الاتفاقية');
    expect(origin(ar, 'availability')).to.contain('تُحتسب أرصدة التعويض في');
  });
});
