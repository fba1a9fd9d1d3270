/**
 * The chart accessibility pattern in a tiny test chart: summary, view switch, real table.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { svg, type TemplateResult } from 'lit';
import {
  ChartA11yController,
  SlaElement,
  renderStatus,
  type ChartTable,
} from '../../../src/elements/shared/index.js';
import { rawFeed, shadow, textOf } from './harness.js';

class TinyChart extends SlaElement {
  readonly a11y = new ChartA11yController(this);
  protected override render(): TemplateResult {
    return this.renderWithState(() =>
      this.a11y.render({
        t: this.t,
        summary: 'Availability met the target in 2 of 3 months; August was breached.',
        table: (): ChartTable => ({
          caption: 'Availability per month',
          rowHeader: this.t('label.period'),
          columns: [
            { label: this.t('label.value'), numeric: true },
            { label: this.t('label.status') },
          ],
          rows: [
            { header: 'July', cells: [this.fmt.percent(99.95), renderStatus('met', this.t)] },
            { header: 'August', cells: [this.fmt.percent(98.7), renderStatus('breached', this.t)] },
            { header: 'September', cells: [this.fmt.percent(99.92), renderStatus('met', this.t)] },
          ],
        }),
        chart: () =>
          html`<svg viewBox="0 0 30 10" width="120" height="40" aria-hidden="true">
            ${svg`<rect x="0" y="2" width="8" height="8"></rect><rect x="10" y="6" width="8" height="4"></rect>`}
          </svg>`,
      }),
    );
  }
}
customElements.define('tiny-chart', TinyChart);

async function chart(locale = 'en'): Promise<TinyChart> {
  return fixture<TinyChart>(html`<tiny-chart locale=${locale} .feed=${rawFeed()}></tiny-chart>`);
}

function buttons(el: Element): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="view-button"]')];
}

describe('chart accessibility pattern', () => {
  it('is accessible as a chart and as a table', async () => {
    const el = await chart();
    await expect(el).to.be.accessible();
    el.a11y.setView('table');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('labels the chart image with the text summary', async () => {
    const el = await chart();
    const image = shadow(el).querySelector('[part="chart"]')!;
    expect(image.getAttribute('role')).to.equal('img');
    const summary = shadow(el).getElementById(image.getAttribute('aria-labelledby')!)!;
    expect(summary.textContent?.trim()).to.equal(
      'Availability met the target in 2 of 3 months; August was breached.',
    );
    expect(summary.classList.contains('sla-visually-hidden')).to.equal(true);
  });

  it('offers "Show chart" / "Show table" toggle buttons with aria-pressed', async () => {
    const el = await chart();
    const [showChart, showTable] = buttons(el);
    expect(showChart!.textContent?.trim()).to.equal('Show chart');
    expect(showTable!.textContent?.trim()).to.equal('Show table');
    expect(showChart!.getAttribute('aria-pressed')).to.equal('true');
    expect(showTable!.getAttribute('aria-pressed')).to.equal('false');
    expect(shadow(el).querySelector('[part="view-toggle"]')?.getAttribute('role')).to.equal(
      'group',
    );
  });

  it('shows a real table: caption, column and row headers, numbers right-aligned', async () => {
    const el = await chart();
    buttons(el)[1]!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="chart"]')).to.equal(null);
    const table = shadow(el).querySelector<HTMLTableElement>('table[part="data-table"]')!;
    expect(table.caption?.textContent?.trim()).to.equal('Availability per month');
    const cols = [...table.querySelectorAll('thead th')];
    expect(cols.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(cols.map((th) => th.textContent?.trim())).to.deep.equal(['Period', 'Value', 'Status']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th[scope="row"]')?.textContent?.trim())).to.deep.equal([
      'July',
      'August',
      'September',
    ]);
    const value = rows[1]!.querySelector('td')!;
    expect(value.textContent?.trim()).to.equal('98.7%');
    expect(getComputedStyle(value).textAlign).to.equal('end');
    expect(textOf(el, 'tbody tr:nth-child(2) [part="status"]')).to.equal('Breached');
    expect(buttons(el)[1]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('switches views from the keyboard', async () => {
    const el = await chart();
    buttons(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).querySelector('table[part="data-table"]')).to.not.equal(null);
    expect(shadow(el).activeElement).to.equal(buttons(el)[1]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadow(el).activeElement).to.equal(buttons(el)[0]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(shadow(el).querySelector('table')).to.equal(null);
    expect(buttons(el)[0]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('speaks the reader’s language', async () => {
    const el = await chart('de');
    expect(buttons(el).map((b) => b.textContent?.trim())).to.deep.equal([
      'Diagramm anzeigen',
      'Tabelle anzeigen',
    ]);
  });
});
