/**
 * Shared foundations of the sla-kit elements (side-effect free): base class, feed controller and
 * context, state views, formatting, messages, status icons, the accessible chart pattern and the
 * event types.
 */
export { SlaElement, brandAccent, localeDirection, type ThemeSetting } from './sla-element.js';
export {
  FeedController,
  INITIAL_FEED_STATE,
  parseErrorDetail,
  preloadFeedLoader,
  type FeedControllerOptions,
  type FeedHost,
  type FeedInputs,
  type FeedState,
  type FetchLike,
} from './feed-controller.js';
export { parseFeedInput } from './feed-input.js';
export { isRetryableStatus, parseRetryAfter } from './feed-retry.js';
export {
  feedContext,
  ensureContextRoot,
  type FeedContextValue,
  type FeedStatus,
} from './context.js';
export {
  slaErrorEvent,
  slaFilterChangeEvent,
  slaLoadEvent,
  slaRangeChangeEvent,
  slaSelectEvent,
  slaSortChangeEvent,
  type FeedErrorKind,
  type FeedSourceKind,
  type SlaErrorDetail,
  type SlaErrorEvent,
  type SlaEventMap,
  type SlaFilterChangeDetail,
  type SlaFilterChangeEvent,
  type SlaLoadDetail,
  type SlaLoadEvent,
  type SlaRangeChangeDetail,
  type SlaRangeChangeEvent,
  type SlaSelectAgreement,
  type SlaSelectBreach,
  type SlaSelectCustomer,
  type SlaSelectDetail,
  type SlaSelectEvent,
  type SlaSelectKind,
  type SlaSelectObjective,
  type SlaSelectPath,
  type SlaSelectPeriod,
  type SlaSelectService,
  type SlaSortChangeDetail,
  type SlaSortChangeEvent,
  type SortDirection,
  type TimeRange,
} from './events.js';
export {
  MAX_LISTED_ISSUES,
  errorSummary,
  renderEmpty,
  renderError,
  renderErrorDisclosure,
  renderIssues,
  renderLoading,
  renderNoData,
  renderStaleBadge,
} from './internal/states.js';
export {
  Formatter,
  DATE,
  DATE_TIME,
  UNIT_MS,
  dateFormat,
  formatDate,
  formatDateRange,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelative,
  formatValue,
  fractionDigitsFor,
  isTimeZone,
  numberFormat,
  percentDigits,
  relativeTimeFormat,
  safeLocale,
  type DurationOptions,
  type ValueOptions,
} from './internal/format.js';
export {
  BUILT_IN_LANGUAGES,
  loadCatalogue,
  catalogueLanguage,
  placeholders,
  registerMessages,
  translate,
  translator,
  type Catalogue,
  type Message,
  type MessageKey,
  type MessageParams,
  type PluralMessage,
  type Translate,
} from './i18n/index.js';
export {
  STATUSES,
  SEVERITY_VALUES,
  renderSeverity,
  renderStatus,
  severityIcon,
  statusIcon,
  type Status,
} from './internal/status-icon.js';
export {
  ChartA11yController,
  chartA11yStyles,
  renderChartTable,
  type ChartA11yOptions,
  type ChartTable,
  type ChartTableColumn,
  type ChartTableRow,
  type ChartView,
} from './internal/chart-a11y.js';
export { baseStyles, stateStyles } from './internal/base.styles.js';
export { renderLink } from './internal/link.js';
export { ResizeController, type ResizeControllerOptions } from './controllers/resize-controller.js';
export { CanvasColors, CanvasLayer, hatchPattern } from './controllers/canvas-layer.js';
export {
  TooltipController,
  pointerBox,
  tooltipStyles,
  type Box,
  type TooltipContent,
} from './controllers/tooltip.js';
export {
  ZoomController,
  type Domain,
  type ZoomCause,
  type ZoomControllerOptions,
  type ZoomLimits,
} from './controllers/zoom-controller.js';
