/**
 * English messages shared by every element: the source of truth for the shared keys. Every key
 * here must exist in de.ts and ar.ts; TypeScript enforces it and a test checks keys and
 * placeholders. Strings only one element shows live beside it (`../../scorecard/i18n/`), so an
 * element's bundle carries only its own strings.
 *
 * Adding a key: add it here, then to de.ts and ar.ts (one edit per language file). Keys are
 * grouped by prefix: `state.*` (loading / empty / error / stale views), `error.*` (error kinds),
 * `status.*` and `severity.*` (the one status vocabulary), `ui.*` (controls), `label.*` (column
 * and field labels), `indicator.*`, `window.*`, `fee.*`, `sentence.*` (plain-language wording).
 *
 * Placeholders are `{name}`; values are interpolated as text (never HTML). Plural messages pick
 * a form with Intl.PluralRules from the `count` parameter.
 */
import type { Message } from './types.js';

export const en = {
  // States
  'state.loading': 'Loading…',
  'state.empty.noFeed': 'No SLA data was provided, so there is nothing to show yet.',
  'state.empty.agreements': 'The feed has no agreements.',
  'state.empty.agreement': 'No agreement "{id}" in the feed.',
  'state.empty.customer': 'No customer "{id}" in the feed.',
  'state.empty.notOfCustomer': 'Agreement "{id}" is not an agreement of customer "{customer}".',
  'state.empty.service': 'No service "{id}" in the feed.',
  'state.empty.objective': 'No objective "{id}" in agreement "{agreement}".',
  'state.empty.periods': 'No measured periods in the selected range.',
  'state.empty.breaches': 'No breaches in the selected range.',
  'state.noData': 'No data for {period}.',
  'state.error.title': 'The SLA data could not be shown',
  'state.error.issues': {
    one: '{count} problem found:',
    other: '{count} problems found:',
  },
  'state.error.more': {
    one: '… and {count} more problem.',
    other: '… and {count} more problems.',
  },
  'state.error.wholeFeed': '(whole feed)',
  'state.error.details': 'Why this data may be out of date',
  'state.stale': 'Data from {age} — last refresh failed',
  'state.staleUnknown': 'Data may be out of date — last refresh failed',

  // Error kinds (sla-error `kind`)
  'error.network': 'The feed could not be reached. Check the connection or the feed address.',
  'error.http': 'The feed server answered with HTTP status {status}.',
  'error.parse': 'The feed is not valid JSON.',
  'error.invalid': 'The feed does not match the expected format.',
  'error.timeout': {
    one: 'The feed did not arrive within {count} second.',
    other: 'The feed did not arrive within {count} seconds.',
  },
  'error.missing': 'Something this view needs is missing from the feed.',

  // Status vocabulary (same words everywhere)
  'status.exceeded': 'Exceeded',
  'status.met': 'Met',
  'status.at-risk': 'At risk',
  'status.breached': 'Breached',
  'status.no-data': 'No data',

  // Severities
  'severity.critical': 'Critical',
  'severity.major': 'Major',
  'severity.minor': 'Minor',
  'severity.unknown': 'Unknown',

  // Controls
  'ui.view': 'View',
  'ui.showChart': 'Show chart',
  'ui.showTable': 'Show table',
  'ui.showDetails': 'Show details',
  'ui.hideDetails': 'Hide details',
  'ui.scrollHint': 'Scroll sideways for earlier periods',

  // Labels the elements share
  'label.provider': 'Provider',
  'label.customer': 'Customer',
  'label.agreement': 'Agreement',
  'label.objective': 'Objective',
  'label.service': 'Service',
  'label.indicator': 'Indicator',
  'label.period': 'Period',
  'label.value': 'Value',
  'label.minimum': 'Minimum',
  'label.target': 'Target',
  'label.status': 'Status',
  'label.trend': 'Trend',
  'label.errorBudget': 'Error budget',
  'label.errorBudgetLeft': '{value} of the error budget left',
  'label.errorBudgetOverspent': 'Error budget overspent by {value}',
  'label.credit': 'Credit',
  'label.bonus': 'Bonus',
  'label.creditsOwed': 'Credits owed',
  'label.bonusesEarned': 'Bonuses earned',
  'label.net': 'Net',
  'label.recordedCredit': 'Credit issued',
  'label.creditDifference': 'Differs from the computed credit of {value}',
  'label.reviewDue': 'Review due',
  'label.reviewOverdue': 'Review overdue',
  'label.version': 'Version',
  'label.validFrom': 'Valid from',
  'label.validUntil': 'Valid until',
  'label.exitClauseWarning': 'Exit clause warning',
  'label.overallHealth': 'Overall health',
  'label.worstFirst': 'Worst first',
  'label.weight': 'Weight',
  'label.severity': 'Severity',
  'label.breaches': 'Breaches',
  'label.maintenance': 'Maintenance',
  'label.start': 'Start',
  'label.end': 'End',
  'label.ongoing': 'Ongoing',
  'label.excluded': 'Excluded',
  'label.legalText': 'Legal text',
  'label.lastUpdated': 'Updated {age}',
  'label.unknown': 'Unknown',
  'label.none': 'None',

  // Indicators
  'indicator.availability': 'availability',
  'indicator.latency': 'latency',
  'indicator.response-time': 'response time',
  'indicator.resolution-time': 'resolution time',
  'indicator.error-rate': 'error rate',
  'indicator.compliance': 'compliance',
  'indicator.satisfaction': 'satisfaction',
  'indicator.throughput': 'throughput',
  'indicator.other': 'result',
  'indicator.unknown': 'result',

  // Measurement windows, as used in "each {window}"
  'window.week': 'week',
  'window.month': 'month',
  'window.quarter': 'quarter',
  'window.rolling': {
    one: 'rolling {count}-day period',
    other: 'rolling {count}-day period',
  },

  // Fee basis, as used in "… of {fee} back"
  'fee.month': 'the monthly fee',
  'fee.quarter': 'the quarterly fee',
  'fee.year': 'the annual fee',

  // Plain-language sentences for objectives
  'sentence.promise.higher-is-better':
    '{service} {indicator} is at least {target} each {window}; below {minimum} is a breach.',
  'sentence.promise.lower-is-better':
    '{service} {indicator} is at most {target} each {window}; above {minimum} is a breach.',
  'sentence.remedy.higher-is-better':
    'If it falls below {threshold}, you get {credit} of {fee} back.',
  'sentence.remedy.lower-is-better':
    'If it rises above {threshold}, you get {credit} of {fee} back.',
  'sentence.bonus.higher-is-better':
    'If it reaches {threshold} or better, the provider earns a bonus of {bonus} of {fee}.',
  'sentence.bonus.lower-is-better':
    'If it stays at {threshold} or better, the provider earns a bonus of {bonus} of {fee}.',
  'sentence.exitClause': {
    one: 'If {count} period is missed within {within} consecutive periods, you may terminate the agreement.',
    other:
      'If {count} periods are missed within {within} consecutive periods, you may terminate the agreement.',
  },
  'sentence.exitClauseProgress': {
    one: '{count} missed period so far out of {allowed} allowed.',
    other: '{count} missed periods so far out of {allowed} allowed.',
  },
  'compliance.complied': 'Complied',
  'compliance.notComplied': 'Not complied',
  'sentence.passFail':
    '{name}: complied with each {window}; a {window} not complied with is a breach.',
} as const satisfies Readonly<Record<string, Message>>;

/** The shared message keys. */
export type CommonKey = keyof typeof en;

/** A complete shared catalogue: one message for every shared key. */
export type CommonCatalogue = { readonly [K in CommonKey]: Message };

declare module './keys.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KitMessages extends CommonCatalogue {}
}

export type { Catalogue, MessageKey } from './keys.js';
