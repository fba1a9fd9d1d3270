/**
 * `sla-kit/model`: pure SLA math on a parsed feed. No DOM, no clock (every "now" is an argument),
 * nothing returns NaN. See each module for the rule it implements.
 */
export { isWorse, isBetter, isAtLeastAsGood, compareValues, worseOf, betterOf } from './compare.js';
export { severityRank, worseSeverity, worstSeverity } from './severity.js';
export { indexFeed, periodKey, periodsOf, breachesOf, type FeedIndex } from './feed-index.js';
export { sortCreditTiers, sortIncentiveTiers } from './tiers.js';
export {
  resolveAgreement,
  resolveObjective,
  objectiveOf,
  appliesToService,
  DEFAULT_WINDOW,
  type ResolvedAgreement,
  type ResolvedObjective,
  type ObjectiveField,
  type AgreementTerm,
  type ObjectiveWording,
} from './resolve.js';
export {
  versionInForce,
  levelsInForce,
  type Levels,
  type HasLevels,
  type MayOverrideLevels,
  type Versioned,
} from './in-force.js';
export {
  periodStatus,
  valueStatus,
  worstStatus,
  statusRank,
  compareStatus,
  STATUS_ORDER,
  type PeriodStatus,
  type MeasuredStatus,
  type StatusRules,
  type Measured,
} from './status.js';
export { creditTier, incentiveTier, type CreditRules, type IncentiveRules } from './credit-tier.js';
export { valueBands, valueBand, bandBoundaries, type ValueBand, type BandRules } from './band.js';
export {
  periodMonths,
  monthlyFee,
  feeForSpan,
  feeForPeriod,
  DAYS_PER_MONTH,
  type Span,
  type FeeTerms,
} from './fee.js';
export {
  objectiveCredit,
  creditAmount,
  agreementPeriodCredit,
  agreementPeriodFee,
  MONEY_TOLERANCE,
  type ObjectiveCredit,
  type AgreementPeriodCredit,
} from './credit.js';
export {
  objectiveBonus,
  bonusAmount,
  agreementPeriodBonus,
  type ObjectiveBonus,
  type AgreementPeriodBonus,
} from './bonus.js';
export {
  netPosition,
  netPositionOverRange,
  customerNetPosition,
  portfolioNetPosition,
  sumMoneyTotals,
  type NetPosition,
  type NetPositionRange,
  type MoneyTotal,
  type CustomerNetPosition,
  type PortfolioNetPosition,
} from './net-position.js';
export {
  DECIMAL_PLACES,
  decimal,
  compareDecimal,
  minorUnitDigits,
  roundMoney,
  moneyDiffers,
} from './decimal.js';
export { periodValue, isDerivedValue, type ValueRules, type ValueSource } from './period-value.js';
export {
  errorBudget,
  isRatioObjective,
  hasErrorBudget,
  type ErrorBudget,
  type BudgetPeriod,
  type BudgetRules,
} from './error-budget.js';
export {
  agreementPeriods,
  groupAgreementPeriods,
  latestCompletePeriod,
  latestComplete,
  agreementPeriodsBetween,
  isPeriodComplete,
  type AgreementPeriod,
} from './agreement-periods.js';
export {
  selectPeriod,
  isMonthlyPeriod,
  isReviewDue,
  type PeriodSelector,
} from './period-selection.js';
export {
  unionIntervals,
  clipInterval,
  unionMinutes,
  MINUTE_MS,
  type Interval,
} from './intervals.js';
export {
  normaliseBreaches,
  type BreachRange,
  type BreachInterval,
  type ObjectiveBreaches,
} from './breaches.js';
export {
  dayBuckets,
  localDays,
  MAX_DAY_BUCKETS,
  type DayBucket,
  type DayBucketOptions,
} from './day-buckets.js';
export {
  localDate,
  formatDate,
  addDays,
  timeZoneOffset,
  startOfLocalDay,
  isKnownTimeZone,
  type CalendarDate,
} from './time-zone.js';
export {
  agreementHealth,
  agreementPeriodHealth,
  customerHealth,
  portfolioHealth,
  rollUp,
  statusPoints,
  STATUS_POINTS,
  type Health,
  type HealthMember,
  type ObjectiveHealth,
  type AgreementHealth,
  type CustomerHealth,
  type PortfolioHealth,
} from './health.js';
export { exitTrigger, exitObjectiveIds, type ExitTrigger } from './exit-trigger.js';
export { describeObjective, type ObjectiveDescription } from './describe.js';
export {
  agreementsOfCustomer,
  isAgreementOfCustomer,
  scopeFeed,
  scopeVerdict,
  type ScopeVerdict,
} from './scope.js';
export {
  timelineModel,
  summariseBreaches,
  stripModel,
  type TimelineGroupBy,
  type TimelineMark,
  type BelowMinimumPeriod,
  type TimelineLane,
  type VersionChange,
  type TimelineModel,
  type TimelineOptions,
  type BreachSummary,
  type StripRow,
  type StripOptions,
} from './timeline.js';
export { toCsv, breachCsvRows, BREACH_CSV_COLUMNS } from './export-csv.js';
export {
  incentiveZones,
  incentiveZone,
  headroom,
  livingAtMinimum,
  sumLivingAtMinimum,
  type IncentiveZone,
  type IncentiveZoneKind,
  type Headroom,
  type LivingAtMinimum,
} from './incentive-zones.js';
export {
  agreementLedger,
  type EarnBackStatus,
  type LedgerObjectiveRow,
  type LedgerPeriod,
  type Ledger,
} from './ledger.js';
export { amountAtRisk, poolAllocation, creditShareOfFee, usesPool } from './pool.js';
export { earnBackOutcome, type EarnBackOutcome } from './earn-back.js';
export {
  portfolioRows,
  portfolioRow,
  portfolioMoneyTotals,
  shortfall,
  DEFAULT_TREND_PERIODS,
  DEFAULT_REVIEW_SOON_DAYS,
  type PortfolioOptions,
  type StatusCounts,
  type WorstObjective,
  type ReviewDue,
  type ExitWarning,
  type TrendPoint,
  type PortfolioRow,
} from './portfolio.js';
export {
  drillDown,
  type DrillObjective,
  type DrillAgreement,
  type DrillCustomer,
} from './drill-down.js';
export { serviceChain, type ChainLink, type ServiceChain } from './service-chain.js';
