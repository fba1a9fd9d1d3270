/**
 * FeedController, driven through a tiny SlaElement subclass with a scripted fetch and a fake clock
 * (time moves only when a test advances it). Each test asserts what a reader sees (text, roles)
 * and what a portal hears (events, with their detail), plus the network behaviour that matters
 * (aborts, retries, waits, conditional requests). "Nothing happens" is proven by the clock: no
 * timer pending, or time advanced past every timer, and no new request.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  SlaElement,
  preloadFeedLoader,
  type FeedControllerOptions,
} from '../../../src/elements/shared/index.js';
import type { FeedLimits } from '../../../src/feed/index.js';
import { FakeClock } from './fake-clock.js';
import {
  FakeServer,
  collect,
  deferred,
  feedNamed,
  jsonResponse,
  rawFeed,
  shadow,
  textOf,
} from './harness.js';

/** Per-test knobs, read when an element is constructed or a request is made (getters below). */
const env = {
  server: new FakeServer(),
  clock: new FakeClock(),
  /** clock.now() at each request, in order. */
  requestedAt: [] as number[],
  hidden: false,
  timeoutMs: 5000,
  maxAttempts: 3,
  limits: undefined as Partial<FeedLimits> | undefined,
};

const options: Partial<FeedControllerOptions> = {
  fetch: (url, init) => {
    env.requestedAt.push(env.clock.now());
    return env.server.fetch(url, init);
  },
  setTimeout: (callback, ms) => env.clock.setTimeout(callback, ms),
  clearTimeout: (handle) => env.clock.clearTimeout(handle),
  isHidden: () => env.hidden,
  now: () => env.clock.now(),
  random: () => 0.5,
  backoffMs: 20,
  maxBackoffMs: 200,
  get timeoutMs() {
    return env.timeoutMs;
  },
  get maxAttempts() {
    return env.maxAttempts;
  },
  get limits() {
    return env.limits;
  },
};

/** Test-only view: the provider's name, inside the shared states. */
class ControllerView extends SlaElement {
  static override feedControllerOptions = options;
  protected override render(): TemplateResult {
    return this.renderWithState(
      () => html`<p class="name">${this.feedState.feed?.provider.name}</p>`,
    );
  }
}
customElements.define('controller-view', ControllerView);

async function mount(setup: (el: ControllerView) => void = () => {}) {
  const el = document.createElement('controller-view') as ControllerView;
  const loads = collect(el, 'sla-load');
  const errors = collect(el, 'sla-error');
  setup(el);
  // fixtureSync: awaiting a plain <div> fixture waits for an animation frame (none in a background tab).
  const parent = fixtureSync(html`<div></div>`);
  parent.append(el);
  await el.updateComplete;
  return { el, loads, errors, calls: env.server.calls };
}

/** The current load has ended, its events are out and the element shows the result. */
async function settled(el: ControllerView): Promise<void> {
  await el.updateComplete;
  await el.feedController.settled();
  await el.updateComplete;
}

/** Advances the clock by each delay in turn, once the controller has asked for it. */
async function wait(...delays: number[]): Promise<void> {
  for (const ms of delays) {
    await env.clock.timer(ms);
    env.clock.advance(ms);
  }
}

const url = (path: string): string => new URL(path, document.baseURI).href;
const http = (status: number, path: string) => ({
  kind: 'http',
  message: `The feed server answered HTTP ${status}.`,
  issues: [],
  url: url(path),
  status,
});

// The `src` code arrives by a dynamic import on first use; these tests count requests right after
// an update, so it is fetched once up front.
before(() => preloadFeedLoader());

beforeEach(() => {
  env.server = new FakeServer();
  env.clock = new FakeClock();
  env.requestedAt = [];
  env.hidden = false;
  env.timeoutMs = 5000;
  env.maxAttempts = 3;
  env.limits = undefined;
});

