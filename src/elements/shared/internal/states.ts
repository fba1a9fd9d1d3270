/**
 * The state views every element shows around its content, so a box is never blank:
 * loading skeleton, empty (says what was not found), error (what went wrong, with each issue's
 * path and reason), stale badge (how old the data is), error disclosure (shown next to stale data)
 * and no data for a period. All text is translated and rendered as text.
 *
 * Styles: `stateStyles` (base.styles.ts), included by SlaElement.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIssue } from '../../../feed/index.js';
import type { SlaErrorDetail } from '../events.js';
import type { Formatter } from './format.js';
import type { MessageKey, MessageParams, Translate } from '../i18n/index.js';
import { statusIcon } from './status-icon.js';

/** How many issues an error view lists before "… and N more". */
export const MAX_LISTED_ISSUES = 10;

/** Loading skeleton: `part="loading"`, `aria-busy="true"`, a visually hidden "Loading…". */
export function renderLoading(t: Translate): TemplateResult {
  return html`<div class="sla-state sla-loading" part="loading" aria-busy="true">
    <span class="sla-visually-hidden">${t('state.loading')}</span>
    <div class="sla-skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
  </div>`;
}

/**
 * Empty state: says what was not there, e.g.
 * `renderEmpty(t, 'state.empty.agreement', { id: 'gold' })` -> `No agreement "gold" in the feed.`
 * `part="empty"`, `role="status"`.
 */
export function renderEmpty(t: Translate, key: MessageKey, params?: MessageParams): TemplateResult {
  return html`<div class="sla-state sla-empty" part="empty" role="status">
    <p>${t(key, params)}</p>
  </div>`;
}

/** The translated one-line explanation of an error's kind. */
export function errorSummary(t: Translate, error: SlaErrorDetail): string {
  switch (error.kind) {
    case 'http':
      return t('error.http', { status: error.status ?? '?' });
    case 'timeout':
      return t('error.timeout', { count: Math.round((error.timeoutMs ?? 15_000) / 1000) });
    default:
      return t(`error.${error.kind}`);
  }
}

/** A list of issues: path in monospace (or "(whole feed)"), then the reason. `part="issues"`. */
export function renderIssues(
  t: Translate,
  issues: readonly FeedIssue[],
  max: number = MAX_LISTED_ISSUES,
): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  const shown = issues.slice(0, max);
  const more = issues.length - shown.length;
  return html`<p>${t('state.error.issues', { count: issues.length })}</p>
    <ul class="sla-issues" part="issues">
      ${shown.map(
        (issue) =>
          html`<li>
            <code class="sla-path">${issue.path || t('state.error.wholeFeed')}</code
            ><span class="sla-reason">${issue.message}</span>
          </li>`,
      )}
    </ul>
    ${more > 0 ? html`<p>${t('state.error.more', { count: more })}</p>` : nothing}`;
}

function renderErrorBody(t: Translate, error: SlaErrorDetail): TemplateResult {
  return html`<p>${errorSummary(t, error)}</p>
    ${error.url ? html`<p><code class="sla-url">${error.url}</code></p>` : nothing}
    ${renderIssues(t, error.issues)}`;
}

/**
 * Error state (no data to show): a title, what went wrong, and the issues with path and reason.
 * `part="error"`, `role="alert"`.
 */
export function renderError(t: Translate, error: SlaErrorDetail): TemplateResult {
  return html`<div class="sla-state sla-error" part="error" role="alert">
    <p class="sla-state-title" part="error-title">${t('state.error.title')}</p>
    ${renderErrorBody(t, error)}
  </div>`;
}

/**
 * Stale badge: "Data from 5 minutes ago — last refresh failed", the age relative to `now`.
 * `part="stale-badge"`, `role="status"`.
 */
export function renderStaleBadge(
  t: Translate,
  fmt: Formatter,
  lastSuccess: number | undefined,
  now: number = Date.now(),
): TemplateResult {
  const text =
    lastSuccess === undefined
      ? t('state.staleUnknown')
      : t('state.stale', { age: fmt.relative(Math.min(lastSuccess, now), now) });
  return html`<p class="sla-stale-badge" part="stale-badge" role="status">
    ${statusIcon('at-risk')}<span>${text}</span>
  </p>`;
}

/** A closed disclosure with the error behind stale data. `part="error-details"`. */
export function renderErrorDisclosure(t: Translate, error: SlaErrorDetail): TemplateResult {
  return html`<details class="sla-error-details" part="error-details">
    <summary>${t('state.error.details')}</summary>
    ${renderErrorBody(t, error)}
  </details>`;
}

/** "No data for October 2026." with the no-data icon. `part="no-data"`. */
export function renderNoData(t: Translate, period: string): TemplateResult {
  return html`<span class="sla-no-data" part="no-data"
    >${statusIcon('no-data')}<span>${t('state.noData', { period })}</span></span
  >`;
}
