/**
 * The one-file build's stand-in for feed-worker-start.ts: a single file has no worker file to
 * start, so a feed by `src` is parsed on the main thread (in steps that yield).
 */
export function startFeedWorker(): Worker {
  throw new Error('this build has no feed worker');
}
