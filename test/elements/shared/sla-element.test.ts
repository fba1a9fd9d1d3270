/**
 * SlaElement through a tiny test-only subclass: accessibility in every state -> properties reach
 * what the reader sees (locale, time zone, theme, direction, accent) -> events -> keyboard.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import {
  SlaElement,
  brandAccent,
  localeDirection,
  type FeedControllerOptions,
} from '../../../src/elements/shared/index.js';
import sample from '../../fixtures/sample-feed.json';
import { FakeServer, collect, feedNamed, rawFeed, shadow, textOf, until } from './harness.js';
import { leaks, otherCustomersTokens, renderedStrings } from './scope-scan.js';

const env = { server: new FakeServer() };

class BaseView extends SlaElement {
  static override properties = { customer: { type: String } };
  static override feedControllerOptions: Partial<FeedControllerOptions> = {
    fetch: (url, init) => env.server.fetch(url, init),
    maxAttempts: 1,
  };
  declare customer: string | undefined;
  protected override brandingCustomerId(): string | undefined {
    return this.customer;
  }
  protected override render(): TemplateResult {
    return this.renderWithState(
      () =>
        html`<p class="name">${this.feedState.feed?.provider.name}</p>
          <p class="when">${this.fmt.date(Date.UTC(2026, 9, 1, 2, 30))}</p>
          <p class="word">${this.t('status.met')}</p>`,
    );
  }
}
customElements.define('base-view', BaseView);

/**
 * A careless element: prints all of its display feed, and asks for Tailspin's branding whatever
 * it shows. The base class's scope must still keep other customers out.
 */
class CarelessView extends SlaElement {
  protected override brandingCustomerId(): string | undefined {
    return 'tailspin';
  }
  protected override render(): TemplateResult {
    return this.renderWithState(
      () => html`<pre class="all">${JSON.stringify(this.displayFeed)}</pre>`,
    );
  }
}
customElements.define('careless-view', CarelessView);

function withCustomer(customer: Record<string, unknown>, provider: Record<string, unknown> = {}) {
  return rawFeed({
    provider: { id: 'acme', name: 'Acme Cloud', ...provider },
    customers: [{ id: 'globex', name: 'Globex', ...customer }],
  });
}

beforeEach(() => {
  env.server = new FakeServer();
});

describe('SlaElement: accessibility', () => {
  it('is accessible with data, empty, loading and in error', async () => {
    const ready = await fixture(html`<base-view .feed=${rawFeed()}></base-view>`);
    await expect(ready).to.be.accessible();
    const empty = await fixture(html`<base-view></base-view>`);
    await expect(empty).to.be.accessible();
    env.server.reply(() => new Promise<Response>(() => {}));
    const loading = await fixture(html`<base-view src="/pending.json"></base-view>`);
    await expect(loading).to.be.accessible();
    const broken = await fixture(html`<base-view .feed=${{ schemaVersion: 1 }}></base-view>`);
    await expect(broken).to.be.accessible();
  });

  it('is accessible when stale, and never writes style attributes in its shadow root', async () => {
    env.server.reply(new Response(JSON.stringify(rawFeed())), new Response('', { status: 500 }));
    const el = await fixture<BaseView>(html`<base-view src="/feed.json"></base-view>`);
    await until(() => el.feedController.state.status === 'ready', 'loaded');
    await el.refresh();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="stale-badge"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    expect(shadow(el).querySelectorAll('[style]').length).to.equal(0);
  });

  it('never shows a blank box: without any feed it says so', async () => {
    const el = await fixture(html`<base-view></base-view>`);
    expect(textOf(el, '[part="empty"]')).to.equal(
      'No SLA data was provided, so there is nothing to show yet.',
    );
  });
});

