/**
 * ZoomController on a test host: a 1000 px wide surface showing 90 days. Pointer, wheel and touch
 * events are dispatched at client coordinates, to the element under the point as the browser
 * does (then to the surface, which holds the pointer capture), with the click the browser sends
 * after a press and release; keys are real key presses (`sendKeys`). `sendMouse` is not used:
 * the browser aligns mouse moves with animation frames, so a real mouse move waits for one, and
 * waited forever when test pages shared a window and this one was in a background tab.
 * Covered: ctrl+wheel zooms around the time under the pointer, drag pans by the dragged time,
 * shift+drag brushes and hands over the brushed domain, a click is no brush, the limits hold,
 * and the keyboard steps zoom, pan and reset.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import {
  ZoomController,
  type Domain,
  type ZoomCause,
  type ZoomLimits,
} from '../../../../src/elements/shared/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 8, 1);
const EXTENT: Domain = { start: T0, end: T0 + 90 * DAY };
const WIDTH = 1000;

class ZoomHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .surface {
      inline-size: ${WIDTH}px;
      block-size: 100px;
      touch-action: pan-y;
      user-select: none;
    }
  `;
  domain: Domain = EXTENT;
  limits: ZoomLimits = { extent: EXTENT, minSpan: HOUR };
  readonly changes: { domain: Domain; cause: ZoomCause }[] = [];
  readonly brushes: Domain[] = [];
  readonly clicks: number[] = [];
  /** The brush as drawn in each update while one is dragged. */
  readonly drawn: Domain[] = [];
  readonly zoom = new ZoomController(this, {
    limits: () => this.limits,
    domain: () => this.domain,
    onDomain: (d, cause) => {
      this.domain = d;
      this.changes.push({ domain: d, cause });
      this.requestUpdate();
    },
    onBrush: (d) => this.brushes.push(d),
    pxToTime: (clientX) => {
      const r = this.surface.getBoundingClientRect();
      return (
        this.domain.start + ((clientX - r.left) / r.width) * (this.domain.end - this.domain.start)
      );
    },
  });

  get surface(): HTMLElement {
    return this.renderRoot.querySelector('.surface')!;
  }

  override render() {
    if (this.zoom.brush) this.drawn.push(this.zoom.brush);
    return html`<div
        class="surface"
        tabindex="0"
        @click=${(e: MouseEvent) => this.clicks.push(e.clientX)}
        @keydown=${this.#onKey}
      ></div>
      <div class="other"></div>`;
  }

  protected override firstUpdated(): void {
    this.zoom.attach(this.surface);
  }

  #onKey = (e: KeyboardEvent) => {
    if (e.key === '+') this.zoom.zoomIn();
    else if (e.key === '-') this.zoom.zoomOut();
    else if (e.key === '0') this.zoom.reset();
    else if (e.shiftKey && e.key === 'ArrowRight') this.zoom.panStep(1);
    else if (e.shiftKey && e.key === 'ArrowLeft') this.zoom.panStep(-1);
  };
}
customElements.define('test-zoom-host', ZoomHost);

/** Client coordinates of a point `fraction` of the way across the surface, mid-height. */
function at(host: ZoomHost, fraction: number): [number, number] {
  const r = host.surface.getBoundingClientRect();
  return [Math.round(r.left + fraction * r.width), Math.round(r.top + r.height / 2)];
}

/** The time under a client x for a domain, as the host's scale maps it. */
function timeAt(host: ZoomHost, d: Domain, clientX: number): number {
  const r = host.surface.getBoundingClientRect();
  return d.start + ((clientX - r.left) / r.width) * (d.end - d.start);
}

function wheel(host: ZoomHost, x: number, init: WheelEventInit): WheelEvent {
  const event = new WheelEvent('wheel', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: x,
    clientY: at(host, 0.5)[1],
    ...init,
  });
  host.surface.dispatchEvent(event);
  return event;
}

type Point = [number, number];

function pointer(target: Element, type: string, [x, y]: Point, init: PointerEventInit): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      composed: true,
      pointerId: 1,
      pointerType: 'mouse',
      isPrimary: true,
      clientX: x,
      clientY: y,
      ...init,
    }),
  );
}

