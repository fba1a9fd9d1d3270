/**
 * Polling of a feed `src` (`refresh-interval`): one timer for the next poll, paused while the page
 * is hidden (a hidden tab does not poll) and resumed when it is visible again.
 */

/** What the poller needs from its controller (timers, clock and visibility go through it). */
export interface PollEnv {
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  now(): number;
  isHidden(): boolean;
  /** Starts the poll (a new load). */
  poll(): void;
}

export class Poller {
  #env: PollEnv;
  #timer: unknown;
  #paused = false;

  constructor(env: PollEnv) {
    this.#env = env;
  }

  /** Cancels the next poll. */
  clear(): void {
    if (this.#timer !== undefined) this.#env.clearTimer(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Schedules the next poll at `dueAt(now)` (epoch ms), replacing any scheduled one; while the
   * page is hidden, it waits for the page to be visible instead.
   */
  schedule(dueAt: (now: number) => number): void {
    this.clear();
    if (this.#env.isHidden()) {
      this.#paused = true;
      return;
    }
    this.#paused = false;
    const now = this.#env.now();
    const due = dueAt(now);
    this.#timer = this.#env.setTimer(
      () => {
        this.#timer = undefined;
        if (this.#env.isHidden()) {
          this.#paused = true;
          return;
        }
        this.#env.poll();
      },
      Math.max(0, due - now),
    );
  }

  /**
   * The page's visibility changed: a hidden page's poll is paused. True when the page is visible
   * and a paused poll waits to be scheduled again.
   */
  visibilityChanged(): boolean {
    if (this.#env.isHidden()) {
      if (this.#timer !== undefined) {
        this.clear();
        this.#paused = true;
      }
      return false;
    }
    return this.#paused;
  }
}
