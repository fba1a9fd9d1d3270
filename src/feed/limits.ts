/**
 * Caps that turn hostile or runaway feeds into a clear error quickly instead of a frozen tab.
 * Every cap can be raised per call: `parseFeed(text, { maxBreaches: 500_000 })`.
 */
export interface FeedLimits {
  /** Largest feed text accepted, in UTF-8 bytes. Default 32 MiB. */
  readonly maxBytes: number;
  /** Most breaches. Default 200,000. */
  readonly maxBreaches: number;
  /** Most periods (measured results). Default 500,000. */
  readonly maxPeriods: number;
  /** Most agreements. Default 20,000. */
  readonly maxAgreements: number;
  /** Most objectives over all agreements. Default 50,000. */
  readonly maxObjectives: number;
  /** Most customers. Default 20,000. */
  readonly maxCustomers: number;
  /** Most services. Default 20,000. */
  readonly maxServices: number;
  /** Most maintenance windows. Default 100,000. */
  readonly maxMaintenance: number;
  /** Longest text field, in UTF-16 code units. Default 10,000. */
  readonly maxStringLength: number;
  /** Most issues reported before the parser stops listing them. Default 100. */
  readonly maxIssues: number;
}

export const DEFAULT_LIMITS: FeedLimits = Object.freeze({
  maxBytes: 32 * 1024 * 1024,
  maxBreaches: 200_000,
  maxPeriods: 500_000,
  maxAgreements: 20_000,
  maxObjectives: 50_000,
  maxCustomers: 20_000,
  maxServices: 20_000,
  maxMaintenance: 100_000,
  maxStringLength: 10_000,
  maxIssues: 100,
});
