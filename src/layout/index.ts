export {
  sparklineLayout,
  type SparkPoint,
  type SparklineLayout,
  type SparklineOptions,
} from './sparkline.js';
export { linearScale, niceLinearTicks, timeScale, type LinearScale } from './scale.js';
export {
  timeAxis,
  type TickUnit,
  type TimeAxis,
  type TimeAxisOptions,
  type TimeTick,
} from './time-ticks.js';
export { IntervalIndex, type Interval } from './interval-index.js';
export { columnMarks, type ColumnMark } from './aggregate.js';
export { stripLayout, type StripLayout } from './strip.js';
export {
  bandChartLayout,
  usesNines,
  type BandChartLayout,
  type BandChartOptions,
  type BandDot,
  type BandScaleKind,
  type BandTick,
  type BandZoneBox,
  type BandZoneInput,
} from './bands.js';
export {
  sortRows,
  filterRows,
  foldText,
  isPortfolioSortKey,
  PORTFOLIO_SORT_KEYS,
  type PortfolioSortKey,
  type PortfolioFilter,
} from './portfolio-sort.js';
