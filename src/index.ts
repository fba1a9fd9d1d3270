/**
 * sla-kit: web components for SLA partnership health. This entry is side-effect free: it exports
 * classes and functions; import `sla-kit/define/<tag>` to register tags.
 */
export { SlaScorecard } from './elements/scorecard/sla-scorecard.js';
export {
  scorecardData,
  selectPeriod,
  customerAgreementIds,
  type ScorecardData,
  type ScorecardRow,
  type ScorecardEmpty,
  type ScorecardQuery,
  type SortOrder,
} from './elements/scorecard/scorecard-data.js';
export { SlaFeed } from './elements/feed/sla-feed.js';
export * from './elements/shared/index.js';
export { parseFeed, isSafeLink, DEFAULT_LIMITS, type FeedLimits } from './feed/index.js';
export type * from './feed/types.js';
export { sparklineLayout, type SparkPoint, type SparklineLayout } from './layout/index.js';
