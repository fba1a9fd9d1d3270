/**
 * State views rendered in a small host that carries the shared styles, so we check what a reader
 * sees and hears: text, roles, monospace paths, hidden loading text.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, nothing, type TemplateResult } from 'lit';
import {
  Formatter,
  baseStyles,
  renderEmpty,
  renderError,
  renderErrorDisclosure,
  renderLoading,
  renderLink,
  renderNoData,
  renderStaleBadge,
  stateStyles,
  translator,
  type SlaErrorDetail,
} from '../../../src/elements/shared/index.js';
import type { FeedIssue } from '../../../src/feed/index.js';
import { tokens } from '../../../src/themes/tokens.js';
import { shadow, textOf } from './harness.js';
import { loadCatalogue } from '../../../src/elements/shared/i18n/index.js';

// German and Arabic messages load on first use.
before(async () => {
  await Promise.all([loadCatalogue('de'), loadCatalogue('ar')]);
});

class StateHost extends LitElement {
  static override styles = [tokens, baseStyles, stateStyles];
  static override properties = { view: { attribute: false } };
  declare view: () => TemplateResult | typeof nothing;
  constructor() {
    super();
    this.view = () => nothing;
  }
  protected override render(): TemplateResult | typeof nothing {
    return this.view();
  }
}
customElements.define('state-host', StateHost);

const en = translator('en');

async function show(view: () => TemplateResult): Promise<StateHost> {
  return fixture<StateHost>(html`<state-host .view=${view}></state-host>`);
}

function issues(n: number): FeedIssue[] {
  return Array.from({ length: n }, (_, i) => ({
    path: i === 0 ? '' : `agreements[${i}].objectives[0].target`,
    message: i === 0 ? 'The feed is not valid JSON at line 3, column 7.' : 'must be a number',
    severity: 'error' as const,
    code: 'invalid' as const,
  }));
}

describe('state views', () => {
  it('loading: aria-busy skeleton with a visually hidden "Loading…"', async () => {
    const el = await show(() => renderLoading(en));
    await expect(el).to.be.accessible();
    const loading = shadow(el).querySelector('[part="loading"]')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    const label = loading.querySelector('.sla-visually-hidden')!;
    expect(label.textContent).to.equal('Loading…');
    expect(label.getBoundingClientRect().width).to.be.at.most(1);
    expect(loading.querySelector('.sla-skeleton')?.getAttribute('aria-hidden')).to.equal('true');
    expect(loading.getBoundingClientRect().height, 'never a blank box').to.be.greaterThan(16);
  });

  it('empty: says what was not found, with the id as text', async () => {
    const el = await show(() => renderEmpty(en, 'state.empty.agreement', { id: 'platinum' }));
    await expect(el).to.be.accessible();
    expect(shadow(el).querySelector('[part="empty"]')?.getAttribute('role')).to.equal('status');
    expect(textOf(el, '[part="empty"]')).to.equal('No agreement "platinum" in the feed.');
  });

  it('error: title, kind, and each issue with its path in monospace, as an alert', async () => {
    const error: SlaErrorDetail = {
      kind: 'invalid',
      message: 'x',
      issues: issues(3),
      url: 'https://feeds.example/sla.json',
    };
    const el = await show(() => renderError(en, error));
    await expect(el).to.be.accessible();
    const view = shadow(el).querySelector('[part="error"]')!;
    expect(view.getAttribute('role')).to.equal('alert');
    expect(textOf(el, '[part="error-title"]')).to.equal('The SLA data could not be shown');
    expect(textOf(el, '[part="error"]')).to.contain('The feed does not match the expected format.');
    expect(textOf(el, '[part="error"]')).to.contain('3 problems found:');
    expect(textOf(el, '.sla-url')).to.equal('https://feeds.example/sla.json');
    const items = [...shadow(el).querySelectorAll('[part="issues"] li')];
    expect(items.map((li) => li.querySelector('.sla-path')?.textContent)).to.deep.equal([
      '(whole feed)',
      'agreements[1].objectives[0].target',
      'agreements[2].objectives[0].target',
    ]);
    expect(items[1]!.querySelector('.sla-reason')?.textContent).to.equal('must be a number');
    const path = items[1]!.querySelector('.sla-path')!;
    expect(getComputedStyle(path).fontFamily).to.match(/mono/i);
  });

  it('error: lists ten issues and counts the rest', async () => {
    const el = await show(() =>
      renderError(en, { kind: 'invalid', message: '', issues: issues(13) }),
    );
    expect(shadow(el).querySelectorAll('[part="issues"] li').length).to.equal(10);
    expect(textOf(el, '[part="error"]')).to.contain('… and 3 more problems.');
  });

  it('error: http and timeout kinds name the status and the seconds', async () => {
    const http = await show(() =>
      renderError(en, { kind: 'http', message: '', issues: [], status: 503 }),
    );
    expect(textOf(http, '[part="error"]')).to.contain('HTTP status 503');
    const slow = await show(() =>
      renderError(translator('de'), {
        kind: 'timeout',
        message: '',
        issues: [],
        timeoutMs: 15_000,
      }),
    );
    expect(textOf(slow, '[part="error"]')).to.contain('innerhalb von 15 Sekunden');
  });

  it('stale badge: shows the age of the data with Intl.RelativeTimeFormat', async () => {
    const now = Date.UTC(2026, 9, 1, 12);
    const el = await show(
      () =>
        html`${renderStaleBadge(en, new Formatter('en'), now - 5 * 60_000, now)}
        ${renderStaleBadge(translator('de'), new Formatter('de'), now - 2 * 3_600_000, now)}
        ${renderStaleBadge(en, new Formatter('en'), undefined, now)}`,
    );
    await expect(el).to.be.accessible();
    const badges = [...shadow(el).querySelectorAll('[part="stale-badge"]')].map((b) =>
      (b.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(badges).to.deep.equal([
      'Data from 5 minutes ago — last refresh failed',
      'Daten von vor 2 Stunden – letzte Aktualisierung fehlgeschlagen',
      'Data may be out of date — last refresh failed',
    ]);
  });

  it('error disclosure: closed, opens from the keyboard, shows the issues', async () => {
    const el = await show(() =>
      renderErrorDisclosure(en, { kind: 'parse', message: '', issues: issues(1) }),
    );
    await expect(el).to.be.accessible();
    const details = shadow(el).querySelector<HTMLDetailsElement>('[part="error-details"]')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(textOf(el, '[part="error-details"]')).to.contain('The feed is not valid JSON.');
    expect(textOf(el, '[part="error-details"] .sla-path')).to.equal('(whole feed)');
  });

  it('no data: names the period, with the no-data icon', async () => {
    const el = await show(() => renderNoData(en, 'October 2026'));
    await expect(el).to.be.accessible();
    expect(textOf(el, '[part="no-data"]')).to.equal('No data for October 2026.');
    expect(shadow(el).querySelector('[part="no-data"] svg[data-status="no-data"]')).to.not.equal(
      null,
    );
  });
});

describe('renderLink', () => {
  it('links only https, http and mailto; anything else stays text', () => {
    const el = fixtureSync(
      html`<div>
        ${renderLink('https://example.com/legal', 'Legal text')}
        ${renderLink('mailto:desk@example.com', 'Mail')} ${renderLink('javascript:alert(1)', 'Bad')}
        ${renderLink(undefined, 'None')}
      </div>`,
    );
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.com/legal',
      'mailto:desk@example.com',
    ]);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect(el.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Legal text Mail Bad None');
  });
});