describe('FeedController: src', () => {
  it('shows a loading skeleton, then the feed, and fires sla-load with the url', async () => {
    const gate = deferred<Response>();
    env.server.reply(() => gate.promise);
    const { el, loads, calls } = await mount((el) => (el.src = '/feeds/a.json'));
    const loading = shadow(el).querySelector('[part="loading"]');
    expect(loading?.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(el, '[part="loading"]')).to.equal('Loading…');
    expect(calls).to.have.length(1);
    expect(calls[0]!.headers.get('Accept')).to.equal('application/json');
    expect(calls[0]!.url).to.equal(url('/feeds/a.json'));

    gate.resolve(jsonResponse(rawFeed()));
    await settled(el);
    expect(textOf(el, '.name')).to.equal('Acme Cloud');
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail).to.include({ source: 'src', url: calls[0]!.url, unchanged: false });
    expect(loads[0]!.bubbles && loads[0]!.composed).to.equal(true);
    expect(el.feedController.state.status).to.equal('ready');
  });

  it('aborts the request when the element is disconnected, and reports nothing', async () => {
    env.server.reply(() => new Promise<Response>(() => {}));
    const { el, errors, calls } = await mount((el) => (el.src = '/a.json'));
    expect(calls).to.have.length(1);
    el.remove();
    expect(calls[0]!.signal.aborted).to.equal(true);
    await el.feedController.settled();
    expect(env.clock.pending, 'no retry, timeout or poll left').to.deep.equal([]);
    expect(errors).to.have.length(0);
  });

  it('loads again when reconnected after an interrupted load', async () => {
    env.server.reply(() => new Promise<Response>(() => {}));
    const { el, loads, calls } = await mount((el) => (el.src = '/a.json'));
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    await settled(el);
    expect(calls).to.have.length(2);
    expect(loads).to.have.length(1);
    expect(textOf(el, '.name')).to.equal('Acme Cloud');
  });

  it('aborts the old request when src changes and shows only the new feed', async () => {
    env.server.reply(() => new Promise<Response>(() => {}), jsonResponse(feedNamed('Beta')));
    const { el, loads, calls } = await mount((el) => (el.src = '/a.json'));
    el.src = '/b.json';
    await el.updateComplete;
    await settled(el);
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(loads.map((e) => e.detail.url)).to.deep.equal([url('/b.json')]);
    expect(textOf(el, '.name')).to.equal('Beta');
  });

  it('ignores a late response to an older request even when fetch ignores the abort', async () => {
    env.server.honourAbort = false;
    const slow = deferred<Response>();
    env.server.reply(() => slow.promise, jsonResponse(feedNamed('Newer')));
    const { el, loads } = await mount((el) => (el.src = '/old.json'));
    const oldLoad = el.feedController.settled();
    el.src = '/new.json';
    await el.updateComplete;
    await settled(el);
    expect(textOf(el, '.name')).to.equal('Newer');
    slow.resolve(jsonResponse(feedNamed('Older')));
    await oldLoad; // the old load has read its late answer and ended
    await settled(el);
    expect(textOf(el, '.name')).to.equal('Newer');
    expect(loads).to.have.length(1);
    expect(el.feedController.state.feed?.provider.name).to.equal('Newer');
  });

  it('times out, aborts the request and shows a timeout error', async () => {
    env.timeoutMs = 1000;
    env.maxAttempts = 1;
    env.server.reply(() => new Promise<Response>(() => {}));
    const { el, errors, calls } = await mount((el) => (el.src = '/slow.json'));
    env.clock.advance(999);
    expect(calls[0]!.signal.aborted, 'not before the timeout').to.equal(false);
    env.clock.advance(1);
    await settled(el);
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(errors.map((e) => e.detail)).to.deep.equal([
      {
        kind: 'timeout',
        message: 'The feed did not arrive within 1 s.',
        issues: [],
        url: url('/slow.json'),
        timeoutMs: 1000,
      },
    ]);
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(alert, 'error view').to.not.equal(null);
    expect(textOf(el, '[part="error"]')).to.contain('did not arrive within 1 second.');
  });

  it('retries server errors with exponential backoff and jitter, then loads', async () => {
    env.server.reply(
      new Response('down', { status: 503 }),
      new Response('down', { status: 502 }),
      jsonResponse(rawFeed()),
    );
    const { el, loads, errors, calls } = await mount((el) => (el.src = '/flaky.json'));
    // backoffMs 20, random 0.5: 20 -> 15 ms, 40 -> 30 ms.
    await env.clock.timer(15);
    await el.updateComplete;
    expect(textOf(el, '[part="loading"]'), 'still loading while it retries').to.equal('Loading…');
    await wait(15, 30);
    await settled(el);
    expect(calls).to.have.length(3);
    expect(env.requestedAt.map((t) => t - env.requestedAt[0]!)).to.deep.equal([0, 15, 45]);
    expect(errors).to.have.length(0);
    expect(loads).to.have.length(1);
    expect(env.clock.requested.filter((ms) => ms !== env.timeoutMs)).to.deep.equal([15, 30]);
    expect(textOf(el, '.name')).to.equal('Acme Cloud');
  });

  it('gives up after three tries with one http error naming the status', async () => {
    env.server.fallback = () => new Response('boom', { status: 500, statusText: 'Server Error' });
    const { el, errors, calls } = await mount((el) => (el.src = '/broken.json'));
    await wait(15, 30);
    await settled(el);
    expect(calls).to.have.length(3);
    expect(errors.map((e) => e.detail)).to.deep.equal([
      { ...http(500, '/broken.json'), message: 'The feed server answered HTTP 500 Server Error.' },
    ]);
    expect(textOf(el, '[part="error"]')).to.contain('HTTP status 500');
  });

  it('does not retry a 404, but does retry 408 and 429', async () => {
    env.server.reply(new Response('', { status: 404 }));
    const first = await mount((el) => (el.src = '/missing.json'));
    await settled(first.el);
    expect(first.errors.map((e) => e.detail)).to.deep.equal([http(404, '/missing.json')]);
    expect(env.clock.pending, 'no retry is scheduled').to.deep.equal([]);
    env.clock.advance(10 * 60_000);
    expect(first.calls).to.have.length(1);

    env.server = new FakeServer().reply(
      new Response('', { status: 408 }),
      new Response('', { status: 429 }),
      jsonResponse(rawFeed()),
    );
    const second = await mount((el) => (el.src = '/busy.json'));
    await wait(15, 30);
    await settled(second.el);
    expect(second.loads).to.have.length(1);
    expect(second.errors).to.have.length(0);
    expect(env.server.calls).to.have.length(3);
  });

  it('waits for Retry-After in seconds before retrying', async () => {
    env.server.reply(
      new Response('', { status: 429, headers: { 'Retry-After': '1' } }),
      jsonResponse(rawFeed()),
    );
    const { el, loads, calls } = await mount((el) => (el.src = '/limited.json'));
    await env.clock.timer(1000);
    env.clock.advance(999);
    expect(calls, 'not before Retry-After').to.have.length(1);
    env.clock.advance(1);
    await settled(el);
    expect(calls).to.have.length(2);
    expect(env.requestedAt[1]! - env.requestedAt[0]!).to.equal(1000);
    expect(loads).to.have.length(1);
  });

  it('waits for Retry-After given as an HTTP date', async () => {
    env.server.reply(
      new Response('', {
        status: 503,
        headers: { 'Retry-After': new Date(env.clock.now() + 30_000).toUTCString() },
      }),
      jsonResponse(rawFeed()),
    );
    const { el, loads } = await mount((el) => (el.src = '/later.json'));
    await wait(30_000);
    await settled(el);
    expect(loads).to.have.length(1);
    expect(env.requestedAt[1]! - env.requestedAt[0]!).to.equal(30_000);
  });

  it('reports a network failure after retrying it', async () => {
    env.server.fallback = () => Promise.reject(new TypeError('Failed to fetch'));
    const { el, errors, calls } = await mount((el) => (el.src = 'https://feeds.invalid/x.json'));
    await wait(15, 30);
    await settled(el);
    expect(calls).to.have.length(3);
    expect(errors.map((e) => e.detail)).to.deep.equal([
      {
        kind: 'network',
        message: 'The feed could not be fetched: Failed to fetch',
        issues: [],
        url: 'https://feeds.invalid/x.json',
      },
    ]);
  });

  it('turns an HTML answer into a parse error with line and column, whatever the content type', async () => {
    env.server.reply(
      new Response('<!doctype html>\n<html><body>Sign in</body></html>', {
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    const { el, errors, calls } = await mount((el) => (el.src = '/login-redirect'));
    await settled(el);
    expect(calls).to.have.length(1);
    expect(errors).to.have.length(1);
    const detail = errors[0]!.detail;
    expect(detail).to.include({ kind: 'parse', url: url('/login-redirect') });
    expect(detail.issues[0]!.message).to.contain('line 1, column 1');
    expect(textOf(el, '[part="error"]')).to.contain('looks like HTML');
    expect(textOf(el, '[part="error"] .sla-path')).to.equal('(whole feed)');
  });

  it('lists the path of each problem when the JSON is not a valid feed', async () => {
    env.server.reply(jsonResponse({ ...rawFeed(), schemaVersion: 7 }));
    const { el, errors } = await mount((el) => (el.src = '/v7.json'));
    await settled(el);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail).to.include({ kind: 'invalid', url: url('/v7.json') });
    expect(errors[0]!.detail.issues.map((i) => i.path)).to.deep.equal(['schemaVersion']);
    expect(textOf(el, '[part="issues"] .sla-path')).to.equal('schemaVersion');
  });

  it('refuses a body larger than maxBytes without parsing it', async () => {
    env.limits = { maxBytes: 64 };
    const { el, errors, calls } = await mount((el) => (el.src = '/huge.json'));
    await settled(el);
    expect(calls).to.have.length(1);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail).to.include({ kind: 'invalid', url: url('/huge.json') });
    expect(errors[0]!.detail.issues.map((i) => i.code)).to.deep.equal(['too-large']);
  });

  it('revalidates with If-None-Match and keeps the same feed on 304', async () => {
    env.server.reply(
      jsonResponse(rawFeed(), { headers: { ETag: '"v1"' } }),
      new Response(null, { status: 304 }),
    );
    const { el, loads, calls } = await mount((el) => (el.src = '/etag.json'));
    await settled(el);
    const first = el.feedController.state;
    expect(calls[0]!.headers.has('If-None-Match')).to.equal(false);
    env.clock.advance(60_000);
    await el.refresh();
    await settled(el);
    expect(calls[1]!.headers.get('If-None-Match')).to.equal('"v1"');
    const after = el.feedController.state;
    expect(after.feed).to.equal(first.feed);
    expect(after).to.include({ status: 'ready', stale: false });
    expect(after.lastSuccess).to.equal(first.lastSuccess! + 60_000);
    expect(loads, 'no sla-load: nothing changed and nothing had failed').to.have.length(1);
  });

  it('keeps the last good feed on a failed refresh: stale badge, error details, sla-error', async () => {
    env.maxAttempts = 1;
    env.server.reply(jsonResponse(rawFeed()), new Response('', { status: 500 }));
    const { el, loads, errors } = await mount((el) => (el.src = '/feed.json'));
    await settled(el);
    expect(loads).to.have.length(1);
    env.clock.advance(5 * 60_000);
    await el.refresh();
    await settled(el);
    expect(errors.map((e) => e.detail)).to.deep.equal([http(500, '/feed.json')]);
    expect(el.feedController.state).to.include({ stale: true, status: 'error' });
    expect(textOf(el, '.name')).to.equal('Acme Cloud');
    expect(textOf(el, '[part="stale-badge"]')).to.equal(
      'Data from 5 minutes ago — last refresh failed',
    );
    expect(textOf(el, '[part="error-details"] summary')).to.equal(
      'Why this data may be out of date',
    );
    expect(textOf(el, '[part="error-details"]')).to.contain('HTTP status 500');
  });

  it('keeps the stale badge’s age current while nothing else happens', async () => {
    env.maxAttempts = 1;
    env.server.reply(jsonResponse(rawFeed()), new Response('', { status: 500 }));
    const { el } = await mount((el) => (el.src = '/feed.json'));
    await settled(el);
    env.clock.advance(5 * 60_000);
    await el.refresh();
    await settled(el);
    expect(textOf(el, '[part="stale-badge"]')).to.equal(
      'Data from 5 minutes ago — last refresh failed',
    );
    env.clock.advance(30 * 60_000);
    await el.updateComplete;
    expect(textOf(el, '[part="stale-badge"]')).to.equal(
      'Data from 35 minutes ago — last refresh failed',
    );
    el.remove();
    expect(env.clock.pending, 'no age timer once disconnected').to.deep.equal([]);
  });

  it('polls every refresh-interval seconds and fires sla-load only for new data', async () => {
    let version = 1;
    env.server.fallback = () => jsonResponse(feedNamed(version >= 3 ? 'Changed' : 'Same'));
    const { el, loads, calls } = await mount((el) => {
      el.src = '/poll.json';
      el.refreshInterval = 60;
    });
    await settled(el);
    expect(env.clock.pending).to.deep.equal([60_000]);
    env.clock.advance(59_999);
    expect(calls, 'not before the interval').to.have.length(1);
    env.clock.advance(1);
    await settled(el);
    env.clock.advance(60_000);
    await settled(el);
    expect(calls).to.have.length(3);
    expect(loads, 'unchanged data fires nothing').to.have.length(1);
    version = 3;
    env.clock.advance(60_000);
    await settled(el);
    expect(loads).to.have.length(2);
    expect(loads[1]!.detail).to.include({ unchanged: false });
    expect(textOf(el, '.name')).to.equal('Changed');

    el.refreshInterval = 0;
    await el.updateComplete;
    expect(env.clock.pending, 'no poll scheduled after refresh-interval 0').to.deep.equal([]);
    env.clock.advance(60 * 60_000);
    expect(calls).to.have.length(4);
  });

  it('never polls more often than every 5 seconds', async () => {
    const { el } = await mount((el) => {
      el.src = '/poll.json';
      el.refreshInterval = 1;
    });
    await settled(el);
    expect(options.minRefreshIntervalMs, 'the default floor applies').to.equal(undefined);
    expect(env.clock.pending).to.deep.equal([5000]);
    el.refreshInterval = 0.01;
    await el.updateComplete;
    expect(env.clock.pending).to.deep.equal([5000]);
  });

  it('pauses polling while the page is hidden and resumes when visible', async () => {
    const { el, calls } = await mount((el) => {
      el.src = '/poll.json';
      el.refreshInterval = 60;
    });
    await settled(el);
    env.clock.advance(60_000);
    await settled(el);
    expect(calls).to.have.length(2);
    env.hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(env.clock.pending, 'the poll timer is cleared').to.deep.equal([]);
    env.clock.advance(60 * 60_000);
    expect(calls, 'no requests while hidden').to.have.length(2);
    env.hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    env.clock.advance(0);
    await settled(el);
    expect(calls, 'overdue: a request as soon as the page is visible').to.have.length(3);
    expect(env.clock.pending).to.deep.equal([60_000]);
  });
});

