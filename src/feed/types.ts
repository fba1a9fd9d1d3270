import type { FeedOutput } from './schema.js';
import type {
  AGREEMENT_KINDS,
  CATEGORIES,
  CRITICALITIES,
  DIRECTIONS,
  INDICATORS,
  LEVELS,
  SEVERITIES,
  UNITS,
} from './schema.js';

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A validated, normalised feed: instants are epoch milliseconds, lists sorted by start. */
export type Feed = DeepReadonly<FeedOutput>;
export type Provider = Feed['provider'];
export type Branding = NonNullable<Provider['branding']>;
export type Customer = Feed['customers'][number];
export type Service = Feed['services'][number];
export type Agreement = Feed['agreements'][number];
/** An objective as written in one agreement: on a child agreement it may be partial (overrides). */
export type ObjectiveInput = Agreement['objectives'][number];
export type Period = Feed['periods'][number];
export type Breach = Feed['breaches'][number];
export type Maintenance = Feed['maintenance'][number];
export type ExitClause = NonNullable<Agreement['exitClause']>;
export type Fee = NonNullable<Agreement['fee']>;
/** Earn-back terms of an agreement or an objective. */
export type EarnBack = NonNullable<Agreement['earnBack']>;
export type AgreementVersion = Agreement['versions'][number];
export type CreditTier = NonNullable<ObjectiveInput['creditTiers']>[number];
export type IncentiveTier = NonNullable<ObjectiveInput['incentiveTiers']>[number];
export type MeasurementWindow = NonNullable<ObjectiveInput['window']>;

export type Severity = (typeof SEVERITIES)[number] | 'unknown';
export type Indicator = (typeof INDICATORS)[number] | 'unknown';
export type Unit = (typeof UNITS)[number] | 'unknown';
export type Criticality = (typeof CRITICALITIES)[number] | 'unknown';
export type AgreementKind = (typeof AGREEMENT_KINDS)[number] | 'unknown';
export type Level = (typeof LEVELS)[number];
export type Category = (typeof CATEGORIES)[number] | 'unknown';
export type Direction = (typeof DIRECTIONS)[number];

/** One problem found in a feed: where (a JSON path such as `agreements[2].objectives[0].target`) and why. */
export interface FeedIssue {
  /** JSON path of the offending value; `''` for the whole feed. */
  readonly path: string;
  /** Plain-language reason. */
  readonly message: string;
  /** Errors reject the feed; warnings are repaired (a dropped link, an unknown value shown neutral). */
  readonly severity: 'error' | 'warning';
  /** Stable machine-readable code. */
  readonly code: FeedIssueCode;
}

export type FeedIssueCode =
  | 'json' // malformed JSON text
  | 'too-large' // a cap was exceeded
  | 'schema-version' // unknown or missing schemaVersion
  | 'invalid' // schema violation (type, format, range)
  | 'duplicate-id'
  | 'unknown-reference'
  | 'cycle'
  | 'incomplete-objective'
  | 'range' // end before start, percent outside 0..100, minimum better than target, ...
  | 'unsafe-link' // a link with a scheme other than https, http, mailto (dropped)
  | 'unknown-value' // an open vocabulary value the kit does not know (shown as unknown)
  | 'unknown-field'; // a field the schema does not name (a typo, or a newer field): dropped

export type ParseResult =
  | { readonly ok: true; readonly feed: Feed; readonly warnings: readonly FeedIssue[] }
  | {
      readonly ok: false;
      readonly issues: readonly FeedIssue[];
      /** True when validation stopped at `maxIssues`: the feed has more problems than listed. */
      readonly truncated?: boolean;
    };
