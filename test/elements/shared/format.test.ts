import { expect } from '@open-wc/testing';
import {
  Formatter,
  formatDate,
  formatDateRange,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelative,
  formatValue,
  fractionDigitsFor,
  isTimeZone,
  numberFormat,
  percentDigits,
  safeLocale,
} from '../../../src/elements/shared/index.js';
import * as format from '../../../src/elements/shared/internal/format.js';

/** Intl uses no-break and narrow no-break spaces; compare with plain spaces. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('format', () => {
  it('format.ts is the one entry: it exports every formatting function of its concern modules', () => {
    expect(Object.keys(format).sort()).to.deep.equal([
      'DATE',
      'DATE_TIME',
      'Formatter',
      'UNIT_MS',
      'dateFormat',
      'formatDate',
      'formatDateRange',
      'formatDuration',
      'formatMoney',
      'formatNumber',
      'formatPercent',
      'formatRelative',
      'formatValue',
      'fractionDigitsFor',
      'isTimeZone',
      'numberFormat',
      'percentDigits',
      'relativeTimeFormat',
      'safeLocale',
    ]);
  });

  it('formatPercent(locale, 99.95) reads 99.95 % in the locale’s way', () => {
    expect(formatPercent('en', 99.95)).to.equal('99.95%');
    expect(plain(formatPercent('de', 99.95))).to.equal('99,95 %');
    expect(plain(formatPercent('fr', 99.95))).to.equal('99,95 %');
  });

  it('percentDigits keeps two decimals near 100 and 0, at most one elsewhere', () => {
    expect(percentDigits(99.95)).to.equal(2);
    expect(percentDigits(100)).to.equal(2);
    expect(percentDigits(0.05)).to.equal(2);
    expect(percentDigits(95.5)).to.equal(1);
    expect(formatPercent('en', 99)).to.equal('99.00%');
    expect(formatPercent('en', 87.5)).to.equal('87.5%');
    expect(formatPercent('en', 50)).to.equal('50%');
    expect(formatPercent('en', 99.9, 3)).to.equal('99.900%');
  });

  it('fractionDigitsFor gives the digits needed to show the levels exactly', () => {
    expect(fractionDigitsFor(99.95, 99.5)).to.equal(2);
    expect(fractionDigitsFor(200, 500)).to.equal(0);
    expect(fractionDigitsFor(null, undefined, 4.125)).to.equal(3);
  });

  it('formatNumber groups per locale and counts have no decimals', () => {
    expect(formatNumber('en', 1234567.891)).to.equal('1,234,567.89');
    expect(formatNumber('de', 1234.5, 0)).to.equal('1.235');
    expect(formatValue('en', 1234, 'count')).to.equal('1,234');
  });

  it('formatDuration reads 4 hr, 12 min (with and without Intl.DurationFormat)', () => {
    const ms = (4 * 60 + 12) * 60_000;
    expect(formatDuration('en', ms, { useDurationFormat: false })).to.equal('4 hr, 12 min');
    expect(formatDuration('en', ms)).to.equal('4 hr, 12 min');
    expect(plain(formatDuration('de', ms, { useDurationFormat: false }))).to.equal(
      '4 Std., 12 Min.',
    );
  });

  it('formatDuration picks the two largest units that matter and rounds the last', () => {
    expect(formatDuration('en', 250)).to.equal('250 ms');
    expect(formatDuration('en', 42_300)).to.equal('42.3 sec');
    expect(formatDuration('en', 3_599_700)).to.equal('1 hr');
    expect(formatDuration('en', 36 * 3_600_000)).to.equal('1 day, 12 hr');
    expect(formatDuration('en', 3 * 3_600_000, { style: 'long' })).to.equal('3 hours');
    expect(formatDuration('en', -90_000)).to.equal('-1 min, 30 sec');
  });

  it('formatMoney uses the currency’s symbol and digits', () => {
    expect(formatMoney('en', 1200, 'EUR')).to.equal('€1,200.00');
    expect(plain(formatMoney('de', 1200, 'EUR'))).to.equal('1.200,00 €');
    expect(formatMoney('en', 1200, 'JPY')).to.equal('¥1,200');
    expect(formatMoney('en', 1200, 'EUR', 0)).to.equal('€1,200');
  });

  it('formatDate shows the day in the display time zone', () => {
    const instant = Date.UTC(2026, 9, 1, 2, 30); // 2026-10-01T02:30Z
    expect(formatDate('en', instant, 'Europe/Berlin')).to.equal('Oct 1, 2026');
    expect(formatDate('en', instant, 'America/New_York')).to.equal('Sep 30, 2026');
  });

  it('formatDateRange states shared parts once', () => {
    const start = Date.UTC(2026, 9, 1, 12);
    const end = Date.UTC(2026, 9, 31, 12);
    expect(plain(formatDateRange('en', start, end, 'UTC'))).to.equal('Oct 1 – 31, 2026');
    expect(plain(formatDateRange('en', end, start, 'UTC')), 'swapped').to.equal('Oct 1 – 31, 2026');
  });

  it('formatRelative picks the largest fitting unit', () => {
    const now = Date.UTC(2026, 9, 1, 12);
    expect(formatRelative('en', now - 5 * 60_000, now)).to.equal('5 minutes ago');
    expect(formatRelative('en', now - 30_000, now)).to.equal('30 seconds ago');
    expect(formatRelative('en', now + 2 * 86_400_000, now)).to.equal('in 2 days');
    expect(formatRelative('de', now - 3 * 3_600_000, now)).to.equal('vor 3 Stunden');
  });

  it('formatValue formats by feed unit', () => {
    expect(formatValue('en', 99.95, 'percent')).to.equal('99.95%');
    expect(formatValue('en', 250, 'millisecond')).to.equal('250 ms');
    expect(formatValue('en', 1500, 'millisecond')).to.equal('1,500 ms');
    expect(formatValue('en', 42, 'second')).to.equal('42 sec');
    expect(formatValue('en', 252, 'minute')).to.equal('4 hr, 12 min');
    expect(formatValue('en', 4.2, 'hour')).to.equal('4 hr, 12 min');
    expect(formatValue('en', 1.5, 'day')).to.equal('1 day, 12 hr');
    expect(formatValue('en', 4.256, 'score')).to.equal('4.26');
    expect(formatValue('en', 7, 'unknown')).to.equal('7');
    expect(formatValue('en', null, 'percent')).to.equal('');
    expect(formatValue('en', 99.95, 'percent', { digits: 1 })).to.equal('100.0%');
  });

  it('caches Intl formatters per locale and options', () => {
    expect(numberFormat('en', { style: 'percent' })).to.equal(
      numberFormat('en', { style: 'percent' }),
    );
    expect(numberFormat('en', { style: 'percent' })).not.to.equal(
      numberFormat('de', { style: 'percent' }),
    );
  });

  it('safeLocale and isTimeZone reject what Intl would throw on', () => {
    expect(safeLocale('de-at')).to.equal('de-AT');
    expect(safeLocale('not a locale!')).to.equal('en');
    expect(safeLocale(undefined, 'fr')).to.equal('fr');
    expect(isTimeZone('Europe/Berlin')).to.equal(true);
    expect(isTimeZone('Mars/Olympus_Mons')).to.equal(false);
  });

  it('Formatter binds locale and time zone', () => {
    const f = new Formatter('de', 'Europe/Berlin');
    expect(plain(f.percent(99.5))).to.equal('99,50 %');
    expect(f.date(Date.UTC(2026, 9, 1, 23, 30))).to.equal('02.10.2026');
    expect(plain(f.value(252, 'minute'))).to.equal('4 Std., 12 Min.');
  });
});

/**
 * Where each character of `text` is drawn (left edge, px) inside an RTL paragraph, as a reader
 * sees it; bidi controls and marks are skipped.
 */
