/**
 * FeedController, driven through a tiny SlaElement subclass with a scripted fetch and recorded
 * timers. Each test asserts what a reader sees (text, roles) and what a portal hears (events),
 * plus the network behaviour that matters (aborts, retries, waits, conditional requests).
 */
import { aTimeout, expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { SlaElement, type FeedControllerOptions } from '../../../src/elements/shared/index.js';
import type { FeedLimits } from '../../../src/feed/index.js';
import {
  FakeServer,
  ScaledTimers,
  collect,
  deferred,
  feedNamed,
  jsonResponse,
  rawFeed,
  shadow,
  textOf,
  until,
} from './harness.js';

/** Per-test knobs, read when an element is constructed (getters below). */
const env = {
  server: new FakeServer(),
  timers: new ScaledTimers(1),
  hidden: false,
  now: (): number => Date.now(),
  timeoutMs: 5000,
  maxAttempts: 3,
  limits: undefined as Partial<FeedLimits> | undefined,
};

const options: Partial<FeedControllerOptions> = {
  fetch: (url, init) => env.server.fetch(url, init),
  setTimeout: (callback, ms) => env.timers.setTimeout(callback, ms),
  clearTimeout: (handle) => env.timers.clearTimeout(handle),
  isHidden: () => env.hidden,
  now: () => env.now(),
  random: () => 0.5,
  backoffMs: 20,
  maxBackoffMs: 200,
  minRefreshIntervalMs: 0,
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

beforeEach(() => {
  env.server = new FakeServer();
  env.timers = new ScaledTimers(1);
  env.hidden = false;
  env.now = () => Date.now();
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
    await until(() => calls.length === 1, 'the request is made');
    expect(calls[0]!.headers.get('Accept')).to.equal('application/json');
    expect(calls[0]!.url).to.equal(new URL('/feeds/a.json', document.baseURI).href);

    gate.resolve(jsonResponse(rawFeed()));
    await until(() => loads.length === 1, 'sla-load');
    expect(textOf(el, '.name')).to.equal('Acme Cloud');
    expect(loads[0]!.detail.source).to.equal('src');
    expect(loads[0]!.detail.url).to.equal(calls[0]!.url);
    expect(loads[0]!.bubbles && loads[0]!.composed).to.equal(true);
    expect(el.feedController.state.status).to.equal('ready');
  });

  it('aborts the request when the element is disconnected, and reports nothing', async () => {
    env.server.reply(() => new Promise<Response>(() => {}));
    const { el, errors, calls } = await mount((el) => (el.src = '/a.json'));
    await until(() => calls.length === 1, 'the request is made');
    el.remove();
    expect(calls[0]!.signal.aborted).to.equal(true);
    await aTimeout(30);
    expect(errors).to.have.length(0);
  });

  it('loads again when reconnected after an interrupted load', async () => {
    env.server.reply(() => new Promise<Response>(() => {}));
    const { el, loads, calls } = await mount((el) => (el.src = '/a.json'));
    await until(() => calls.length === 1, 'the first request');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await until(() => loads.length === 1, 'the second request loads');
    expect(calls).to.have.length(2);
    expect(textOf(el, '.name')).to.equal('Acme Cloud');
  });

  it('aborts the old request when src changes and shows only the new feed', async () => {
    env.server.reply(() => new Promise<Response>(() => {}), jsonResponse(feedNamed('Beta')));
    const { el, loads, calls } = await mount((el) => (el.src = '/a.json'));
    await until(() => calls.length === 1, 'first request');
    el.src = '/b.json';
    await until(() => loads.length === 1, 'sla-load for b');
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(textOf(el, '.name')).to.equal('Beta');
  });

  it('ignores a late response to an older request even when fetch ignores the abort', async () => {
    env.server.honourAbort = false;
    const slow = deferred<Response>();
    env.server.reply(() => slow.promise, jsonResponse(feedNamed('Newer')));
    const { el, loads, calls } = await mount((el) => (el.src = '/old.json'));
    await until(() => calls.length === 1, 'first request');
    el.src = '/new.json';
    await until(() => loads.length === 1, 'the newer feed');
    slow.resolve(jsonResponse(feedNamed('Older')));
    await aTimeout(40);
    await el.updateComplete;
    expect(textOf(el, '.name')).to.equal('Newer');
    expect(loads).to.have.length(1);
    expect(el.feedController.state.feed?.provider.name).to.equal('Newer');
  });

  it('times out, aborts the request and shows a timeout error', async () => {
    env.timers = new ScaledTimers(10); // the 1000 ms timeout takes 100 ms
    env.timeoutMs = 1000;
    env.maxAttempts = 1;
    env.server.reply(() => new Promise<Response>(() => {}));
    const { el, errors, calls } = await mount((el) => (el.src = '/slow.json'));
    await until(() => errors.length === 1, 'sla-error');
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(errors[0]!.detail.kind).to.equal('timeout');
    expect(errors[0]!.detail.timeoutMs).to.equal(1000);
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(alert, 'error view').to.not.equal(null);
    expect(textOf(el, '[part="error"]')).to.contain('did not arrive within 1 second.');
  });

  it('retries server errors with exponential backoff and jitter, then loads', async () => {
    env.timers = new ScaledTimers(1);
    env.server.reply(
      new Response('down', { status: 503 }),
      new Response('down', { status: 502 }),
      jsonResponse(rawFeed()),
    );
    const { el, loads, errors, calls } = await mount((el) => (el.src = '/flaky.json'));
    await until(() => loads.length === 1, 'sla-load after retries');
    expect(calls).to.have.length(3);
    expect(errors).to.have.length(0);
    // backoffMs 20, random 0.5: 20 -> 15 ms, 40 -> 30 ms (the other timers are the 5 s timeouts).
    expect(env.timers.requested.filter((ms) => ms !== env.timeoutMs)).to.deep.equal([15, 30]);
    expect(textOf(el, '.name')).to.equal('Acme Cloud');
  });

  it('gives up after three tries with one http error naming the status', async () => {
    env.server.fallback = () => new Response('boom', { status: 500, statusText: 'Server Error' });
    const { el, errors, calls } = await mount((el) => (el.src = '/broken.json'));
    await until(() => errors.length === 1, 'sla-error');
    expect(calls).to.have.length(3);
    expect(errors[0]!.detail).to.include({ kind: 'http', status: 500 });
    await el.updateComplete;
    expect(textOf(el, '[part="error"]')).to.contain('HTTP status 500');
  });

  it('does not retry a 404, but does retry 408 and 429', async () => {
    env.server.reply(new Response('', { status: 404 }));
    const first = await mount((el) => (el.src = '/missing.json'));
    await until(() => first.errors.length === 1, 'sla-error');
    await aTimeout(60);
    expect(first.calls).to.have.length(1);

    env.server = new FakeServer().reply(
      new Response('', { status: 408 }),
      new Response('', { status: 429 }),
      jsonResponse(rawFeed()),
    );
    const second = await mount((el) => (el.src = '/busy.json'));
    await until(() => second.loads.length === 1, 'sla-load');
    expect(env.server.calls).to.have.length(3);
  });

  it('waits for Retry-After in seconds before retrying (real time)', async () => {
    env.server.reply(
      new Response('', { status: 429, headers: { 'Retry-After': '1' } }),
      jsonResponse(rawFeed()),
    );
    const { loads, calls } = await mount((el) => (el.src = '/limited.json'));
    await until(() => loads.length === 1, 'sla-load', 4000);
    const gap = calls[1]!.at - calls[0]!.at;
    expect(gap).to.be.within(950, 1600);
  });

  it('waits for Retry-After given as an HTTP date', async () => {
    const now = Date.UTC(2026, 9, 1, 12, 0, 0);
    env.now = () => now;
    env.timers = new ScaledTimers(100);
    env.server.reply(
      new Response('', {
        status: 503,
        headers: { 'Retry-After': new Date(now + 30_000).toUTCString() },
      }),
      jsonResponse(rawFeed()),
    );
    const { loads } = await mount((el) => (el.src = '/later.json'));
    await until(() => loads.length === 1, 'sla-load');
    expect(env.timers.requested).to.include(30_000);
  });

  it('reports a network failure after retrying it', async () => {
    env.server.fallback = () => Promise.reject(new TypeError('Failed to fetch'));
    const { errors, calls } = await mount((el) => (el.src = 'https://feeds.invalid/x.json'));
    await until(() => errors.length === 1, 'sla-error');
    expect(calls).to.have.length(3);
    expect(errors[0]!.detail.kind).to.equal('network');
    expect(errors[0]!.detail.url).to.equal('https://feeds.invalid/x.json');
  });

  it('turns an HTML answer into a parse error with line and column, whatever the content type', async () => {
    env.server.reply(
      new Response('<!doctype html>\n<html><body>Sign in</body></html>', {
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    const { el, errors, calls } = await mount((el) => (el.src = '/login-redirect'));
    await until(() => errors.length === 1, 'sla-error');
    expect(calls).to.have.length(1);
    const detail = errors[0]!.detail;
    expect(detail.kind).to.equal('parse');
    expect(detail.issues[0]!.message).to.contain('line 1, column 1');
    await el.updateComplete;
    expect(textOf(el, '[part="error"]')).to.contain('looks like HTML');
    expect(textOf(el, '[part="error"] .sla-path')).to.equal('(whole feed)');
  });

  it('lists the path of each problem when the JSON is not a valid feed', async () => {
    env.server.reply(jsonResponse({ ...rawFeed(), schemaVersion: 7 }));
    const { el, errors } = await mount((el) => (el.src = '/v7.json'));
    await until(() => errors.length === 1, 'sla-error');
    expect(errors[0]!.detail.kind).to.equal('invalid');
    await el.updateComplete;
    expect(textOf(el, '[part="issues"] .sla-path')).to.equal('schemaVersion');
  });

  it('refuses a body larger than maxBytes without parsing it', async () => {
    env.limits = { maxBytes: 64 };
    const { errors, calls } = await mount((el) => (el.src = '/huge.json'));
    await until(() => errors.length === 1, 'sla-error');
    expect(calls).to.have.length(1);
    expect(errors[0]!.detail.issues[0]!.code).to.equal('too-large');
  });

  it('revalidates with If-None-Match and keeps the same feed on 304', async () => {
    env.server.reply(
      jsonResponse(rawFeed(), { headers: { ETag: '"v1"' } }),
      new Response(null, { status: 304 }),
    );
    const { el, loads, calls } = await mount((el) => (el.src = '/etag.json'));
    await until(() => loads.length === 1, 'sla-load');
    const first = el.feedController.state;
    expect(calls[0]!.headers.has('If-None-Match')).to.equal(false);
    await el.refresh();
    expect(calls[1]!.headers.get('If-None-Match')).to.equal('"v1"');
    const after = el.feedController.state;
    expect(after.feed).to.equal(first.feed);
    expect(after).to.include({ status: 'ready', stale: false });
    expect(after.lastSuccess).to.be.at.least(first.lastSuccess!);
    expect(loads).to.have.length(1);
  });

  it('keeps the last good feed on a failed refresh: stale badge, error details, sla-error', async () => {
    let now = Date.UTC(2026, 9, 1, 12, 0, 0);
    env.now = () => now;
    env.maxAttempts = 1;
    env.server.reply(jsonResponse(rawFeed()), new Response('', { status: 500 }));
    const { el, loads, errors } = await mount((el) => (el.src = '/feed.json'));
    await until(() => loads.length === 1, 'sla-load');
    now += 5 * 60_000;
    await el.refresh();
    await el.updateComplete;
    expect(errors).to.have.length(1);
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

  it('polls every refresh-interval seconds and fires sla-load only for new data', async () => {
    let version = 1;
    env.server.fallback = () => jsonResponse(feedNamed(version >= 3 ? 'Changed' : 'Same'));
    const { el, loads, calls } = await mount((el) => {
      el.src = '/poll.json';
      el.refreshInterval = 0.03;
    });
    await until(() => calls.length >= 3, 'three polls');
    expect(loads).to.have.length(1);
    version = 3;
    await until(() => loads.length === 2, 'sla-load for changed data');
    expect(textOf(el, '.name')).to.equal('Changed');
    el.refreshInterval = 0;
    await el.updateComplete;
    await aTimeout(20);
    const settled = calls.length;
    await aTimeout(100);
    expect(calls.length, 'no polling after refresh-interval 0').to.be.at.most(settled + 1);
  });

  it('pauses polling while the page is hidden and resumes when visible', async () => {
    const { calls } = await mount((el) => {
      el.src = '/poll.json';
      el.refreshInterval = 0.03;
    });
    await until(() => calls.length >= 2, 'polling runs');
    env.hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await aTimeout(40); // let a request in flight settle
    const whileHidden = calls.length;
    await aTimeout(150);
    expect(calls.length, 'no requests while hidden').to.equal(whileHidden);
    env.hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => calls.length > whileHidden, 'a request once visible', 200);
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
    await until(() => loads.length === 1, 'sla-load');
    expect(loads[0]!.detail.source).to.equal('property');

    el.feed = undefined;
    await until(() => calls.length === 1, 'src is used once .feed is cleared');
  });

  it('accepts JSON text in .feed', async () => {
    const { el } = await mount((el) => (el.feed = JSON.stringify(feedNamed('From text'))));
    expect(textOf(el, '.name')).to.equal('From text');
  });

  it('keeps the last good feed when a bad object replaces it, marked stale', async () => {
    const { el, errors } = await mount((el) => (el.feed = rawFeed()));
    el.feed = { ...rawFeed(), provider: { id: 'acme' } };
    await el.updateComplete;
    await until(() => errors.length === 1, 'sla-error');
    expect(errors[0]!.detail.kind).to.equal('invalid');
    expect(errors[0]!.detail.issues.map((i) => i.path)).to.include('provider.name');
    expect(textOf(el, '.name')).to.equal('Acme Cloud');
    expect(shadow(el).querySelector('[part="stale-badge"]')).to.not.equal(null);
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
    await until(() => loads.length === 1, 'sla-load');
    expect(loads[0]!.detail.source).to.equal('inline');

    script.textContent = JSON.stringify(feedNamed('Inline two'));
    await until(() => loads.length === 2, 'sla-load after editing the script');
    await el.updateComplete;
    expect(textOf(el, '.name')).to.equal('Inline two');

    const replacement = document.createElement('script');
    replacement.type = 'application/json';
    replacement.textContent = JSON.stringify(feedNamed('Inline three'));
    script.replaceWith(replacement);
    await until(() => loads.length === 3, 'sla-load after replacing the script');
    await el.updateComplete;
    expect(textOf(el, '.name')).to.equal('Inline three');
  });

  it('reports a broken inline script as a parse error', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"schemaVersion": 1,';
    const { el, errors } = await mount((el) => el.append(script));
    await until(() => errors.length === 1, 'sla-error');
    expect(errors[0]!.detail.kind).to.equal('parse');
    expect(textOf(el, '[part="error"]')).to.contain('not valid JSON');
  });
});
