/**
 * Issues: how the parser words and collects what is wrong with a feed. Shared by every step of
 * `parseFeed` (JSON text, caps, schema pass, the rules across records).
 */
import type { FeedIssue, FeedIssueCode } from './types.js';

/** One issue; an error unless said otherwise. */
export function issue(
  path: string,
  message: string,
  code: FeedIssueCode,
  severity: 'error' | 'warning' = 'error',
): FeedIssue {
  return { path, message, code, severity };
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Reads `input[key]` only when it is an own property (so `__proto__` tricks read nothing). */
export function own(x: unknown, key: string): unknown {
  return isRecord(x) && Object.prototype.hasOwnProperty.call(x, key) ? x[key] : undefined;
}

/** Formats a path of keys as `agreements[2].objectives[0].target`. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** How a value reads in a message: `1e400` parses as Infinity, which JSON.stringify calls null. */
export function shown(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'not a finite number';
  return JSON.stringify(value) ?? String(value);
}

/** Thrown by {@link IssueSink} to stop validating once `maxIssues` errors are found. */
class EnoughIssues extends Error {}
export const ENOUGH = new EnoughIssues('maxIssues reached');

/**
 * Where the cross-record rules report. Errors stop validation once there are `max` of them (a
 * hostile feed with 200,000 bad records is rejected after the first `max`, without building the
 * rest); warnings beyond `max` are not kept, and the rules ask {@link warningsFull} before wording
 * one. Repairs that go with a warning (dropping an unsafe link) still happen.
 */
export class IssueSink {
  readonly list: FeedIssue[] = [];
  #errors = 0;
  #warnings: number;
  constructor(
    readonly max: number,
    warningsSoFar = 0,
  ) {
    this.#warnings = warningsSoFar;
  }
  get warningsFull(): boolean {
    return this.#warnings >= this.max;
  }
  push(one: FeedIssue): void {
    if (one.severity === 'error') {
      this.list.push(one);
      if (++this.#errors >= this.max) throw ENOUGH;
    } else if (this.#warnings < this.max) {
      this.#warnings++;
      this.list.push(one);
    }
  }
}