function drawnRtl(text: string): { char: string; x: number }[] {
  const p = document.createElement('p');
  p.dir = 'rtl';
  p.lang = 'ar';
  p.textContent = text;
  document.body.append(p);
  try {
    const node = p.firstChild!;
    const out: { char: string; x: number }[] = [];
    for (let i = 0; i < text.length; i++) {
      if (/[\u200e\u200f\u061c\u2066-\u2069\s]/.test(text[i]!)) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      out.push({ char: text[i]!, x: range.getBoundingClientRect().left });
    }
    return out.sort((a, b) => a.x - b.x);
  } finally {
    p.remove();
  }
}

describe('money in right-to-left text', () => {
  for (const locale of ['ar', 'ar-EG']) {
    it(`${locale}: the currency stays "US$" and sits after the amount, read from the right`, () => {
      for (const amount of [6200, -6200]) {
        const seen = drawnRtl(formatMoney(locale, amount, 'USD'))
          .map((c) => c.char)
          .join('');
        // Left to right on screen: the currency symbol whole, then the number (the first thing
        // an Arabic reader meets, on the right).
        expect(seen.startsWith('US$'), `${locale} ${amount}: ${seen}`).to.equal(true);
        expect(seen).to.not.contain('$U');
      }
    });
  }

  it('ar: a negative amount keeps its minus with the digits', () => {
    const seen = drawnRtl(formatMoney('ar', -6200, 'USD'))
      .map((c) => c.char)
      .join('');
    expect(seen).to.equal('US$-6,200.00');
  });
});
