/**
 * The feed contract, version 1: one valibot schema is the single source of truth. TypeScript types
 * are inferred from it (see `types.ts`) and the published JSON Schema is generated from it
 * (`json-schema.ts`). Cross-record rules (unique ids, references, percent ranges that depend on an
 * objective's unit) live in `parse.ts`, because they need the whole feed.
 *
 * Conventions:
 * - Instants are RFC 3339 strings with an explicit offset; the parsed feed carries epoch
 *   milliseconds instead (`start: number`).
 * - Percentages are numbers on 0..100.
 * - Open vocabularies (indicator, unit, severity, criticality, kind, category) accept any string;
 *   unknown values become `'unknown'` (neutral display) and produce a warning, never a rejection.
 * - Unknown fields are dropped.
 */
import * as v from 'valibot';
import type { ImpliesPattern } from './fast.js';
import { DEFAULT_LIMITS } from './limits.js';

/** The schema versions this kit understands. */
export const SUPPORTED_SCHEMA_VERSIONS = [1] as const;

/** RFC 3339 date-time with a mandatory offset (`Z` or `±hh:mm`). */
export const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of a common year before each month. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Days from 1970-01-01 to January 1 of `year` (Howard Hinnant's days_from_civil). */
function daysBeforeYear(year: number): number {
  const y = year - 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  // January 1 is day 306 of Hinnant's March-based year.
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + 306 - 719_468;
}
let lastYear = -1;
let lastYearDays = 0;

/** Value of the `count` ASCII digits at `at`, or -1 when one of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Epoch milliseconds of a valid RFC 3339 instant, or `NaN` when the text is not one: it must match
 * {@link RFC3339} and name a real time (no 2026-02-30, hour 24, minute or second 60, offset beyond
 * ±23:59). Fractions beyond milliseconds are truncated.
 *
 * Hand-written on purpose: it runs for every instant of a feed (hundreds of thousands in a large
 * one), and a regex match or `Date.parse` per instant allocates enough to dominate validation. No
 * closures inside: tools that keep function names (tsx) would wrap each one in a call per use.
 * Tests compare it with `RFC3339` and `Date.parse` on generated instants.
 */
export function instantToMs(text: string): number {
  const n = text.length;
  if (n < 20 || n > 35) return Number.NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  // '-' 45, ':' 58, 'T' 84, 't' 116
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    (text.charCodeAt(10) !== 84 && text.charCodeAt(10) !== 116) ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  )
    return Number.NaN;
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return Number.NaN;
  if (minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return Number.NaN;
  let i = 19;
  let millis = 0;
  if (text.charCodeAt(i) === 46) {
    // '.' then 1..9 digits; the first three are milliseconds.
    let k = 0;
    for (i++; i < n; i++, k++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (k < 3) millis += d * (k === 0 ? 100 : k === 1 ? 10 : 1);
    }
    if (k < 1 || k > 9) return Number.NaN;
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(i);
  if (zone === 90 || zone === 122) {
    // 'Z' or 'z'
    if (i + 1 !== n) return Number.NaN;
  } else if (zone === 43 || zone === 45) {
    // '+' or '-' hh ':' mm
    if (i + 6 !== n || text.charCodeAt(i + 3) !== 58) return Number.NaN;
    const oh = digits(text, i + 1, 2);
    const om = digits(text, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offsetMinutes = (zone === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return Number.NaN;
  }
  // Days from 1970-01-01: those before the year (kept for the last year seen, as a feed's instants
  // mostly share a year or two), then those of the year before the date.
  if (year !== lastYear) {
    lastYear = year;
    lastYearDays = daysBeforeYear(year);
  }
  const days = lastYearDays + DAYS_BEFORE_MONTH[month - 1]! + (leap && month > 2 ? 1 : 0) + day - 1;
  return (
    days * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    millis -
    offsetMinutes * 60_000
  );
}

const id = v.pipe(
  v.string('must be an id (text)'),
  v.minLength(1, 'must not be empty'),
  v.maxLength(200, 'is longer than 200 characters'),
);

// The check and the transform of an instant run back to back on the same text: the check keeps
// its result so the transform does not compute it twice (no allocation either way).
let lastInstantText = '';
let lastInstantMs = Number.NaN;
function isInstant(text: string): boolean {
  lastInstantText = text;
  lastInstantMs = instantToMs(text);
  return !Number.isNaN(lastInstantMs);
}
function instantOf(text: string): number {
  return text === lastInstantText ? lastInstantMs : instantToMs(text);
}
// instantToMs reads only texts that match RFC3339 (tests check this on generated texts), so the
// fast path (fast.ts) does not run the pattern before it.
(isInstant as ImpliesPattern).impliesPattern = RFC3339;

/** An RFC 3339 instant with offset, parsed to epoch milliseconds. */
const instant = v.pipe(
  v.string('must be an RFC 3339 date-time text, e.g. 2026-10-01T00:00:00+02:00'),
  v.regex(
    RFC3339,
    'must be an RFC 3339 date-time with an offset (Z or ±hh:mm), e.g. 2026-10-01T00:00:00+02:00',
  ),
  v.check(isInstant, 'is not a real calendar date and time'),
  v.transform(instantOf),
);

const finite = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));
const percent = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must be a percentage between 0 and 100'),
  v.maxValue(100, 'must be a percentage between 0 and 100'),
);
const nonNegative = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must not be negative'),
);
const count = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
);

