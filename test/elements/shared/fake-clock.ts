/**
 * A fake clock for the FeedController's timer options: time moves only when a test says so, so a
 * test can prove that nothing happens in the next ten minutes without waiting for them.
 *
 * ```ts
 * const clock = new FakeClock();
 * options = { setTimeout: clock.setTimeout, clearTimeout: clock.clearTimeout, now: clock.now };
 * await clock.timer(15);   // the controller asked for a 15 ms retry wait
 * clock.advance(15);       // ... which is now over
 * ```
 */
interface Timer {
  readonly id: number;
  readonly at: number;
  readonly ms: number;
  readonly callback: () => void;
}

export class FakeClock {
  /** Every delay asked for, in order (including cleared ones). */
  readonly requested: number[] = [];
  #now: number;
  #nextId = 1;
  readonly #timers = new Map<number, Timer>();
  #waiters: { predicate: (ms: number) => boolean; resolve: () => void }[] = [];

  constructor(start = Date.UTC(2026, 9, 1, 12, 0, 0)) {
    this.#now = start;
  }

  readonly now = (): number => this.#now;

  readonly setTimeout = (callback: () => void, ms: number): unknown => {
    const delay = Math.max(0, Number.isFinite(ms) ? ms : 0);
    const timer: Timer = { id: this.#nextId++, at: this.#now + delay, ms, callback };
    this.requested.push(ms);
    this.#timers.set(timer.id, timer);
    this.#waiters = this.#waiters.filter((w) => {
      if (!w.predicate(ms)) return true;
      w.resolve();
      return false;
    });
    return timer.id;
  };

  readonly clearTimeout = (handle: unknown): void => {
    this.#timers.delete(handle as number);
  };

  /** Delays of the timers still pending, soonest first. */
  get pending(): number[] {
    return [...this.#timers.values()].sort((a, b) => a.at - b.at).map((t) => t.at - this.#now);
  }

  /**
   * Resolves once a timer of exactly `ms` (or, with a function, a matching delay) is pending,
   * whether it was set before or after the call. Event-driven: no polling, no real waiting.
   */
  timer(ms: number | ((ms: number) => boolean)): Promise<void> {
    const predicate = typeof ms === 'number' ? (x: number) => x === ms : ms;
    if ([...this.#timers.values()].some((t) => predicate(t.ms))) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ predicate, resolve }));
  }

  /**
   * Moves time forward by `ms`, running each timer that falls due, in order (a timer set by one
   * of them runs too when it falls due within the same step).
   */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      let next: Timer | undefined;
      for (const t of this.#timers.values()) if (t.at <= end && (!next || t.at < next.at)) next = t;
      if (!next) break;
      this.#timers.delete(next.id);
      this.#now = next.at;
      next.callback();
    }
    this.#now = end;
  }
}
