import { expect, fixture, html } from '@open-wc/testing';
import type { SlaPortfolio } from '../../../src/elements/portfolio/sla-portfolio.js';
import { de } from '../../../src/elements/portfolio/i18n/de.js';
import { ar } from '../../../src/elements/portfolio/i18n/ar.js';
import { en } from '../../../src/elements/portfolio/i18n/en.js';
import { ElementHarness } from '../shared/element-harness.js';
import { rawFeed, until } from '../shared/harness.js';
import { portfolio } from './harness.js';

describe('<sla-portfolio>', () => {
  describe('states', () => {
    it('shows the loading skeleton while the feed is on its way', async () => {
      const el = await fixture<SlaPortfolio>(
        html`<sla-portfolio agreement="gold"></sla-portfolio>`,
      );
      el.feedController.setOptions({ fetch: () => new Promise<Response>(() => undefined) });
      el.src = '/never-answers.json';
      const harness = new ElementHarness(el);
      await el.updateComplete;
      expect(harness.isLoading).to.equal(true);
      expect(harness.part('loading')!.getAttribute('aria-busy')).to.equal('true');
    });

    it('says that no data was provided without a feed', async () => {
      const el = await portfolio({ agreement: 'gold' });
      expect(el.emptyText).to.not.equal('');
      expect(el.heading).to.equal('');
    });

    it('shows the issues of an invalid feed with their paths', async () => {
      const el = await portfolio({ agreement: 'gold' }, { schemaVersion: 1 });
      expect(el.errorText).to.include('provider');
    });

    it('says which agreement is missing, and fires sla-error', async () => {
      const el = await portfolio({}, rawFeed());
      expect(el.emptyText).to.equal(en['portfolio.pickAgreement']);
      const errors = el.events('sla-error');
      el.element.agreement = 'nope';
      await el.settle();
      expect(el.emptyText).to.equal('No agreement "nope" in the feed.');
      await until(() => errors.length === 1, 'sla-error fires');
      expect(errors[0]!.detail.kind).to.equal('missing');
    });
  });

  describe('what it shows', () => {
    it('names the agreement', async () => {
      const el = await portfolio({ agreement: 'gold' }, rawFeed());
      expect(el.heading).to.equal('Gold SLA');
    });

    it('has the same message keys in English, German and Arabic', () => {
      const keys = Object.keys(en).sort();
      expect(Object.keys(de).sort()).to.deep.equal(keys);
      expect(Object.keys(ar).sort()).to.deep.equal(keys);
    });
  });

  describe('accessibility', () => {
    it('is accessible with data, when empty and on error', async () => {
      await expect((await portfolio({ agreement: 'gold' }, rawFeed())).element).to.be.accessible();
      await expect((await portfolio({ agreement: 'nope' }, rawFeed())).element).to.be.accessible();
      await expect(
        (await portfolio({ agreement: 'gold' }, { schemaVersion: 1 })).element,
      ).to.be.accessible();
    });
  });
});