/** A link kept as text; the scheme check (https, http, mailto) happens in parse.ts with a warning. */
const url = v.pipe(
  v.string('must be a URL text'),
  v.maxLength(2048, 'is longer than 2048 characters'),
);

/** ISO 4217 currency code. */
const currency = v.pipe(
  v.string('must be a currency code'),
  v.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 currency code such as EUR'),
);

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const timeZone = v.pipe(
  v.string('must be an IANA time zone'),
  v.maxLength(100, 'is too long'),
  v.check(isTimeZone, 'is not a known IANA time zone such as Europe/Berlin'),
);
const locale = v.pipe(
  v.string('must be a BCP 47 language tag'),
  v.maxLength(100, 'is too long'),
  v.check(isLocale, 'is not a valid BCP 47 language tag such as en-GB'),
);

/**
 * An open vocabulary: any text is accepted; text outside `known` becomes `'unknown'` (parse.ts
 * reports a warning with the path). Documented known values are listed in the JSON Schema.
 */
function openEnum<const T extends readonly [string, ...string[]]>(known: T, what: string) {
  const set = new Set<string>(known);
  return v.pipe(
    v.string(`must be text (${what})`),
    v.maxLength(100, 'is longer than 100 characters'),
    v.description(`${what}; known values: ${known.join(', ')}. Other values display as unknown.`),
    v.transform((s): T[number] | 'unknown' => (set.has(s) ? (s as T[number]) : 'unknown')),
  );
}

export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export const INDICATORS = [
  'availability',
  'latency',
  'response-time',
  'resolution-time',
  'error-rate',
  'compliance',
  'satisfaction',
  'throughput',
  'other',
] as const;
export const UNITS = [
  'percent',
  'millisecond',
  'second',
  'minute',
  'hour',
  'day',
  'score',
  'count',
  'pass-fail',
] as const;
export const CRITICALITIES = ['critical', 'high', 'medium', 'low'] as const;
export const AGREEMENT_KINDS = ['SLA', 'OLA', 'UC'] as const;
export const LEVELS = ['corporate', 'customer', 'service'] as const;
export const CATEGORIES = ['critical', 'key'] as const;
export const DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export const FEE_PERIODS = ['month', 'quarter', 'year'] as const;

/**
 * Builds the feed schema with a given longest-text cap (the only limit the schema itself checks).
 */
