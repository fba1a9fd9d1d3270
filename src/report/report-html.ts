/**
 * The monthly report as one self-contained HTML file: the kit's one-file runtime inline, the
 * customer's own feed (`sliceFeed`) inline as JSON under one `<sla-feed>`, and per agreement a
 * scorecard, a breach strip of the month's days and the incentive view with the month's ledger.
 * Above them, written here from the model (so it reads the same with scripts off and in any PDF
 * text): the header (provider, customer, month), "For the people who run it" (what went well,
 * what fell short, what it cost) and the money per currency.
 *
 * Nothing in it loads anything: a Content-Security-Policy meta allows only the two inline blocks
 * by their SHA-256 hashes (`default-src 'none'`), there are no style attributes, and feed text is
 * always escaped text. The provider's logo is not inlined (it lives at a URL, and the report
 * fetches nothing): the brand shows as its name.
 *
 * Pure and async (Web Crypto for the hashes): the CLI and a server use the same builder, given
 * the runtime's text (`dist/cdn/sla-kit.js`).
 */
import { sliceFeed, type Feed } from '../feed/index.js';
import { isMonthlyPeriod, type ObjectiveDescription } from '../model/index.js';
import {
  loadCatalogue,
  translator,
  useMessages,
  type Translate,
} from '../elements/shared/i18n/index.js';
import { Formatter, fractionDigitsFor, safeLocale } from '../elements/shared/internal/format.js';
import { isRtl } from '../elements/shared/internal/format/locale.js';
import { reportMessages } from './i18n/index.js';
import { reportData, type ReportData, type ReportMoney } from './report-data.js';
import { reportStyles, type Paper } from './report-styles.js';

export { ReportError, isMonth, monthOf, reportData, type ReportData } from './report-data.js';
export { PAPERS, type Paper } from './report-styles.js';

export interface ReportOptions {
  /** The customer the report is for (its feed slice is all the file holds). */
  readonly customer: string;
  /** `YYYY-MM`; default the latest complete month at `asOf`. */
  readonly period?: string | undefined;
  /** The instant the report is drawn up at (epoch ms); the elements use it as "now". */
  readonly asOf: number;
  /** BCP 47 locale; default the customer's, then the provider's, then `en`. */
  readonly locale?: string | undefined;
  /** `auto` (the printer's paper, margins that fit A4 and Letter), `a4` or `letter`. */
  readonly paper?: Paper | undefined;
  /** The text of the kit's one-file runtime (`dist/cdn/sla-kit.js`). */
  readonly runtime: string;
}

export interface Report {
  readonly html: string;
  readonly data: ReportData;
  /** The month in words, as the header says it ("October 2026"). */
  readonly periodLabel: string;
  readonly locale: string;
}

