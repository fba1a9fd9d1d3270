/**
 * English messages of `<sla-scorecard>`: the source of truth for its keys (`scorecard.*`,
 * `level.*`, `criticality.*`). Shared strings (states, status words, labels) are in
 * `../../shared/i18n/en.ts`. Only elements that show these strings bundle them.
 */
import type { Message } from '../../shared/i18n/types.js';

export const en = {
  'level.corporate': 'Corporate agreement',
  'level.customer': 'Customer agreement',
  'level.service': 'Service agreement',
  'kind.SLA': 'SLA',
  'kind.OLA': 'OLA',
  'kind.UC': 'UC',
  'criticality.critical': 'business-critical',
  'criticality.high': 'high criticality',
  'criticality.medium': 'medium criticality',
  'criticality.low': 'low criticality',
  'criticality.unknown': 'criticality unknown',
  'scorecard.version': 'Version {version}',
  'scorecard.validity': 'Valid {range}',
  'scorecard.validFrom': 'Valid from {date}',
  'scorecard.reviewOverdue': 'Review overdue since {date}',
  'scorecard.reviewBy': 'Review by {date}',
  'scorecard.score': '{score} of {max}',
  'scorecard.periodOpen': '{period} (in progress)',
  'scorecard.budgetLeft': '{value} left',
  'scorecard.budgetOverspent': 'Overspent by {value}',
  'scorecard.budgetAgainstTarget': 'against the target',
  'scorecard.budgetTargetMissed': 'Target missed, minimum met',
  'scorecard.budgetExplained':
    'The error budget is measured against the target: overspent means the target was missed. Only a result worse than the minimum is a breach.',
  'scorecard.notApplicable': 'Not applicable',
  'scorecard.creditAmount': 'Credit {amount}',
  'scorecard.bonusAmount': 'Bonus {amount}',
  'scorecard.creditPercent': 'Credit {percent}',
  'scorecard.bonusPercent': 'Bonus {percent}',
  'scorecard.capped': 'Credits capped at {percent} of the fee.',
  'scorecard.waived': 'Credit waived: below the minimum payable amount of {amount}.',
  'scorecard.recordedDiffers': 'Credits issued ({recorded}) differ from the computed {computed}.',
  'scorecard.exitReached': {
    one: 'Exit clause reached: {count} missed period within the last {within}. You may terminate the agreement.',
    other:
      'Exit clause reached: {count} missed periods within the last {within}. You may terminate the agreement.',
  },
  'scorecard.summary': '{agreement}, {period}: overall health {score} of {max}, {status}. {counts}',
  'scorecard.summaryNoData': '{agreement}, {period}: no data yet.',
  'scorecard.statusCount': '{status}: {count}',
  'scorecard.trend': 'Trend of {name} over {count} periods, from {first} to {last}. {breaches}',
  'scorecard.trendBreaches': {
    one: '{count} period breached.',
    other: '{count} periods breached.',
  },
  'scorecard.trendNoBreach': 'No period breached.',
  'scorecard.trendNoData': {
    one: 'No data in the last period.',
    other: 'No data in the last {count} periods.',
  },
  'scorecard.trendCaption': '{agreement}: results of the last periods, per objective',
  'scorecard.thisPeriod': 'In {period}: {value}, {status}.',
  'scorecard.thisPeriodNoData': 'In {period}: no data.',
  'scorecard.inOwnWords': 'In the agreement’s words: {text}',
  'scorecard.noPeriods': 'Agreement "{id}" has no measured periods yet.',
  'scorecard.noPeriod': 'Agreement "{id}" has no period "{period}".',
  'scorecard.noAgreements': 'Customer "{id}" has no agreements in the feed.',
  'scorecard.pickAgreement': 'Set the agreement or customer attribute to choose what to show.',
  'scorecard.netHint': 'bonuses minus credits',
  'scorecard.ownObjective': 'Own objective',
  'scorecard.inheritedFrom': 'Inherited from {agreement} ({level})',
  'scorecard.overridden': 'Changed here: {fields}',
  'scorecard.countedIn': 'Credits counted in {agreement}',
  'scorecard.evidence': 'Evidence',
  'scorecard.thisPeriodCompliance': 'In {period}: {status}.',
  'field.name': 'name',
  'field.serviceId': 'service',
  'field.category': 'category',
  'field.indicator': 'indicator',
  'field.unit': 'unit',
  'field.direction': 'direction',
  'field.window': 'measurement window',
  'field.minimum': 'minimum',
  'field.target': 'target',
  'field.creditTiers': 'credit tiers',
  'field.incentiveTiers': 'incentive tiers',
  'field.weight': 'weight',
  'field.description': 'description',
  'field.wording': 'wording',
  'field.appliesTo': 'scope',
  'field.errorBudget': 'error budget',
  'field.reportOnly': 'report only',
  'field.poolAllocationPercent': 'pool allocation',
  'field.earnBack': 'earn-back',
} as const satisfies Readonly<Record<string, Message>>;

/** The scorecard's message keys. */
export type ScorecardKey = keyof typeof en;

/** A complete scorecard catalogue: one message for every key. */
export type ScorecardCatalogue = { readonly [K in ScorecardKey]: Message };

declare module '../../shared/i18n/keys.js' {
  // Adds the scorecard's keys to MessageKey wherever the scorecard is compiled in.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KitMessages extends ScorecardCatalogue {}
}
