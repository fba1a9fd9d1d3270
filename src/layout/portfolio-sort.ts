/**
 * Sorting and filtering a portfolio's rows (`portfolioRows`). Pure: no DOM. Rules:
 * - stable: rows that compare equal keep their order;
 * - rows without data for the key always come last, in either direction, in their order: no score
 *   (health), status `no-data` (status and the counts), no money (credit, bonus, net), no worst
 *   objective, no review date, no exit warning;
 * - ascending is worst first where a key has a worst: health lowest score first, status and worst
 *   objective by `STATUS_ORDER` (breached first; the worst objective then by larger shortfall),
 *   exit triggered before near (then more misses); counts, money and review dates from small to
 *   large (earliest review first), name A to Z by `Intl.Collator(locale)`;
 * - money is never compared across currencies as numbers: rows sort by currency code first
 *   (always A to Z, whatever the direction), and by amount within a currency; a row in several
 *   currencies sorts by its first currency (codes sorted), then the next;
 * - filter: by status (a row whose status is one of those listed; none listed: every row) and by
 *   text, which matches a substring of the name or the customer id, ignoring case and accents.
 */
import type { MoneyTotal } from '../model/net-position.js';
import { shortfall, type PortfolioRow } from '../model/portfolio.js';
import { statusRank, type PeriodStatus } from '../model/status.js';

export type PortfolioSortKey =
  | 'name'
  | 'health'
  | 'status'
  | 'met'
  | 'atRisk'
  | 'breached'
  | 'credit'
  | 'bonus'
  | 'net'
  | 'worst'
  | 'review'
  | 'exit';

export interface PortfolioFilter {
  readonly status?: readonly PeriodStatus[];
  readonly text?: string;
  readonly locale?: string;
}

/** Every sort key, in column order. */
export const PORTFOLIO_SORT_KEYS: readonly PortfolioSortKey[] = Object.freeze([
  'name',
  'health',
  'status',
  'met',
  'atRisk',
  'breached',
  'credit',
  'bonus',
  'net',
  'worst',
  'review',
  'exit',
]);

/** True for a known sort key (for attribute values). */
export function isPortfolioSortKey(value: unknown): value is PortfolioSortKey {
  return PORTFOLIO_SORT_KEYS.includes(value as PortfolioSortKey);
}

type Compare = (a: PortfolioRow, b: PortfolioRow) => number;

function hasData(row: PortfolioRow, key: PortfolioSortKey): boolean {
  switch (key) {
    case 'name':
      return true;
    case 'health':
      return row.score !== null;
    case 'status':
    case 'met':
    case 'atRisk':
    case 'breached':
      return row.status !== 'no-data';
    case 'credit':
    case 'bonus':
    case 'net':
      return row.money.length > 0;
    case 'worst':
      return row.worst !== null;
    case 'review':
      return row.reviewDue !== null;
    case 'exit':
      return row.exit !== null;
  }
}

const byNumber =
  (f: (r: PortfolioRow) => number): Compare =>
  (a, b) =>
    f(a) - f(b);

/** Money of two rows: currency codes always A to Z, amounts in `sign` direction. */
function moneyCompare(field: keyof Omit<MoneyTotal, 'currency'>, sign: number): Compare {
  return (a, b) => {
    const n = Math.min(a.money.length, b.money.length);
    for (let i = 0; i < n; i++) {
      const x = a.money[i]!;
      const y = b.money[i]!;
      if (x.currency !== y.currency) return x.currency < y.currency ? -1 : 1;
      const d = (x[field] - y[field]) * sign;
      if (d !== 0) return d;
    }
    return a.money.length - b.money.length;
  };
}

function comparator(key: PortfolioSortKey, sign: number, locale: string | undefined): Compare {
  const signed =
    (c: Compare): Compare =>
    (a, b) =>
      c(a, b) * sign;
  switch (key) {
    case 'name': {
      const collator = new Intl.Collator(locale);
      return signed(
        (a, b) =>
          collator.compare(a.name, b.name) ||
          (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0),
      );
    }
    case 'health':
      return signed(byNumber((r) => r.score!));
    case 'status':
      return signed(byNumber((r) => statusRank(r.status)));
    case 'met':
      return signed(byNumber((r) => r.counts.met));
    case 'atRisk':
      return signed(byNumber((r) => r.counts.atRisk));
    case 'breached':
      return signed(byNumber((r) => r.counts.breached));
    case 'credit':
    case 'bonus':
    case 'net':
      return moneyCompare(key, sign);
    case 'worst':
      return signed(
        (a, b) =>
          statusRank(a.worst!.status) - statusRank(b.worst!.status) ||
          shortfall(b.worst!.value, b.worst!) - shortfall(a.worst!.value, a.worst!) ||
          0,
      );
    case 'review':
      return signed(byNumber((r) => r.reviewDue!.reviewBy));
    case 'exit':
      return signed(
        (a, b) =>
          (a.exit!.state === 'triggered' ? 0 : 1) - (b.exit!.state === 'triggered' ? 0 : 1) ||
          b.exit!.misses - a.exit!.misses,
      );
  }
}

/**
 * The rows sorted by a key (see the module rules): stable, rows without data for the key last.
 * A new array; the rows are not changed.
 */
export function sortRows(
  rows: readonly PortfolioRow[],
  key: PortfolioSortKey,
  direction: 'ascending' | 'descending',
  locale?: string,
): PortfolioRow[] {
  const compare = comparator(key, direction === 'descending' ? -1 : 1, locale);
  const withData: PortfolioRow[] = [];
  const without: PortfolioRow[] = [];
  for (const r of rows) (hasData(r, key) ? withData : without).push(r);
  // Array.prototype.sort is stable; NaN (from -Infinity - -Infinity) is treated as equal.
  withData.sort((a, b) => compare(a, b) || 0);
  return withData.concat(without);
}

/** Lower case without accents, for matching: "Émile" and "emile" are the same. */
export function foldText(text: string, locale?: string): string {
  // Lower case first: Turkish "İ" is "i" in lower case, not "I" with a dot to strip.
  return text.toLocaleLowerCase(locale).normalize('NFD').replace(/\p{M}/gu, '');
}

/** The rows that pass a filter (see the module rules), in their order. */
export function filterRows(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
  const statuses = filter.status && filter.status.length > 0 ? new Set(filter.status) : null;
  const text = filter.text?.trim() ? foldText(filter.text.trim(), filter.locale) : '';
  return rows.filter(
    (r) =>
      (statuses === null || statuses.has(r.status)) &&
      (text === '' ||
        foldText(r.name, filter.locale).includes(text) ||
        foldText(r.customerId, filter.locale).includes(text)),
  );
}
