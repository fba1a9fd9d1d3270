/**
 * Feeds by `src` parsed off the main thread: the body goes to the feed worker, which parses it (and
 * with `customer` set keeps only that customer's part); a body equal to the last good one is only
 * compared. Where the worker cannot start, the main thread parses (in steps that yield) and the
 * element shows the same. Each test counts main-thread parses through `onMainThreadParse`, so
 * "the worker did it" is proven, not assumed.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  SlaElement,
  preloadFeedLoader,
  type FeedControllerOptions,
} from '../../../src/elements/shared/index.js';
import { parseFeed } from '../../../src/feed/index.js';
import { generateFeedText } from '../../fixtures/generate.js';
import { FakeClock } from './fake-clock.js';
import { FakeServer, collect, feedNamed, jsonResponse, rawFeed, textOf } from './harness.js';

const env = {
  server: new FakeServer(),
  clock: new FakeClock(),
  parseIn: 'worker' as FeedControllerOptions['parseIn'],
  mainThreadParses: 0,
};

const options: Partial<FeedControllerOptions> = {
  fetch: (url, init) => env.server.fetch(url, init),
  setTimeout: (callback, ms) => env.clock.setTimeout(callback, ms),
  clearTimeout: (handle) => env.clock.clearTimeout(handle),
  now: () => env.clock.now(),
  isHidden: () => false,
  random: () => 0.5,
  backoffMs: 20,
  maxAttempts: 1,
  get parseIn() {
    return env.parseIn;
  },
  onMainThreadParse: () => {
    env.mainThreadParses++;
  },
};

/** Test-only view: the provider's and the customers' names; counts its renders. */
class WorkerView extends SlaElement {
  static override feedControllerOptions = options;
  renders = 0;
  protected override render(): TemplateResult {
    this.renders++;
    return this.renderWithState(
      () =>
        html`<p class="name">${this.feedState.feed?.provider.name}</p>
          <p class="customers">${this.feedState.feed?.customers.map((c) => c.name).join(', ')}</p>`,
    );
  }
}
customElements.define('worker-view', WorkerView);

async function mount(setup: (el: WorkerView) => void) {
  const el = document.createElement('worker-view') as WorkerView;
  const loads = collect(el, 'sla-load');
  const errors = collect(el, 'sla-error');
  setup(el);
  fixtureSync(html`<div></div>`).append(el);
  await settled(el);
  return { el, loads, errors };
}

async function settled(el: WorkerView): Promise<void> {
  await el.updateComplete;
  await el.feedController.settled();
  await el.updateComplete;
}

const twoCustomers = () =>
  rawFeed({
    customers: [
      { id: 'globex', name: 'Globex' },
      { id: 'initech', name: 'Initech' },
    ],
  });

before(() => preloadFeedLoader());

beforeEach(() => {
  env.server = new FakeServer();
  env.clock = new FakeClock();
  env.parseIn = 'worker';
  env.mainThreadParses = 0;
});