describe('FeedController: a new src is a new source', () => {
  it('the previous URL’s data disappears at once and the loading state shows', async () => {
    const gate = deferred<Response>();
    env.server.reply(jsonResponse(feedNamed('Contoso portal')), () => gate.promise);
    const { el, loads } = await mount((el) => (el.src = '/contoso.json'));
    await settled(el);
    expect(textOf(el, '.name')).to.equal('Contoso portal');

    el.src = '/tailspin.json';
    await el.updateComplete;
    expect(textOf(el, '[part="loading"]')).to.equal('Loading…');
    expect(shadow(el).textContent).not.to.contain('Contoso');
    expect(el.feedController.state).to.include({
      feed: undefined,
      stale: false,
      status: 'loading',
    });

    gate.resolve(jsonResponse(feedNamed('Tailspin portal')));
    await settled(el);
    expect(textOf(el, '.name')).to.equal('Tailspin portal');
    expect(loads.map((e) => e.detail.url)).to.deep.equal([
      url('/contoso.json'),
      url('/tailspin.json'),
    ]);
  });

  it('a failure of the new URL shows the error state, not the old data marked stale', async () => {
    env.server.reply(jsonResponse(feedNamed('Contoso portal')), new Response('', { status: 404 }));
    const { el, errors } = await mount((el) => (el.src = '/contoso.json'));
    await settled(el);
    el.src = '/tailspin.json';
    await el.updateComplete;
    await settled(el);
    expect(errors.map((e) => e.detail)).to.deep.equal([http(404, '/tailspin.json')]);
    expect(shadow(el).querySelector('[role="alert"]'), 'error state').to.not.equal(null);
    expect(shadow(el).querySelector('[part="stale-badge"]')).to.equal(null);
    expect(shadow(el).querySelector('.name')).to.equal(null);
    expect(shadow(el).textContent).not.to.contain('Contoso');
    expect(el.feedController.state).to.include({ feed: undefined, stale: false, status: 'error' });
  });

  it('a new URL does not inherit the old one’s conditional request or Retry-After wait', async () => {
    env.maxAttempts = 1;
    env.server.reply(
      jsonResponse(feedNamed('A'), { headers: { ETag: '"a1"' } }),
      new Response('', { status: 503, headers: { 'Retry-After': '600' } }),
      jsonResponse(feedNamed('B')),
      jsonResponse(feedNamed('B')),
    );
    const { el, calls } = await mount((el) => {
      el.src = '/a.json';
      el.refreshInterval = 60;
    });
    await settled(el);
    await el.refresh();
    await settled(el);
    // The stale badge's age is refreshed every 30 s; the poll waits for Retry-After.
    expect(env.clock.pending, 'polling a.json waits for Retry-After').to.deep.equal([
      30_000, 600_000,
    ]);
    el.src = '/b.json';
    await el.updateComplete;
    await settled(el);
    expect(calls[2]!.headers.has('If-None-Match')).to.equal(false);
    expect(textOf(el, '.name')).to.equal('B');
    expect(env.clock.pending, 'b.json polls on its own interval').to.deep.equal([60_000]);
  });

  it('switching from .feed to a failing src shows the error, not the .feed data', async () => {
    env.server.reply(new Response('', { status: 500 }));
    env.maxAttempts = 1;
    const { el, errors } = await mount((el) => (el.feed = feedNamed('From property')));
    expect(textOf(el, '.name')).to.equal('From property');
    el.feed = undefined;
    el.src = '/other.json';
    await el.updateComplete;
    expect(textOf(el, '[part="loading"]')).to.equal('Loading…');
    await settled(el);
    expect(errors.map((e) => e.detail)).to.deep.equal([http(500, '/other.json')]);
    expect(shadow(el).querySelector('[role="alert"]')).to.not.equal(null);
    expect(shadow(el).textContent).not.to.contain('From property');
  });

  it('switching from src to a bad .feed shows the error, not the src data', async () => {
    const { el, errors } = await mount((el) => (el.src = '/a.json'));
    await settled(el);
    expect(textOf(el, '.name')).to.equal('Acme Cloud');
    el.feed = { schemaVersion: 1 };
    await settled(el);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.kind).to.equal('invalid');
    expect(shadow(el).querySelector('[role="alert"]')).to.not.equal(null);
    expect(shadow(el).querySelector('.name')).to.equal(null);
  });
});

