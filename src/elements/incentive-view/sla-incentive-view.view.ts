/**
 * What the incentive view's rendering modules share: the render context the element hands them
 * (messages, formatting, the reader's actions, the focused period of each chart) and the words
 * several regions use (a period's name, a zone's name, a value, the plain-language sentence, the
 * living-at-the-minimum words, headroom).
 */
import type { BandChartLayout } from '../../layout/bands.js';
import {
  isMonthlyPeriod,
  type AgreementPeriod,
  type IncentiveZone,
  type LivingAtMinimum,
} from '../../model/index.js';
import { isolate } from '../shared/internal/bidi.js';
import {
  formatDate,
  formatDateRange,
  fractionDigitsFor,
  type Formatter,
  type MessageKey,
  type Translate,
} from '../shared/index.js';
import type { IncentiveData, IncentiveEmpty, IncentiveObjective } from './incentive-data.js';

/** One objective as drawn: its data, band-chart geometry and value digits. */
export interface ObjectiveView {
  /** The inputs it was drawn from, as text (an unchanged objective keeps its view). */
  readonly key: string;
  readonly item: IncentiveObjective;
  readonly chart: BandChartLayout;
  readonly digits: number;
}

/** What the element shows, derived in willUpdate. */
export type View =
  | { readonly kind: 'data'; readonly data: IncentiveData; readonly objectives: ObjectiveView[] }
  | { readonly kind: 'empty'; readonly key: MessageKey; readonly params: Record<string, string> };

/** What the element gives its rendering helpers for one render. */
export interface IncentiveContext {
  readonly t: Translate;
  readonly fmt: Formatter;
  readonly rtl: boolean;
  readonly data: IncentiveData;
  /** The name of the range's period at this index (computed once per render). */
  periodText(index: number): string;
  /** True when every period of the range is a calendar month. */
  readonly monthly: boolean;
  /** A zone's name (memoised per render). */
  zoneText(zone: IncentiveZone | null): string;
  /** Formatted values of this render, by unit, digits and value. */
  readonly values: Map<string, string>;
  /** The period of the range that holds the keyboard focus in an objective's chart. */
  focusIndex(objectiveId: string): number;
  /** The reader picked an objective (fires `sla-select`). */
  selectObjective(objectiveId: string): void;
  /** The reader picked a period of the range (sets `period`, fires `sla-select`). */
  selectPeriod(index: number): void;
  /** Arrow keys, Home, End, Enter and Space on a chart's dot. */
  dotKey(event: KeyboardEvent, objectiveId: string, index: number): void;
}

/**
 * Geometry constants of a band chart (px). The chart is drawn 560 px wide and scales down with
 * its container (viewBox), so a resize never re-lays it out.
 */
export const CHART = { width: 560, dotRadius: 4, band: 18, axis: 22, minZone: 28 } as const;

/**
 * A period's name in the agreement's own calendar: a month name for monthly periods, else a
 * date range.
 */
export function periodLabel(
  fmt: Formatter,
  p: { readonly start: number; readonly end: number },
  tz: string,
): string {
  if (isMonthlyPeriod(p, tz))
    return formatDate(fmt.locale, p.start, tz, { month: 'long', year: 'numeric' });
  return formatDateRange(fmt.locale, p.start, p.end - 1, tz, { dateStyle: 'medium' });
}

/** The range in words ("October 2025 – September 2026"). */
export function rangeLabel(fmt: Formatter, range: readonly AgreementPeriod[], tz: string): string {
  const first = range[0]!;
  const last = range[range.length - 1]!;
  const monthly = isMonthlyPeriod(first, tz) && isMonthlyPeriod(last, tz);
  return formatDateRange(
    fmt.locale,
    first.start,
    monthly ? last.start : last.end - 1,
    tz,
    monthly ? { month: 'long', year: 'numeric' } : { dateStyle: 'medium' },
  );
}

/** Fraction digits for an objective's values: enough for its thresholds, two at least for %. */
export function valueDigits(item: IncentiveObjective): number {
  const o = item.objective;
  const digits = fractionDigitsFor(
    item.levels.minimum,
    item.levels.target,
    ...o.creditTiers.map((c) => c.threshold),
    ...o.incentiveTiers.map((c) => c.threshold),
  );
  return o.unit === 'percent' ? Math.max(2, digits) : digits;
}

/**
 * A value in the objective's unit, with the objective's digits, or more where the value has them
 * (99.995 must not read 100.00 %).
 */
export function valueText(ctx: IncentiveContext, view: ObjectiveView, v: number): string {
  const unit = view.item.objective.unit;
  const key = `${unit} ${view.digits} ${v}`;
  let text = ctx.values.get(key);
  if (text === undefined) {
    text = ctx.fmt.value(v, unit, { digits: Math.max(view.digits, fractionDigitsFor(v)) });
    ctx.values.set(key, text);
  }
  return text;
}

/** A percentage of a contract term (tier, pool share) with the digits it is written with. */
export function tierPercent(fmt: Formatter, x: number): string {
  return fmt.percent(x, fractionDigitsFor(x));
}

/** A zone's name ("Credit 10 %", "Minimum service", "Bonus 2 %"). */
export function zoneLabel(t: Translate, fmt: Formatter, zone: IncentiveZone | null): string {
  if (!zone) return t('incentiveView.noData');
  if (zone.kind === 'credit')
    return t('incentiveView.zone.credit', {
      percent: tierPercent(fmt, zone.creditTier!.creditPercent),
    });
  if (zone.kind === 'incentive')
    return t('incentiveView.zone.incentive', {
      percent: tierPercent(fmt, zone.incentiveTier!.bonusPercent),
    });
  return t(`incentiveView.zone.${zone.kind}`);
}

