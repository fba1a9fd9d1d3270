export { parseFeed } from './parse-feed.js';
export { isParsedFeed, isSafeLink, formatPath, parseJsonText } from './parse.js';
export { DEFAULT_LIMITS, type FeedLimits } from './limits.js';
export { agreementChain, type Inheriting } from './inherit.js';
export { sliceFeed, SliceError, toFeedInput } from './slice.js';
export {
  FeedSchema,
  buildFeedSchema,
  SUPPORTED_SCHEMA_VERSIONS,
  SEVERITIES,
  INDICATORS,
  UNITS,
  CRITICALITIES,
  AGREEMENT_KINDS,
  LEVELS,
  CATEGORIES,
  DIRECTIONS,
  instantToMs,
  type FeedInput,
} from './schema.js';
export type * from './types.js';
