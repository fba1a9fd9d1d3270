/**
 * `<sla-portfolio>` in the reader's environment: a narrow container (columns collapse), the time
 * zone, dark mode, forced colours, and no style attributes in what it renders.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sample from '../../fixtures/sample-feed.json';
import { PALETTE } from '../../../src/themes/tokens.js';
import { portfolio } from './harness.js';

const hexToRgb = (hex: string): string => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('<sla-portfolio> layout and environment', () => {
  it('keeps the columns a reader needs first in a narrow container, and the keyboard skips the others', async () => {
    const box = fixtureSync<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const el = await portfolio({ sort: 'name' }, sample);
    box.append(el.element);
    await new Promise((r) => requestAnimationFrame(r));
    await el.settle();
    const row = el.customer('contoso')!;
    const shown = row.cells
      .filter((c) => c.getClientRects().length > 0)
      .map((c) => c.dataset.column ?? 'name');
    expect(shown).to.deep.equal(['name', 'health', 'breached', 'net', 'review', 'exit']);
    // Nothing spills out sideways.
    expect(el.grid.getBoundingClientRect().width).to.be.at.most(480);
    const cells = row.cells.filter((c) => c.getClientRects().length > 0);
    const right = Math.max(...cells.map((c) => c.getBoundingClientRect().right));
    expect(right).to.be.at.most(el.element.getBoundingClientRect().right + 0.5);
    row.cell('health')!.focus();
    await el.key('ArrowRight');
    expect(el.focused?.getAttribute('data-column')).to.equal('breached');
    await el.key('End');
    expect(el.focused?.getAttribute('data-column')).to.equal('exit');
    // The table alternative still has every column.
    await el.showTable();
    expect(el.dataTables()[0]!.headers).to.have.length(12);
  });

  it('shows dates in the time zone asked for', async () => {
    const berlin = await portfolio({}, sample);
    expect(berlin.customer('tailspin')!.cellText('review')).to.equal('31 Mar 2027');
    const honolulu = await portfolio({ timeZone: 'Pacific/Honolulu', locale: 'en-US' }, sample);
    expect(honolulu.customer('tailspin')!.cellText('review')).to.equal('Mar 30, 2027');
  });

  it('uses the dark theme’s surface and text in dark mode', async () => {
    const el = await portfolio({ theme: 'dark' }, sample);
    expect(el.element.getAttribute('data-sla-theme')).to.equal('dark');
    const base = el.root.querySelector('.base')!;
    expect(getComputedStyle(base).backgroundColor).to.equal(hexToRgb(PALETTE.dark.surface));
    expect(getComputedStyle(base).color).to.equal(hexToRgb(PALETTE.dark.text));
    await expect(el.element).to.be.accessible();
  });

  it('marks the selected row with a system colour outline in forced colours', async () => {
    const el = await portfolio({}, sample);
    await el.activate('c:contoso');
    const selected = el.customer('contoso')!.element;
    expect(selected.getAttribute('aria-selected')).to.equal('true');
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const style = getComputedStyle(selected);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.boxShadow).to.equal('none');
      // Status keeps its icon and word, not only a colour.
      const status = el.customer('contoso')!.cell('health')!;
      expect(status.querySelector('svg')!.getClientRects().length).to.equal(1);
      expect(status.textContent).to.match(/At risk|Breached|Met|Exceeded|No data/);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('writes no style attribute into its shadow root (strict CSP)', async () => {
    const el = await portfolio({ expanded: 'contoso fabrikam tailspin' }, sample);
    const styled = [...el.root.querySelectorAll('[style]')].filter(
      // Spacer heights and the scroll box's height are set through the CSSOM.
      (n) => !n.classList.contains('spacer') && !n.classList.contains('scroll'),
    );
    expect(styled.map((n) => `${n.localName}.${n.className}`)).to.deep.equal([]);
  });
});
