/**
 * The display scope of <sla-scorecard>: with `customer` set, nothing of another customer is
 * rendered, whatever else the attributes ask for. Every view of every customer of the sample feed
 * (three customers, a shared corporate level) is scanned (text, aria labels, titles, every other
 * attribute, the host's inline accent) for the other customers' names and ids.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../../src/define/sla-feed.js';
import '../../../src/define/sla-scorecard.js';
import type { SlaScorecard } from '../../../src/elements/scorecard/sla-scorecard.js';
import sample from '../../fixtures/sample-feed.json';
import { FakeServer, deferred, jsonResponse } from '../shared/harness.js';
import {
  agreementsOf,
  leaks,
  otherCustomersTokens,
  renderedStrings,
} from '../shared/scope-scan.js';
import { ScorecardHarness } from './harness.js';

const AS_OF = '2026-11-22T12:00:00+01:00';
const CUSTOMERS = ['contoso', 'fabrikam', 'tailspin'] as const;

async function scorecard(
  attrs: { customer: string; agreement?: string; plain?: boolean; locale?: string },
  feed: unknown = sample,
  onError: (e: HTMLElementEventMap['sla-error']) => void = () => {},
): Promise<SlaScorecard> {
  const el = await fixture<SlaScorecard>(
    html`<sla-scorecard
      @sla-error=${onError}
      customer=${attrs.customer}
      agreement=${attrs.agreement ?? ''}
      locale=${attrs.locale ?? 'en-GB'}
      ?plain=${attrs.plain ?? false}
      as-of=${AS_OF}
      .feed=${feed}
    ></sla-scorecard>`,
  );
  await el.renderComplete;
  return el;
}

/** The element's harness (what a reader sees of it). */
const read = (el: SlaScorecard): ScorecardHarness => new ScorecardHarness(el);

/** Opens the table alternative of every card. */
async function showTables(el: SlaScorecard): Promise<void> {
  await read(el).showTable();
}

/** Other customers' strings in everything the element shows; `echo` (an id the page asked for) aside. */
function foundIn(el: SlaScorecard, customer: string, echo?: string): string[] {
  const strings = renderedStrings(el).map((s) => (echo ? s.split(echo).join('') : s));
  return leaks(strings, otherCustomersTokens(sample, customer));
}

const ownIds = (customer: string): string[] => agreementsOf(sample, customer).map((a) => a.id);
const otherIds = (customer: string): string[] =>
  CUSTOMERS.filter((c) => c !== customer).flatMap(ownIds);

