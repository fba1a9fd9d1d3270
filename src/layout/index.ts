export {
  sparklineLayout,
  type SparkPoint,
  type SparklineLayout,
  type SparklineOptions,
} from './sparkline.js';