describe('SlaElement: properties', () => {
  it('reflects src, refresh-interval, locale, time-zone and theme', async () => {
    env.server.reply(() => new Promise<Response>(() => {}));
    const el = await fixture<BaseView>(html`<base-view></base-view>`);
    el.src = '/x.json';
    el.refreshInterval = 60;
    el.locale = 'de';
    el.timeZone = 'Europe/Berlin';
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('src')).to.equal('/x.json');
    expect(el.getAttribute('refresh-interval')).to.equal('60');
    expect(el.getAttribute('locale')).to.equal('de');
    expect(el.getAttribute('time-zone')).to.equal('Europe/Berlin');
    expect(el.getAttribute('theme')).to.equal('dark');
  });

  it('locale: attribute > customer > provider > browser', async () => {
    const feed = withCustomer({ locale: 'ar' }, { locale: 'de-DE' });
    const byAttr = await fixture<BaseView>(
      html`<base-view locale="fr" customer="globex" .feed=${feed}></base-view>`,
    );
    expect(byAttr.effectiveLocale).to.equal('fr');
    const byCustomer = await fixture<BaseView>(
      html`<base-view customer="globex" .feed=${feed}></base-view>`,
    );
    expect(byCustomer.effectiveLocale).to.equal('ar');
    const byProvider = await fixture<BaseView>(html`<base-view .feed=${feed}></base-view>`);
    expect(byProvider.effectiveLocale).to.equal('de-DE');
    expect(textOf(byProvider, '.word')).to.equal('Erfüllt');
    const byBrowser = await fixture<BaseView>(html`<base-view .feed=${rawFeed()}></base-view>`);
    expect(byBrowser.effectiveLocale).to.equal(Intl.getCanonicalLocales(navigator.language)[0]);
    const invalid = await fixture<BaseView>(
      html`<base-view locale="not a tag!" .feed=${feed}></base-view>`,
    );
    expect(invalid.effectiveLocale, 'an invalid attribute is skipped').to.equal('de-DE');
  });

  it('sets lang and dir on the host from the locale, so RTL layout works', async () => {
    const el = await fixture<BaseView>(
      html`<base-view locale="ar" .feed=${rawFeed()}></base-view>`,
    );
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(shadow(el).querySelector('.word')!).direction).to.equal('rtl');
    expect(textOf(el, '.word')).to.equal('مُحقَّق');
    el.locale = 'en-GB';
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(el.getAttribute('lang')).to.equal('en-GB');
  });

  it('keeps a dir or lang the page set itself', async () => {
    const el = await fixture<BaseView>(
      html`<base-view dir="ltr" lang="ar-Latn" locale="ar" .feed=${rawFeed()}></base-view>`,
    );
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(el.getAttribute('lang')).to.equal('ar-Latn');
  });

  it('time zone: attribute > customer > provider; an unknown zone is skipped', async () => {
    const feed = withCustomer({}, { timeZone: 'America/New_York' });
    const byProvider = await fixture<BaseView>(
      html`<base-view locale="en" .feed=${feed}></base-view>`,
    );
    expect(textOf(byProvider, '.when')).to.equal('Sep 30, 2026');
    const byAttr = await fixture<BaseView>(
      html`<base-view locale="en" time-zone="Europe/Berlin" .feed=${feed}></base-view>`,
    );
    expect(textOf(byAttr, '.when')).to.equal('Oct 1, 2026');
    expect(byAttr.effectiveTimeZone).to.equal('Europe/Berlin');
    const byCustomer = await fixture<BaseView>(
      html`<base-view
        locale="en"
        customer="globex"
        .feed=${withCustomer({ timeZone: 'Asia/Tokyo' }, { timeZone: 'America/New_York' })}
      ></base-view>`,
    );
    expect(byCustomer.effectiveTimeZone).to.equal('Asia/Tokyo');
    const invalid = await fixture<BaseView>(
      html`<base-view locale="en" time-zone="Mars/Olympus" .feed=${feed}></base-view>`,
    );
    expect(invalid.effectiveTimeZone).to.equal('America/New_York');
  });

  it('theme light/dark sets data-sla-theme and the colours follow', async () => {
    const el = await fixture<BaseView>(
      html`<base-view theme="dark" .feed=${rawFeed()}></base-view>`,
    );
    expect(el.getAttribute('data-sla-theme')).to.equal('dark');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 24, 28)');
    el.theme = 'light';
    await el.updateComplete;
    expect(el.getAttribute('data-sla-theme')).to.equal('light');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('theme auto starts from prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await fixture<BaseView>(html`<base-view .feed=${rawFeed()}></base-view>`);
      expect(el.theme).to.equal('auto');
      expect(el.effectiveTheme).to.equal('dark');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('theme auto follows prefers-color-scheme changes live', async () => {
    // A controllable media query list: real "change" events only fire with rendering frames,
    // which a background test tab may not get.
    const query = Object.assign(new EventTarget(), { matches: false, media: '' });
    const original = Object.getOwnPropertyDescriptor(window, 'matchMedia');
    window.matchMedia = () => query as unknown as MediaQueryList;
    try {
      const el = await fixture<BaseView>(html`<base-view .feed=${rawFeed()}></base-view>`);
      expect(el.getAttribute('data-sla-theme')).to.equal('light');
      query.matches = true;
      query.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.getAttribute('data-sla-theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 24, 28)');
      el.theme = 'light';
      await el.updateComplete;
      query.matches = false;
      query.dispatchEvent(new Event('change'));
      expect(el.getAttribute('data-sla-theme'), 'an explicit theme wins').to.equal('light');
      el.remove();
      query.matches = true;
      query.dispatchEvent(new Event('change'));
      expect(el.getAttribute('data-sla-theme'), 'no listener once disconnected').to.equal('light');
    } finally {
      if (original) Object.defineProperty(window, 'matchMedia', original);
      else delete (window as Partial<Window>).matchMedia;
    }
  });

  it('applies the feed’s brand accent through CSSOM only when it is a colour', async () => {
    const good = await fixture<BaseView>(
      html`<base-view .feed=${feedNamed('A', { branding: { accent: '#ff6600' } })}></base-view>`,
    );
    expect(good.style.getPropertyValue('--sla-accent')).to.equal('#ff6600');
    expect(getComputedStyle(good).getPropertyValue('--_sla-accent').trim()).to.equal('#ff6600');

    const hostile = await fixture<BaseView>(
      html`<base-view
        .feed=${feedNamed('B', { branding: { accent: 'red; background: url(https://x.example/t)' } })}
      ></base-view>`,
    );
    expect(hostile.style.getPropertyValue('--sla-accent')).to.equal('');

    const white = await fixture<BaseView>(
      html`<base-view
        customer="globex"
        .feed=${withCustomer({ branding: { accent: 'rebeccapurple' } }, { branding: { accent: '#ff6600' } })}
      ></base-view>`,
    );
    expect(white.style.getPropertyValue('--sla-accent'), 'customer white-label wins').to.equal(
      'rebeccapurple',
    );

    good.feed = rawFeed();
    await good.updateComplete;
    expect(good.style.getPropertyValue('--sla-accent'), 'removed with the branding').to.equal('');
  });

  it('leaves an accent the page set on the element alone', async () => {
    const el = document.createElement('base-view') as BaseView;
    el.style.setProperty('--sla-accent', 'teal');
    el.feed = feedNamed('A', { branding: { accent: '#ff6600' } });
    const parent = await fixture(html`<base-view></base-view>`);
    parent.after(el);
    await el.updateComplete;
    expect(el.style.getPropertyValue('--sla-accent')).to.equal('teal');
    el.remove();
  });

  it('brandAccent accepts colours only', () => {
    for (const ok of [
      '#abc',
      'rgb(1 2 3)',
      'hsl(120deg 50% 40%)',
      'oklch(60% 0.1 200)',
      'tomato',
    ]) {
      expect(brandAccent(ok), ok).to.equal(ok);
    }
    for (const bad of [
      '',
      'inherit',
      'currentColor',
      'var(--x)',
      'calc(1)',
      'url(x)',
      'expression(alert(1))',
      '#ggg',
      undefined,
      null,
    ]) {
      expect(brandAccent(bad), String(bad)).to.equal(undefined);
    }
  });

  it('localeDirection knows the right-to-left languages', () => {
    for (const rtl of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur'])
      expect(localeDirection(rtl), rtl).to.equal('rtl');
    for (const ltr of ['en', 'de-AT', 'ja', 'zz-invalid-!'])
      expect(localeDirection(ltr), ltr).to.equal('ltr');
  });
});

describe('SlaElement: display scope', () => {
  for (const customer of ['contoso', 'fabrikam', 'tailspin']) {
    it(`with customer="${customer}" an element sees and shows nothing of another customer`, async () => {
      const el = await fixture<CarelessView>(
        html`<careless-view customer=${customer} .feed=${sample}></careless-view>`,
      );
      expect(textOf(el, '.all')).to.contain(`"id":"${customer}"`);
      expect(leaks(renderedStrings(el), otherCustomersTokens(sample, customer))).to.deep.equal([]);
    });
  }

  it('without customer the whole feed is shown (the scan can fail)', async () => {
    const el = await fixture<CarelessView>(html`<careless-view .feed=${sample}></careless-view>`);
    expect(leaks(renderedStrings(el), otherCustomersTokens(sample, 'contoso'))).to.not.deep.equal(
      [],
    );
  });

  it('the scoped customer’s locale and accent win over what the element asks for', async () => {
    const scoped = await fixture<CarelessView>(
      html`<careless-view customer="contoso" .feed=${sample}></careless-view>`,
    );
    expect(scoped.effectiveLocale).to.equal('de-DE');
    expect(scoped.effectiveTimeZone).to.equal('Europe/Berlin');
    // Contoso has no accent: the provider's, not Tailspin's purple.
    expect(scoped.style.getPropertyValue('--sla-accent')).to.equal('#0b5cad');
    const unscoped = await fixture<CarelessView>(
      html`<careless-view .feed=${sample}></careless-view>`,
    );
    expect(unscoped.style.getPropertyValue('--sla-accent')).to.equal('#7a1fa2');
    expect(unscoped.effectiveLocale).to.equal('en-US');
  });

  it('reflects customer and follows changes to it', async () => {
    const el = await fixture<CarelessView>(
      html`<careless-view customer="contoso" .feed=${sample}></careless-view>`,
    );
    expect(el.getAttribute('customer')).to.equal('contoso');
    el.customer = 'fabrikam';
    await el.updateComplete;
    expect(textOf(el, '.all')).to.contain('"id":"fabrikam"');
    expect(leaks(renderedStrings(el), otherCustomersTokens(sample, 'fabrikam'))).to.deep.equal([]);
  });
});

describe('SlaElement: events', () => {
  it('fires sla-load (bubbling, composed) for a new feed and sla-error for a bad one', async () => {
    const loads = collect(document, 'sla-load');
    const errors = collect(document, 'sla-error');
    const el = await fixture<BaseView>(html`<base-view .feed=${rawFeed()}></base-view>`);
    await el.feedController.settled();
    const myLoads = loads.filter((e) => e.target === el);
    expect(myLoads).to.have.length(1);
    expect(myLoads[0]!.bubbles && myLoads[0]!.composed).to.equal(true);
    expect(myLoads[0]!.detail).to.include({ source: 'property', unchanged: false });
    el.feed = { schemaVersion: 1 };
    await el.updateComplete;
    await el.feedController.settled();
    const mine = errors.filter((e) => e.target === el);
    expect(mine).to.have.length(1);
    expect(mine[0]!.bubbles && mine[0]!.composed).to.equal(true);
    expect(mine[0]!.detail).to.include({ kind: 'invalid' });
    expect(mine[0]!.detail.message).to.match(/^The feed is not valid \(\d+ problems?; first: /);
    expect(mine[0]!.detail.issues.map((i) => i.path)).to.include('provider');
  });

  it('does not fire again when the same feed object is assigned again', async () => {
    const feed = rawFeed();
    const el = document.createElement('base-view') as BaseView;
    const loads = collect(el, 'sla-load');
    el.feed = feed;
    fixtureSync(html`<div></div>`).append(el);
    await el.updateComplete;
    await el.feedController.settled();
    expect(loads).to.have.length(1);
    el.feed = feed;
    el.requestUpdate();
    await el.updateComplete;
    await el.feedController.settled();
    expect(loads).to.have.length(1);
  });
});

describe('SlaElement: keyboard', () => {
  it('opens the error details behind stale data from the keyboard', async () => {
    env.server.reply(new Response(JSON.stringify(rawFeed())), new Response('', { status: 503 }));
    const el = await fixture<BaseView>(html`<base-view src="/feed.json"></base-view>`);
    await until(() => el.feedController.state.status === 'ready', 'loaded');
    await el.refresh();
    await el.updateComplete;
    const details = shadow(el).querySelector<HTMLDetailsElement>('[part="error-details"]')!;
    shadow(el).querySelector('summary')!.focus();
    await sendKeys({ press: 'Space' });
    expect(details.open).to.equal(true);
    expect(textOf(el, '[part="error-details"]')).to.contain('HTTP status 503');
  });
});

class TimedView extends SlaElement {
  /** Settles the second rendering step (like a scorecard adding its remaining rows). */
  finishLater: (() => void) | undefined;
  #later: Promise<void> | null = null;
  #step = 1;
  protected override renderPending(): Promise<void> | null {
    return this.#later;
  }
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.#step === 1 && this.feedState.feed) {
      this.#step = 2;
      this.#later = new Promise((resolve) => {
        this.finishLater = () => {
          this.#step = 3;
          this.#later = null;
          this.requestUpdate();
          resolve();
        };
      });
    }
  }
  protected override render(): TemplateResult {
    return this.renderWithState(
      () =>
        html`<p class="now">${this.fmt.date(this.now(), { dateStyle: 'medium' })}</p>
          <p class="step">${this.#step}</p>`,
    );
  }
}
customElements.define('timed-view', TimedView);

