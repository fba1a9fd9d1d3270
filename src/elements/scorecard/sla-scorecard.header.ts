/**
 * The card header: customer, level and kind; agreement name; version, validity, review date and
 * legal text; the overall health; the period picker.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isPeriodComplete } from '../../model/index.js';
import { formatDate, formatDateRange, renderStatus } from '../shared/index.js';
import { renderLink } from '../shared/internal/link.js';
import type { ScorecardData } from './scorecard-data.js';
import { periodLabel, type ScorecardContext } from './sla-scorecard.view.js';

/** The header of one agreement's card; `headingId` labels the card's region. */
export function renderHeader(
  ctx: ScorecardContext,
  data: ScorecardData,
  headingId: string,
): TemplateResult {
  const { t, fmt } = ctx;
  const a = data.agreement;
  const tz = a.timeZone;
  const kind = a.kind === 'SLA' || a.kind === 'OLA' || a.kind === 'UC' ? a.kind : undefined;
  const eyebrow = [
    a.customer ? html`<bdi>${a.customer.name}</bdi>` : undefined,
    t(`level.${a.level}`),
    kind ? t(`kind.${kind}`) : undefined,
  ].filter((x) => x !== undefined);
  // Contract dates are calendar dates of the contract: shown in the agreement's time zone,
  // whatever time zone the reader chose for instants.
  const dateOpts: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
  const contractDate = (ms: number): string => formatDate(fmt.locale, ms, tz, dateOpts);
  const validity =
    a.validFrom !== undefined && a.validTo !== undefined
      ? t('scorecard.validity', {
          range: formatDateRange(fmt.locale, a.validFrom, a.validTo, tz, dateOpts),
        })
      : a.validFrom !== undefined
        ? t('scorecard.validFrom', { date: contractDate(a.validFrom) })
        : undefined;
  return html`<header class="head" part="header">
    <div class="titles">
      <p class="eyebrow">${eyebrow.map((part, i) => (i ? html` · ${part}` : part))}</p>
      <h2 id=${headingId}><bdi>${a.name}</bdi></h2>
      <p class="meta">
        ${data.versionLabel ? html`<span>${t('scorecard.version', { version: data.versionLabel })}</span>` : nothing}
        ${validity ? html`<span>${validity}</span>` : nothing}
        ${
          a.reviewBy !== undefined
            ? data.reviewDue
              ? html`<span class="badge review-due" part="review-badge"
                  >${t('scorecard.reviewOverdue', { date: contractDate(a.reviewBy) })}</span
                >`
              : html`<span>${t('scorecard.reviewBy', { date: contractDate(a.reviewBy) })}</span>`
            : nothing
        }
        ${a.legalUrl ? renderLink(a.legalUrl, t('label.legalText')) : nothing}
      </p>
    </div>
    <div class="health" part="health" data-status=${data.health.status}>
      <span class="health-label">${t('label.overallHealth')}</span>
      <span class="health-score sla-num"
        >${data.health.score === null ? '—' : t('scorecard.score', { score: Math.round(data.health.score), max: 100 })}</span
      >
      ${renderStatus(data.health.status, t)}
    </div>
    <label class="period">
      <span>${t('label.period')}</span>
      <select part="period-select" @change=${(e: Event) => ctx.selectPeriod(e, data)}>
        ${[...data.periods]
          .reverse()
          .map(
            (p) =>
              html`<option value=${String(p.start)} ?selected=${p === data.period}>
                ${!isPeriodComplete(p, ctx.now) ? t('scorecard.periodOpen', { period: periodLabel(ctx, p, tz) }) : periodLabel(ctx, p, tz)}
              </option>`,
          )}
      </select>
    </label>
  </header>`;
}
