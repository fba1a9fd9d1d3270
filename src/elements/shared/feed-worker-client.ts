/**
 * The main thread's side of the feed worker: starts it once per page (per worker factory), waits
 * for it to say it runs, and matches answers to jobs. A worker that cannot start (no `Worker`,
 * a refused URL, a file that does not load) or dies makes every pending and later job reject with
 * {@link WorkerUnavailable}; the loader then parses on the main thread.
 */
import type { FromWorker, ToWorker } from './feed-worker-protocol.js';

export class WorkerUnavailable extends Error {}

type Answer = Extract<FromWorker, { type: 'unchanged' | 'parsed' }>;

interface Pending {
  resolve(answer: Answer): void;
  reject(error: Error): void;
  /** Records of lists sent in parts, by list, in order. */
  parts: Map<string, unknown[][]>;
}
type Job = Extract<ToWorker, { type: 'parse' }>;

export class FeedWorkerClient {
  #worker: Worker | undefined;
  #ready: Promise<void>;
  #failure: Error | undefined;
  #nextId = 1;
  #pending = new Map<number, Pending>();

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
        if (!job) return;
        if (answer.type === 'part') {
          const parts = job.parts.get(answer.list);
          if (parts) parts.push(answer.items);
          else job.parts.set(answer.list, [answer.items]);
          return;
        }
        this.#pending.delete(answer.id);
        if (job.parts.size === 0) return job.resolve(answer);
        // A large feed: the element renders it in a task of its own, after this one.
        const hop = new MessageChannel();
        hop.port1.onmessage = () => {
          hop.port1.close();
          job.resolve(withParts(answer, job.parts));
        };
        hop.port2.postMessage(null);
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
      this.#pending.set(id, { resolve, reject, parts: new Map() });
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

/** The answer with the lists that came in parts filled in. */
function withParts(answer: Answer, parts: Map<string, unknown[][]>): Answer {
  if (answer.type !== 'parsed' || !answer.result.ok || parts.size === 0) return answer;
  const feed = answer.result.feed as unknown as Record<string, unknown[]>;
  for (const [list, chunks] of parts) {
    const records = feed[list]!;
    for (const chunk of chunks) for (const record of chunk) records.push(record);
  }
  return answer;
}
