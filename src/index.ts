/**
 * sla-kit: web components for SLA partnership health. This entry is side-effect free: it exports
 * classes, types and documented functions; import `sla-kit/define/<tag>.js` to register tags.
 * The feed and model layers have entries of their own (`sla-kit/feed`, `sla-kit/model`).
 *
 * The list is deliberate: `test/node/public-api.test.ts` compares it with `public-api.txt`, so an
 * addition or removal is a reviewed change. Rendering helpers stay inside the kit
 * (`src/elements/shared/internal/`).
 */

// Elements
export { SlaScorecard } from './elements/scorecard/sla-scorecard.js';
export { SlaBreachTimeline } from './elements/breach-timeline/sla-breach-timeline.js';
export { SlaIncentiveView } from './elements/incentive-view/sla-incentive-view.js';
export { SlaPortfolio } from './elements/portfolio/sla-portfolio.js';
export { SlaFeed } from './elements/feed/sla-feed.js';
export {
  SlaElement,
  brandAccent,
  localeDirection,
  type ThemeSetting,
} from './elements/shared/sla-element.js';
export type {
  FeedController,
  FeedControllerOptions,
  FeedState,
  FetchLike,
} from './elements/shared/feed-controller.js';
export type { FeedContextValue, FeedStatus } from './elements/shared/context.js';

// Events
export type {
  FeedErrorKind,
  FeedSourceKind,
  SlaErrorDetail,
  SlaErrorEvent,
  SlaEventMap,
  SlaFilterChangeDetail,
  SlaFilterChangeEvent,
  SlaLoadDetail,
  SlaLoadEvent,
  SlaRangeChangeDetail,
  SlaRangeChangeEvent,
  SlaSelectAgreement,
  SlaSelectBreach,
  SlaSelectCustomer,
  SlaSelectDetail,
  SlaSelectEvent,
  SlaSelectKind,
  SlaSelectObjective,
  SlaSelectPath,
  SlaSelectPeriod,
  SlaSelectService,
  SlaSortChangeDetail,
  SlaSortChangeEvent,
  SortDirection,
  TimeRange,
} from './elements/shared/events.js';

// Messages (other languages, overrides)
export {
  BUILT_IN_LANGUAGES,
  registerMessages,
  translate,
  type Catalogue,
  type Message,
  type MessageKey,
  type MessageParams,
  type PluralMessage,
} from './elements/shared/i18n/index.js';

// Scorecard data (what the scorecard shows, for custom views and exports)
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

// Feed
export { parseFeed, isSafeLink, DEFAULT_LIMITS, type FeedLimits } from './feed/index.js';
export type * from './feed/types.js';