describe('FeedController: recovery after failures', () => {
  it('fires sla-load with unchanged: true when the same body comes back after sla-error', async () => {
    env.maxAttempts = 1;
    env.server.reply(
      jsonResponse(rawFeed()),
      new Response('', { status: 502 }),
      new Response('', { status: 502 }),
      jsonResponse(rawFeed()),
    );
    const { el, loads, errors } = await mount((el) => (el.src = '/feed.json'));
    await settled(el);
    const feed = el.feedController.state.feed;
    await el.refresh();
    await settled(el);
    await el.refresh();
    await settled(el);
    expect(errors).to.have.length(2);
    expect(shadow(el).querySelector('[part="stale-badge"]')).to.not.equal(null);

    await el.refresh();
    await settled(el);
    expect(loads.map((e) => e.detail.unchanged)).to.deep.equal([false, true]);
    expect(loads[1]!.detail).to.include({ feed, source: 'src', url: url('/feed.json') });
    expect(shadow(el).querySelector('[part="stale-badge"]'), 'no longer stale').to.equal(null);
    expect(textOf(el, '.name')).to.equal('Acme Cloud');

    await el.refresh();
    await settled(el);
    expect(loads, 'once per recovery, not on every unchanged answer').to.have.length(2);
  });

  it('fires sla-load with unchanged: true when the server answers 304 after sla-error', async () => {
    env.maxAttempts = 1;
    env.server.reply(
      jsonResponse(rawFeed(), { headers: { ETag: '"v1"' } }),
      () => Promise.reject(new TypeError('Failed to fetch')),
      new Response(null, { status: 304 }),
    );
    const { el, loads, errors } = await mount((el) => (el.src = '/etag.json'));
    await settled(el);
    await el.refresh();
    await settled(el);
    expect(errors.map((e) => e.detail.kind)).to.deep.equal(['network']);
    await el.refresh();
    await settled(el);
    expect(env.server.calls[2]!.headers.get('If-None-Match')).to.equal('"v1"');
    expect(loads.map((e) => e.detail.unchanged)).to.deep.equal([false, true]);
    expect(el.feedController.state).to.include({ status: 'ready', stale: false });
  });

  it('a poll that recovers announces it too', async () => {
    env.maxAttempts = 1;
    env.server.reply(jsonResponse(rawFeed()), new Response('', { status: 503 }));
    const { el, loads, errors } = await mount((el) => {
      el.src = '/poll.json';
      el.refreshInterval = 60;
    });
    await settled(el);
    env.clock.advance(60_000);
    await settled(el);
    expect(errors).to.have.length(1);
    env.clock.advance(60_000);
    await settled(el);
    expect(loads.map((e) => e.detail.unchanged)).to.deep.equal([false, true]);
  });
});

