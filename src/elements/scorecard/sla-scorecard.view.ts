/**
 * What the scorecard's rendering modules share: the card as derived in `willUpdate`, the render
 * context the element hands them (messages, formatting, "now", memoised values, the reader's
 * actions), and the pieces several regions draw (an objective's name button, its origin, its
 * pass-fail compliance, a period's name).
 */
import { html, type TemplateResult } from 'lit';
import type { Unit } from '../../feed/types.js';
import type { SparklineLayout } from '../../layout/sparkline.js';
import { isMonthlyPeriod, type AgreementPeriod } from '../../model/index.js';
import {
  formatDate,
  formatDateRange,
  fractionDigitsFor,
  renderStatus,
  statusIcon,
  type Formatter,
  type MessageKey,
  type Translate,
} from '../shared/index.js';
import type { RowVirtualizer } from '../shared/controllers/row-virtualizer.js';
import type { ScorecardData, ScorecardEmpty, ScorecardRow } from './scorecard-data.js';

/**
 * One row's view data: the row, its sparkline geometry and the fraction digits for its values.
 * An update whose row has the same content keeps the same object, so the row is not drawn again.
 */
export interface RowView {
  readonly row: ScorecardRow;
  readonly spark: SparklineLayout;
  readonly digits: number;
}

/** One agreement's card, derived in willUpdate. */
export interface Card {
  readonly data: ScorecardData;
  /** Per row: the sparkline geometry and fraction digits for its values. */
  readonly rows: readonly RowView[];
}

/**
 * Cards with more rows than this keep only the rows near the visible part of the page in the DOM
 * (the others stand in as spacers); smaller ones keep every row.
 */
export const VIRTUAL_ABOVE = 100;

/** What the element shows: a card per agreement (or what it could not find), or one message. */
export type View =
  | { readonly kind: 'cards'; readonly cards: readonly (Card | ScorecardEmpty)[] }
  | { readonly kind: 'empty'; readonly key: MessageKey; readonly params: Record<string, string> };

/** What the element gives its rendering helpers for one render. */
export interface ScorecardContext {
  /** Messages in the reader's language (those without parameters memoised for this render). */
  readonly t: Translate;
  /** Numbers, money and dates in the reader's locale and time zone. */
  readonly fmt: Formatter;
  /** "Now" of this render: `as-of`, else the clock. */
  readonly now: number;
  /** `fmt.value(value, unit, { digits })`, memoised across renders; pass-fail in words. */
  value(value: number, unit: Unit, digits: number): string;
  /** The windowed rows of a large card (more than {@link VIRTUAL_ABOVE} rows), else undefined. */
  virtual(card: Card): RowVirtualizer | undefined;
  /** The reader picked an objective (fires `sla-select`). */
  selectObjective(data: ScorecardData, objective: string): void;
  /** The reader picked a period in the picker (sets `period`, fires `sla-select`). */
  selectPeriod(event: Event, data: ScorecardData): void;
}

/**
 * Fraction digits for an objective's column: enough to show its levels and tier thresholds
 * exactly, and at least two for percentages (availability near 100 needs them).
 */
export function valueDigits(row: ScorecardRow): number {
  const o = row.objective;
  const digits = fractionDigitsFor(
    row.minimum,
    row.target,
    ...o.creditTiers.map((c) => c.threshold),
    ...o.incentiveTiers.map((c) => c.threshold),
  );
  return o.unit === 'percent' ? Math.max(2, digits) : digits;
}

/** The message saying what a card could not find. */
export function emptyMessage(card: ScorecardEmpty): [MessageKey, Record<string, string>] {
  switch (card.empty) {
    case 'no-agreement':
      return ['state.empty.agreement', { id: card.id }];
    case 'no-period':
      return ['scorecard.noPeriod', { id: card.id, period: card.period }];
    case 'no-customer':
      return ['state.empty.customer', { id: card.id }];
    case 'not-of-customer':
      return ['state.empty.notOfCustomer', { id: card.id, customer: card.customer }];
    default:
      return ['scorecard.noPeriods', { id: card.id }];
  }
}

/**
 * A period's name in the agreement's own calendar ("October 2026" means the contract's October,
 * whatever the reader's time zone): a month name for monthly periods, else a date range.
 */
export function periodLabel(ctx: ScorecardContext, p: AgreementPeriod, tz: string): string {
  const locale = ctx.fmt.locale;
  if (isMonthlyPeriod(p, tz))
    return formatDate(locale, p.start, tz, { month: 'long', year: 'numeric' });
  return formatDateRange(locale, p.start, p.end - 1, tz, { dateStyle: 'medium' });
}

/** The objective's name as a button: click or Enter fires `sla-select`. */
export function objectiveButton(
  ctx: ScorecardContext,
  data: ScorecardData,
  o: ScorecardRow['objective'],
): TemplateResult {
  return html`<button
    class="objective"
    part="objective"
    type="button"
    @click=${() => ctx.selectObjective(data, o.id)}
  >
    <bdi>${o.name}</bdi>
  </button>`;
}

/** "Own objective" or "Inherited from X (level) · Changed: target · Credits counted in Y". */
export function originText(ctx: ScorecardContext, row: ScorecardRow): string {
  const { t } = ctx;
  const { inheritedFrom, overrides, countedIn } = row.origin;
  const parts = [
    inheritedFrom
      ? t('scorecard.inheritedFrom', {
          agreement: inheritedFrom.name,
          level: t(`level.${inheritedFrom.level}`),
        })
      : t('scorecard.ownObjective'),
  ];
  if (inheritedFrom && overrides.length) {
    const names = overrides.map((f) => t(`field.${f}`));
    parts.push(t('scorecard.overridden', { fields: listOf(ctx.fmt.locale, names) }));
  }
  if (countedIn) parts.push(t('scorecard.countedIn', { agreement: countedIn.name }));
  return parts.join(' · ');
}

/** Pass-fail status: icon and "Complied" / "Not complied" (no data: the no-data status). */
export function compliance(ctx: ScorecardContext, row: ScorecardRow): TemplateResult {
  const { t } = ctx;
  if (row.value === null) return renderStatus('no-data', t);
  const ok = row.status !== 'breached';
  const s = ok ? 'met' : 'breached';
  return html`<span class="sla-status" part="status" data-status=${s}
    >${statusIcon(s)}<span class="sla-status-label"
      >${t(ok ? 'compliance.complied' : 'compliance.notComplied')}</span
    ></span
  >`;
}

/** A dash that screen readers read as "not applicable". */
export function notApplicable(ctx: ScorecardContext): TemplateResult {
  return html`<span aria-hidden="true">—</span
    ><span class="sla-visually-hidden">${ctx.t('scorecard.notApplicable')}</span>`;
}

const lists = new Map<string, Intl.ListFormat>();
/** "target, wording and name" in the reader's locale. */
function listOf(locale: string, items: readonly string[]): string {
  let f = lists.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { type: 'conjunction' });
    lists.set(locale, f);
  }
  return f.format(items);
}
