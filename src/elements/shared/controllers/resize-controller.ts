/**
 * The size of an element's chart area, from a ResizeObserver: `width` and `height` are the content
 * box in whole CSS pixels, and the host updates only when one of them really changes (a resize by
 * a fraction of a pixel, or an observation of the same size, does nothing).
 *
 * ```ts
 * #size = new ResizeController(this, { target: () => this.renderRoot.querySelector('.plot') });
 * firstUpdated() { this.#size.observe(); }            // the target exists now
 * render() { const { width } = this.#size; ... }      // 0 until the first observation
 * ```
 * Without `target` it observes the host itself. It disconnects when the host leaves the document
 * and observes again when it comes back; `hostUpdated` follows a target that was re-rendered.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResizeControllerOptions {
  /** The element to observe (default: the host). Called again by `observe()` and after updates. */
  readonly target?: () => Element | null | undefined;
  /** Called with the new size when it changes, before the host update it requests. */
  readonly onResize?: (size: { width: number; height: number }) => void;
}

export class ResizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ResizeControllerOptions;
  #observer: ResizeObserver | undefined;
  #observed: Element | undefined;
  #connected = false;
  #width = 0;
  #height = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ResizeControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Content-box width in whole CSS px; 0 before the first observation. */
  get width(): number {
    return this.#width;
  }

  /** Content-box height in whole CSS px; 0 before the first observation. */
  get height(): number {
    return this.#height;
  }

  hostConnected(): void {
    this.#connected = true;
    this.observe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#observer?.disconnect();
    this.#observed = undefined;
  }

  hostUpdated(): void {
    // The target may have been rendered (or replaced) by this update.
    if (this.#connected && this.#target() !== this.#observed) this.observe();
  }

  /** (Re)attaches to `target()`: call after the target renders. Nothing to observe yet: no-op. */
  observe(): void {
    if (!this.#connected) return;
    const target = this.#target();
    if (target === this.#observed) return;
    this.#observer ??= new ResizeObserver((entries) => this.#measured(entries));
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = target;
    if (target) this.#observer.observe(target);
  }

  #target(): Element | undefined {
    return this.#options.target ? (this.#options.target() ?? undefined) : this.#host;
  }

  #measured(entries: readonly ResizeObserverEntry[]): void {
    const entry = entries.findLast((e) => e.target === this.#observed);
    if (!entry) return;
    const width = Math.round(entry.contentRect.width);
    const height = Math.round(entry.contentRect.height);
    if (width === this.#width && height === this.#height) return;
    this.#width = width;
    this.#height = height;
    this.#options.onResize?.({ width, height });
    this.#host.requestUpdate();
  }
}
