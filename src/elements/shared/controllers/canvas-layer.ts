/**
 * A canvas for charts with many marks: the backing store follows the CSS size times the device
 * pixel ratio (crisp on high-density screens), the context is scaled so one unit is one CSS pixel,
 * and nothing is written as an inline style string (the canvas's CSS size comes from the
 * element's stylesheet, its backing store from `canvas.width` / `canvas.height`).
 *
 * ```ts
 * const layer = new CanvasLayer(canvas);
 * const ctx = layer.begin(size.width, size.height);   // sized, scaled and cleared
 * ctx.fillStyle = colors.get('--_sla-severity-critical', 'CanvasText');
 * ctx.fillRect(x0, y, x1 - x0, h);
 * ctx.fillStyle = hatchPattern(ctx, colors.get('--_sla-text-muted', 'GrayText'), layer.dpr);
 * ```
 */

export class CanvasLayer {
  readonly #canvas: HTMLCanvasElement;
  #dpr = 1;

  constructor(canvas: HTMLCanvasElement) {
    this.#canvas = canvas;
  }

  /** The device pixel ratio of the last `begin()` (1 before it). */
  get dpr(): number {
    return this.#dpr;
  }

  /**
   * Sizes the backing store to cssWidth x cssHeight x dpr (default `devicePixelRatio`), rounded to
   * whole device pixels, and returns the 2D context scaled to CSS pixels and cleared. The store is
   * only reallocated when its size changes.
   */
  begin(
    cssWidth: number,
    cssHeight: number,
    dpr: number = globalThis.devicePixelRatio || 1,
  ): CanvasRenderingContext2D {
    const ratio = Number.isFinite(dpr) && dpr > 0 ? dpr : 1;
    const width = Math.max(0, Math.round(finite(cssWidth) * ratio));
    const height = Math.max(0, Math.round(finite(cssHeight) * ratio));
    const canvas = this.#canvas;
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('CanvasLayer: no 2D context');
    this.#dpr = ratio;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    return ctx;
  }
}

function finite(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

/**
 * Canvas colours from CSS: `get('--_sla-severity-critical', 'CanvasText')` resolves the custom
 * property on `el` (with its theme, dark mode and forced-colors values; system colours included)
 * to the computed `rgb(...)` string a canvas accepts. In forced-colors mode the browser forces
 * the probe's colour as it forces text: system colours (the tokens' forced values) are kept, any
 * other colour falls back to `CanvasText`, so a canvas follows the user's palette as the
 * rest of the page does (the browser does not adjust what a canvas draws). A name that is not a custom property is
 * resolved as a colour (`get('CanvasText', 'black')`). Cached by name until `invalidate()`: call
 * it when the theme, colour scheme or forced-colors mode changes.
 *
 * It resolves through a probe `<span>` appended to `el` for the first look-up of each name and
 * removed at once, so pass an element whose children the page does not manage (the canvas itself,
 * whose children are only fallback content, is a good choice).
 */
export class CanvasColors {
  readonly #el: Element;
  readonly #cache = new Map<string, string>();

  constructor(el: Element) {
    this.#el = el;
  }

  get(name: string, fallback: string): string {
    const key = `${name}\u0000${fallback}`;
    const hit = this.#cache.get(key);
    if (hit !== undefined) return hit;
    const value = this.#resolve(name, fallback);
    this.#cache.set(key, value);
    return value;
  }

  invalidate(): void {
    this.#cache.clear();
  }

  #resolve(name: string, fallback: string): string {
    const doc = this.#el.ownerDocument;
    const probe = doc.createElement('span');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.setProperty('display', 'none');
    probe.style.setProperty('color', fallback);
    if (name.startsWith('--')) probe.style.setProperty('color', `var(${name}, ${fallback})`);
    else probe.style.setProperty('color', name);
    this.#el.append(probe);
    try {
      return getComputedStyle(probe).color || fallback;
    } finally {
      probe.remove();
    }
  }
}

const patterns = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | string>>();

/** Tile size of the hatch, in CSS px. */
const HATCH = 6;

/**
 * A diagonal hatch of `color` on a transparent ground, as a repeating pattern drawn at the
 * device pixel ratio (so it stays crisp in a context scaled by `dpr`); cached per context, colour
 * and ratio. Falls back to the plain colour where patterns are not available.
 */
export function hatchPattern(
  ctx: CanvasRenderingContext2D,
  color: string,
  dpr: number,
): CanvasPattern | string {
  const ratio = Number.isFinite(dpr) && dpr > 0 ? dpr : 1;
  let cache = patterns.get(ctx);
  if (!cache) patterns.set(ctx, (cache = new Map<string, CanvasPattern | string>()));
  const key = `${color}\u0000${ratio}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const size = Math.max(1, Math.round(HATCH * ratio));
  const tile = ctx.canvas.ownerDocument?.createElement('canvas');
  const tctx = tile?.getContext('2d');
  let result: CanvasPattern | string = color;
  if (tile && tctx) {
    tile.width = size;
    tile.height = size;
    tctx.strokeStyle = color;
    tctx.lineWidth = Math.max(1, ratio * 1.25);
    tctx.lineCap = 'square';
    tctx.beginPath();
    // a "/" line across the tile and its two corner pieces, so tiles join without seams
    tctx.moveTo(0, size);
    tctx.lineTo(size, 0);
    tctx.moveTo(-size / 2, size / 2);
    tctx.lineTo(size / 2, -size / 2);
    tctx.moveTo(size / 2, size * 1.5);
    tctx.lineTo(size * 1.5, size / 2);
    tctx.stroke();
    const pattern = ctx.createPattern(tile, 'repeat');
    if (pattern) {
      pattern.setTransform(new DOMMatrix().scale(1 / ratio));
      result = pattern;
    }
  }
  cache.set(key, result);
  return result;
}
