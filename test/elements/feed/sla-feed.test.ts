/**
 * <sla-feed>: loads once and shares through context. Outline: accessibility -> properties reach
 * the elements inside -> events -> (no keyboard of its own: it renders only its children).
 */
// fixtureSync for plain (non-Lit) roots: awaiting them waits for an animation frame, which a
// background tab (test files run concurrently) may not get.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { SlaFeed } from '../../../src/define/sla-feed.js';
import { SlaElement, type FeedControllerOptions } from '../../../src/elements/shared/index.js';
import {
  FakeServer,
  collect,
  deferred,
  feedNamed,
  jsonResponse,
  rawFeed,
  shadow,
  textOf,
  until,
} from '../shared/harness.js';

const env = { server: new FakeServer() };
const options: Partial<FeedControllerOptions> = {
  fetch: (url, init) => env.server.fetch(url, init),
  maxAttempts: 1,
  minRefreshIntervalMs: 0,
};

class TestFeed extends SlaFeed {
  static override feedControllerOptions = options;
}
customElements.define('test-sla-feed', TestFeed);

/** A consumer that shows the provider name inside the shared states. */
class FeedChild extends SlaElement {
  protected override render(): TemplateResult {
    return this.renderWithState(
      () => html`<p class="name">${this.feedState.feed?.provider.name}</p>`,
    );
  }
}
customElements.define('feed-child', FeedChild);

function children(root: Element): FeedChild[] {
  return [...root.querySelectorAll<FeedChild>('feed-child')];
}

async function settle(root: Element): Promise<void> {
  await Promise.all(children(root).map((c) => c.updateComplete));
}

/** The feed's current load has ended and its events are out; the elements inside show it. */
async function settled(el: SlaFeed): Promise<void> {
  await el.updateComplete;
  await el.feedController.settled();
  await settle(el);
}

const url = (path: string): string => new URL(path, document.baseURI).href;

beforeEach(() => {
  env.server = new FakeServer();
});

