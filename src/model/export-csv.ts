/**
 * CSV export of timeline marks.
 *
 * Rules (RFC 4180, plus formula-injection protection for spreadsheets):
 * - fields are joined by commas, records end with CRLF (the last one too);
 * - a field is quoted when it contains a comma, a double quote, CR or LF; quotes inside are doubled;
 * - a field beginning with `=`, `+`, `-`, `@`, a tab or CR is neutralised with a leading apostrophe
 *   (`'=SUM(A1)`), inside the quotes when it is quoted. Numbers are written as text first, so a
 *   negative number is neutralised too;
 * - `null` and non-finite numbers are empty fields.
 */
import { decimal } from './decimal.js';
import { MINUTE_MS } from './intervals.js';
import { plainDecimal, type TimelineMark } from './timeline.js';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number | null): string {
  let text = typeof value === 'string' ? value : Number.isFinite(value) ? String(value) : '';
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text (see the module rules); `''` for no rows. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(field).join(',')}\r\n`;
  return out;
}

/** The default (English) header of {@link breachCsvRows}; elements pass their translated one. */
export const BREACH_CSV_COLUMNS: readonly string[] = Object.freeze([
  'id',
  'kind',
  'agreement',
  'objectives',
  'service',
  'customer',
  'start',
  'end',
  'minutes',
  'severity',
  'excluded',
  'reason',
  'title',
  'credit',
  'currency',
  'url',
]);

/**
 * The header and one row per breach or maintenance window of `marks`, each once (a breach shown in
 * two lanes is one row), sorted by start, then end: id, kind, agreement, objectives (`;`
 * separated), service, customer, start and end as UTC ISO 8601 (end `''` while ongoing), minutes
 * (to `now` while ongoing), severity, excluded (`true` / `false`), exclusion reason, title, credit
 * (exact decimal text), currency, url.
 */
export function breachCsvRows(
  marks: readonly TimelineMark[],
  labels: { readonly header: readonly string[] },
): string[][] {
  const seen = new Set<string>();
  const unique: TimelineMark[] = [];
  for (const m of marks) {
    const key = `${m.kind}|${m.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(m);
  }
  unique.sort((a, b) => a.start - b.start || a.end - b.end);
  const rows: string[][] = [[...labels.header]];
  for (const m of unique) {
    rows.push([
      m.id,
      m.kind,
      m.agreementId ?? '',
      m.objectiveIds.join(';'),
      m.serviceId ?? '',
      m.customerId ?? '',
      new Date(m.start).toISOString(),
      m.ongoing ? '' : new Date(m.end).toISOString(),
      plainDecimal(decimal((m.end - m.start) / MINUTE_MS)),
      m.severity ?? '',
      String(m.excluded),
      m.exclusionReason ?? '',
      m.title,
      m.credit?.amount ?? '',
      m.credit?.currency ?? '',
      m.url ?? '',
    ]);
  }
  return rows;
}