/** The objective's name, with its service where it has one ("uptime of Compute"). */
function objectiveName(ctx: IncentiveContext, item: IncentiveObjective): string {
  const name = isolate(item.objective.name);
  return item.service
    ? ctx.t('incentiveView.objectiveOf', { objective: name, service: isolate(item.service.name) })
    : name;
}

/**
 * The plain-language sentence: "If monthly uptime of Compute falls below 99.9 %, Globex receives
 * 10 % of that month's fee; at or above 99.99 % Northwind earns a 2 % bonus." The credit named is
 * the least severe tier's, the bonus the least demanding tier's.
 */
export function sentence(ctx: IncentiveContext, view: ObjectiveView): string {
  const { t, fmt, data } = ctx;
  const { item } = view;
  const o = item.objective;
  const w = o.window;
  const windowWord =
    w.kind === 'rolling'
      ? t('incentiveView.window.rolling', { days: w.days })
      : t(`incentiveView.window.${w.unit}`);
  const periodWord =
    w.kind === 'rolling' ? t('window.rolling', { count: w.days }) : t(`window.${w.unit}`);
  const objective = objectiveName(ctx, item);
  const firstCredit = o.creditTiers[0];
  const firstBonus = o.incentiveTiers[0];
  const counts = o.category !== 'key' || o.incentiveTiers.length > 0;
  const credit =
    firstCredit && o.category !== 'key'
      ? t(`incentiveView.sentence.credit.${o.direction}`, {
          window: windowWord,
          objective,
          threshold: valueText(ctx, view, firstCredit.threshold),
          customer: isolate(data.customerName ?? t('incentiveView.theCustomer')),
          credit: tierPercent(fmt, firstCredit.creditPercent),
          period: periodWord,
        })
      : '';
  const bonus =
    firstBonus && counts
      ? t(`incentiveView.sentence.bonus.${o.direction}`, {
          threshold: valueText(ctx, view, firstBonus.threshold),
          provider: isolate(data.providerName),
          bonus: tierPercent(fmt, firstBonus.bonusPercent),
        })
      : '';
  if (credit && bonus) return t('incentiveView.sentence.both', { credit, bonus });
  if (credit) return t('incentiveView.sentence.creditOnly', { credit });
  if (bonus) return t('incentiveView.sentence.bonusOnly', { window: windowWord, objective, bonus });
  return t('incentiveView.sentence.none', { objective: isolate(o.name) });
}

/** "In 9 of the last 12 months uptime landed within 10 % above the minimum." */
export function livingText(ctx: IncentiveContext, item: IncentiveObjective): string {
  const { t, fmt } = ctx;
  return t(ctx.monthly ? 'incentiveView.living.months' : 'incentiveView.living.periods', {
    count: item.living.nearMinimum,
    total: item.living.periods,
    objective: isolate(item.objective.name),
    share: fmt.percent(item.living.share * 100, 0),
  });
}

/** The other periods of the range in words. */
export function livingRest(ctx: IncentiveContext, living: LivingAtMinimum): string {
  return ctx.t('incentiveView.living.rest', {
    committed: living.committed + living.incentive,
    incentive: living.incentive,
    below: living.belowMinimum,
  });
}

/** The agreement's counts in words (the chart summary). */
export function agreementLivingText(ctx: IncentiveContext): string {
  const { t, fmt, data } = ctx;
  const l = data.living;
  return t('incentiveView.living.agreement', {
    objectives: data.objectives.length,
    near: l.nearMinimum,
    measured: l.measured,
    share: fmt.percent(l.share * 100, 0),
    committed: l.committed,
    incentive: l.incentive,
    below: l.belowMinimum,
  });
}

/** Headroom of the selected period in words. */
export function headroomText(ctx: IncentiveContext, view: ObjectiveView): string {
  const { t, fmt, data } = ctx;
  const h = view.item.headroom;
  if (!h) return t('incentiveView.headroom.noValue', { period: ctx.periodText(data.selected) });
  const amount = valueText(ctx, view, Math.abs(h.amount));
  if (h.amount < 0) return t('incentiveView.headroom.below', { amount });
  if (h.share === null) return t('incentiveView.headroom.noShare', { amount });
  if (h.share >= 1) return t('incentiveView.headroom.beyondTarget', { amount });
  return t('incentiveView.headroom', { amount, share: fmt.percent(h.share * 100, 0) });
}

/** The message saying what the view could not find. */
export function emptyMessage(e: IncentiveEmpty): [MessageKey, Record<string, string>] {
  switch (e.empty) {
    case 'pick':
      return ['incentiveView.pickAgreement', {}];
    case 'no-agreement':
      return ['state.empty.agreement', { id: e.id }];
    case 'no-customer':
      return ['state.empty.customer', { id: e.id }];
    case 'not-of-customer':
      return ['state.empty.notOfCustomer', { id: e.id, customer: e.customer }];
    case 'no-objective':
      return ['state.empty.objective', { id: e.id, agreement: e.agreement }];
    case 'no-period':
      return e.period
        ? ['incentiveView.noPeriod', { id: e.id, period: e.period }]
        : ['state.empty.periods', {}];
    default:
      return ['incentiveView.noPeriods', { id: e.id }];
  }
}
