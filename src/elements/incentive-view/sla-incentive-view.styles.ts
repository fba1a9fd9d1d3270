/** Styles of `<sla-incentive-view>`: resolved tokens (`var(--_sla-*)`) only; pages set `--sla-*`. */
import { css } from 'lit';

export const incentiveViewStyles = css`
  .base {
    display: grid;
    gap: var(--_sla-space-2);
    background: var(--_sla-surface);
    border: 1px solid var(--_sla-border);
    border-top: 4px solid var(--_sla-accent);
    border-radius: var(--_sla-radius-large);
    padding: var(--_sla-space-2);
    color: var(--_sla-text);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  .range,
  .scale,
  .rest,
  .note,
  .headroom {
    color: var(--_sla-text-muted);
    font-size: var(--_sla-font-size-small);
  }
  .objectives {
    display: grid;
    gap: var(--_sla-space-2);
    min-width: 0;
  }
  .objective-card {
    display: grid;
    gap: var(--_sla-space-half);
    padding-block-end: var(--_sla-space-2);
    border-block-end: 1px solid var(--_sla-border);
    min-width: 0;
  }
  .objective {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-decoration-color: var(--_sla-border);
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .objective:hover {
    text-decoration-color: currentColor;
  }
  .objective:focus-visible,
  .dot:focus-visible {
    outline: var(--_sla-focus-ring-width) solid var(--_sla-focus-ring);
    outline-offset: 2px;
  }
  .band-chart {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .zone {
    stroke: var(--_sla-surface);
    stroke-width: 1;
  }
  [data-kind='credit'],
  [data-kind='below-minimum'] {
    --_zone: var(--_sla-status-breached);
  }
  [data-kind='minimum-service'] {
    --_zone: var(--_sla-status-at-risk);
  }
  [data-kind='committed'] {
    --_zone: var(--_sla-status-met);
  }
  [data-kind='incentive'] {
    --_zone: var(--_sla-status-exceeded);
  }
  .zone {
    fill: var(--_zone);
    fill-opacity: 0.35;
  }
  .zone[data-kind='credit'] {
    fill-opacity: 0.5;
  }
  .tick {
    stroke: var(--_sla-text-muted);
    stroke-width: 1;
  }
  .tick[data-kind='target'] {
    stroke: var(--_sla-text);
    stroke-width: 2;
  }
  .tick-label {
    fill: var(--_sla-text-muted);
    font-size: 11px;
  }
  .marker {
    stroke: var(--_sla-text);
    stroke-width: 2;
  }
  .dot {
    fill: var(--_zone);
    stroke: var(--_sla-text);
    stroke-width: 1;
    cursor: pointer;
  }
  .dot[aria-pressed='true'] {
    stroke-width: 2.5;
  }
  .zones {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_sla-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_sla-font-size-small);
  }
  .swatch {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: var(--_sla-space-half);
    background: var(--_zone);
    border: 1px solid var(--_sla-text-muted);
    vertical-align: -0.05em;
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  .ledger {
    display: grid;
    gap: var(--_sla-space-1);
    min-width: 0;
  }
  .ledger-scroll {
    overflow-x: auto;
  }
  .ledger-table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--_sla-font-size-small);
  }
  .ledger-table caption {
    text-align: start;
    color: var(--_sla-text-muted);
    padding-block-end: var(--_sla-space-half);
  }
  .ledger-table th,
  .ledger-table td {
    padding: var(--_sla-space-half) var(--_sla-space-1);
    border-block-end: 1px solid var(--_sla-border);
    text-align: start;
    vertical-align: top;
  }
  .ledger-table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .ledger-table tfoot th,
  .ledger-table tfoot td {
    font-weight: 600;
    border-block-end: 0;
  }
  .differs {
    display: block;
    color: var(--_sla-status-at-risk);
    font-weight: 600;
    white-space: normal;
  }
  @media (forced-colors: active) {
    .zone {
      fill: Canvas;
      stroke: CanvasText;
    }
    .dot {
      fill: CanvasText;
      stroke: Canvas;
    }
    .dot[aria-pressed='true'],
    .marker {
      stroke: Highlight;
    }
    .swatch {
      background: Canvas;
      border-color: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
