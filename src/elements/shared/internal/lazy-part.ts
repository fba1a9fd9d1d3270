/**
 * A rendering module loaded on first use (a mode or view most pages never show): `get()` gives
 * the module once it is there and starts loading it otherwise (the host renders a placeholder
 * meanwhile, and updates when it arrives); `pending()` is for the host's `renderPending`, so that
 * `renderComplete` waits for the module and the update it brings.
 *
 * ```ts
 * #plain = new LazyPart(this, () => import('./sla-scorecard.plain.js'));
 * render() { const plain = this.#plain.get(); return plain ? plain.renderPlain(...) : placeholder; }
 * ```
 */
import type { ReactiveControllerHost } from 'lit';

export class LazyPart<T> {
  #module: T | undefined;
  #loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {}

  /** The module, or `undefined` while it loads (the first call starts the load). */
  get(): T | undefined {
    if (this.#module === undefined) {
      this.#loading ??= this.load().then(
        (module) => {
          this.#module = module;
          this.host.requestUpdate();
        },
        () => {
          // A failed chunk request: the next render asks again.
          this.#loading = undefined;
        },
      );
    }
    return this.#module;
  }

  /** Settles when the module asked for has loaded; `null` when it is there or was never asked for. */
  pending(): Promise<void> | null {
    return this.#module === undefined ? (this.#loading ?? null) : null;
  }
}
