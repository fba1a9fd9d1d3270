/**
 * `<sla-portfolio>` embedded for one customer: with `customer` set it is a one-customer overview
 * (the row expanded) and nothing of another customer is rendered anywhere: text, attributes, the
 * summary, the table alternative, the drill-down and its chains. Proven with the sample feed (three
 * customers) and with each customer's own feed from `sliceFeed`. And the white-label: the brand
 * shown (the customer's when the feed has one, else the provider's) and the logo rules.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/feed/index.js';
import { sliceFeed } from '../../../src/feed/slice.js';
import sample from '../../fixtures/sample-feed.json';
import { until } from '../shared/harness.js';
import { leaks, otherCustomersTokens, renderedStrings } from '../shared/scope-scan.js';
import { portfolio, portfolioWithLogos, type PortfolioHarness } from './harness.js';

/** Every customer of the sample, by id. */
const NAMES: Record<string, string> = Object.fromEntries(
  sample.customers.map((c) => [c.id, c.name]),
);
const CUSTOMERS = Object.keys(NAMES);

const sliced = (customer: string): unknown => {
  const r = parseFeed(structuredClone(sample));
  if (!r.ok) throw new Error('sample does not parse');
  return sliceFeed(r.feed, customer);
};

/** Other customers' strings in everything the element shows. */
const foundIn = (el: PortfolioHarness, customer: string): string[] =>
  leaks(renderedStrings(el.element), otherCustomersTokens(sample, customer));

/** Opens every service chain of the drill-down, so their text is scanned too. */
async function openChains(el: PortfolioHarness): Promise<number> {
  const services = el.rows().filter((r) => r.kind === 'service');
  for (const s of services) await el.activate(s.key);
  return services.length;
}

describe('<sla-portfolio> scoped to a customer', () => {
  it('the scan finds the other customers when the portfolio is not scoped (the check can fail)', async () => {
    const el = await portfolio({}, sample);
    expect(foundIn(el, 'contoso')).to.not.deep.equal([]);
  });

  for (const customer of CUSTOMERS) {
    for (const [source, feed] of [
      ['the whole feed', sample],
      ['its sliceFeed', sliced(customer)],
    ] as const) {
      it(`customer="${customer}" with ${source}: one expanded row and nothing of anyone else`, async () => {
        const el = await portfolio({ customer }, feed);
        const rows = el.customerRows();
        expect(rows.map((r) => r.name)).to.deep.equal([NAMES[customer]!]);
        expect(rows[0]!.expanded).to.equal('true');
        expect(el.rows().filter((r) => r.kind === 'agreement').length).to.be.greaterThan(0);
        expect(el.heading).to.equal('Partnership overview');
        expect(el.summaryText).to.match(/^1 customer: /);
        expect(el.has('filter')).to.equal(false);
        expect(foundIn(el, customer)).to.deep.equal([]);
        const chains = await openChains(el);
        expect(el.parts('chain-link').length >= chains).to.equal(true);
        expect(foundIn(el, customer)).to.deep.equal([]);
        await el.showTable();
        expect(el.dataTables()[0]!.rows.map((r) => r.header)).to.deep.equal([NAMES[customer]!]);
        expect(foundIn(el, customer)).to.deep.equal([]);
        expect(el.element.shadowRoot!.textContent).to.not.include('cust-');
      });
    }
  }

  describe('white-label', () => {
    it('shows the customer’s brand when the feed has one: name, logo with its alt text, accent', async () => {
      const { harness: el, logos } = await portfolioWithLogos({ customer: 'tailspin' }, sample);
      expect(el.brandName).to.equal('Tailspin Health Inc.');
      expect(logos.map((l) => [l.getAttribute('src'), l.getAttribute('alt')])).to.deep.equal([
        ['https://assets.tailspin-health.example/logo.svg', 'Tailspin Health Inc.'],
      ]);
      expect(el.element.style.getPropertyValue('--sla-accent')).to.equal('#7a1fa2');
    });

    it('shows the provider’s brand for a customer without one, and when not scoped', async () => {
      for (const attrs of [{ customer: 'contoso' }, {}]) {
        const { harness: el, logos } = await portfolioWithLogos(attrs, sample);
        expect(el.brandName).to.equal('Northwind Managed Services');
        expect(logos.map((l) => [l.getAttribute('src'), l.getAttribute('alt')])).to.deep.equal([
          ['https://northwind-ms.example/brand/logo.svg', 'Northwind Managed Services'],
        ]);
        expect(el.element.style.getPropertyValue('--sla-accent')).to.equal('#0b5cad');
      }
    });

    it('never loads a logo over http, and a logo that fails leaves no broken image', async () => {
      const feed = (logoUrl: string) => {
        const f = structuredClone(sample) as { provider: { branding: { logoUrl: string } } };
        f.provider.branding.logoUrl = logoUrl;
        return f;
      };
      const http = await portfolioWithLogos({}, feed('http://northwind-ms.example/logo.svg'));
      expect(http.harness.brandName).to.equal('Northwind Managed Services');
      expect(http.logos).to.deep.equal([]);
      const { harness: failing, logos } = await portfolioWithLogos(
        {},
        feed('https://127.0.0.1:9/no-logo.svg'),
      );
      expect(logos).to.have.length(1);
      await until(() => failing.logo === null, 'the failed logo is removed');
      expect(logos[0]!.isConnected).to.equal(false);
      expect(failing.brandName).to.equal('Northwind Managed Services');
    });

    it('shows the host’s own logo from the logo slot instead of the feed’s', async () => {
      const { harness: el } = await portfolioWithLogos({ customer: 'tailspin' }, sample);
      const own = document.createElement('span');
      own.slot = 'logo';
      own.setAttribute('role', 'img');
      own.setAttribute('aria-label', 'Tailspin Health');
      el.element.append(own);
      await el.settle();
      const slot = el.root.querySelector<HTMLSlotElement>('slot[name="logo"]')!;
      expect(slot.assignedElements()).to.deep.equal([own]);
      expect(Math.round(own.getBoundingClientRect().height)).to.equal(32);
      // The feed's logo is the slot's fallback: not shown while the host gives one.
      expect(el.logo?.getClientRects().length ?? 0).to.equal(0);
    });

    it('sizes the logo’s box from CSS tokens, with no style attribute', async () => {
      const { harness: el, logos } = await portfolioWithLogos({}, sample);
      const logo = logos[0]!;
      // Put back if it failed already: the box is what is measured, not the picture.
      if (!logo.isConnected) el.part('brand')!.prepend(logo);
      el.element.style.setProperty('--sla-logo-width', '80px');
      el.element.style.setProperty('--sla-logo-height', '24px');
      const box = logo.getBoundingClientRect();
      expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([80, 24]);
      expect(logo.hasAttribute('style')).to.equal(false);
    });
  });
});
