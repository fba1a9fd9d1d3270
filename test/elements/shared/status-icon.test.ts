import { expect, fixtureSync, html } from '@open-wc/testing';
import {
  STATUSES,
  SEVERITY_VALUES,
  renderSeverity,
  renderStatus,
  severityIcon,
  statusIcon,
  translator,
} from '../../../src/elements/shared/index.js';
import { loadCatalogue } from '../../../src/elements/shared/i18n/index.js';

// German and Arabic messages load on first use.
before(async () => {
  await Promise.all([loadCatalogue('de'), loadCatalogue('ar')]);
});

/** A shape's signature: element name and geometry attributes. */
function shapeOf(svg: Element): string {
  return [...svg.children]
    .map((c) =>
      [
        c.localName,
        c.getAttribute('d'),
        c.getAttribute('points'),
        c.getAttribute('r'),
        c.getAttribute('fill'),
      ].join('|'),
    )
    .join(';');
}

describe('status icons', () => {
  it('are decorative SVGs, hidden from assistive technology', () => {
    const el = fixtureSync(html`<div>${STATUSES.map((s) => statusIcon(s))}</div>`);
    const icons = el.querySelectorAll('svg');
    expect(icons.length).to.equal(STATUSES.length);
    for (const svg of icons) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('focusable')).to.equal('false');
      expect(svg.getAttribute('part')).to.equal('status-icon');
      expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    }
  });

  it('give every status and every severity its own shape', () => {
    const el = fixtureSync(
      html`<div>
        ${STATUSES.map((s) => statusIcon(s))}${SEVERITY_VALUES.map((s) => severityIcon(s))}
      </div>`,
    );
    const shapes = [...el.querySelectorAll('svg')].map(shapeOf);
    expect(new Set(shapes).size).to.equal(STATUSES.length + SEVERITY_VALUES.length);
  });

  it('renderStatus pairs the icon with the word, in the reader’s language', async () => {
    const en = translator('en');
    const de = translator('de');
    const el = fixtureSync(
      html`<div>
        ${STATUSES.map((s) => renderStatus(s, en))} ${renderStatus('at-risk', de)}
        ${renderSeverity('critical', en)}
      </div>`,
    );
    const words = [...el.querySelectorAll('[part="status"]')].map((n) => n.textContent?.trim());
    expect(words).to.deep.equal(['Exceeded', 'Met', 'At risk', 'Breached', 'No data', 'Gefährdet']);
    for (const status of el.querySelectorAll('[part="status"]')) {
      expect(status.querySelector('svg[aria-hidden="true"]')).to.not.equal(null);
    }
    expect(el.querySelector('[part="severity"]')?.textContent?.trim()).to.equal('Critical');
    await expect(el).to.be.accessible();
  });

  it('an unknown status value falls back to the no-data shape and word', () => {
    const bogus = 'purple' as unknown as (typeof STATUSES)[number];
    const el = fixtureSync(html`<div>${renderStatus(bogus, translator('en'))}</div>`);
    expect(el.querySelector('[part="status"]')?.getAttribute('data-status')).to.equal('no-data');
    expect(el.textContent?.trim()).to.equal('No data');
  });
});