export function buildFeedSchema(maxText: number = DEFAULT_LIMITS.maxStringLength) {
  const text = v.pipe(
    v.string('must be text'),
    v.maxLength(maxText, `is longer than ${maxText} characters`),
  );

  const branding = v.object({
    /** Brand accent colour (any CSS colour); applied only when the browser accepts it. */
    accent: v.optional(
      v.pipe(v.string('must be a CSS colour text'), v.maxLength(64, 'is too long')),
    ),
    /** Logo image URL (https or http). */
    logoUrl: v.optional(url),
  });

  const provider = v.object({
    id,
    name: text,
    branding: v.optional(branding),
    /** Default display time zone (IANA). */
    timeZone: v.optional(timeZone),
    /** Default display locale (BCP 47). */
    locale: v.optional(locale),
    url: v.optional(url),
    supportUrl: v.optional(url),
  });

  const customer = v.object({
    id,
    name: text,
    currency: v.optional(currency),
    branding: v.optional(branding),
    timeZone: v.optional(timeZone),
    locale: v.optional(locale),
  });

  const service = v.object({
    id,
    name: text,
    description: v.optional(text),
    criticality: v.optional(openEnum(CRITICALITIES, 'criticality tier'), 'medium'),
    /** Services this one depends on (end-to-end chains: app -> network -> data centre). */
    dependsOn: v.optional(v.array(id, 'must be a list of service ids'), []),
  });

  const creditTier = v.object({
    /** The tier applies when the value is worse than this threshold (equal is not worse). */
    threshold: finite,
    /** Credit as a percentage of the period's fee basis. */
    creditPercent: percent,
  });

  const incentiveTier = v.object({
    /** The tier applies when the value is at least as good as this threshold. */
    threshold: finite,
    /** Bonus as a percentage of the period's fee basis. */
    bonusPercent: percent,
  });

  /**
   * Earn-back: a credit incurred in a period is waived (fully, or `share` % of it) when each of the
   * `periods` periods that follow meets or exceeds `level` (direction-aware).
   */
  const earnBack = v.object({
    /** How many following periods must meet the level. */
    periods: v.pipe(count, v.minValue(1, 'must be at least 1')),
    /** The level each following period must meet or exceed (in the objective's unit). */
    level: finite,
    /** Share of the credit waived, in % (default 100). */
    share: v.optional(percent),
  });

  const window = v.variant(
    'kind',
    [
      v.object({
        kind: v.literal('calendar'),
        unit: v.picklist(['week', 'month', 'quarter'], 'must be week, month or quarter'),
      }),
      v.object({
        kind: v.literal('rolling'),
        days: v.pipe(count, v.minValue(1, 'must be at least 1')),
      }),
    ],
    'must be a measurement window: {"kind":"calendar","unit":"month"} or {"kind":"rolling","days":30}',
  );

  const wording = v.object({
    /** What is promised, in plain language ("The portal is up 99.9 % of every month"). */
    promise: v.optional(text),
    /** What the customer gets when it is missed ("10 % of the monthly fee back"). */
    remedy: v.optional(text),
  });

  /**
   * Objective fields that a child agreement may override field by field. On a corporate agreement
   * an objective must be complete; on a child agreement an objective with the id of an inherited one
   * only needs the fields it changes (checked in parse.ts).
   */
  const objective = v.object({
    id,
    name: v.optional(text),
    serviceId: v.optional(id),
    category: v.optional(openEnum(CATEGORIES, 'objective category')),
    indicator: v.optional(openEnum(INDICATORS, 'indicator')),
    unit: v.optional(openEnum(UNITS, 'unit')),
    direction: v.optional(
      v.picklist(DIRECTIONS, 'must be "higher-is-better" or "lower-is-better"'),
    ),
    window: v.optional(window),
    /** Contractual floor: worse than this is a breach. */
    minimum: v.optional(finite),
    /** Committed level: worse than this (but not worse than minimum) is at risk. */
    target: v.optional(finite),
    creditTiers: v.optional(v.array(creditTier, 'must be a list of credit tiers')),
    incentiveTiers: v.optional(v.array(incentiveTier, 'must be a list of incentive tiers')),
    weight: v.optional(nonNegative),
    description: v.optional(text),
    wording: v.optional(wording),
    /**
     * What the objective applies to: `"all"` (everything the customer gets, such as a security
     * policy) or a list of service ids. Default: the objective's service. A service-level agreement
     * carries an inherited objective only when it applies to its service.
     */
    appliesTo: v.optional(
      v.union(
        [v.literal('all'), v.array(id, 'must be a list of service ids')],
        'must be "all" or a list of service ids',
      ),
    ),
    /** Whether a percentage objective has an error budget (default: yes, except compliance). */
    errorBudget: v.optional(v.boolean('must be true or false')),
    /**
     * Reported only: no credit and no bonus even with tiers. Default: false, except that an
     * objective whose category is set to `key` is reported only unless this says false.
     */
    reportOnly: v.optional(v.boolean('must be true or false')),
    /**
     * The objective's share of the agreement's at-risk pool, in % (the shares of an agreement's
     * objectives sum to at most 100). Used only when the agreement sets `atRiskPercent`.
     */
    poolAllocationPercent: v.optional(percent),
    /** Earn-back of this objective's credits; overrides the agreement's `earnBack`. */
    earnBack: v.optional(earnBack),
  });

  const fee = v.object({
    amount: nonNegative,
    currency,
    per: v.optional(v.picklist(FEE_PERIODS, 'must be month, quarter or year'), 'month'),
  });

  const exitClause = v.object({
    /** Number of missed (breached) periods ... */
    misses: v.pipe(count, v.minValue(1, 'must be at least 1')),
    /** ... within this many consecutive periods gives the customer a right to terminate. */
    withinPeriods: v.pipe(count, v.minValue(1, 'must be at least 1')),
    /** Objectives that count; default: every objective of category "critical". */
    objectiveIds: v.optional(v.array(id)),
    description: v.optional(text),
  });

  const version = v.object({
    version: v.pipe(text, v.minLength(1, 'must not be empty')),
    effectiveFrom: instant,
    summary: v.optional(text),
  });

  const agreement = v.object({
    id,
    name: text,
    level: v.picklist(LEVELS, 'must be corporate, customer or service'),
    /** Parent agreement whose terms this one inherits unless it overrides them. */
    parentId: v.optional(id),
    customerId: v.optional(id),
    serviceId: v.optional(id),
    kind: v.optional(openEnum(AGREEMENT_KINDS, 'agreement kind')),
    /** Version label currently in force. */
    version: v.optional(text),
    /** Version history, each with the instant it took effect. */
    versions: v.optional(v.array(version), []),
    validFrom: v.optional(instant),
    validTo: v.optional(instant),
    /** When the agreement is due for review. */
    reviewBy: v.optional(instant),
    summary: v.optional(text),
    legalUrl: v.optional(url),
    fee: v.optional(fee),
    /** Credits per period never exceed this share of the period's fee. */
    creditCapPercent: v.optional(percent),
    /** Bonuses per period never exceed this share of the period's fee. */
    bonusCapPercent: v.optional(percent),
    /** A credit below this amount (agreement currency) is not paid out. */
    minimumPayable: v.optional(nonNegative),
    /**
     * At-risk pool: this share of the fee is at risk, in %. A shortfall's credit is then the
     * objective's `poolAllocationPercent` x the tier's `creditPercent` x the amount at risk.
     */
    atRiskPercent: v.optional(percent),
    /** Default earn-back of the agreement's objectives (an objective's own `earnBack` wins). */
    earnBack: v.optional(earnBack),
    exitClause: v.optional(exitClause),
    objectives: v.optional(v.array(objective, 'must be a list of objectives'), []),
  });

  const counts = v.object({
    /** Good events or minutes (e.g. up minutes). */
    good: nonNegative,
    /** All events or minutes in the window, excluded ones not counted. */
    total: nonNegative,
    /** Minutes or events excluded from the calculation (maintenance, force majeure). */
    excluded: v.optional(nonNegative),
  });

  const period = v.object({
    agreementId: id,
    objectiveId: id,
    start: instant,
    end: instant,
    /** Measured value; null or absent means no data. */
    value: v.optional(v.nullable(finite), null),
    counts: v.optional(counts),
    /** Levels in force for this period when they differ from the objective's current ones. */
    levels: v.optional(v.object({ minimum: v.optional(finite), target: v.optional(finite) })),
    /** Credit actually issued for this period (agreement currency), if the provider records it. */
    recordedCredit: v.optional(nonNegative),
    note: v.optional(text),
    /** Where the evidence for this period's result is (an audit report), https, http or mailto. */
    evidenceUrl: v.optional(url),
  });

  const breach = v.object({
    id,
    agreementId: id,
    objectiveIds: v.pipe(
      v.array(id, 'must be a list of objective ids'),
      v.minLength(1, 'must name at least one objective'),
    ),
    serviceId: v.optional(id),
    start: instant,
    /** Absent or null: the breach is ongoing. */
    end: v.optional(v.nullable(instant), null),
    severity: openEnum(SEVERITIES, 'severity'),
    title: text,
    summary: v.optional(text),
    url: v.optional(url),
    /** Excluded breaches (maintenance, force majeure) are drawn but not counted. */
    excluded: v.optional(v.boolean('must be true or false'), false),
    exclusionReason: v.optional(text),
    recordedCredit: v.optional(nonNegative),
  });

  const maintenance = v.object({
    id,
    start: instant,
    end: instant,
    title: text,
    summary: v.optional(text),
    serviceIds: v.optional(v.array(id), []),
    agreementIds: v.optional(v.array(id), []),
    url: v.optional(url),
  });

  return v.object({
    schemaVersion: v.literal(1, 'must be 1'),
    generatedAt: v.optional(instant),
    provider,
    customers: v.optional(v.array(customer, 'must be a list of customers'), []),
    services: v.optional(v.array(service, 'must be a list of services'), []),
    agreements: v.array(agreement, 'must be a list of agreements'),
    periods: v.optional(v.array(period, 'must be a list of periods'), []),
    breaches: v.optional(v.array(breach, 'must be a list of breaches'), []),
    maintenance: v.optional(v.array(maintenance, 'must be a list of maintenance windows'), []),
  });
}

/** The whole feed, version 1, with the default limits. */
export const FeedSchema = buildFeedSchema();

export type FeedInput = v.InferInput<typeof FeedSchema>;
export type FeedOutput = v.InferOutput<typeof FeedSchema>;
