/**
 * Zoom, pan and brush input for a time chart. The element owns the domain; this controller turns
 * input on one surface into new domains (`src/layout/zoom.ts`) and hands them to `onDomain`:
 *
 * - ctrl / meta + wheel, and a trackpad pinch (which browsers send as ctrl + wheel): zoom around
 *   the time under the pointer;
 * - a horizontal wheel, or shift + wheel: pan (a plain vertical wheel is left to the page, so it
 *   still scrolls);
 * - drag: pan, the time grabbed stays under the pointer; shift + drag, or any drag while
 *   `brushMode` is on: a brush, drawn from `brush` while it is dragged and passed to `onBrush`
 *   when released (a click, or a brush narrower than the minimum span, is no brush);
 * - two touch pointers: pinch zoom around the time between them;
 * - `zoomIn()`, `zoomOut()`, `reset()`, `panStep()`: for the element's keys (+, -, shift+arrows)
 *   and its reset control.
 *
 * Domain changes are immediate: there is no animated zoom, so reduced motion is respected by
 * construction. The element debounces `sla-range-change` itself. The wheel listener is not
 * passive, and only on the surface. Give the surface `touch-action: pan-y` in the element's
 * stylesheet so touch pans and pinches reach it while vertical scrolling still works, and
 * `user-select: none` so a drag selects no text.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { brushDomain, panBy, zoomAt, type Domain, type ZoomLimits } from '../../../layout/zoom.js';

export type { Domain, ZoomLimits } from '../../../layout/zoom.js';

export type ZoomCause = 'wheel' | 'pinch' | 'pan' | 'key' | 'reset';

export interface ZoomControllerOptions {
  /** Extent and minimum span. */
  limits: () => ZoomLimits;
  /** The current domain (the element owns it). */
  domain: () => Domain;
  /** The element sets its domain (and debounces sla-range-change itself). */
  onDomain: (d: Domain, cause: ZoomCause) => void;
  /** A completed brush. */
  onBrush: (d: Domain) => void;
  /** The element's scale, in client coordinates (mirrored in right-to-left layouts). */
  pxToTime: (clientX: number) => number;
  /** Accepted for elements that animate other things; zoom itself is never animated. */
  reducedMotion?: () => boolean;
  /** Factor of one `zoomIn()` / `zoomOut()` step (default 2: half or double the span). */
  keyFactor?: number;
  /** Movement in px below which a press is a click, not a drag (default 3). */
  clickSlop?: number;
}

/** Wheel zoom: the span changes by e^(delta px x this); 100 px of wheel is about a factor 1.22. */
const WHEEL_ZOOM = 0.002;
const LINE_PX = 16;

interface Press {
  readonly pointerId: number;
  readonly x: number;
  readonly domain: Domain;
  readonly time: number;
  readonly brushing: boolean;
  moved: boolean;
}

interface Pinch {
  readonly distance: number;
  readonly domain: Domain;
  readonly anchor: number;
}

