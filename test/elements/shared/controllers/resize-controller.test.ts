/**
 * ResizeController: a host that shows its chart area's size. Resizing the container updates the
 * host once with the new size; an observation that rounds to the same size (or none at all)
 * does not update it; it lets go while the host is out of the document and catches up when it
 * comes back.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { ResizeController } from '../../../../src/elements/shared/index.js';

class ResizeHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .plot {
      block-size: 40px;
      padding: 3px;
    }
  `;
  readonly size = new ResizeController(this, {
    target: () => this.renderRoot.querySelector('.plot'),
    onResize: (s) => this.resized.push(s),
  });
  readonly resized: { width: number; height: number }[] = [];
  updates = 0;

  override render() {
    return html`<div class="plot">${this.size.width} x ${this.size.height}</div>`;
  }

  protected override firstUpdated(): void {
    this.size.observe();
  }

  protected override updated(): void {
    this.updates += 1;
  }
}
customElements.define('test-resize-host', ResizeHost);

/**
 * Resolves after the browser's next delivery of resize observations (which includes the host's),
 * in a task of its own: a size changed while the deliveries are still running would only be
 * reported a frame later, with a "loop completed with undelivered notifications" error.
 */
function observationsDelivered(el: Element): Promise<void> {
  return new Promise((resolve) => {
    const probe = new ResizeObserver(() => {
      probe.disconnect();
      const hop = new MessageChannel();
      hop.port1.onmessage = () => {
        hop.port1.close();
        resolve();
      };
      hop.port2.postMessage(null);
    });
    probe.observe(el);
  });
}

async function mount(width: string): Promise<{ frame: HTMLDivElement; host: ResizeHost }> {
  // fixtureSync: an awaited plain <div> fixture waits for an animation frame first.
  const frame = fixtureSync<HTMLDivElement>(html`<div><test-resize-host></test-resize-host></div>`);
  frame.style.setProperty('width', width);
  const host = frame.querySelector<ResizeHost>('test-resize-host')!;
  await host.updateComplete;
  await observationsDelivered(host.renderRoot.querySelector('.plot')!);
  await host.updateComplete;
  return { frame, host };
}

const plotText = (host: ResizeHost) => host.renderRoot.querySelector('.plot')!.textContent;

describe('ResizeController', () => {
  it('reads 0 x 0 before the first observation, then the content box in whole pixels', async () => {
    const frame = fixtureSync<HTMLDivElement>(
      html`<div><test-resize-host></test-resize-host></div>`,
    );
    frame.style.setProperty('width', '306px');
    const host = frame.querySelector<ResizeHost>('test-resize-host')!;
    await host.updateComplete;
    expect(plotText(host)).to.equal('0 x 0');
    await observationsDelivered(host.renderRoot.querySelector('.plot')!);
    await host.updateComplete;
    // 306 px less 2 x 3 px padding; 40 px high
    expect(plotText(host)).to.equal('300 x 40');
    expect(host.resized).to.deep.equal([{ width: 300, height: 40 }]);
  });

  it('a resized container updates the host once, with the new size', async () => {
    const { frame, host } = await mount('306px');
    const before = host.updates;
    frame.style.setProperty('width', '506px');
    await observationsDelivered(host.renderRoot.querySelector('.plot')!);
    await host.updateComplete;
    expect(host.updates - before).to.equal(1);
    expect(plotText(host)).to.equal('500 x 40');
    expect(host.size.width).to.equal(500);
    expect(host.resized.at(-1)).to.deep.equal({ width: 500, height: 40 });
  });

  it('a resize that rounds to the same whole pixels does not update the host', async () => {
    const { frame, host } = await mount('306px');
    const before = host.updates;
    frame.style.setProperty('width', '306.3px');
    const plot = host.renderRoot.querySelector('.plot')!;
    await observationsDelivered(plot);
    await host.updateComplete;
    expect(plot.getBoundingClientRect().width).to.be.closeTo(306.3, 0.05);
    expect(host.updates).to.equal(before);
    expect(host.resized).to.have.length(1);
  });

  it('the same size again does not update the host', async () => {
    const { frame, host } = await mount('306px');
    const before = host.updates;
    frame.style.setProperty('width', '406px');
    frame.style.setProperty('width', '306px');
    await observationsDelivered(host.renderRoot.querySelector('.plot')!);
    await host.updateComplete;
    expect(host.updates).to.equal(before);
  });

  it('an update for another reason keeps observing the same target', async () => {
    const { frame, host } = await mount('306px');
    host.requestUpdate();
    await host.updateComplete;
    frame.style.setProperty('width', '206px');
    await observationsDelivered(host.renderRoot.querySelector('.plot')!);
    await host.updateComplete;
    expect(plotText(host)).to.equal('200 x 40');
  });

  it('stops observing while disconnected and catches up when connected again', async () => {
    const { frame, host } = await mount('306px');
    host.remove();
    const before = host.updates;
    frame.style.setProperty('width', '406px');
    await observationsDelivered(frame);
    expect(host.updates).to.equal(before);
    expect(host.size.width).to.equal(300);
    frame.append(host);
    await host.updateComplete;
    await observationsDelivered(host.renderRoot.querySelector('.plot')!);
    await host.updateComplete;
    expect(plotText(host)).to.equal('400 x 40');
  });

  it('observes the host itself without a target', async () => {
    class Bare extends LitElement {
      readonly size = new ResizeController(this);
      override render() {
        return html`${this.size.width}`;
      }
    }
    customElements.define('test-resize-bare', Bare);
    const frame = fixtureSync<HTMLDivElement>(
      html`<div><test-resize-bare></test-resize-bare></div>`,
    );
    frame.style.setProperty('width', '250px');
    const host = frame.querySelector<Bare>('test-resize-bare')!;
    host.style.setProperty('display', 'block');
    await host.updateComplete;
    await observationsDelivered(host);
    await host.updateComplete;
    expect(host.renderRoot.textContent?.trim()).to.equal('250');
  });
});
