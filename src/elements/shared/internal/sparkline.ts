/**
 * The sparkline mark: a word-sized SVG drawn from a {@link SparklineLayout} (geometry comes from
 * src/layout). An image with a text equivalent (`role="img"` + `aria-label`); the target is a
 * dashed step, the minimum a dotted step, the last point is marked in its status colour.
 */
import { css, svg, type TemplateResult } from 'lit';
import type { SparklineLayout } from '../../../layout/sparkline.js';
import type { Status } from './status-icon.js';

export function renderSparkline(
  layout: SparklineLayout,
  label: string,
  lastStatus: Status,
): TemplateResult {
  const { width, height } = layout;
  return svg`<svg class="sla-sparkline" part="sparkline" role="img" aria-label=${label}
    viewBox="0 0 ${width} ${height}" width=${width} height=${height} focusable="false">
    <path class="sla-spark-target" part="sparkline-target" d=${layout.targetPath}></path>
    <path class="sla-spark-minimum" part="sparkline-minimum" d=${layout.minimumPath}></path>
    <path class="sla-spark-value" part="sparkline-value" d=${layout.valuePath}></path>
    ${
      layout.last
        ? svg`<circle class="sla-spark-last" part="sparkline-last" data-status=${lastStatus}
            cx=${layout.last.x} cy=${layout.last.y} r="2.5"></circle>`
        : null
    }
  </svg>`;
}

export const sparklineStyles = css`
  .sla-sparkline {
    display: block;
    overflow: visible;
  }
  .sla-sparkline path {
    fill: none;
    vector-effect: non-scaling-stroke;
  }
  .sla-spark-value {
    stroke: var(--_sla-bar);
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .sla-spark-target {
    stroke: var(--_sla-text-muted);
    stroke-width: 1;
    stroke-dasharray: 3 2;
    opacity: 0.8;
  }
  .sla-spark-minimum {
    stroke: var(--_sla-status-breached);
    stroke-width: 1;
    stroke-dasharray: 1 2;
    opacity: 0.9;
  }
  .sla-spark-last {
    fill: var(--_sla-bar);
  }
  .sla-spark-last[data-status='breached'] {
    fill: var(--_sla-status-breached);
  }
  .sla-spark-last[data-status='at-risk'] {
    fill: var(--_sla-status-at-risk);
  }
  @media (forced-colors: active) {
    .sla-spark-value,
    .sla-spark-target {
      stroke: CanvasText;
    }
    .sla-spark-minimum {
      stroke: GrayText;
    }
    .sla-spark-last {
      fill: CanvasText;
    }
  }
`;
