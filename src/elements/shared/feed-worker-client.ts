/**
 * The main thread's side of the feed worker: starts it once per page (per worker factory), waits
 * for it to say it runs, and matches answers to jobs. A worker that cannot start (no `Worker`,
 * a refused URL, a file that does not load) or dies makes every pending and later job reject with
 * {@link WorkerUnavailable}; the loader then parses on the main thread.
 */
import type { FromWorker, ToWorker } from './feed-worker-protocol.js';

export class WorkerUnavailable extends Error {}

type Answer = Exclude<FromWorker, { type: 'ready' }>;
type Job = Extract<ToWorker, { type: 'parse' }>;

export class FeedWorkerClient {
  #worker: Worker | undefined;
  #ready: Promise<void>;
  #failure: Error | undefined;
  #nextId = 1;
  #pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();

  constructor(factory: () => Worker) {
    let started!: () => void;
    let failed!: (error: Error) => void;
    this.#ready = new Promise<void>((resolve, reject) => {
      started = resolve;
      failed = reject;
    });
    // Nobody may be waiting yet; a failure is also kept in #failure.
    this.#ready.catch(() => undefined);
    try {
      const worker = factory();
      this.#worker = worker;
      worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        const answer = event.data;
        if (answer.type === 'ready') return started();
        const job = this.#pending.get(answer.id);
        this.#pending.delete(answer.id);
        job?.resolve(answer);
      });
      const die = (event: Event): void => {
        event.preventDefault();
        const reason = event instanceof ErrorEvent && event.message ? `: ${event.message}` : '';
        this.#die(new WorkerUnavailable(`the feed worker failed${reason}`));
        failed(this.#failure!);
      };
      worker.addEventListener('error', die);
      worker.addEventListener('messageerror', die);
    } catch (error) {
      this.#die(new WorkerUnavailable(error instanceof Error ? error.message : String(error)));
      failed(this.#failure!);
    }
  }

  /** True once the worker failed: later jobs go straight to the fallback. */
  get failed(): boolean {
    return this.#failure !== undefined;
  }

  /** Runs one parse job; rejects with WorkerUnavailable when the worker cannot do it. */
  async parse(job: Omit<Job, 'type' | 'id'>): Promise<Answer> {
    await this.#ready;
    if (this.#failure || !this.#worker) throw this.#failure ?? new WorkerUnavailable('no worker');
    const id = this.#nextId++;
    const worker = this.#worker;
    return new Promise<Answer>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      // The bytes are copied, not transferred: if the worker dies, the fallback still has them.
      worker.postMessage({ ...job, type: 'parse', id } satisfies ToWorker);
    });
  }

  /** The worker drops what it remembers for `key`. */
  forget(key: number): void {
    if (!this.#failure) this.#worker?.postMessage({ type: 'forget', key } satisfies ToWorker);
  }

  #die(error: Error): void {
    this.#failure ??= error;
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const job of this.#pending.values()) job.reject(this.#failure);
    this.#pending.clear();
  }
}
