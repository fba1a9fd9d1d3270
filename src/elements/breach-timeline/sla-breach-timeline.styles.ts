/** Styles of `<sla-breach-timeline>`: resolved tokens (`var(--_sla-*)`) only; pages set `--sla-*`. */
import { css } from 'lit';

export const breachTimelineStyles = css`
  :host {
    container-type: inline-size;
  }
  .base {
    display: grid;
    gap: var(--_sla-space-1);
    border-top: 4px solid var(--_sla-accent);
    padding: var(--_sla-space-2);
    color: var(--_sla-text);
    min-width: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_sla-space-1);
  }
  h2 {
    margin: 0;
    font-size: 1.125rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sla-space-half);
  }
  .toolbar button,
  .pager button,
  [part='menu-item'] {
    min-height: 32px;
    min-width: 32px;
    padding: 0 var(--_sla-space-1);
    border: 1px solid var(--_sla-border);
    border-radius: var(--_sla-radius);
    background: var(--_sla-surface);
    cursor: pointer;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--_sla-surface-subtle);
    font-weight: 600;
    outline: 2px solid var(--_sla-focus-ring);
  }
  [popover] {
    margin: 0;
    inset: auto;
    padding: var(--_sla-space-half);
    border: 1px solid var(--_sla-border);
    border-radius: var(--_sla-radius);
    background: var(--_sla-surface);
    color: var(--_sla-text);
    position-area: bottom span-left;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sla-space-half) var(--_sla-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
    color: var(--_sla-text-muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--_sla-space-half);
  }
  .chart-body {
    display: grid;
    grid-template-columns: minmax(4rem, 10rem) minmax(0, 1fr);
    align-items: start;
  }
  @container (max-width: 480px) {
    .chart-body {
      grid-template-columns: minmax(3rem, 6rem) minmax(0, 1fr);
    }
  }
  .lane-labels {
    margin: 0;
    padding: 0 var(--_sla-space-1) 0 0;
    padding-inline: 0 var(--_sla-space-1);
    list-style: none;
    display: grid;
    grid-auto-rows: var(--_sla-lane-height, 28px);
    font-size: 0.875rem;
  }
  .lane-label {
    display: flex;
    align-items: center;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    min-width: 0;
  }
  .lane-label bdi {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .plot-width {
    min-width: 0;
    width: 100%;
  }
  .plot-area {
    position: relative;
    /* one finger pans the chart sideways; the page still scrolls vertically */
    touch-action: pan-y;
    user-select: none;
    cursor: grab;
    border-radius: var(--_sla-radius);
  }
  .plot-area[data-brush] {
    cursor: crosshair;
  }
  .plot-area.strip {
    cursor: default;
    touch-action: auto;
    display: grid;
  }
  .marks-canvas {
    position: absolute;
    inset-block-start: 0;
    left: 0;
    width: 100%;
    height: calc(100% - 44px);
    pointer-events: none;
  }
  .marks-canvas[hidden] {
    display: none;
  }
  .plot-svg {
    display: block;
    overflow: visible;
  }
  .band {
    fill: transparent;
  }
  .band-odd {
    fill: var(--_sla-surface-subtle);
  }
  .grid-line {
    stroke: var(--_sla-range-1);
    stroke-width: 1;
  }
  .axis-line,
  .tick {
    stroke: var(--_sla-border);
  }
  .tick-label,
  .version-label {
    fill: var(--_sla-text-muted);
    font-size: 0.75rem;
  }
  .version-line {
    stroke: var(--_sla-accent);
    stroke-dasharray: 3 3;
  }
  .version-label {
    fill: var(--_sla-accent);
    font-weight: 600;
  }
  .below-min {
    fill: var(--_sla-status-breached);
    fill-opacity: 0.12;
    stroke: var(--_sla-status-breached);
    stroke-opacity: 0.5;
    stroke-dasharray: 2 2;
  }
  /* Patterned marks (major, minor, excluded) take their fill from the fill attribute. */
  .mark:not([fill]),
  .legend-swatch:not([fill]) {
    fill: var(--_sla-severity-unknown);
  }
  .mark[data-severity='critical']:not([fill]),
  .legend-swatch[data-severity='critical']:not([fill]) {
    fill: var(--_sla-severity-critical);
  }
  .legend-swatch[data-kind='below-minimum'] {
    fill: var(--_sla-status-breached);
    fill-opacity: 0.12;
    stroke: var(--_sla-status-breached);
    stroke-dasharray: 2 2;
  }
  .p-major-bg {
    fill: var(--_sla-severity-major);
  }
  .p-major-line {
    stroke: var(--_sla-surface);
    stroke-opacity: 0.55;
  }
  .p-minor-bg {
    fill: var(--_sla-severity-minor);
  }
  .p-minor-dot {
    fill: var(--_sla-surface);
    fill-opacity: 0.6;
  }
  .p-excluded-bg {
    fill: var(--_sla-surface);
  }
  .p-excluded-line {
    stroke: var(--_sla-text-muted);
  }
  .mark[data-kind='excluded'],
  .mark[data-kind='maintenance'] {
    stroke: var(--_sla-text-muted);
    stroke-width: 0.5;
  }
  .open-end {
    fill: var(--_sla-severity-critical);
    stroke: var(--_sla-text);
    stroke-width: 1;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_sla-focus-ring);
    stroke-width: 2;
  }
  .brush {
    fill: var(--_sla-focus-ring);
    fill-opacity: 0.15;
    stroke: var(--_sla-focus-ring);
  }
  .plot-area:focus-visible {
    outline: var(--_sla-focus-ring-width) solid var(--_sla-focus-ring);
    outline-offset: 2px;
  }
  .pager {
    display: flex;
    align-items: center;
    gap: var(--_sla-space-1);
    flex-wrap: wrap;
  }
  /* A strip row: its cells, then its uptime; the names beside share the row height. */
  .strip-labels {
    grid-auto-rows: var(--_sla-strip-row);
    row-gap: var(--_sla-space-1);
  }
  .strip-labels .lane-label {
    align-items: flex-start;
    line-height: 24px;
  }
  .plot-area.strip {
    row-gap: var(--_sla-space-1);
  }
  .strip-row {
    display: grid;
    grid-template-rows: 24px auto;
    block-size: var(--_sla-strip-row);
  }
  .strip-cells {
    display: block;
  }
  .strip-uptime {
    text-align: start;
    font-size: 0.75rem;
    line-height: 16px;
    color: var(--_sla-text-muted);
  }
  .base {
    --_sla-strip-row: 42px;
  }
  .strip-defs {
    position: absolute;
  }
  .day:not([fill]) {
    fill: var(--_sla-status-met);
    fill-opacity: 0.35;
  }
  .day[data-severity]:not([fill]) {
    fill-opacity: 1;
  }
  .day[data-severity='critical']:not([fill]) {
    fill: var(--_sla-severity-critical);
  }
  .day[data-severity='unknown']:not([fill]) {
    fill: var(--_sla-severity-unknown);
  }
  .day[data-excluded] {
    fill: var(--_sla-text-muted);
    fill-opacity: 0.3;
  }
  @media (forced-colors: active) {
    .band-odd {
      fill: Canvas;
    }
    .mark:not([fill]),
    .day[data-severity]:not([fill]),
    .legend-swatch:not([fill]) {
      fill: CanvasText;
    }
    .focus-ring,
    .brush {
      stroke: Highlight;
    }
    .below-min {
      fill: none;
      stroke: CanvasText;
    }
  }
`;
