/**
 * Large agreements in two steps: cards with more than {@link ALL_AT_ONCE} rows show their first
 * {@link FIRST_ROWS} (the worst, in the default order) in the first frame and every row one
 * update later, so a 500-objective agreement shows its worst rows at once instead of after the
 * whole table is laid out.
 */

/**
 * Rows drawn per card in the first frame; the rest follow in one more update right after.
 * (Several smaller batches were measured: each lays the whole table out again, so the last row
 * arrived later.)
 */
export const FIRST_ROWS = 40;
/** Cards with at most this many rows render them all at once. */
export const ALL_AT_ONCE = 100;

/** The row limit of one element and the update that lifts it. */
export class RowBatches {
  /** How many rows per card are in the DOM: the first batch, then every row. */
  #limit = FIRST_ROWS;
  #pending: Promise<void> = Promise.resolve();
  #done: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly requestUpdate: () => void) {}

  /** A new selection starts with the first batch again (new data for the same one keeps it). */
  restart(): void {
    this.#limit = FIRST_ROWS;
  }

  /** The rows of a card that are in the DOM now. */
  visible<T>(rows: readonly T[]): readonly T[] {
    return rows.length > ALL_AT_ONCE && rows.length > this.#limit
      ? rows.slice(0, this.#limit)
      : rows;
  }

  /**
   * After an update: when the largest card (`most` rows) shows only its first batch, start the
   * rest after the first rows are painted; else settle {@link pending}.
   */
  updated(most: number, connected: boolean): void {
    if (most > ALL_AT_ONCE && this.#limit < most && connected) {
      if (!this.#done) this.#pending = new Promise((r) => (this.#done = r));
      if (this.#timer === undefined) {
        const rest = (): void => {
          if (this.#timer === undefined) return;
          clearTimeout(this.#timer);
          this.#timer = undefined;
          this.#limit = Number.POSITIVE_INFINITY;
          this.requestUpdate();
        };
        // After the first rows are painted: the frame after the next one starts the rest. The
        // timer is the fallback for hidden tabs, where no frame comes.
        this.#timer = setTimeout(rest, 200);
        requestAnimationFrame(() => requestAnimationFrame(rest));
      }
    } else {
      this.#done?.();
      this.#done = undefined;
    }
  }

  /** The element left the page: no more steps (a reconnect updates and starts them again). */
  stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#done?.();
    this.#done = undefined;
  }

  /** A promise while rows are still to come, else null (the base class's `renderPending`). */
  pending(): Promise<void> | null {
    return this.#done ? this.#pending : null;
  }
}