describe('<sla-scorecard> display scope', () => {
  it('the scan finds another customer’s data when it is shown (the check can fail)', async () => {
    const el = await scorecard({ customer: '', agreement: 'tailspin-msa' });
    expect(read(el).card().title).to.equal('Tailspin Health: managed services agreement');
    expect(foundIn(el, 'contoso')).to.not.deep.equal([]);
  });

  for (const customer of CUSTOMERS) {
    it(`customer="${customer}" shows its own agreements and nothing of the others (table, plain, table alternative)`, async () => {
      const table = await scorecard({ customer });
      const shown = read(table)
        .cards()
        .map((c) => c.agreement);
      expect(shown.sort()).to.deep.equal(ownIds(customer).sort());
      expect(foundIn(table, customer)).to.deep.equal([]);
      await showTables(table);
      const captions = read(table)
        .dataTables()
        .map((t) => t.caption);
      expect(captions.filter((c) => c?.includes('results of the last periods'))).to.have.length(
        shown.length,
      );
      expect(foundIn(table, customer)).to.deep.equal([]);

      const plain = await scorecard({ customer, plain: true });
      expect(read(plain).sentences().length).to.be.greaterThan(0);
      expect(foundIn(plain, customer)).to.deep.equal([]);
    });

    it(`customer="${customer}" refuses every other customer’s agreement with an empty state and sla-error`, async () => {
      for (const agreement of [...otherIds(customer), 'nw-corporate', 'no-such-agreement']) {
        const errors: HTMLElementEventMap['sla-error'][] = [];
        const el = await scorecard({ customer, agreement }, sample, (e) => errors.push(e));
        const message = `Agreement "${agreement}" is not an agreement of customer "${customer}".`;
        expect(read(el).emptyText, agreement).to.equal(message);
        expect(read(el).part('card'), agreement).to.equal(null);
        expect(foundIn(el, customer, agreement), agreement).to.deep.equal([]);
        expect(errors.map((e) => e.detail)).to.deep.equal([
          { kind: 'missing', message, issues: [] },
        ]);
        expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
      }
    });

    it(`customer="${customer}" still shows its own agreement when asked for it`, async () => {
      for (const agreement of ownIds(customer)) {
        const el = await scorecard({ customer, agreement });
        expect(read(el).cards()[0]?.agreement).to.equal(agreement);
        expect(foundIn(el, customer)).to.deep.equal([]);
      }
    });
  }

  it('the brand accent is the scoped customer’s, never that of the agreement asked for', async () => {
    const contoso = await scorecard({ customer: 'contoso', agreement: 'tailspin-msa' });
    // Contoso has no accent of its own: the provider's applies, not Tailspin's purple.
    expect(contoso.style.getPropertyValue('--sla-accent')).to.equal('#0b5cad');
    const tailspin = await scorecard({ customer: 'tailspin' });
    expect(tailspin.style.getPropertyValue('--sla-accent')).to.equal('#7a1fa2');
  });

  it('says it in German and Arabic too', async () => {
    const de = await scorecard({ customer: 'contoso', agreement: 'tailspin-msa', locale: 'de' });
    expect(read(de).emptyText).to.equal(
      'Die Vereinbarung „tailspin-msa“ ist keine Vereinbarung des Kunden „contoso“.',
    );
    const ar = await scorecard({ customer: 'contoso', agreement: 'tailspin-msa', locale: 'ar' });
    expect(read(ar).emptyText).to.equal(
      'الاتفاقية "tailspin-msa" ليست من اتفاقيات العميل "contoso".',
    );
  });

  it('an unknown customer shows nothing, whatever agreement is asked for', async () => {
    const el = await scorecard({ customer: 'nobody', agreement: 'contoso-msa' });
    expect(read(el).emptyText).to.equal('No customer "nobody" in the feed.');
    expect(foundIn(el, 'nobody', 'contoso-msa')).to.deep.equal([]);
  });

  it('inside <sla-feed>, each scoped scorecard shows its own customer only', async () => {
    const root = await fixture<HTMLElement>(
      html`<sla-feed .feed=${sample}>
        ${CUSTOMERS.map(
          (c) => html`<sla-scorecard customer=${c} locale="en-GB" as-of=${AS_OF}></sla-scorecard>`,
        )}
      </sla-feed>`,
    );
    const cards = [...root.querySelectorAll<SlaScorecard>('sla-scorecard')];
    await Promise.all(cards.map((c) => c.renderComplete));
    for (const [i, el] of cards.entries()) {
      const customer = CUSTOMERS[i]!;
      expect(read(el).cards().length, customer).to.equal(ownIds(customer).length);
      expect(foundIn(el, customer), customer).to.deep.equal([]);
    }
  });

  it('switching src and customer never shows the first customer under the second, even when the second URL fails', async () => {
    const server = new FakeServer();
    const gate = deferred<Response>();
    server.reply(jsonResponse(sample), () => gate.promise);
    const el = document.createElement('sla-scorecard');
    el.feedController.setOptions({ fetch: server.fetch, maxAttempts: 1 });
    Object.assign(el, { src: '/portal/contoso.json', customer: 'contoso', locale: 'en-GB' });
    el.setAttribute('as-of', AS_OF);
    // fixtureSync: awaiting a plain <div> waits for an animation frame (none in a background tab).
    const parent = fixtureSync<HTMLElement>(html`<div></div>`);
    parent.append(el);
    await el.updateComplete;
    await el.feedController.settled();
    await el.renderComplete;
    expect(read(el).card().eyebrow).to.contain('Contoso Retail GmbH');

    el.src = '/portal/tailspin.json';
    el.customer = 'tailspin';
    await el.updateComplete;
    expect(read(el).partText('loading')).to.equal('Loading…');
    expect(foundIn(el, 'tailspin')).to.deep.equal([]);

    gate.resolve(new Response('', { status: 404 }));
    await el.feedController.settled();
    await el.updateComplete;
    expect(read(el).errorText, 'error state').to.not.equal('');
    expect(read(el).isStale).to.equal(false);
    expect(foundIn(el, 'tailspin')).to.deep.equal([]);
  });

  it('an agreement whose chain names two customers belongs to neither', async () => {
    const feed = structuredClone<typeof sample>(sample);
    // A feed error: Contoso's ERP agreement placed under Tailspin's customer agreement.
    const erp = feed.agreements.find((a) => a.id === 'contoso-erp')!;
    Object.assign(erp, { parentId: 'tailspin-msa', customerId: 'contoso' });
    const contoso = await scorecard({ customer: 'contoso' }, feed);
    const shown = read(contoso)
      .cards()
      .map((c) => c.agreement);
    expect(shown).to.deep.equal(['contoso-msa', 'contoso-servicedesk']);
    const asked = await scorecard({ customer: 'contoso', agreement: 'contoso-erp' }, feed);
    expect(read(asked).emptyText).to.equal(
      'Agreement "contoso-erp" is not an agreement of customer "contoso".',
    );
  });
});