describe('SlaElement: as-of and renderComplete', () => {
  it('as-of sets "now" for every element, as an attribute or a property', async () => {
    const el = await fixture<TimedView>(
      html`<timed-view
        locale="en"
        time-zone="UTC"
        as-of="2026-11-22T12:00:00Z"
        .feed=${rawFeed()}
      ></timed-view>`,
    );
    expect(textOf(el, '.now')).to.equal('Nov 22, 2026');
    expect(el.asOf).to.equal(Date.parse('2026-11-22T12:00:00Z'));
    el.asOf = Date.UTC(2027, 0, 5);
    await el.updateComplete;
    expect(textOf(el, '.now')).to.equal('Jan 5, 2027');
  });

  it('renderComplete waits for the steps an element renders after updateComplete', async () => {
    const el = await fixture<TimedView>(html`<timed-view .feed=${rawFeed()}></timed-view>`);
    expect(textOf(el, '.step')).to.equal('1');
    let done = false;
    const complete = el.renderComplete.then(() => (done = true));
    await el.updateComplete;
    expect(done).to.equal(false);
    el.finishLater!();
    await complete;
    expect(textOf(el, '.step')).to.equal('3');
    const plain = await fixture<BaseView>(html`<base-view .feed=${rawFeed()}></base-view>`);
    expect(await plain.renderComplete).to.equal(true);
  });
});

