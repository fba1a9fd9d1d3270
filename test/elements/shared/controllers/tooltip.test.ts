/**
 * TooltipController on a test host: the tooltip a reader sees stays inside the viewport wherever
 * its anchor is, sits above the anchor when there is room and below otherwise, is a
 * `role="tooltip"` with feed text as text and only safe links, follows new content, and Escape
 * hides it.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import {
  TooltipController,
  pointerBox,
  tooltipStyles,
  type Box,
  type TooltipContent,
} from '../../../../src/elements/shared/index.js';
import { tokens } from '../../../../src/themes/tokens.js';

class TooltipHost extends LitElement {
  static override styles = [
    tokens,
    tooltipStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];
  readonly tip = new TooltipController(this);
  override render() {
    return html`<button type="button" aria-describedby=${this.tip.id}>mark</button
      >${this.tip.render()}`;
  }
}
customElements.define('test-tooltip-host', TooltipHost);

const VIEW = { width: 800, height: 600 };

const content: TooltipContent = {
  title: 'Compute uptime breach',
  rows: [
    { label: 'Start', value: '3 Oct 2026, 14:05' },
    { label: 'Duration', value: '4 h 12 min' },
  ],
};

const tooltipOf = (host: TooltipHost) =>
  host.renderRoot.querySelector<HTMLElement>('[role="tooltip"]');
/** How many tooltips the host shows (a count, so a failure does not print a whole element). */
const tooltips = (host: TooltipHost) => host.renderRoot.querySelectorAll('[role="tooltip"]').length;

async function shown(
  host: TooltipHost,
  anchor: Box,
  c: TooltipContent = content,
  id?: string,
): Promise<DOMRect> {
  host.tip.show(anchor, c, id);
  await host.updateComplete;
  const tip = tooltipOf(host);
  expect(tooltips(host), 'a tooltip is shown').to.equal(1);
  return tip!.getBoundingClientRect();
}