/** Builds the report (see the module comment). Throws `ReportError` for what cannot be reported. */
export async function buildReport(feed: Feed, options: ReportOptions): Promise<Report> {
  const data = reportData(feed, options.customer, options);
  const locale = safeLocale(options.locale || data.customer.locale || feed.provider.locale || 'en');
  useMessages(reportMessages);
  await loadCatalogue(locale);
  const t = translator(locale);
  const fmt = new Formatter(locale, data.timeZone);
  const periodLabel = monthLabel(fmt, data.period, data.timeZone);

  const json = inlineJson(sliceFeed(feed, options.customer));
  const script = inlineScript(options.runtime);
  const style = reportStyles(options.paper ?? 'auto');
  const csp = [
    "default-src 'none'",
    `script-src '${await sha256(script)}'`,
    `style-src '${await sha256(style)}'`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');

  const customer = data.customer.name;
  const provider = feed.provider.name;
  const heading = t('report.documentTitle', { customer, period: periodLabel });
  const pageHead = (): string =>
    `<p class="page-head"><span class="brand">${esc(provider)}</span><span>${esc(
      t('report.pageHead'),
    )}</span><span>${bdi(customer)} · ${esc(periodLabel)}</span></p>`;

  const body = [
    `<header class="report-head">`,
    pageHead(),
    `<h1>${esc(t('report.title'))}</h1>`,
    `<p class="lead">${esc(t('report.preparedFor', { customer, provider }))}</p>`,
    `<p class="lead"><strong>${esc(t('label.period'))}: ${esc(periodLabel)}</strong> · ${esc(
      t('report.asOf', { date: fmt.dateTime(data.asOf) }),
    )}</p>`,
    `</header>`,
    `<main>`,
    people(data, t, fmt, periodLabel, provider),
    money(data.money, t, fmt, periodLabel),
    ...data.agreements.map((a, i) => agreementSection(data, i, t, periodLabel, pageHead())),
    `</main>`,
  ].join('\n');

  const dir = isRtl(locale) ? 'rtl' : 'ltr';
  const html = `<!doctype html>
<html lang="${esc(locale)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(heading)}</title>
<style>${style}</style>
<script type="module">${script}</script>
</head>
<body>
<sla-feed>
<script type="application/json">${json}</script>
${body}
</sla-feed>
</body>
</html>
`;
  return { html, data, periodLabel, locale };
}

// --- sections ---------------------------------------------------------------------------------

/** A sentence, or an agreement's name with its sentences. */
type Item = string | { readonly title: string; readonly items: readonly Item[] };

/** "For the people who run it": what went well, what fell short, what it cost, in sentences. */
function people(
  data: ReportData,
  t: Translate,
  fmt: Formatter,
  period: string,
  provider: string,
): string {
  const judged = data.agreements.filter((a) => a.period !== null);
  const all = judged.flatMap((a) => a.objectives);
  const isGood = (o: ObjectiveDescription): boolean =>
    o.status === 'met' || o.status === 'exceeded';
  const isShort = (o: ObjectiveDescription): boolean =>
    o.status === 'breached' || o.status === 'at-risk' || o.status === 'no-data';
  const good = all.filter(isGood).length;
  const short = all.filter(isShort).length;
  /** Per agreement with such objectives: its name, then a sentence per objective. */
  const byAgreement = (
    pick: (o: ObjectiveDescription) => boolean,
    say: (o: ObjectiveDescription) => string,
  ): Item[] =>
    judged
      .map((a) => ({ a, list: a.objectives.filter(pick) }))
      .filter(({ list }) => list.length > 0)
      .map(({ a, list }) => ({ title: a.agreement.name, items: list.map(say) }));

  const well: Item[] = [
    good
      ? t('report.well.count', { count: good, total: all.length, period })
      : t('report.well.none', { period }),
    ...byAgreement(isGood, (o) =>
      o.unit === 'pass-fail'
        ? t('report.well.complied', { name: o.name })
        : t(o.status === 'exceeded' ? 'report.well.exceeded' : 'report.well.met', {
            name: o.name,
            target: value(fmt, t, o, o.target),
            value: value(fmt, t, o, o.value),
          }),
    ),
  ];

  const b = data.breaches;
  const counted = b.count - b.excluded;
  const fell: Item[] = [
    ...(short ? [] : [t('report.short.none', { period })]),
    ...byAgreement(isShort, (o) =>
      o.status === 'no-data'
        ? t('report.short.noData', { name: o.name, period })
        : o.unit === 'pass-fail'
          ? t('report.short.notComplied', { name: o.name })
          : t(o.status === 'breached' ? 'report.short.breached' : 'report.short.atRisk', {
              name: o.name,
              minimum: value(fmt, t, o, o.minimum),
              target: value(fmt, t, o, o.target),
              value: value(fmt, t, o, o.value),
            }),
    ),
    ...judged
      .filter((a) => a.exit !== null && a.exit.misses > 0)
      .map(({ agreement, exit }) =>
        t(exit!.triggered ? 'report.short.exitTriggered' : 'report.short.exit', {
          agreement: agreement.name,
          progress: t('sentence.exitClauseProgress', {
            count: exit!.misses,
            allowed: exit!.required,
          }),
        }),
      ),
    counted > 0
      ? [
          t('report.short.breaches', { count: counted, period }),
          b.bySeverity.critical ? t('report.short.critical', { count: b.bySeverity.critical }) : '',
          b.longest
            ? t('report.short.longest', {
                duration: fmt.duration(b.longest.minutes * 60_000),
                lane: b.longest.lane,
              })
            : '',
        ]
          .filter(Boolean)
          .join(' ')
      : t('report.short.noBreaches', { period }),
  ];

  const customer = data.customer.name;
  const cost: string[] = [];
  if (!data.money.length) cost.push(t('report.cost.noFee'));
  for (const m of data.money) {
    if (m.credits === 0 && m.bonuses === 0 && m.pending === 0) {
      cost.push(t('report.cost.none', { period }));
      continue;
    }
    const amount = (n: number): string => fmt.money(n, m.currency, m.minorUnits);
    cost.push(
      [
        t('report.cost.credits', { customer, amount: amount(m.credits) }),
        t('report.cost.bonuses', { provider, amount: amount(m.bonuses) }),
        t('report.cost.net', { amount: fmt.signedMoney(m.net, m.currency, m.minorUnits) }),
        m.pending ? t('report.cost.pending', { amount: amount(m.pending) }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }

  const list = (items: readonly Item[]): string =>
    `<ul>${items
      .map((item) =>
        typeof item === 'string'
          ? `<li>${esc(sentence(item))}</li>`
          : `<li>${bdi(item.title)}${list(item.items)}</li>`,
      )
      .join('')}</ul>`;
  return `<section class="people" aria-labelledby="people">
<h2 id="people">${esc(t('report.people.heading'))}</h2>
<h3>${esc(t('report.people.well'))}</h3>
${list(well)}
<h3>${esc(t('report.people.short'))}</h3>
${list(fell)}
<h3>${esc(t('report.people.cost'))}</h3>
${list(cost)}
</section>`;
}

/** The money of the month per currency: credits, bonuses, net (and pending earn-back). */
function money(list: readonly ReportMoney[], t: Translate, fmt: Formatter, period: string): string {
  if (!list.length) return '';
  const pending = list.some((m) => m.pending !== 0);
  const head = [
    t('report.money.currency'),
    t('label.creditsOwed'),
    t('label.bonusesEarned'),
    t('label.net'),
    ...(pending ? [t('report.money.pending')] : []),
  ];
  const rows = list.map((m) => {
    const cells = [
      fmt.money(m.credits, m.currency, m.minorUnits),
      fmt.money(m.bonuses, m.currency, m.minorUnits),
      fmt.signedMoney(m.net, m.currency, m.minorUnits),
      ...(pending ? [fmt.money(m.pending, m.currency, m.minorUnits)] : []),
    ];
    return `<tr><th scope="row">${esc(m.currency)}</th>${cells
      .map((c) => `<td class="num">${esc(c)}</td>`)
      .join('')}</tr>`;
  });
  return `<section class="money" aria-labelledby="money">
<h2 id="money">${esc(t('report.money.heading'))}</h2>
<table>
<caption>${esc(t('report.money.caption', { period }))}</caption>
<thead><tr>${head.map((h, i) => `<th scope="col"${i ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('')}</tbody>
</table>
</section>`;
}

/** One agreement: its page head, name, scorecard, the month's days and the incentive view. */
function agreementSection(
  data: ReportData,
  i: number,
  t: Translate,
  period: string,
  pageHead: string,
): string {
  const { agreement, period: p } = data.agreements[i]!;
  const id = `agreement-${i + 1}`;
  const common = `agreement="${esc(agreement.id)}" customer="${esc(data.customer.id)}" as-of="${iso(
    data.asOf,
  )}" theme="light"`;
  const parts = [
    `<section class="agreement" aria-labelledby="${id}">`,
    pageHead,
    `<h2 id="${id}">${bdi(agreement.name)}</h2>`,
  ];
  if (!p) {
    parts.push(
      `<p>${esc(t('report.agreement.noPeriod', { agreement: agreement.name, period }))}</p>`,
    );
  } else {
    // The strip shows the month's local days: its "now" is the last minute of the month.
    const days = Math.max(1, Math.round((p.end - p.start) / 86_400_000));
    parts.push(
      `<h3>${esc(t('report.agreement.objectives'))}</h3>`,
      `<sla-scorecard ${common} period="${esc(data.month)}"></sla-scorecard>`,
      `<h3>${esc(t('report.agreement.days'))}</h3>`,
      `<sla-breach-timeline agreement="${esc(agreement.id)}" customer="${esc(
        data.customer.id,
      )}" variant="strip" days="${days}" as-of="${iso(p.end - 60_000)}" time-zone="${esc(
        agreement.timeZone,
      )}" theme="light"></sla-breach-timeline>`,
      `<h3>${esc(t('report.agreement.incentives'))}</h3>`,
      `<sla-incentive-view ${common} period="${esc(data.month)}" start="${iso(p.start)}" end="${iso(
        p.end,
      )}"></sla-incentive-view>`,
    );
  }
  parts.push(`</section>`);
  return parts.join('\n');
}

// --- text -------------------------------------------------------------------------------------

/** A sentence ending in an abbreviation ("18 Sek.") keeps one full stop. */
function sentence(text: string): string {
  return text.replace(/\.\.(?=\s|$)/g, '.');
}

function monthLabel(
  fmt: Formatter,
  period: { start: number; end: number },
  timeZone: string,
): string {
  return isMonthlyPeriod(period, timeZone)
    ? fmt.date(period.start, { month: 'long', year: 'numeric' })
    : fmt.dateRange(period.start, period.end - 1);
}

/** A level or measured value with the precision of the objective's levels (as the scorecard). */
function value(fmt: Formatter, t: Translate, o: ObjectiveDescription, v: number | null): string {
  if (v === null) return '—';
  if (o.unit === 'pass-fail') return t(v >= 1 ? 'compliance.complied' : 'compliance.notComplied');
  const digits = fractionDigitsFor(
    o.minimum,
    o.target,
    ...o.creditTiers.map((c) => c.threshold),
    ...o.incentiveTiers.map((c) => c.threshold),
  );
  return fmt.value(v, o.unit, { digits: o.unit === 'percent' ? Math.max(2, digits) : digits });
}

// --- escaping ---------------------------------------------------------------------------------

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text (or an attribute value) as HTML: nothing in it can open a tag or leave an attribute. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Feed text isolated for bidi (an English name keeps its order in Arabic). */
function bdi(text: string): string {
  return `<bdi>${esc(text)}</bdi>`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/**
 * JSON for a `<script type="application/json">`: every `<` written as `\u003c` (the same JSON),
 * so no `</script` or `<!--` in the feed's text can end or change the script element.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Script text for an inline `<script>`: `</script` and `<!--` written as `\x3c/script` and
 * `\x3c!--`, which mean the same in JavaScript strings, templates and regular expressions (the
 * only places minified code has them), so the element cannot end early.
 */
export function inlineScript(code: string): string {
  return code.replace(/<(\/script|!--)/gi, '\\x3c$1');
}

/** `sha256-<base64>` of a text's UTF-8 bytes, for a CSP source. */
async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}