describe('SlaElement: language from lang, the way the page says it', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
  });

  it('takes the closest ancestor’s lang, across shadow roots, over the feed’s locales', async () => {
    const outer = fixtureSync<HTMLDivElement>(html`<div lang="de"><div class="host"></div></div>`);
    const root = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
    const el = document.createElement('base-view') as BaseView;
    el.customer = 'globex';
    el.feed = withCustomer({ locale: 'ar' }, { locale: 'fr' });
    root.append(el);
    await el.updateComplete;
    expect(el.effectiveLocale).to.equal('de');
    expect(textOf(el, '.word')).to.equal('Erfüllt');
    expect(el.getAttribute('lang')).to.equal('de');
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('follows the document’s lang, live; the locale attribute still wins', async () => {
    document.documentElement.lang = 'de-CH';
    const el = await fixture<BaseView>(
      html`<base-view customer="globex" .feed=${withCustomer({ locale: 'ar' })}></base-view>`,
    );
    expect(el.effectiveLocale).to.equal('de-CH');
    document.documentElement.lang = 'en-GB';
    await until(() => el.effectiveLocale === 'en-GB', 'document lang change is followed');
    await el.updateComplete;
    expect(textOf(el, '.word')).to.equal('Met');
    const byAttribute = await fixture<BaseView>(
      html`<base-view locale="ar" .feed=${rawFeed()}></base-view>`,
    );
    expect(byAttribute.effectiveLocale).to.equal('ar');
    expect(textOf(byAttribute, '.word')).to.equal('مُحقَّق');
  });

  it('without a catalogue for the language: English text marked as English, dates in the locale', async () => {
    const el = await fixture<BaseView>(
      html`<base-view locale="ja" .feed=${rawFeed()}></base-view>`,
    );
    expect(textOf(el, '.word')).to.equal('Met');
    expect(el.getAttribute('lang'), 'the host says the language of its strings').to.equal('en');
    expect(textOf(el, '.when')).to.equal('2026/10/01');
    const marked = await fixture<BaseView>(
      html`<base-view lang="ja" .feed=${rawFeed()}></base-view>`,
    );
    expect(marked.effectiveLocale).to.equal('ja');
    expect(marked.getAttribute('lang'), 'the page’s own lang stays').to.equal('ja');
    const content = shadow(marked).querySelector('.word')!.closest('[lang]');
    expect(content?.getAttribute('lang'), 'the content says it is English').to.equal('en');
    expect(textOf(marked, '.when')).to.equal('2026/10/01');
  });
});