describe('TooltipController', () => {
  before(() => setViewport(VIEW));

  it('shows nothing until show()', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    expect(tooltips(host)).to.equal(0);
    expect(host.tip.visible).to.equal(false);
    expect(host.tip.content).to.equal(undefined);
  });

  it('is a tooltip with the title and the rows as a description list', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    await shown(host, { x: 390, y: 300, width: 20, height: 20 });
    const tip = tooltipOf(host)!;
    expect(tip.getAttribute('part')).to.equal('tooltip');
    expect(tip.querySelector('[part="tooltip-title"]')!.textContent).to.equal(
      'Compute uptime breach',
    );
    const terms = [...tip.querySelectorAll('dt')].map((n) => n.textContent);
    const values = [...tip.querySelectorAll('dd')].map((n) => n.textContent);
    expect(terms).to.deep.equal(['Start', 'Duration']);
    expect(values).to.deep.equal(['3 Oct 2026, 14:05', '4 h 12 min']);
    expect(host.tip.visible).to.equal(true);
    expect(host.tip.content).to.equal(content);
  });

  it('describes the mark that names it: the id is the one aria-describedby points to', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    await shown(host, { x: 390, y: 300, width: 20, height: 20 }, content, 'mark-7-tip');
    const button = host.renderRoot.querySelector('button')!;
    expect(tooltipOf(host)!.id).to.equal('mark-7-tip');
    expect(button.getAttribute('aria-describedby')).to.equal('mark-7-tip');
  });

  it('each controller has its own default id', async () => {
    const a = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    const b = fixtureSync<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    expect(a.tip.id).to.match(/^sla-tooltip-\d+$/);
    expect(a.tip.id).to.not.equal(b.tip.id);
  });

  it('sits above the anchor, centred on it, 8 px away, when there is room', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    const anchor = { x: 380, y: 300, width: 40, height: 20 };
    const r = await shown(host, anchor);
    expect(r.bottom).to.be.closeTo(292, 0.5);
    expect(r.left + r.width / 2).to.be.closeTo(400, 0.5);
    expect(tooltipOf(host)!.dataset['side']).to.equal('above');
  });

  it('goes below an anchor at the top of the viewport', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    const r = await shown(host, { x: 380, y: 2, width: 40, height: 20 });
    expect(r.top).to.be.closeTo(30, 0.5);
    expect(tooltipOf(host)!.dataset['side']).to.equal('below');
  });

  for (const [corner, x, y] of [
    ['top left', 0, 0],
    ['top right', VIEW.width - 1, 0],
    ['bottom left', 0, VIEW.height - 1],
    ['bottom right', VIEW.width - 1, VIEW.height - 1],
  ] as const) {
    it(`stays inside the viewport for a pointer at the ${corner} corner`, async () => {
      const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
      const r = await shown(host, pointerBox({ clientX: x, clientY: y }));
      expect(r.left).to.be.at.least(0);
      expect(r.top).to.be.at.least(0);
      expect(r.right).to.be.at.most(VIEW.width);
      expect(r.bottom).to.be.at.most(VIEW.height);
      // never on top of the pointer
      expect(r.bottom <= y || r.top >= y, `clear of the pointer: ${r.top}..${r.bottom}`).to.equal(
        true,
      );
    });
  }

  it('is placed in viewport coordinates inside a transformed ancestor too', async () => {
    const frame = fixtureSync<HTMLDivElement>(
      html`<div><test-tooltip-host></test-tooltip-host></div>`,
    );
    frame.style.setProperty('transform', 'translate(50px, 30px)');
    const host = frame.querySelector<TooltipHost>('test-tooltip-host')!;
    await host.updateComplete;
    const r = await shown(host, { x: 380, y: 300, width: 40, height: 20 });
    expect(r.bottom).to.be.closeTo(292, 0.5);
    expect(r.left + r.width / 2).to.be.closeTo(400, 0.5);
  });

  it('moves and grows with new content while it is shown', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    const first = await shown(host, { x: 380, y: 300, width: 40, height: 20 });
    const more: TooltipContent = {
      title: '12 breaches',
      rows: Array.from({ length: 6 }, (_, i) => ({ label: `Row ${i}`, value: `${i}` })),
    };
    const second = await shown(host, { x: 100, y: 500, width: 10, height: 10 }, more);
    expect(second.height).to.be.greaterThan(first.height);
    expect(second.bottom).to.be.closeTo(492, 0.5);
    expect(tooltipOf(host)!.querySelectorAll('dt')).to.have.length(6);
  });

  it('shows feed text as text', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    const hostile = '<img src=x onerror="window.__tipped=1">Outage';
    await shown(
      host,
      { x: 380, y: 300, width: 40, height: 20 },
      {
        title: hostile,
        rows: [{ label: '<b>Reason</b>', value: '<script>1</script>' }],
      },
    );
    const tip = tooltipOf(host)!;
    expect(tip.querySelectorAll('img, b, script')).to.have.length(0);
    expect(tip.querySelector('[part="tooltip-title"]')!.textContent).to.equal(hostile);
    expect(tip.querySelector('dt')!.textContent).to.equal('<b>Reason</b>');
    expect((window as { __tipped?: number }).__tipped).to.equal(undefined);
  });

  it('renders an https link as a link', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    await shown(
      host,
      { x: 380, y: 300, width: 40, height: 20 },
      {
        ...content,
        link: { href: 'https://status.example.com/incidents/42', text: 'Incident report' },
      },
    );
    const a = tooltipOf(host)!.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://status.example.com/incidents/42');
    expect(a.textContent).to.equal('Incident report');
  });

  it('does not render a javascript: link, only its text', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    await shown(
      host,
      { x: 380, y: 300, width: 40, height: 20 },
      {
        ...content,
        link: { href: 'javascript:alert(1)', text: 'Incident report' },
      },
    );
    const tip = tooltipOf(host)!;
    expect(tip.querySelectorAll('a, [href]')).to.have.length(0);
    expect(tip.textContent).to.contain('Incident report');
  });

  it('is axe-clean while shown, with rows and a link, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const host = await fixture<TooltipHost>(
        html`<test-tooltip-host data-sla-theme=${theme}></test-tooltip-host>`,
      );
      await shown(
        host,
        { x: 380, y: 300, width: 40, height: 20 },
        {
          ...content,
          link: { href: 'https://status.example.com/incidents/42', text: 'Incident report' },
        },
      );
      await expect(host).to.be.accessible();
    }
  });

  it('Escape hides it', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    host.renderRoot.querySelector('button')!.focus();
    await shown(host, { x: 380, y: 300, width: 40, height: 20 });
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(tooltips(host)).to.equal(0);
    expect(host.tip.visible).to.equal(false);
  });

  it('other keys leave it shown, and Escape after hide() does nothing more', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    host.renderRoot.querySelector('button')!.focus();
    await shown(host, { x: 380, y: 300, width: 40, height: 20 });
    await sendKeys({ press: 'ArrowRight' });
    await host.updateComplete;
    expect(tooltips(host)).to.equal(1);
    host.tip.hide();
    await host.updateComplete;
    expect(tooltips(host)).to.equal(0);
    let updates = 0;
    host.addController({ hostUpdate: () => (updates += 1) });
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(updates).to.equal(0);
  });

  it('an element\u2019s own Escape handler still sees the tooltip as visible', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    const button = host.renderRoot.querySelector('button')!;
    let seen: boolean | undefined;
    button.addEventListener('keydown', () => (seen = host.tip.visible));
    button.focus();
    await shown(host, { x: 380, y: 300, width: 40, height: 20 });
    await sendKeys({ press: 'Escape' });
    expect(seen).to.equal(true);
    expect(host.tip.visible).to.equal(false);
  });

  it('shown before the host is in the page, Escape hides it once it is', async () => {
    const host = document.createElement('test-tooltip-host') as TooltipHost;
    host.tip.show({ x: 380, y: 300, width: 40, height: 20 }, content);
    const frame = fixtureSync<HTMLDivElement>(html`<div></div>`);
    frame.append(host);
    await host.updateComplete;
    expect(tooltips(host)).to.equal(1);
    host.renderRoot.querySelector('button')!.focus();
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(tooltips(host)).to.equal(0);
  });

  it('is hidden when the host leaves the page', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    await shown(host, { x: 380, y: 300, width: 40, height: 20 });
    const parent = host.parentElement!;
    host.remove();
    expect(host.tip.visible).to.equal(false);
    parent.append(host);
    await host.updateComplete;
    expect(tooltips(host)).to.equal(0);
  });
});