/**
 * A mouse press at `from`, moved through the middle to `to` and released, as the browser sends
 * it: pointerdown to the element under the point, the rest to the surface that captured the
 * pointer, then a click when the left button was pressed.
 */
async function drag(
  host: ZoomHost,
  from: Point,
  to: Point,
  init: PointerEventInit = {},
): Promise<void> {
  const under = host.shadowRoot!.elementFromPoint(from[0], from[1]);
  expect(under === host.surface, 'the surface is under the pointer').to.equal(true);
  const button = init.button ?? 0;
  const down = { button, buttons: button === 2 ? 2 : 1, ...init };
  pointer(host.surface, 'pointerdown', from, down);
  pointer(host.surface, 'pointermove', [Math.round((from[0] + to[0]) / 2), to[1]], down);
  await host.updateComplete;
  pointer(host.surface, 'pointermove', to, down);
  await host.updateComplete;
  pointer(host.surface, 'pointerup', to, { ...init, button, buttons: 0 });
  if (button === 0) {
    host.surface.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        cancelable: true,
        composed: true,
        clientX: to[0],
        clientY: to[1],
        ...init,
      }),
    );
  }
  await host.updateComplete;
}

/** A press and release in place: a click. */
const click = (host: ZoomHost, at: Point, init: PointerEventInit = {}) => drag(host, at, at, init);

async function mount(domain: Domain = EXTENT): Promise<ZoomHost> {
  const host = await fixture<ZoomHost>(html`<test-zoom-host></test-zoom-host>`);
  host.domain = domain;
  host.requestUpdate();
  await host.updateComplete;
  return host;
}

const days = (a: number, b: number): Domain => ({ start: T0 + a * DAY, end: T0 + b * DAY });
const span = (d: Domain) => d.end - d.start;

