import { expect, fixtureSync, html } from '@open-wc/testing';
import {
  catalogueLanguage,
  placeholders,
  registerMessages,
  translate,
  translator,
  type Message,
  loadCatalogue,
} from '../../../src/elements/shared/index.js';
import { ar } from '../../../src/elements/shared/i18n/ar.js';
import { de } from '../../../src/elements/shared/i18n/de.js';
import { en } from '../../../src/elements/shared/i18n/en.js';
import { ar as scorecardAr } from '../../../src/elements/scorecard/i18n/ar.js';
import { de as scorecardDe } from '../../../src/elements/scorecard/i18n/de.js';
import { en as scorecardEn } from '../../../src/elements/scorecard/i18n/en.js';
import { scorecardMessages } from '../../../src/elements/scorecard/i18n/index.js';
import { ar as timelineAr } from '../../../src/elements/breach-timeline/i18n/ar.js';
import { de as timelineDe } from '../../../src/elements/breach-timeline/i18n/de.js';
import { en as timelineEn } from '../../../src/elements/breach-timeline/i18n/en.js';
import { breachTimelineMessages } from '../../../src/elements/breach-timeline/i18n/index.js';
import { ar as incentiveAr } from '../../../src/elements/incentive-view/i18n/ar.js';
import { de as incentiveDe } from '../../../src/elements/incentive-view/i18n/de.js';
import { en as incentiveEn } from '../../../src/elements/incentive-view/i18n/en.js';
import { incentiveViewMessages } from '../../../src/elements/incentive-view/i18n/index.js';
import { ar as portfolioAr } from '../../../src/elements/portfolio/i18n/ar.js';
import { de as portfolioDe } from '../../../src/elements/portfolio/i18n/de.js';
import { en as portfolioEn } from '../../../src/elements/portfolio/i18n/en.js';
import { portfolioMessages } from '../../../src/elements/portfolio/i18n/index.js';
import { useMessages } from '../../../src/elements/shared/i18n/index.js';

// German and Arabic load on first use; load them before the tests that translate with them.
before(async () => {
  useMessages(scorecardMessages, breachTimelineMessages, incentiveViewMessages, portfolioMessages);
  await Promise.all([loadCatalogue('de'), loadCatalogue('ar')]);
});

type AnyCatalogue = Readonly<Record<string, Message>>;

/** Every catalogue module: the shared one and each element's, by language. */
const BUNDLES: readonly (readonly [string, Readonly<Record<'en' | 'de' | 'ar', AnyCatalogue>>])[] =
  [
    ['shared', { en, de, ar }],
    ['sla-scorecard', { en: scorecardEn, de: scorecardDe, ar: scorecardAr }],
    ['sla-breach-timeline', { en: timelineEn, de: timelineDe, ar: timelineAr }],
    ['sla-incentive-view', { en: incentiveEn, de: incentiveDe, ar: incentiveAr }],
    ['sla-portfolio', { en: portfolioEn, de: portfolioDe, ar: portfolioAr }],
  ];

function pluralParam(message: Message): string | undefined {
  return typeof message === 'object' ? (message.param ?? 'count') : undefined;
}