describe('FeedController: feeds by src parsed in the feed worker', () => {
  it('shows the feed parsed in the worker, without a parse on the main thread', async () => {
    env.server.reply(jsonResponse(feedNamed('Worker Cloud')));
    const { el, loads } = await mount((el) => (el.src = '/w.json'));
    expect(textOf(el, '.name')).to.equal('Worker Cloud');
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail).to.include({ source: 'src', unchanged: false });
    expect(env.mainThreadParses, 'main-thread parses').to.equal(0);
    // The feed from the worker counts as validated: handing it to another element costs nothing.
    const other = document.createElement('worker-view') as WorkerView;
    other.feed = el.feedController.state.feed;
    fixtureSync(html`<div></div>`).append(other);
    await settled(other);
    expect(other.feedController.state.feed).to.equal(el.feedController.state.feed);
    expect(textOf(other, '.name')).to.equal('Worker Cloud');
  });

  it('with the main thread asked for, parses there and shows the same', async () => {
    env.parseIn = 'main';
    env.server.reply(jsonResponse(feedNamed('Main Cloud')));
    const { el } = await mount((el) => (el.src = '/m.json'));
    expect(textOf(el, '.name')).to.equal('Main Cloud');
    expect(env.mainThreadParses).to.equal(1);
  });

  it('keeps only the customer the element shows, cut out in the worker', async () => {
    env.server.reply(jsonResponse(twoCustomers()));
    const { el } = await mount((el) => {
      el.src = '/two.json';
      el.customer = 'initech';
    });
    expect(textOf(el, '.customers')).to.equal('Initech');
    expect(env.mainThreadParses).to.equal(0);

    // Another customer is another source: fetched and cut again.
    env.server.reply(jsonResponse(twoCustomers()));
    el.customer = 'globex';
    await settled(el);
    expect(textOf(el, '.customers')).to.equal('Globex');
    expect(env.server.calls).to.have.length(2);
  });

  it('a refresh with the same body costs the comparison only: no sla-load, no render', async () => {
    const body = JSON.stringify(rawFeed());
    env.server.fallback = () => jsonResponse(body);
    const { el, loads } = await mount((el) => (el.src = '/same.json'));
    const feed = el.feedController.state.feed;
    const renders = el.renders;
    await el.refresh();
    await settled(el);
    expect(env.server.calls).to.have.length(2);
    expect(el.feedController.state.feed, 'the same feed object').to.equal(feed);
    expect(loads, 'no sla-load for unchanged data').to.have.length(1);
    expect(el.renders - renders, 'renders for an unchanged refresh').to.equal(0);
    expect(el.feedController.state.status).to.equal('ready');
    // A 304 likewise.
    env.server.reply(new Response(null, { status: 304 }));
    await el.refresh();
    await settled(el);
    expect(env.server.calls).to.have.length(3);
    expect(el.renders - renders, 'renders after a 304').to.equal(0);
    expect(loads).to.have.length(1);
    expect(textOf(el, '.name')).to.equal('Acme Cloud');

    // After a reported failure the same body is news: sla-load says it is unchanged.
    env.server.reply(new Response('oops', { status: 503 }));
    await el.refresh();
    await settled(el);
    expect(el.feedController.state.stale).to.equal(true);
    await el.refresh();
    await settled(el);
    expect(loads).to.have.length(2);
    expect(loads[1]!.detail).to.include({ unchanged: true });
    expect(el.feedController.state.feed).to.equal(feed);
    expect(env.mainThreadParses).to.equal(0);
  });

  it('a large feed comes back whole and in order (its long lists in parts)', async () => {
    // 120 customers: 8,640 periods, more than one part of 5,000 records.
    const text = generateFeedText({ seed: 3, customers: 120 });
    env.server.reply(jsonResponse(text));
    const { el, loads } = await mount((el) => (el.src = '/large.json'));
    const expected = parseFeed(text);
    if (!expected.ok) throw new Error('the generated feed does not validate');
    const feed = el.feedController.state.feed!;
    expect(expected.feed.periods.length).to.be.greaterThan(5000);
    expect(feed.periods.length).to.equal(expected.feed.periods.length);
    expect(JSON.stringify(feed)).to.equal(JSON.stringify(expected.feed));
    expect(loads).to.have.length(1);
    expect(env.mainThreadParses).to.equal(0);
  });

  it('a changed body is parsed again, rendered and announced', async () => {
    env.server.reply(jsonResponse(feedNamed('One')), jsonResponse(feedNamed('Two')));
    const { el, loads } = await mount((el) => (el.src = '/changing.json'));
    const renders = el.renders;
    await el.refresh();
    await settled(el);
    expect(el.renders - renders).to.equal(1);
    expect(textOf(el, '.name')).to.equal('Two');
    expect(loads.map((e) => e.detail.unchanged)).to.deep.equal([false, false]);
  });

  it('a parse still running when src changes is dropped: only the new feed shows', async () => {
    // The kit's worker, watched: when a parse job went to it, and how many answers came back.
    let posted!: () => void;
    const jobPosted = new Promise<void>((resolve) => (posted = resolve));
    let answers = 0;
    let bothAnswered!: () => void;
    const twoAnswers = new Promise<void>((resolve) => (bothAnswered = resolve));
    env.parseIn = () => {
      const url = new URL('../../../src/elements/shared/feed-worker.ts', import.meta.url);
      const worker = new Worker(url, { type: 'module' });
      const send = worker.postMessage.bind(worker);
      worker.postMessage = (message: unknown) => {
        send(message);
        if ((message as { type?: string }).type === 'parse') posted();
      };
      worker.addEventListener('message', (event: MessageEvent<{ type: string }>) => {
        if (event.data.type === 'parsed' && ++answers === 2) bothAnswered();
      });
      return worker;
    };
    env.server.reply(jsonResponse(feedNamed('Old')), jsonResponse(feedNamed('New')));
    const el = document.createElement('worker-view') as WorkerView;
    const loads = collect(el, 'sla-load');
    el.src = '/old.json';
    fixtureSync(html`<div></div>`).append(el);
    await jobPosted;
    el.src = '/new.json';
    await twoAnswers;
    await settled(el);
    expect(textOf(el, '.name')).to.equal('New');
    expect(loads.map((e) => e.detail.url)).to.deep.equal([
      new URL('/new.json', document.baseURI).href,
    ]);
  });

  it('a broken feed shows the same error state and detail as a main-thread parse', async () => {
    const broken = '{"schemaVersion": 1, "provider": {"id": "acme"}, "agreements": [}';
    const invalid = JSON.stringify(rawFeed({ provider: { id: 'acme' } }));
    const seen: { text: string; detail: unknown }[] = [];
    for (const parseIn of ['worker', 'main'] as const) {
      for (const body of [broken, invalid]) {
        env.parseIn = parseIn;
        env.server = new FakeServer();
        env.server.reply(jsonResponse(body));
        const { el, errors } = await mount((el) => (el.src = '/broken.json'));
        expect(errors, `${parseIn}: one sla-error`).to.have.length(1);
        expect(el.feedController.state.status).to.equal('error');
        seen.push({ text: el.shadowRoot!.textContent.trim(), detail: errors[0]!.detail });
        el.remove();
      }
    }
    expect(seen[0]!.detail).to.deep.include({ kind: 'parse' });
    expect(seen[1]!.detail).to.deep.include({ kind: 'invalid' });
    expect(seen.slice(0, 2), 'worker = main thread').to.deep.equal(seen.slice(2));
    expect(env.mainThreadParses, 'only the main-thread cases').to.equal(2);
  });
});

describe('FeedController: where the feed worker cannot run', () => {
  it('parses on the main thread when the worker cannot be constructed', async () => {
    env.parseIn = () => {
      throw new Error('no workers here');
    };
    env.server.reply(jsonResponse(feedNamed('Fallback Cloud')));
    const { el, errors } = await mount((el) => (el.src = '/f.json'));
    expect(textOf(el, '.name')).to.equal('Fallback Cloud');
    expect(errors).to.have.length(0);
    expect(env.mainThreadParses).to.equal(1);
  });

  it('parses on the main thread when the worker fails as it starts, and stays there', async () => {
    const script = new Blob(['throw new Error("broken worker");'], { type: 'text/javascript' });
    const href = URL.createObjectURL(script);
    env.parseIn = () => new Worker(href, { type: 'module' });
    env.server.reply(jsonResponse(feedNamed('First')), jsonResponse(feedNamed('Second')));
    const { el } = await mount((el) => (el.src = '/g.json'));
    expect(textOf(el, '.name')).to.equal('First');
    await el.refresh();
    await settled(el);
    expect(textOf(el, '.name')).to.equal('Second');
    expect(env.mainThreadParses).to.equal(2);
  });
});
