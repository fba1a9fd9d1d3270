/**
 * Breach severities in order. `unknown` (a severity the kit does not know) ranks below `minor`, so
 * it never hides a known severity.
 */
import type { Severity } from '../feed/index.js';

const RANK: Readonly<Record<Severity, number>> = { unknown: 0, minor: 1, major: 2, critical: 3 };

/** Rank of a severity: critical 3, major 2, minor 1, unknown 0. Higher is more severe. */
export function severityRank(severity: Severity): number {
  return RANK[severity] ?? 0;
}

/** The more severe of two severities (the first one when they rank the same). */
export function worseSeverity(a: Severity, b: Severity): Severity {
  return severityRank(b) > severityRank(a) ? b : a;
}

/** The most severe severity of a list, or `null` for an empty list. */
export function worstSeverity(severities: Iterable<Severity>): Severity | null {
  let worst: Severity | null = null;
  for (const s of severities) worst = worst === null ? s : worseSeverity(worst, s);
  return worst;
}