export class ZoomController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ZoomControllerOptions;
  #surface: Element | undefined;
  #attached = false;
  #press: Press | undefined;
  #pinch: Pinch | undefined;
  readonly #touches = new Map<number, number>();
  #brush: Domain | null = null;
  /** When true, a plain drag brushes instead of panning. */
  brushMode = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ZoomControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The brush being dragged (ordered, clipped to the extent), to draw it; null otherwise. */
  get brush(): Domain | null {
    return this.#brush;
  }

  /** Listens on `surface` (and stops listening on the previous one). */
  attach(surface: Element): void {
    if (surface === this.#surface && this.#attached) return;
    this.#listen(false);
    this.#surface = surface;
    if (this.#host.isConnected) this.#listen(true);
  }

  hostConnected(): void {
    this.#listen(true);
  }

  hostDisconnected(): void {
    this.#listen(false);
    this.#cancel();
    this.#touches.clear();
    this.#pinch = undefined;
  }

  zoomIn(anchor?: number): void {
    this.#zoomBy(1 / this.#keyFactor(), anchor);
  }

  zoomOut(anchor?: number): void {
    this.#zoomBy(this.#keyFactor(), anchor);
  }

  /** Back to the whole extent. */
  reset(): void {
    this.#set(this.#options.limits().extent, 'reset');
  }

  /**
   * Drops the drag or brush in progress (the element calls it on Escape): no brush is handed
   * over, and the click that ends the press is not a click on a mark. A pan already made stays.
   */
  cancel(): void {
    if (this.#press?.moved) this.#suppressClick = true;
    this.#cancel();
  }

  /** Pans by a tenth of the span: -1 earlier, 1 later. */
  panStep(direction: -1 | 1): void {
    const d = this.#options.domain();
    this.#set(panBy(d, direction * 0.1 * (d.end - d.start), this.#options.limits()), 'key');
  }

  #keyFactor(): number {
    const f = this.#options.keyFactor ?? 2;
    return f > 1 ? f : 2;
  }

  #zoomBy(factor: number, anchor?: number): void {
    const d = this.#options.domain();
    const at = anchor ?? (d.start + d.end) / 2;
    this.#set(zoomAt(d, factor, at, this.#options.limits()), 'key');
  }

  /** Passes a domain on when it differs from the current one. */
  #set(next: Domain, cause: ZoomCause): void {
    const d = this.#options.domain();
    if (next.start === d.start && next.end === d.end) return;
    this.#options.onDomain(next, cause);
  }

  #listen(on: boolean): void {
    const s = this.#surface;
    if (!s || on === this.#attached) return;
    this.#attached = on;
    const listeners: [string, EventListener, AddEventListenerOptions][] = [
      ['wheel', this.#onWheel as EventListener, { passive: false }],
      ['pointerdown', this.#onPointerDown as EventListener, {}],
      ['pointermove', this.#onPointerMove as EventListener, {}],
      ['pointerup', this.#onPointerUp as EventListener, {}],
      ['pointercancel', this.#onPointerCancel as EventListener, {}],
      // capture: the click that ends a drag is stopped before the element's own handlers
      ['click', this.#onClick, { capture: true }],
    ];
    for (const [type, listener, options] of listeners) {
      if (on) s.addEventListener(type, listener, options);
      else s.removeEventListener(type, listener, options);
    }
  }

  // --- wheel ---------------------------------------------------------------------------------

  readonly #onWheel = (event: WheelEvent): void => {
    const scale =
      event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? this.#surfaceWidth() : 1;
    const dx = event.deltaX * scale;
    const dy = event.deltaY * scale;
    const limits = this.#options.limits();
    const d = this.#options.domain();
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      const anchor = this.#options.pxToTime(event.clientX);
      this.#set(zoomAt(d, Math.exp(dy * WHEEL_ZOOM), anchor, limits), 'wheel');
      return;
    }
    const along = event.shiftKey && dx === 0 ? dy : Math.abs(dx) > Math.abs(dy) ? dx : 0;
    if (along === 0) return; // a vertical wheel scrolls the page
    event.preventDefault();
    const x = event.clientX;
    this.#set(
      panBy(d, this.#options.pxToTime(x + along) - this.#options.pxToTime(x), limits),
      'pan',
    );
  };

  #surfaceWidth(): number {
    return this.#surface?.getBoundingClientRect().width || 1;
  }

  // --- pointers ------------------------------------------------------------------------------

  readonly #onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') {
      this.#touches.set(event.pointerId, event.clientX);
      this.#capture(event.pointerId);
      if (this.#touches.size === 2) {
        // a second finger: from a pan to a pinch
        this.#cancel(false);
        const [a, b] = [...this.#touches.values()] as [number, number];
        this.#pinch = {
          distance: Math.abs(a - b),
          domain: this.#options.domain(),
          anchor: this.#options.pxToTime((a + b) / 2),
        };
        return;
      }
      if (this.#touches.size > 2) return;
    } else if (event.button !== 0) {
      return;
    }
    const brushing = event.shiftKey || this.brushMode;
    const time = this.#options.pxToTime(event.clientX);
    this.#press = {
      pointerId: event.pointerId,
      x: event.clientX,
      domain: this.#options.domain(),
      time,
      brushing,
      moved: false,
    };
    this.#suppressClick = false;
    this.#capture(event.pointerId);
  };

  readonly #onPointerMove = (event: PointerEvent): void => {
    if (this.#touches.has(event.pointerId)) this.#touches.set(event.pointerId, event.clientX);
    const pinch = this.#pinch;
    if (pinch) {
      const [a, b] = [...this.#touches.values()] as [number, number];
      const distance = Math.abs(a - b);
      if (pinch.distance > 0 && distance > 0) {
        const next = zoomAt(
          pinch.domain,
          pinch.distance / distance,
          pinch.anchor,
          this.#options.limits(),
        );
        this.#set(next, 'pinch');
      }
      return;
    }
    const press = this.#press;
    if (!press || press.pointerId !== event.pointerId) return;
    if (!press.moved && Math.abs(event.clientX - press.x) < (this.#options.clickSlop ?? 3)) return;
    press.moved = true;
    const limits = this.#options.limits();
    if (press.brushing) {
      const t = this.#options.pxToTime(event.clientX);
      const start = Math.max(Math.min(press.time, t), limits.extent.start);
      const end = Math.min(Math.max(press.time, t), limits.extent.end);
      this.#brush = { start, end: Math.max(start, end) };
      this.#host.requestUpdate();
      return;
    }
    // The grabbed time follows the pointer. A pan keeps the span, so the time between two pixels
    // is the same in the current scale as at the press, whether or not the element has redrawn.
    const delta = this.#options.pxToTime(press.x) - this.#options.pxToTime(event.clientX);
    this.#set(panBy(press.domain, delta, limits), 'pan');
  };

  readonly #onPointerUp = (event: PointerEvent): void => {
    this.#touches.delete(event.pointerId);
    if (this.#pinch) {
      if (this.#touches.size < 2) this.#pinch = undefined;
      return;
    }
    const press = this.#press;
    if (!press || press.pointerId !== event.pointerId) return;
    this.#press = undefined;
    if (!press.moved) return; // a click: the element's own click handler takes it
    this.#suppressClick = true; // the click that ends a drag is not a click on a mark
    if (press.brushing) {
      const limits = this.#options.limits();
      const end = this.#options.pxToTime(event.clientX);
      this.#brush = null;
      this.#host.requestUpdate();
      const d = brushDomain(press.time, end, limits);
      if (d) this.#options.onBrush(d);
    }
  };

  readonly #onPointerCancel = (event: PointerEvent): void => {
    this.#touches.delete(event.pointerId);
    if (this.#touches.size < 2) this.#pinch = undefined;
    if (this.#press?.pointerId === event.pointerId) this.#cancel();
  };

  #suppressClick = false;

  readonly #onClick = (event: Event): void => {
    if (!this.#suppressClick) return;
    this.#suppressClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  /** Drops a press in progress (and its brush). */
  #cancel(update = true): void {
    this.#press = undefined;
    if (this.#brush) {
      this.#brush = null;
      if (update) this.#host.requestUpdate();
    }
  }

  #capture(pointerId: number): void {
    try {
      (this.#surface as HTMLElement | undefined)?.setPointerCapture?.(pointerId);
    } catch {
      // not an active pointer (a synthetic event): the surface still gets its own events
    }
  }
}
