/**
 * `<sla-portfolio>` as a keyboard user meets it: one tab stop, arrows (mirrored right to left),
 * Home / End, Ctrl+Home / Ctrl+End, PageUp / PageDown, Enter and Space to open and select, and a
 * long list of 2,000 customers of which only the rows near the visible area are in the DOM.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sample from '../../fixtures/sample-feed.json';
import { manyCustomers } from './many-customers.js';
import { portfolio, type PortfolioHarness } from './harness.js';

/** Focuses the grid's tab stop (as Tab would). */
async function enterGrid(el: PortfolioHarness): Promise<void> {
  el.tabStop!.focus();
  await el.settle();
}

describe('<sla-portfolio> keyboard', () => {
  it('has one tab stop, on the first header cell before the reader moves', async () => {
    const el = await portfolio({}, sample);
    expect(el.tabStop?.textContent?.trim()).to.match(/^Customer/);
    expect(el.grid.querySelectorAll('[tabindex="-1"]').length).to.be.greaterThan(30);
  });

  it('moves by arrows between cells and rows, and Home / End within a row', async () => {
    const el = await portfolio({ sort: 'name' }, sample);
    await enterGrid(el);
    await el.key('ArrowDown');
    expect(el.focusedRow?.name).to.equal('Contoso Retail GmbH');
    expect(el.focusedCol).to.equal(0);
    await el.key('ArrowDown');
    expect(el.focusedRow?.name).to.equal('Fabrikam Logistics Ltd');
    await el.key('ArrowRight');
    await el.key('ArrowRight');
    expect(el.focusedCol).to.equal(2);
    expect(el.focused?.getAttribute('data-column')).to.equal('met');
    await el.key('End');
    expect(el.focused?.getAttribute('data-column')).to.equal('trend');
    await el.key('Home');
    expect(el.focusedCol).to.equal(0);
    await el.key('ArrowUp');
    await el.key('ArrowUp');
    expect(el.focusedRow?.key).to.equal('header');
    // The tab stop follows the focus: still exactly one.
    expect(el.tabStop).to.equal(el.focused);
  });

  it('mirrors the arrows right to left', async () => {
    const el = await portfolio({ sort: 'name', locale: 'ar-EG' }, sample);
    await enterGrid(el);
    await el.key('ArrowDown');
    await el.key('ArrowLeft');
    expect(el.focusedCol).to.equal(1);
    await el.key('ArrowRight');
    expect(el.focusedCol).to.equal(0);
  });

  it('Ctrl+End goes to the last row, Ctrl+Home back to the first', async () => {
    const el = await portfolio({ sort: 'name' }, sample);
    await enterGrid(el);
    await el.key('Control+End');
    expect(el.focusedRow?.name).to.equal('Wingtip Toys LLC');
    expect(el.focused?.getAttribute('data-column')).to.equal('trend');
    await el.key('Control+Home');
    expect(el.focusedRow?.key).to.equal('header');
    expect(el.focusedCol).to.equal(0);
  });

  it('Enter opens a customer (aria-expanded, its agreements below) and selects it; Space closes it', async () => {
    const el = await portfolio({ sort: 'name' }, sample);
    const selects = el.events('sla-select');
    await enterGrid(el);
    await el.key('ArrowDown');
    await el.key('Enter');
    expect(el.customer('contoso')!.expanded).to.equal('true');
    expect(el.element.getAttribute('expanded')).to.equal('contoso');
    const next = el.rows()[1]!;
    expect(next.kind).to.equal('agreement');
    expect(next.level).to.equal(2);
    expect(selects.map((e) => e.detail)).to.deep.equal([
      { kind: 'customer', customer: 'contoso', path: { customer: 'contoso', agreements: [] } },
    ]);
    expect(el.focusedRow?.name).to.equal('Contoso Retail GmbH');
    await el.key(' ');
    expect(el.customer('contoso')!.expanded).to.equal('false');
    expect(el.rows().filter((r) => r.kind !== 'customer')).to.have.length(0);
  });

  it('sorts from the keyboard on a header (Enter), firing sla-sort-change', async () => {
    const el = await portfolio({}, sample);
    const sorts = el.events('sla-sort-change');
    await enterGrid(el);
    await el.key('Enter');
    expect(sorts.map((e) => e.detail)).to.deep.equal([{ key: 'name', direction: 'ascending' }]);
    expect(el.customerNames()[0]).to.equal('Contoso Retail GmbH');
    expect(el.focused?.textContent).to.include('Customer');
  });

  it('draws every row of a short list (60 customers, taller than the page), each with its index', async () => {
    const el = await portfolio({ sort: 'name' }, manyCustomers(60));
    expect(el.grid.getAttribute('aria-rowcount')).to.equal('61');
    const rows = el.customerRows();
    expect(rows.map((r) => r.rowIndex)).to.deep.equal(rows.map((_, i) => i + 2));
    expect(rows.length).to.equal(60);
    expect(rows[59]!.name).to.equal('Customer 0060');
    expect(rows[59]!.element.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
    await enterGrid(el);
    await el.key('Control+End');
    expect(el.focusedRow!.name).to.equal('Customer 0060');
  });

  describe('2,000 customers', () => {
    const feed = manyCustomers(2000);

    it('keeps only the rows near the visible area in the DOM, and names the whole list', async () => {
      const el = await portfolio({ sort: 'name' }, feed);
      expect(el.grid.getAttribute('aria-rowcount')).to.equal('2001');
      const rows = el.customerRows();
      expect(rows.length).to.be.greaterThan(5);
      expect(rows.length).to.be.lessThan(120);
      expect(rows[0]!.rowIndex).to.equal(2);
      expect(rows[0]!.name).to.equal('Customer 0001');
    });

    it('reaches the last customer by Ctrl+End and every row on the way by PageDown', async () => {
      const el = await portfolio({ sort: 'name' }, feed);
      await enterGrid(el);
      await el.key('ArrowDown');
      await el.key('PageDown');
      const after = el.focusedRow!;
      expect(after.rowIndex).to.be.greaterThan(3);
      expect(after.name).to.equal(`Customer ${String(after.rowIndex - 1).padStart(4, '0')}`);
      await el.key('Control+End');
      const last = el.focusedRow!;
      expect(last.rowIndex).to.equal(2001);
      expect(last.name).to.equal('Customer 2000');
      expect(el.customerRows().length).to.be.lessThan(120);
      const box = last.element.getBoundingClientRect();
      expect(box.bottom).to.be.greaterThan(0);
      expect(box.top).to.be.lessThan(window.innerHeight);
      await el.key('PageUp');
      expect(el.focusedRow!.rowIndex).to.be.lessThan(2001);
    });

    it('scrollToCustomer renders a far row and moves the tab stop to it', async () => {
      const el = await portfolio({ sort: 'name' }, feed);
      expect(el.customer('cust-1500')).to.equal(undefined);
      expect(await el.element.scrollToCustomer('cust-1500')).to.equal(true);
      await el.settle();
      expect(el.customer('cust-1500')).to.not.equal(undefined);
      expect(el.tabStop?.closest('[role="row"]')?.getAttribute('data-key')).to.equal('c:cust-1500');
      expect(await el.element.scrollToCustomer('nope')).to.equal(false);
    });

    it('scrolls inside its own box with scroll-height', async () => {
      const el = await portfolio({ sort: 'name', scrollHeight: '400' }, feed);
      const box = el.part('table') as HTMLElement;
      expect(Math.round(box.getBoundingClientRect().height)).to.be.at.most(400);
      box.scrollTop = 30_000;
      await new Promise((r) => requestAnimationFrame(r));
      await el.settle();
      const names = el.customerNames();
      expect(names).to.not.include('Customer 0001');
      expect(names.length).to.be.lessThan(60);
    });
  });

  it('lets the keyboard alone inside the search field', async () => {
    const el = await portfolio({}, sample);
    el.searchInput.focus();
    await sendKeys({ type: 'tailsp' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.settle();
    expect(el.focused).to.equal(el.searchInput);
    expect(el.customerNames()).to.deep.equal(['Tailspin Health Inc.']);
  });
});