describe('FeedController: .feed property and inline script', () => {
  it('parses a .feed object and prefers it over src', async () => {
    const { el, loads, calls } = await mount((el) => {
      el.src = '/never.json';
      el.feed = rawFeed();
    });
    expect(calls).to.have.length(0);
    expect(textOf(el, '.name')).to.equal('Acme Cloud');
    await settled(el);
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail).to.include({ source: 'property', unchanged: false });
    expect(loads[0]!.detail.url).to.equal(undefined);

    el.feed = undefined;
    await settled(el);
    expect(calls, 'src is used once .feed is cleared').to.have.length(1);
  });

  it('accepts JSON text in .feed', async () => {
    const { el } = await mount((el) => (el.feed = JSON.stringify(feedNamed('From text'))));
    expect(textOf(el, '.name')).to.equal('From text');
  });

  it('keeps the last good feed when a bad object replaces it, marked stale', async () => {
    const { el, errors } = await mount((el) => (el.feed = rawFeed()));
    el.feed = { ...rawFeed(), provider: { id: 'acme' } };
    await settled(el);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.kind).to.equal('invalid');
    expect(errors[0]!.detail.issues.map((i) => i.path)).to.include('provider.name');
    expect(textOf(el, '.name')).to.equal('Acme Cloud');
    expect(shadow(el).querySelector('[part="stale-badge"]')).to.not.equal(null);
  });

  it('fires sla-load with unchanged: true when the last good .feed is assigned again after an error', async () => {
    const good = rawFeed();
    const { el, loads, errors } = await mount((el) => (el.feed = good));
    el.feed = { schemaVersion: 1 };
    await settled(el);
    expect(errors).to.have.length(1);
    el.feed = good;
    await settled(el);
    expect(loads.map((e) => e.detail.unchanged)).to.deep.equal([false, true]);
    expect(shadow(el).querySelector('[part="stale-badge"]')).to.equal(null);
  });

  it('takes a feed another element validated as is (no second parse)', async () => {
    const a = await mount((el) => (el.feed = rawFeed()));
    const validated = a.el.feedController.state.feed;
    const b = await mount((el) => (el.feed = validated));
    expect(b.el.feedController.state.feed).to.equal(validated);
    expect(b.el.feedController.state.warnings).to.deep.equal([]);
  });

  it('reads an inline JSON script and follows changes to it', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feedNamed('Inline one'));
    const { el, loads } = await mount((el) => el.append(script));
    expect(textOf(el, '.name')).to.equal('Inline one');
    await settled(el);
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail.source).to.equal('inline');

    script.textContent = JSON.stringify(feedNamed('Inline two'));
    await Promise.resolve(); // the mutation observer's callback runs as a microtask
    await settled(el);
    expect(loads, 'sla-load after editing the script').to.have.length(2);
    expect(textOf(el, '.name')).to.equal('Inline two');

    const replacement = document.createElement('script');
    replacement.type = 'application/json';
    replacement.textContent = JSON.stringify(feedNamed('Inline three'));
    script.replaceWith(replacement);
    await Promise.resolve();
    await settled(el);
    expect(loads, 'sla-load after replacing the script').to.have.length(3);
    expect(textOf(el, '.name')).to.equal('Inline three');
  });

  it('reports a broken inline script as a parse error', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"schemaVersion": 1,';
    const { el, errors } = await mount((el) => el.append(script));
    await settled(el);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail).to.include({ kind: 'parse' });
    expect(errors[0]!.detail.issues[0]!.code).to.equal('json');
    expect(textOf(el, '[part="error"]')).to.contain('not valid JSON');
  });
});
