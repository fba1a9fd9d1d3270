/**
 * CanvasLayer, CanvasColors and hatchPattern on a test host with one canvas: the backing store
 * follows the CSS size times the device pixel ratio, a unit of the returned context is one CSS
 * pixel, nothing is written as a style attribute, and colours come from the kit's tokens (their
 * light and dark values) as strings a canvas accepts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { CanvasColors, CanvasLayer, hatchPattern } from '../../../../src/elements/shared/index.js';
import { PALETTE, tokens } from '../../../../src/themes/tokens.js';

class CanvasHost extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        --test-mark: #0a141e;
      }
      canvas {
        display: block;
        inline-size: 200px;
        block-size: 100px;
      }
    `,
  ];
  override render() {
    return html`<canvas></canvas>`;
  }
  get canvas(): HTMLCanvasElement {
    return this.renderRoot.querySelector('canvas')!;
  }
}
customElements.define('test-canvas-host', CanvasHost);

const mount = () => fixture<CanvasHost>(html`<test-canvas-host></test-canvas-host>`);

/** RGBA of one device pixel. */
function pixel(ctx: CanvasRenderingContext2D, x: number, y: number): number[] {
  return [...ctx.getImageData(x, y, 1, 1).data];
}

function hex(color: string): string {
  const n = parseInt(color.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('CanvasLayer', () => {
  it('at a device pixel ratio of 1 the backing store is the CSS size', async () => {
    const host = await mount();
    const layer = new CanvasLayer(host.canvas);
    const ctx = layer.begin(200, 100, 1);
    expect([host.canvas.width, host.canvas.height]).to.deep.equal([200, 100]);
    expect(layer.dpr).to.equal(1);
    const m = ctx.getTransform();
    expect([m.a, m.d, m.e, m.f]).to.deep.equal([1, 1, 0, 0]);
  });

  it('at a ratio of 2 the backing store doubles and the context scales, so one unit is one CSS pixel', async () => {
    const host = await mount();
    const layer = new CanvasLayer(host.canvas);
    const ctx = layer.begin(200, 100, 2);
    expect([host.canvas.width, host.canvas.height]).to.deep.equal([400, 200]);
    expect(layer.dpr).to.equal(2);
    const m = ctx.getTransform();
    expect([m.a, m.b, m.c, m.d]).to.deep.equal([2, 0, 0, 2]);
    // a 1 x 1 CSS px square at (10, 10) covers device pixels 20 and 21
    ctx.fillStyle = 'rgb(255, 0, 0)';
    ctx.fillRect(10, 10, 1, 1);
    expect(pixel(ctx, 20, 20)).to.deep.equal([255, 0, 0, 255]);
    expect(pixel(ctx, 21, 21)).to.deep.equal([255, 0, 0, 255]);
    expect(pixel(ctx, 22, 22)).to.deep.equal([0, 0, 0, 0]);
    expect(pixel(ctx, 19, 19)).to.deep.equal([0, 0, 0, 0]);
  });

  it('the CSS size stays the stylesheet\u2019s: no style attribute is written', async () => {
    const host = await mount();
    new CanvasLayer(host.canvas).begin(200, 100, 2);
    expect(host.canvas.hasAttribute('style')).to.equal(false);
    const rect = host.canvas.getBoundingClientRect();
    expect([rect.width, rect.height]).to.deep.equal([200, 100]);
  });

  it('rounds a fractional ratio to whole device pixels', async () => {
    const host = await mount();
    new CanvasLayer(host.canvas).begin(201, 99, 1.5);
    expect([host.canvas.width, host.canvas.height]).to.deep.equal([302, 149]);
  });

  it('takes the window\u2019s device pixel ratio by default', async () => {
    const host = await mount();
    const layer = new CanvasLayer(host.canvas);
    layer.begin(100, 50);
    expect(layer.dpr).to.equal(window.devicePixelRatio);
    expect(host.canvas.width).to.equal(Math.round(100 * window.devicePixelRatio));
  });

  it('a ratio that is not a positive number counts as 1, a size that is not finite as 0', async () => {
    const host = await mount();
    const layer = new CanvasLayer(host.canvas);
    for (const dpr of [0, -2, Number.NaN]) {
      layer.begin(200, 100, dpr);
      expect([host.canvas.width, layer.dpr], String(dpr)).to.deep.equal([200, 1]);
    }
    layer.begin(Number.NaN, Infinity, 1);
    expect([host.canvas.width, host.canvas.height]).to.deep.equal([0, 0]);
  });

  it('every begin() starts from a cleared canvas with a fresh transform', async () => {
    const host = await mount();
    const layer = new CanvasLayer(host.canvas);
    let ctx = layer.begin(200, 100, 2);
    ctx.fillStyle = 'rgb(0, 0, 255)';
    ctx.fillRect(0, 0, 200, 100);
    ctx.translate(50, 0);
    ctx = layer.begin(200, 100, 2);
    expect(pixel(ctx, 10, 10)).to.deep.equal([0, 0, 0, 0]);
    expect(pixel(ctx, 399, 199)).to.deep.equal([0, 0, 0, 0]);
    const m = ctx.getTransform();
    expect([m.a, m.e]).to.deep.equal([2, 0]);
  });
});

describe('CanvasColors', () => {
  it('resolves a custom property on the element to its computed rgb() value', async () => {
    const host = await mount();
    const colors = new CanvasColors(host.canvas);
    expect(colors.get('--test-mark', 'black')).to.equal('rgb(10, 20, 30)');
  });

  it('resolves the kit\u2019s tokens, light and dark', async () => {
    const host = await mount();
    const colors = new CanvasColors(host.canvas);
    expect(colors.get('--_sla-severity-critical', 'CanvasText')).to.equal(
      hex(PALETTE.light['severity-critical']),
    );
    host.setAttribute('data-sla-theme', 'dark');
    colors.invalidate();
    expect(colors.get('--_sla-severity-critical', 'CanvasText')).to.equal(
      hex(PALETTE.dark['severity-critical']),
    );
  });

  it('keeps a resolved colour until invalidate()', async () => {
    const host = await mount();
    const colors = new CanvasColors(host.canvas);
    expect(colors.get('--test-mark', 'black')).to.equal('rgb(10, 20, 30)');
    host.style.setProperty('--test-mark', '#ff0000');
    expect(colors.get('--test-mark', 'black')).to.equal('rgb(10, 20, 30)');
    colors.invalidate();
    expect(colors.get('--test-mark', 'black')).to.equal('rgb(255, 0, 0)');
  });

  it('uses the fallback for a property that is not set', async () => {
    const host = await mount();
    expect(new CanvasColors(host.canvas).get('--not-set', '#010203')).to.equal('rgb(1, 2, 3)');
  });

  it('a different fallback is a different look-up', async () => {
    const host = await mount();
    const colors = new CanvasColors(host.canvas);
    expect(colors.get('--not-set', '#010203')).to.equal('rgb(1, 2, 3)');
    expect(colors.get('--not-set', '#040506')).to.equal('rgb(4, 5, 6)');
  });

  it('resolves system colours and plain colours that are not custom properties', async () => {
    const host = await mount();
    const colors = new CanvasColors(host.canvas);
    const canvasText = colors.get('CanvasText', 'red');
    expect(canvasText).to.match(/^rgb\(\d+, \d+, \d+\)$/);
    expect(canvasText).to.not.equal('rgb(255, 0, 0)');
    expect(colors.get('rebeccapurple', 'red')).to.equal('rgb(102, 51, 153)');
    expect(colors.get('not a colour', 'red')).to.equal('rgb(255, 0, 0)');
  });

  it('in forced colours the tokens resolve to their system colours, other colours to the text colour', async () => {
    const host = await mount();
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const colors = new CanvasColors(host.canvas);
      const critical = colors.get('--_sla-severity-critical', 'red');
      expect(critical).to.equal(colors.get('CanvasText', 'red'));
      expect(critical).to.not.equal(hex(PALETTE.light['severity-critical']));
      expect(colors.get('--_sla-surface', 'red')).to.equal(colors.get('Canvas', 'red'));
      // each token keeps its own system colour, the focus ring Highlight
      const ring = colors.get('--_sla-focus-ring', 'red');
      expect(ring).to.equal(colors.get('Highlight', 'red'));
      expect(ring).to.not.equal(critical);
      // a colour that is no system colour falls back to the text colour, as text does
      expect(colors.get('--test-mark', 'red')).to.equal(colors.get('CanvasText', 'red'));
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });

  it('leaves nothing behind in the element it resolves on', async () => {
    const host = await mount();
    new CanvasColors(host.canvas).get('--test-mark', 'black');
    expect(host.canvas.childNodes.length).to.equal(0);
  });

  it('the resolved colour paints: a canvas accepts it as it is', async () => {
    const host = await mount();
    const ctx = new CanvasLayer(host.canvas).begin(200, 100, 1);
    ctx.fillStyle = new CanvasColors(host.canvas).get('--test-mark', 'black');
    ctx.fillRect(0, 0, 10, 10);
    expect(pixel(ctx, 5, 5)).to.deep.equal([10, 20, 30, 255]);
  });
});

describe('hatchPattern', () => {
  it('paints diagonal stripes of the colour with gaps between them', async () => {
    const host = await mount();
    const layer = new CanvasLayer(host.canvas);
    const ctx = layer.begin(200, 100, 2);
    const pattern = hatchPattern(ctx, 'rgb(0, 128, 0)', layer.dpr);
    expect(pattern).to.be.instanceOf(CanvasPattern);
    ctx.fillStyle = pattern;
    ctx.fillRect(0, 0, 40, 40);
    const row = [...ctx.getImageData(0, 40, 80, 1).data];
    const alpha = row.filter((_, i) => i % 4 === 3);
    const painted = alpha.filter((a) => a > 128).length;
    const clear = alpha.filter((a) => a === 0).length;
    // stripes and gaps both
    expect(painted).to.be.greaterThan(10);
    expect(clear).to.be.greaterThan(10);
    // the stripes are of the colour
    const i = alpha.findIndex((a) => a === 255);
    expect(row.slice(i * 4, i * 4 + 3)).to.deep.equal([0, 128, 0]);
    // diagonal: the painted pixels move along the row from one row to the next
    const next = [...ctx.getImageData(0, 41, 80, 1).data].filter((_, k) => k % 4 === 3);
    expect(next).to.not.deep.equal(alpha);
  });

  it('is cached per context, colour and ratio', async () => {
    const host = await mount();
    const ctx = new CanvasLayer(host.canvas).begin(200, 100, 1);
    const a = hatchPattern(ctx, 'rgb(0, 128, 0)', 1);
    expect(hatchPattern(ctx, 'rgb(0, 128, 0)', 1)).to.equal(a);
    expect(hatchPattern(ctx, 'rgb(0, 0, 128)', 1)).to.not.equal(a);
    expect(hatchPattern(ctx, 'rgb(0, 128, 0)', 2)).to.not.equal(a);
  });

  it('repeats with the same period at ratio 1 and 2 in CSS pixels', async () => {
    const host = await mount();
    const period = (dpr: number) => {
      const layer = new CanvasLayer(host.canvas);
      const ctx = layer.begin(200, 100, dpr);
      ctx.fillStyle = hatchPattern(ctx, 'rgb(0, 0, 0)', dpr);
      ctx.fillRect(0, 0, 200, 100);
      const alpha = [...ctx.getImageData(0, 10 * dpr, 60 * dpr, 1).data].filter(
        (_, k) => k % 4 === 3,
      );
      // device pixels where a stripe starts, in CSS px
      const starts = alpha.flatMap((a, x) => (a > 128 && !(alpha[x - 1]! > 128) ? [x / dpr] : []));
      return starts[2]! - starts[1]!;
    };
    expect(period(1)).to.equal(6);
    expect(period(2)).to.equal(6);
  });
});
