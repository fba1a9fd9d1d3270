/**
 * English messages of `<sla-incentive-view>`: the source of truth for its keys (`incentiveView.*`).
 * Shared strings (states, status words, windows) are in `../../shared/i18n/en.ts`.
 */
import type { Message } from '../../shared/i18n/types.js';

export const en = {
  'incentiveView.pickAgreement': 'Choose an agreement to show.',
  'incentiveView.noPeriods': 'Agreement "{id}" has no measured periods yet.',
  'incentiveView.noPeriod': 'Agreement "{id}" has no period "{period}".',
  'incentiveView.range': 'From {range}, selected: {period}',
  // Zones, worst to best
  'incentiveView.zone.credit': 'Credit {percent}',
  'incentiveView.zone.below-minimum': 'Below the minimum',
  'incentiveView.zone.minimum-service': 'Minimum service',
  'incentiveView.zone.committed': 'Committed',
  'incentiveView.zone.incentive': 'Bonus {percent}',
  'incentiveView.scale.nines':
    'Scale: nines of availability (each step to the right is ten times less downtime)',
  'incentiveView.scale.linear': 'Scale: linear, worst to best',
  'incentiveView.target': 'Target {value}',
  'incentiveView.minimum': 'Minimum {value}',
  'incentiveView.chartName': 'Where each period landed for {objective}',
  'incentiveView.dot': '{period}: {value}, {zone}',
  'incentiveView.noData': 'No data',
  // Headroom of the selected period
  'incentiveView.headroom': '{amount} above the minimum ({share} of the way to the target)',
  'incentiveView.headroom.beyondTarget': '{amount} above the minimum (the target reached)',
  'incentiveView.headroom.noShare': '{amount} above the minimum',
  'incentiveView.headroom.below': '{amount} below the minimum',
  'incentiveView.headroom.noValue': 'No value in {period}.',
  'incentiveView.selected': '{period}: {value}, {zone}.',
  // Living at the minimum
  'incentiveView.living.months': {
    param: 'total',
    one: 'In {count} of the last {total} month {objective} landed within {share} above the minimum.',
    other:
      'In {count} of the last {total} months {objective} landed within {share} above the minimum.',
  },
  'incentiveView.living.periods': {
    param: 'total',
    one: 'In {count} of the last {total} period {objective} landed within {share} above the minimum.',
    other:
      'In {count} of the last {total} periods {objective} landed within {share} above the minimum.',
  },
  'incentiveView.living.rest':
    'Committed or better: {committed}, in incentive tiers: {incentive}, below the minimum: {below}.',
  'incentiveView.living.agreement': {
    param: 'objectives',
    one: 'Across {objectives} objective: {near} of {measured} measured periods within {share} above the minimum, {committed} committed, {incentive} in incentive tiers, {below} below the minimum.',
    other:
      'Across {objectives} objectives: {near} of {measured} measured periods within {share} above the minimum, {committed} committed, {incentive} in incentive tiers, {below} below the minimum.',
  },
  // The plain-language sentence per objective
  'incentiveView.window.week': 'weekly',
  'incentiveView.window.month': 'monthly',
  'incentiveView.window.quarter': 'quarterly',
  'incentiveView.window.rolling': '{days}-day',
  'incentiveView.objectiveOf': '{objective} of {service}',
  'incentiveView.sentence.credit.higher-is-better':
    'If {window} {objective} falls below {threshold}, {customer} receives {credit} of that {period}’s fee',
  'incentiveView.sentence.credit.lower-is-better':
    'If {window} {objective} rises above {threshold}, {customer} receives {credit} of that {period}’s fee',
  'incentiveView.sentence.bonus.higher-is-better':
    'at or above {threshold} {provider} earns a {bonus} bonus',
  'incentiveView.sentence.bonus.lower-is-better':
    'at or below {threshold} {provider} earns a {bonus} bonus',
  'incentiveView.sentence.both': '{credit}; {bonus}.',
  'incentiveView.sentence.creditOnly': '{credit}.',
  'incentiveView.sentence.bonusOnly': 'For {window} {objective}, {bonus}.',
  'incentiveView.sentence.none': '{objective} earns no credit and no bonus: it is reported only.',
  'incentiveView.theCustomer': 'the customer',
  // The money ledger
  'incentiveView.ledger.heading': 'Money',
  'incentiveView.ledger.caption': 'Credits and bonuses of {agreement} per period',
  'incentiveView.ledger.period': 'Period',
  'incentiveView.ledger.credits': 'Credits owed',
  'incentiveView.ledger.recorded': 'Recorded',
  'incentiveView.ledger.earnedBack': 'Earned back',
  'incentiveView.ledger.pending': 'Earn-back pending',
  'incentiveView.ledger.bonuses': 'Bonuses',
  'incentiveView.ledger.net': 'Net',
  'incentiveView.ledger.atRisk': 'At risk',
  'incentiveView.ledger.minimumPayable': 'Minimum payable',
  'incentiveView.ledger.notes': 'Notes',
  'incentiveView.ledger.total': 'Total',
  'incentiveView.ledger.creditCap': 'Credit cap applied',
  'incentiveView.ledger.bonusCap': 'Bonus cap applied',
  'incentiveView.ledger.waived': 'Below the minimum payable, waived',
  'incentiveView.ledger.differs': 'Differs from the computed figure',
  'incentiveView.ledger.noFee': 'No fee in the feed: credits and bonuses in percent only.',
  // One objective's money in the selected period
  'incentiveView.money.credit': 'Credit {percent}: {amount}',
  'incentiveView.money.bonus': 'Bonus {percent}: {amount}',
  'incentiveView.money.pool': 'Pool allocation {percent}',
  'incentiveView.money.earnBack': 'Earn-back: {status}',
  'incentiveView.money.countedElsewhere': 'Counted at another level',
  'incentiveView.earnBack.none': 'none',
  'incentiveView.earnBack.pending': 'pending',
  'incentiveView.earnBack.earned': 'earned back',
  'incentiveView.earnBack.partly-earned': 'partly earned back',
  'incentiveView.earnBack.not-earned': 'not earned back',
  // The table alternative of a band chart
  'incentiveView.table.caption': '{objective}: value, zone and money per period',
  'incentiveView.table.value': 'Value',
  'incentiveView.table.zone': 'Zone',
  'incentiveView.table.headroom': 'Headroom',
  'incentiveView.table.credit': 'Credit',
  'incentiveView.table.bonus': 'Bonus',
} as const satisfies Readonly<Record<string, Message>>;

type IncentiveViewKey = keyof typeof en;
export type IncentiveViewCatalogue = { readonly [K in IncentiveViewKey]: Message };

declare module '../../shared/i18n/keys.js' {
  // Adds this element's keys to MessageKey wherever it is compiled in.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KitMessages extends IncentiveViewCatalogue {}
}