describe('i18n catalogue', () => {
  it('element catalogues and the shared one do not define the same key', () => {
    const shared = new Set(Object.keys(en));
    expect(Object.keys(scorecardEn).filter((k) => shared.has(k))).to.deep.equal([]);
  });

  for (const [bundle, catalogues] of BUNDLES) {
    const source = catalogues.en;
    const keys = Object.keys(source).sort();
    for (const language of ['de', 'ar'] as const) {
      const catalogue = catalogues[language];
      it(`${bundle}: ${language} has exactly the keys of en`, () => {
        expect(Object.keys(catalogue).sort()).to.deep.equal(keys);
      });

      it(`${bundle}: ${language} uses the placeholders of en (the plural count may be spelled out)`, () => {
        for (const key of keys) {
          const english = placeholders(source[key]!);
          const translated = placeholders(catalogue[key]!);
          const count = pluralParam(source[key]!);
          for (const name of translated) {
            expect(english.has(name), `${language} ${key} has unknown {${name}}`).to.equal(true);
          }
          for (const name of english) {
            if (name === count) continue;
            expect(translated.has(name), `${language} ${key} lacks {${name}}`).to.equal(true);
          }
          expect(typeof catalogue[key], `${language} ${key} plural-ness`).to.equal(
            typeof source[key],
          );
        }
      });
    }

    it(`${bundle}: ar plural messages define every Arabic plural category`, () => {
      const categories = new Intl.PluralRules('ar').resolvedOptions().pluralCategories;
      for (const key of keys) {
        const message = catalogues.ar[key];
        if (typeof message !== 'object') continue;
        for (const c of categories) expect(message[c], `${key}.${c}`).to.be.a('string');
      }
    });
  }

  it('an element’s messages translate once its bundle is in use', () => {
    expect(translate('de', 'scorecard.netHint')).to.equal(scorecardDe['scorecard.netHint']);
    expect(translate('en', 'scorecard.netHint')).to.equal('bonuses minus credits');
  });

  it('translate picks the plural form with Intl.PluralRules', () => {
    expect(translate('en', 'state.error.issues', { count: 1 })).to.equal('1 problem found:');
    expect(translate('en', 'state.error.issues', { count: 3 })).to.equal('3 problems found:');
    expect(translate('de', 'state.error.issues', { count: 1 })).to.equal('1 Problem gefunden:');
    expect(translate('ar', 'state.error.issues', { count: 2 })).to.equal('تم العثور على مشكلتين:');
    expect(translate('ar', 'state.error.issues', { count: 3 })).to.contain('مشكلات');
  });

  it('translate interpolates numbers with the locale and text as text', () => {
    expect(translate('de', 'error.http', { status: 503 })).to.equal(
      'Der Feed-Server antwortete mit dem HTTP-Status 503.',
    );
    expect(translate('de-CH', 'state.error.more', { count: 1200 })).to.contain(
      new Intl.NumberFormat('de-CH').format(1200),
    );
    expect(translate('en', 'state.empty.agreement', { id: '<b>x</b>' })).to.equal(
      'No agreement "<b>x</b>" in the feed.',
    );
    expect(translate('en', 'state.empty.agreement')).to.equal('No agreement "{id}" in the feed.');
  });

  it('interpolated markup stays text when rendered', () => {
    const t = translator('en');
    const el = fixtureSync(html`<p>${t('state.empty.agreement', { id: '<img src=x>' })}</p>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal('No agreement "<img src=x>" in the feed.');
  });

  it('catalogueLanguage matches region tags to their language, else English', () => {
    expect(catalogueLanguage('de-AT')).to.equal('de');
    expect(catalogueLanguage('ar-EG')).to.equal('ar');
    expect(catalogueLanguage('pt-BR')).to.equal('en');
  });

  it('registerMessages adds a language; missing keys fall back to English', () => {
    registerMessages('fr', { 'status.met': 'Respecté' });
    expect(translate('fr-CA', 'status.met')).to.equal('Respecté');
    expect(translate('fr', 'status.breached')).to.equal('Breached');
  });

  it('plain-language sentence templates read naturally in each language', () => {
    const params = {
      service: 'Portal',
      indicator: translate('en', 'indicator.availability'),
      target: '99.9%',
      minimum: '99.5%',
      window: translate('en', 'window.month'),
    };
    expect(translate('en', 'sentence.promise.higher-is-better', params)).to.equal(
      'Portal availability is at least 99.9% each month; below 99.5% is a breach.',
    );
    expect(
      translate('en', 'sentence.remedy.higher-is-better', {
        threshold: '99.9%',
        credit: '10%',
        fee: translate('en', 'fee.month'),
      }),
    ).to.equal('If it falls below 99.9%, you get 10% of the monthly fee back.');
    expect(
      translate('de', 'sentence.remedy.higher-is-better', {
        threshold: '99,9 %',
        credit: '10 %',
        fee: translate('de', 'fee.month'),
      }),
    ).to.equal('Fällt der Wert unter 99,9 %, erhalten Sie 10 % der Monatsgebühr zurück.');
    expect(translate('en', 'window.rolling', { count: 30 })).to.equal('rolling 30-day period');
    expect(translate('ar', 'window.rolling', { count: 2 })).to.equal('فترة متجددة مدتها يومان');
  });
});
