/**
 * English messages of `<sla-breach-timeline>`: the source of truth for its keys (`breachTimeline.*`). Shared
 * strings (states, status words, labels) are in `../../shared/i18n/en.ts`.
 */
import type { Message } from '../../shared/i18n/types.js';

export const en = {
  'breachTimeline.title': 'Breaches',
  'breachTimeline.titleOf': 'Breaches: {name}',
  'breachTimeline.summary.none': 'No breaches in {range}.',
  'breachTimeline.summary.count': {
    one: '{count} breach in {range}',
    other: '{count} breaches in {range}',
  },
  'breachTimeline.summary.and': '{first}, {then}',
  'breachTimeline.summary.then': '{first}; {then}',
  'breachTimeline.summary.end': '{sentence}.',
  'breachTimeline.summary.critical': '{count} critical',
  'breachTimeline.summary.longest': 'longest {duration} on {lane}',
  'breachTimeline.summary.ongoing': {
    one: '{count} still ongoing.',
    other: '{count} still ongoing.',
  },
  'breachTimeline.summary.excluded': {
    one: '{count} excluded breach is not counted.',
    other: '{count} excluded breaches are not counted.',
  },
  'breachTimeline.summary.belowMinimum': {
    one: '{count} period fell below the minimum.',
    other: '{count} periods fell below the minimum.',
  },
  'breachTimeline.keys':
    'Arrow keys move between breaches, Enter selects one, plus and minus zoom, Home and End go to the first and last, Escape leaves.',
  'breachTimeline.chartName': 'Breach timeline',
  'breachTimeline.noService': 'No service',
  'breachTimeline.noCustomer': 'Provider-wide',
  'breachTimeline.lanes': 'Lanes',
  'breachTimeline.reset': 'Reset zoom',
  'breachTimeline.zoomIn': 'Zoom in',
  'breachTimeline.zoomOut': 'Zoom out',
  'breachTimeline.brush': 'Select a range',
  'breachTimeline.menu': 'More',
  'breachTimeline.export': 'Download CSV',
  'breachTimeline.legend': 'Legend',
  'breachTimeline.legend.excluded': 'Excluded (not counted)',
  'breachTimeline.legend.belowMinimum': 'Period below the minimum',
  'breachTimeline.tip.objective': 'Objective',
  'breachTimeline.tip.lane': 'Lane',
  'breachTimeline.tip.start': 'Start',
  'breachTimeline.tip.end': 'End',
  'breachTimeline.tip.duration': 'Duration',
  'breachTimeline.tip.severity': 'Severity',
  'breachTimeline.tip.excluded': 'Excluded',
  'breachTimeline.tip.credit': 'Credit',
  'breachTimeline.tip.recordedCredit': '{amount} (recorded)',
  'breachTimeline.tip.ongoing': 'Ongoing',
  'breachTimeline.tip.notCounted': 'Excluded, not counted',
  'breachTimeline.tip.link': 'Incident report',
  'breachTimeline.tip.maintenance': 'Maintenance window (excluded)',
  'breachTimeline.tip.aggregate': {
    one: '{count} breach in this spot',
    other: '{count} breaches in this spot: zoom in to tell them apart',
  },
  'breachTimeline.tip.worst': 'Worst severity',
  'breachTimeline.tip.period': 'Period',
  'breachTimeline.focused':
    '{title}. {severity}. {lane}. {range}, {duration}. {position} of {count}.',
  'breachTimeline.focusedAggregate':
    '{count} breaches close together in {lane}, {range}. Zoom in with plus.',
  'breachTimeline.focusedExcluded': 'Excluded: {reason}.',
  'breachTimeline.column.title': 'Breach',
  'breachTimeline.column.lane': 'Lane',
  'breachTimeline.column.start': 'Start',
  'breachTimeline.column.end': 'End',
  'breachTimeline.column.duration': 'Duration',
  'breachTimeline.column.severity': 'Severity',
  'breachTimeline.column.counted': 'Counted',
  'breachTimeline.column.credit': 'Credit',
  'breachTimeline.tableCaption': 'Breaches in {range}',
  'breachTimeline.page': 'Breaches {from} to {to} of {total}',
  'breachTimeline.previousPage': 'Previous page',
  'breachTimeline.nextPage': 'Next page',
  'breachTimeline.counted.yes': 'Counted',
  'breachTimeline.counted.no': 'Excluded: {reason}',
  'breachTimeline.counted.maintenance': 'Maintenance',
  'breachTimeline.strip.title': {
    one: 'Downtime, the last day',
    other: 'Downtime day by day, the last {count} days',
  },
  'breachTimeline.strip.uptime': '{percent} uptime',
  'breachTimeline.strip.noUptime': 'No data',
  'breachTimeline.strip.day': '{date}: {downtime} of downtime, worst {severity}',
  'breachTimeline.strip.clean': '{date}: no downtime',
  'breachTimeline.strip.summary': {
    one: 'Last {count} day.',
    other: 'Last {count} days.',
  },
  'breachTimeline.strip.row': '{label}: {uptime}, downtime on {days} days.',
  'breachTimeline.strip.column.day': 'Day',
  'breachTimeline.strip.caption': 'Downtime per day: {label}',
  'breachTimeline.strip.name': 'History strip',
  'breachTimeline.strip.keys': 'Arrow keys move between days and rows.',
  'breachTimeline.none': 'None',
} as const satisfies Readonly<Record<string, Message>>;

type BreachTimelineKey = keyof typeof en;
export type BreachTimelineCatalogue = { readonly [K in BreachTimelineKey]: Message };

declare module '../../shared/i18n/keys.js' {
  // Adds this element's keys to MessageKey wherever it is compiled in.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KitMessages extends BreachTimelineCatalogue {}
}