describe('<sla-feed>', () => {
  it('is registered by define/sla-feed and is accessible with its children', async () => {
    expect(customElements.get('sla-feed')).to.equal(SlaFeed);
    const el = await fixture<TestFeed>(
      html`<test-sla-feed .feed=${rawFeed()}><feed-child></feed-child></test-sla-feed>`,
    );
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('renders only its children (display: contents, one slot)', async () => {
    const el = await fixture<TestFeed>(
      html`<test-sla-feed .feed=${rawFeed()}><feed-child></feed-child></test-sla-feed>`,
    );
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(shadow(el).querySelectorAll('slot').length).to.equal(1);
  });

  it('fetches once and every element inside shows the feed', async () => {
    const el = await fixture<TestFeed>(
      html`<test-sla-feed src="/feed.json"
        ><feed-child></feed-child><feed-child></feed-child
      ></test-sla-feed>`,
    );
    await until(() => el.state.status === 'ready', 'loaded');
    await settle(el);
    expect(env.server.calls).to.have.length(1);
    for (const child of children(el)) {
      expect(textOf(child, '.name')).to.equal('Acme Cloud');
      expect(child.feedController.state.source).to.equal('context');
    }
  });

  it('elements inside show the loading skeleton while it loads', async () => {
    env.server.reply(() => new Promise<Response>(() => {}));
    const el = await fixture<TestFeed>(
      html`<test-sla-feed src="/slow.json"><feed-child></feed-child></test-sla-feed>`,
    );
    await settle(el);
    const loading = shadow(children(el)[0]!).querySelector('[part="loading"]');
    expect(loading?.getAttribute('aria-busy')).to.equal('true');
  });

  it('provides a new frozen value on every change, never mutating the old one', async () => {
    env.server.reply(jsonResponse(feedNamed('One')), jsonResponse(feedNamed('Two')));
    const el = await fixture<TestFeed>(html`<test-sla-feed src="/feed.json"></test-sla-feed>`);
    await until(() => el.state.status === 'ready', 'loaded');
    const first = el.contextValue!;
    expect(Object.isFrozen(first)).to.equal(true);
    expect(first.feed?.provider.name).to.equal('One');
    await el.refresh();
    const second = el.contextValue!;
    expect(second).not.to.equal(first);
    expect(Object.isFrozen(second)).to.equal(true);
    expect(first.feed?.provider.name, 'old value untouched').to.equal('One');
    expect(second.feed?.provider.name).to.equal('Two');
    expect(Object.keys(second).sort()).to.deep.equal([
      'error',
      'feed',
      'lastSuccess',
      'stale',
      'status',
      'warnings',
    ]);
  });

  it('marks the shared data stale after a failed refresh; elements show the badge', async () => {
    env.server.reply(jsonResponse(rawFeed()), new Response('', { status: 502 }));
    const el = await fixture<TestFeed>(
      html`<test-sla-feed src="/feed.json"><feed-child></feed-child></test-sla-feed>`,
    );
    await until(() => el.state.status === 'ready', 'loaded');
    await el.refresh();
    await settle(el);
    const child = children(el)[0]!;
    expect(el.contextValue).to.include({ stale: true, status: 'error' });
    expect(textOf(child, '.name')).to.equal('Acme Cloud');
    expect(textOf(child, '[part="stale-badge"]')).to.match(/^Data from .* — last refresh failed$/);
    expect(textOf(child, '[part="error-details"]')).to.contain('HTTP status 502');
  });

  it('elements inside show the error (with issues) when there is no good data', async () => {
    env.server.reply(jsonResponse({ schemaVersion: 1, provider: { id: 'p' } }));
    const el = await fixture<TestFeed>(
      html`<test-sla-feed src="/bad.json"><feed-child></feed-child></test-sla-feed>`,
    );
    await until(() => el.state.status === 'error', 'error');
    await settle(el);
    const child = children(el)[0]!;
    expect(shadow(child).querySelector('[role="alert"]')).to.not.equal(null);
    const paths = [...shadow(child).querySelectorAll('[part="issues"] .sla-path')].map(
      (p) => p.textContent,
    );
    expect(paths).to.include('provider.name');
  });

  it('accepts .feed and an inline JSON script, which its children do not read themselves', async () => {
    const byProperty = await fixture<TestFeed>(
      html`<test-sla-feed .feed=${feedNamed('Property')}><feed-child></feed-child></test-sla-feed>`,
    );
    await settle(byProperty);
    expect(textOf(children(byProperty)[0]!, '.name')).to.equal('Property');

    const byScript = await fixture<TestFeed>(
      html`<test-sla-feed
        ><script type="application/json">
          {}
        </script>
        <feed-child></feed-child
      ></test-sla-feed>`,
    );
    byScript.querySelector('script')!.textContent = JSON.stringify(feedNamed('Script'));
    await until(() => byScript.state.feed?.provider.name === 'Script', 'inline feed read');
    await settle(byScript);
    expect(textOf(children(byScript)[0]!, '.name')).to.equal('Script');
    expect(children(byScript)[0]!.feedController.state.source).to.equal('context');
  });

  it('an element with its own .feed ignores the shared one', async () => {
    const el = await fixture<TestFeed>(
      html`<test-sla-feed .feed=${feedNamed('Shared')}
        ><feed-child .feed=${feedNamed('Own')}></feed-child
      ></test-sla-feed>`,
    );
    await settle(el);
    expect(textOf(children(el)[0]!, '.name')).to.equal('Own');
  });

  it('elements created before their <sla-feed> is defined receive the feed once it upgrades', async () => {
    const root = fixtureSync<HTMLElement>(
      html`<section>
        <late-sla-feed><feed-child></feed-child></late-sla-feed>
      </section>`,
    );
    const child = children(root)[0]!;
    await child.updateComplete;
    expect(textOf(child, '[part="empty"]')).to.not.equal('');
    class LateFeed extends TestFeed {}
    customElements.define('late-sla-feed', LateFeed);
    (root.querySelector('late-sla-feed') as LateFeed).feed = feedNamed('Late');
    await until(() => textOf(child, '.name') === 'Late', 'the late provider reaches the child');
  });

  it('an inner <sla-feed> without a source passes the outer feed on', async () => {
    const el = await fixture<TestFeed>(
      html`<test-sla-feed .feed=${feedNamed('Outer')}
        ><test-sla-feed><feed-child></feed-child></test-sla-feed
      ></test-sla-feed>`,
    );
    const child = children(el)[0]!;
    await until(() => textOf(child, '.name') === 'Outer', 'outer feed reaches the child');
  });

  it('loads a real file served by the test server (as text/plain: content type is not trusted)', async () => {
    // A copy of test/fixtures/minimal-feed.json: the test server turns every served *.json into a
    // JavaScript module (esbuild json loader), so the raw bytes are served under another name.
    const url = new URL('./served-feed.txt', import.meta.url).href;
    const el = await fixture<SlaFeed>(
      html`<sla-feed src=${url}><feed-child></feed-child></sla-feed>`,
    );
    await until(() => el.state.status !== 'loading', 'settled', 5000);
    expect(el.state.error, JSON.stringify(el.state.error)).to.equal(undefined);
    await settle(el);
    expect(textOf(children(el)[0]!, '.name')).to.equal('Acme Hosting');
  });

  it('loads a blob: URL and reports an HTML data: URL as a parse error (real fetch)', async () => {
    const blob = URL.createObjectURL(
      new Blob([JSON.stringify(feedNamed('From blob'))], { type: 'text/html' }),
    );
    try {
      const ok = await fixture<SlaFeed>(
        html`<sla-feed src=${blob}><feed-child></feed-child></sla-feed>`,
      );
      await until(() => ok.state.status === 'ready', 'blob loaded', 5000);
      await settle(ok);
      expect(textOf(children(ok)[0]!, '.name')).to.equal('From blob');
    } finally {
      URL.revokeObjectURL(blob);
    }
    const errors: string[] = [];
    const html404 = `data:text/html,${encodeURIComponent('<!doctype html>\n<p>Not found</p>')}`;
    const bad = await fixture<SlaFeed>(
      html`<sla-feed src=${html404}><feed-child></feed-child></sla-feed>`,
    );
    bad.addEventListener('sla-error', (e) => errors.push(e.detail.kind));
    await until(() => bad.state.status === 'error', 'parse error', 5000);
    await bad.feedController.settled();
    expect(errors).to.deep.equal(['parse']);
    await settle(bad);
    expect(textOf(children(bad)[0]!, '[part="error"]')).to.contain('line 1, column 1');
  });
});

describe('<sla-feed> events', () => {
  it('fires sla-load once for the page; elements fed by context stay quiet', async () => {
    const container = document.createElement('div');
    const loads = collect(container, 'sla-load');
    const feed = document.createElement('test-sla-feed') as TestFeed;
    feed.src = '/feed.json';
    feed.append(document.createElement('feed-child'), document.createElement('feed-child'));
    container.append(feed);
    const host = fixtureSync<HTMLElement>(html`<section></section>`);
    host.append(container);
    await until(() => feed.hasUpdated, 'connected');
    await settled(feed);
    await Promise.all(children(feed).map((c) => c.feedController.settled()));
    expect(loads).to.have.length(1);
    expect(loads[0]!.target).to.equal(feed);
    expect(loads[0]!.detail).to.include({
      source: 'src',
      url: url('/feed.json'),
      unchanged: false,
    });
    expect(loads[0]!.detail.feed.provider.name).to.equal('Acme Cloud');
  });

  it('fires sla-error once with the kind, url and status', async () => {
    env.server.reply(new Response('', { status: 403 }));
    const el = await fixture<TestFeed>(
      html`<test-sla-feed src="https://feeds.example/private.json"
        ><feed-child></feed-child
      ></test-sla-feed>`,
    );
    const errors = collect(el, 'sla-error');
    await settled(el);
    expect(errors.map((e) => e.detail)).to.deep.equal([
      {
        kind: 'http',
        message: 'The feed server answered HTTP 403.',
        issues: [],
        status: 403,
        url: 'https://feeds.example/private.json',
      },
    ]);
  });

  it('a new src empties the elements inside at once; a failing new URL shows them the error', async () => {
    const gate = deferred<Response>();
    env.server.reply(jsonResponse(feedNamed('Contoso portal')), () => gate.promise);
    const el = await fixture<TestFeed>(
      html`<test-sla-feed src="/contoso.json"><feed-child></feed-child></test-sla-feed>`,
    );
    const errors = collect(el, 'sla-error');
    await settled(el);
    const child = children(el)[0]!;
    expect(textOf(child, '.name')).to.equal('Contoso portal');

    el.src = '/tailspin.json';
    await el.updateComplete;
    await settle(el);
    expect(textOf(child, '[part="loading"]')).to.equal('Loading…');
    expect(shadow(child).textContent).not.to.contain('Contoso');
    expect(el.contextValue).to.include({ feed: undefined, stale: false, status: 'loading' });

    gate.resolve(new Response('', { status: 404 }));
    await settled(el);
    expect(errors.map((e) => e.detail)).to.deep.equal([
      {
        kind: 'http',
        message: 'The feed server answered HTTP 404.',
        issues: [],
        url: url('/tailspin.json'),
        status: 404,
      },
    ]);
    expect(shadow(child).querySelector('[role="alert"]'), 'error state').to.not.equal(null);
    expect(shadow(child).querySelector('[part="stale-badge"]')).to.equal(null);
    expect(shadow(child).textContent).not.to.contain('Contoso');
  });

  it('fires sla-load with unchanged: true when loading works again after sla-error', async () => {
    env.server.reply(
      jsonResponse(rawFeed(), { headers: { ETag: '"v1"' } }),
      new Response('', { status: 503 }),
      new Response(null, { status: 304 }),
    );
    const el = await fixture<TestFeed>(
      html`<test-sla-feed src="/feed.json"><feed-child></feed-child></test-sla-feed>`,
    );
    const loads = collect(el, 'sla-load');
    const errors = collect(el, 'sla-error');
    await settled(el);
    await el.refresh();
    await settled(el);
    expect(errors.map((e) => e.detail.status)).to.deep.equal([503]);
    expect(shadow(children(el)[0]!).querySelector('[part="stale-badge"]')).to.not.equal(null);
    await el.refresh();
    await settled(el);
    // The first load's sla-load may have fired before the listener was added; the recovery's did not.
    expect(loads.filter((e) => e.detail.unchanged)).to.have.length(1);
    expect(loads.at(-1)!.detail).to.include({ unchanged: true, url: url('/feed.json') });
    expect(el.contextValue).to.include({ status: 'ready', stale: false });
    expect(shadow(children(el)[0]!).querySelector('[part="stale-badge"]')).to.equal(null);
  });

  it('removing every source empties the elements inside (they say nothing was provided)', async () => {
    const el = await fixture<TestFeed>(
      html`<test-sla-feed .feed=${rawFeed()}><feed-child></feed-child></test-sla-feed>`,
    );
    el.feed = undefined;
    await el.updateComplete;
    await settle(el);
    expect(el.state.status).to.equal('idle');
    expect(textOf(children(el)[0]!, '[part="empty"]')).to.contain('No SLA data was provided');
  });
});
