/**
 * Events after rendering: `sla-load` and `sla-error` are dispatched once the host has rendered the
 * state they announce (after its `updateComplete`), in the order they were queued.
 */
import type { ReactiveControllerHost } from 'lit';

export class HostEventQueue {
  #host: ReactiveControllerHost & HTMLElement;
  #pending: Event[] = [];
  #flushing: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
  }

  /** Resolves once the queued events are dispatched; undefined when none are queued. */
  get flushing(): Promise<void> | undefined {
    return this.#flushing;
  }

  /** Dispatches `event` on the host after its next render. */
  queue(event: Event): void {
    this.#pending.push(event);
    if (this.#flushing) return;
    const flush = (): void => {
      this.#flushing = undefined;
      const events = this.#pending;
      this.#pending = [];
      for (const e of events) this.#host.dispatchEvent(e);
    };
    this.#flushing = this.#host.updateComplete.then(flush, flush);
  }
}