describe('ZoomController', () => {
  before(() => setViewport({ width: 1200, height: 600 }));

  describe('wheel', () => {
    it('ctrl+wheel zooms in around the time under the pointer', async () => {
      const host = await mount();
      const [x] = at(host, 0.25);
      const anchor = timeAt(host, EXTENT, x);
      const event = wheel(host, x, { deltaY: -100, ctrlKey: true });
      expect(event.defaultPrevented, 'the page does not zoom').to.equal(true);
      expect(host.changes).to.have.length(1);
      const { domain, cause } = host.changes[0]!;
      expect(cause).to.equal('wheel');
      expect(span(domain)).to.be.closeTo(90 * DAY * Math.exp(-0.2), 1);
      // the anchor is still a quarter of the way across
      expect(timeAt(host, domain, x)).to.be.closeTo(anchor, 2);
    });

    it('meta+wheel zooms too, and a positive delta zooms out', async () => {
      const host = await mount(days(30, 40));
      const [x] = at(host, 0.5);
      wheel(host, x, { deltaY: 100, metaKey: true });
      const { domain } = host.changes[0]!;
      expect(span(domain)).to.be.closeTo(10 * DAY * Math.exp(0.2), 1);
      expect((domain.start + domain.end) / 2).to.be.closeTo(T0 + 35 * DAY, 2);
    });

    it('zooming out at the whole extent changes nothing', async () => {
      const host = await mount();
      wheel(host, at(host, 0.5)[0], { deltaY: 300, ctrlKey: true });
      expect(host.changes).to.have.length(0);
    });

    it('never zooms in below the minimum span', async () => {
      const host = await mount(days(30, 31));
      for (let i = 0; i < 20; i++) wheel(host, at(host, 0.5)[0], { deltaY: -500, ctrlKey: true });
      expect(span(host.domain)).to.equal(HOUR);
    });

    it('a plain vertical wheel is left to the page', async () => {
      const host = await mount(days(30, 40));
      const event = wheel(host, at(host, 0.5)[0], { deltaY: 100 });
      expect(event.defaultPrevented).to.equal(false);
      expect(host.changes).to.have.length(0);
    });

    it('a horizontal wheel pans by the scrolled pixels, later for a positive delta', async () => {
      const host = await mount(days(30, 40));
      const event = wheel(host, at(host, 0.5)[0], { deltaX: 100 });
      expect(event.defaultPrevented).to.equal(true);
      // 100 px of 1000 px showing 10 days: one day
      expect(host.changes[0]).to.deep.equal({ domain: days(31, 41), cause: 'pan' });
    });

    it('shift+wheel pans, and wheel lines count as 16 px', async () => {
      const host = await mount(days(30, 40));
      wheel(host, at(host, 0.5)[0], { deltaY: -50, shiftKey: true });
      expect(host.domain).to.deep.equal(days(29.5, 39.5));
      wheel(host, at(host, 0.5)[0], { deltaX: 5, deltaMode: WheelEvent.DOM_DELTA_LINE });
      // 5 lines = 80 px = 0.8 day
      expect(host.domain.start).to.be.closeTo(T0 + 30.3 * DAY, 1);
    });

    it('a wheel page is the surface width', async () => {
      const host = await mount(days(30, 40));
      wheel(host, at(host, 0.5)[0], { deltaX: -1, deltaMode: WheelEvent.DOM_DELTA_PAGE });
      expect(host.domain).to.deep.equal(days(20, 30));
    });
  });

  describe('drag', () => {
    it('dragging pans by the dragged time: the grabbed time stays under the pointer', async () => {
      const host = await mount(days(30, 40));
      const from = at(host, 0.6);
      const to = at(host, 0.4);
      const grabbed = timeAt(host, days(30, 40), from[0]);
      await drag(host, from, to);
      // 200 px of 1000 px showing 10 days: two days later
      expect(host.domain.start).to.be.closeTo(T0 + 32 * DAY, 1);
      expect(span(host.domain)).to.equal(10 * DAY);
      expect(timeAt(host, host.domain, to[0])).to.be.closeTo(grabbed, 1);
      expect(host.changes.every((c) => c.cause === 'pan')).to.equal(true);
      expect(host.changes.length).to.be.at.least(2);
      expect(host.brushes).to.have.length(0);
    });

    it('a pan stops at the start of the extent', async () => {
      const host = await mount(days(1, 11));
      await drag(host, at(host, 0.2), at(host, 0.8));
      expect(host.domain).to.deep.equal(days(0, 10));
    });

    it('a pan stops at the end of the extent', async () => {
      const host = await mount(days(79, 89));
      await drag(host, at(host, 0.8), at(host, 0.2));
      expect(host.domain).to.deep.equal(days(80, 90));
    });

    it('a click without movement neither pans nor brushes, and reaches the element', async () => {
      const host = await mount(days(30, 40));
      const [x, y] = at(host, 0.5);
      await click(host, [x, y]);
      expect(host.changes).to.have.length(0);
      expect(host.brushes).to.have.length(0);
      expect(host.clicks).to.deep.equal([x]);
    });

    it('a movement of less than 3 px is still a click', async () => {
      const host = await mount(days(30, 40));
      const [x, y] = at(host, 0.5);
      await drag(host, [x, y], [x + 2, y]);
      expect(host.changes).to.have.length(0);
      expect(host.clicks).to.have.length(1);
    });

    it('the click that ends a drag does not reach the element', async () => {
      const host = await mount(days(30, 40));
      await drag(host, at(host, 0.6), at(host, 0.4));
      expect(host.clicks).to.have.length(0);
      // the next real click does
      await click(host, at(host, 0.5));
      expect(host.clicks).to.have.length(1);
    });

    it('a right-button drag does nothing', async () => {
      const host = await mount(days(30, 40));
      await drag(host, at(host, 0.6), at(host, 0.3), { button: 2 });
      expect(host.changes).to.have.length(0);
    });
  });

  describe('brush', () => {
    it('shift+drag brushes: draws the brush while dragging and hands over the brushed domain', async () => {
      const host = await mount(days(30, 40));
      await drag(host, at(host, 0.2), at(host, 0.5), { shiftKey: true });
      expect(host.brushes).to.have.length(1);
      expect(host.brushes[0]!.start).to.be.closeTo(T0 + 32 * DAY, 1);
      expect(host.brushes[0]!.end).to.be.closeTo(T0 + 35 * DAY, 1);
      expect(host.changes, 'a brush does not pan').to.have.length(0);
      // drawn while dragged: halfway, then at the end
      expect(host.drawn.length).to.be.at.least(2);
      expect(host.drawn.at(-1)!.end).to.be.closeTo(T0 + 35 * DAY, 1);
      await host.updateComplete;
      expect(host.zoom.brush).to.equal(null);
    });

    it('in brush mode a plain drag brushes, and a right-to-left brush is ordered', async () => {
      const host = await mount(days(30, 40));
      host.zoom.brushMode = true;
      await drag(host, at(host, 0.7), at(host, 0.1));
      expect(host.brushes).to.have.length(1);
      const [b] = host.brushes;
      expect(b!.start).to.be.closeTo(T0 + 31 * DAY, 1);
      expect(b!.end).to.be.closeTo(T0 + 37 * DAY, 1);
      expect(host.changes).to.have.length(0);
    });

    it('a brush beyond the surface is clipped to the extent', async () => {
      const host = await mount(days(0, 10));
      host.zoom.brushMode = true;
      const [x, y] = at(host, 0.3);
      await drag(host, [x, y], [at(host, 0)[0] - 50, y]);
      expect(host.brushes[0]!.start).to.equal(T0);
      expect(host.brushes[0]!.end).to.be.closeTo(T0 + 3 * DAY, 1);
    });

    it('cancel() during a brush (on Escape) draws no more brush and hands over none', async () => {
      const host = await mount(days(30, 40));
      const [x, y] = at(host, 0.2);
      const to: Point = [at(host, 0.5)[0], y];
      pointer(host.surface, 'pointerdown', [x, y], { button: 0, buttons: 1, shiftKey: true });
      pointer(host.surface, 'pointermove', to, { buttons: 1, shiftKey: true });
      await host.updateComplete;
      expect(host.zoom.brush).to.not.equal(null);
      host.zoom.cancel();
      await host.updateComplete;
      expect(host.zoom.brush).to.equal(null);
      pointer(host.surface, 'pointermove', [to[0] + 50, y], { buttons: 1, shiftKey: true });
      pointer(host.surface, 'pointerup', [to[0] + 50, y], { button: 0, buttons: 0 });
      host.surface.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(host.zoom.brush).to.equal(null);
      expect(host.brushes).to.have.length(0);
      expect(host.clicks, 'the release is no click on a mark').to.have.length(0);
    });

    it('a shift+click is no brush', async () => {
      const host = await mount(days(30, 40));
      await click(host, at(host, 0.5), { shiftKey: true });
      expect(host.brushes).to.have.length(0);
      expect(host.drawn).to.have.length(0);
    });

    it('a brush narrower than the minimum span is no brush', async () => {
      // one day across 1000 px: 20 px are 29 minutes, less than the 1 hour minimum
      const host = await mount(days(30, 31));
      host.zoom.brushMode = true;
      const [x, y] = at(host, 0.5);
      await drag(host, [x, y], [x + 20, y]);
      expect(host.brushes).to.have.length(0);
      await drag(host, [x, y], [x + 60, y]);
      expect(host.brushes).to.have.length(1);
    });
  });

  describe('touch', () => {
    function touch(host: ZoomHost, type: string, pointerId: number, clientX: number): void {
      host.surface.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          cancelable: true,
          composed: true,
          pointerId,
          pointerType: 'touch',
          isPrimary: pointerId === 1,
          clientX,
          clientY: at(host, 0.5)[1],
        }),
      );
    }

    it('two fingers moving apart zoom in around the time between them', async () => {
      const host = await mount(days(30, 40));
      const [a] = at(host, 0.4);
      const [b] = at(host, 0.6);
      const middle = timeAt(host, days(30, 40), (a + b) / 2);
      touch(host, 'pointerdown', 1, a);
      touch(host, 'pointerdown', 2, b);
      touch(host, 'pointermove', 1, a - 100);
      touch(host, 'pointermove', 2, b + 100);
      touch(host, 'pointerup', 1, a - 100);
      touch(host, 'pointerup', 2, b + 100);
      const last = host.changes.at(-1)!;
      expect(last.cause).to.equal('pinch');
      // 200 px apart, then 400 px: half the span, around the middle
      expect(span(last.domain)).to.equal(5 * DAY);
      expect((last.domain.start + last.domain.end) / 2).to.be.closeTo(middle, 1);
      expect(host.brushes).to.have.length(0);
    });

    it('one finger pans like a mouse drag', async () => {
      const host = await mount(days(30, 40));
      const [a] = at(host, 0.5);
      touch(host, 'pointerdown', 1, a);
      touch(host, 'pointermove', 1, a - 100);
      touch(host, 'pointerup', 1, a - 100);
      expect(host.domain).to.deep.equal(days(31, 41));
    });
  });

  describe('keyboard and reset', () => {
    it('+ and - zoom in and out around the centre, 0 resets to the whole extent', async () => {
      const host = await mount(days(30, 50));
      host.surface.focus();
      await sendKeys({ press: '+' });
      expect(host.changes.at(-1)).to.deep.equal({ domain: days(35, 45), cause: 'key' });
      await sendKeys({ press: '-' });
      await sendKeys({ press: '-' });
      expect(host.domain).to.deep.equal(days(20, 60));
      await sendKeys({ press: '0' });
      expect(host.changes.at(-1)).to.deep.equal({ domain: EXTENT, cause: 'reset' });
    });

    it('zoomIn() takes an anchor', async () => {
      const host = await mount(days(30, 50));
      host.zoom.zoomIn(T0 + 30 * DAY);
      expect(host.domain).to.deep.equal(days(30, 40));
      host.zoom.zoomOut(T0 + 40 * DAY);
      expect(host.domain).to.deep.equal(days(20, 40));
    });

    it('shift+arrows pan by a tenth of the span and stop at the extent', async () => {
      const host = await mount(days(70, 80));
      host.surface.focus();
      await sendKeys({ down: 'Shift' });
      try {
        await sendKeys({ press: 'ArrowRight' });
        expect(host.changes.at(-1)).to.deep.equal({ domain: days(71, 81), cause: 'key' });
        await sendKeys({ press: 'ArrowLeft' });
        expect(host.domain).to.deep.equal(days(70, 80));
      } finally {
        await sendKeys({ up: 'Shift' });
      }
      for (let i = 0; i < 20; i++) host.zoom.panStep(1);
      expect(host.domain).to.deep.equal(days(80, 90));
    });

    it('a step that changes nothing (zoom out at the extent, reset at the extent) is not reported', async () => {
      const host = await mount();
      host.zoom.zoomOut();
      host.zoom.reset();
      host.zoom.panStep(-1);
      expect(host.changes).to.have.length(0);
    });

    it('zooms in no further than the minimum span', async () => {
      const host = await mount(days(30, 31));
      for (let i = 0; i < 10; i++) host.zoom.zoomIn();
      expect(span(host.domain)).to.equal(HOUR);
      expect((host.domain.start + host.domain.end) / 2).to.equal(T0 + 30.5 * DAY);
    });
  });

  describe('attachment', () => {
    it('stops listening while the host is out of the document and listens again after', async () => {
      const host = await mount(days(30, 40));
      const parent = host.parentElement!;
      host.remove();
      wheel(host, 500, { deltaX: 100 });
      expect(host.changes).to.have.length(0);
      parent.append(host);
      await host.updateComplete;
      wheel(host, at(host, 0.5)[0], { deltaX: 100 });
      expect(host.changes).to.have.length(1);
    });

    it('listens only on the surface it was attached to last', async () => {
      const host = await mount(days(30, 40));
      const other = host.renderRoot.querySelector<HTMLElement>('.other')!;
      host.zoom.attach(other);
      wheel(host, at(host, 0.5)[0], { deltaX: 100 });
      expect(host.changes).to.have.length(0);
      other.dispatchEvent(
        new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaX: 100, clientX: 10 }),
      );
      expect(host.changes).to.have.length(1);
    });
  });
});
