/**
 * English messages of the monthly report (`sla-kit report`): the source of truth for its keys
 * (`report.*`). Shared strings (status words, money labels) are in
 * `../../elements/shared/i18n/en.ts`.
 */
import type { Message } from '../../elements/shared/i18n/types.js';

export const en = {
  'report.title': 'Service level report',
  'report.documentTitle': '{customer}: service level report, {period}',
  'report.preparedFor': 'For {customer}, from {provider}',
  'report.asOf': 'Figures as of {date}',
  'report.pageHead': 'Service level report',
  // "For the people who run it": what went well, what fell short, what it cost
  'report.people.heading': 'For the people who run it',
  'report.people.well': 'What went well',
  'report.people.short': 'What fell short',
  'report.people.cost': 'What it cost',
  'report.well.count': {
    one: '{count} of {total} objectives met its target in {period}.',
    other: '{count} of {total} objectives met their target in {period}.',
  },
  'report.well.exceeded': '{name} beat its target of {target}: {value}.',
  'report.well.met': '{name} met its target of {target}: {value}.',
  'report.well.complied': '{name} complied.',
  'report.well.none': 'No objective met its target in {period}.',
  'report.short.breached': '{name} missed its minimum of {minimum}: {value}.',
  'report.short.atRisk':
    '{name} kept its minimum of {minimum} but missed its target of {target}: {value}.',
  'report.short.notComplied': '{name} did not comply.',
  'report.short.noData': '{name} has no measurement for {period}.',
  'report.short.none': 'No objective fell short in {period}.',
  'report.short.breaches': {
    one: '{count} breach counted in {period}.',
    other: '{count} breaches counted in {period}.',
  },
  'report.short.critical': {
    one: '{count} of them was critical.',
    other: '{count} of them were critical.',
  },
  'report.short.longest': 'The longest lasted {duration}, on {lane}.',
  'report.short.exit': 'Exit clause of {agreement}: {progress}',
  'report.short.exitTriggered': 'The exit clause of {agreement} is met: {progress}',
  'report.short.noBreaches': 'No breach counted in {period}.',
  'report.cost.credits': '{customer} is owed {amount} in service credits.',
  'report.cost.bonuses': '{provider} earned {amount} in bonuses.',
  'report.cost.net': 'Net, bonuses less credits: {amount}.',
  'report.cost.pending': 'A further {amount} in credits may still be earned back.',
  'report.cost.none': 'No credit and no bonus is due for {period}.',
  'report.cost.noFee': 'The agreements state no fee, so there are no amounts.',
  // The money summary
  'report.money.heading': 'Money',
  'report.money.caption': 'Credits, bonuses and net per currency, {period}',
  'report.money.currency': 'Currency',
  'report.money.pending': 'Pending earn-back',
  // Each agreement
  'report.agreement.objectives': 'Objectives',
  'report.agreement.days': 'Day by day',
  'report.agreement.incentives': 'Incentives and money',
  'report.agreement.noPeriod': '{agreement} has no period in {period}.',
} as const satisfies Readonly<Record<string, Message>>;

/** The report's message keys. */
export type ReportKey = keyof typeof en;

/** A complete report catalogue: one message for every report key. */
export type ReportCatalogue = { readonly [K in ReportKey]: Message };

declare module '../../elements/shared/i18n/keys.js' {
  // Adds the report's keys to MessageKey wherever it is compiled in.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KitMessages extends ReportCatalogue {}
}
