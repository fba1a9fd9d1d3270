/**
 * Plain-language mode (`plain`): each objective as sentences, for the people who run the service:
 * what is promised, what happened this period, what the customer gets back, what the provider
 * earns, and the agreement's own words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderStatus } from '../shared/index.js';
import { isolate } from '../shared/internal/bidi.js';
import type { ScorecardData, ScorecardRow } from './scorecard-data.js';
import {
  compliance,
  objectiveButton,
  originText,
  type Card,
  type ScorecardContext,
} from './sla-scorecard.view.js';

/** The list of sentences of a card, one item per objective. */
export function renderPlain(ctx: ScorecardContext, card: Card, periodText: string): TemplateResult {
  return html`<ul class="plain" part="plain">
    ${card.rows.map(({ row, digits }) => renderSentence(ctx, card.data, row, digits, periodText))}
  </ul>`;
}

function renderSentence(
  ctx: ScorecardContext,
  data: ScorecardData,
  row: ScorecardRow,
  digits: number,
  periodText: string,
): TemplateResult {
  const { t, fmt } = ctx;
  const o = row.objective;
  const d = row.description;
  const v = (x: number): string => ctx.value(x, o.unit, digits);
  const windowText =
    d.window.kind === 'rolling'
      ? t('window.rolling', { count: d.window.days })
      : t(`window.${d.window.unit}`);
  const passFail = o.unit === 'pass-fail';
  const promise = passFail
    ? t('sentence.passFail', { name: isolate(o.name), window: windowText })
    : t(`sentence.promise.${o.direction}`, {
        service: isolate(row.service ? row.service.name : o.name),
        indicator: row.service ? t(`indicator.${o.indicator}`) : '',
        target: v(row.target),
        minimum: v(row.minimum),
        window: windowText,
      }).replace(/\s{2,}/g, ' ');
  const fee = t(`fee.${data.agreement.fee?.per ?? 'month'}`);
  const firstCredit = d.creditTiers[0];
  const firstBonus = d.incentiveTiers[0];
  const now =
    row.value === null
      ? t('scorecard.thisPeriodNoData', { period: periodText })
      : passFail
        ? t('scorecard.thisPeriodCompliance', { period: periodText, status: v(row.value) })
        : t('scorecard.thisPeriod', {
            period: periodText,
            value: v(row.value),
            status: t(`status.${row.status}`),
          });
  return html`<li class="sentence" data-status=${row.status}>
    <p class="sentence-head">
      ${objectiveButton(ctx, data, o)}
      ${passFail ? compliance(ctx, row) : renderStatus(row.status, t)}
    </p>
    <p class="origin">${originText(ctx, row)}</p>
    <p>${promise}</p>
    <p class="now">${now}</p>
    ${
      firstCredit
        ? html`<p>
            ${t(`sentence.remedy.${o.direction}`, { threshold: v(firstCredit.threshold), credit: fmt.percent(firstCredit.creditPercent), fee })}
          </p>`
        : nothing
    }
    ${
      firstBonus
        ? html`<p>
            ${t(`sentence.bonus.${o.direction}`, { threshold: v(firstBonus.threshold), bonus: fmt.percent(firstBonus.bonusPercent), fee })}
          </p>`
        : nothing
    }
    ${d.wording.promise ? html`<p class="own-words">${t('scorecard.inOwnWords', { text: isolate(d.wording.promise) })}</p>` : nothing}
  </li>`;
}
