/** Styles of `<sla-portfolio>`: resolved tokens (`var(--_sla-*)`) only; pages set `--sla-*`. */
import { css } from 'lit';

export const portfolioStyles = css`
  :host {
    container-type: inline-size;
  }
  .base {
    display: grid;
    /* The grid scrolls sideways inside its box rather than widening the element. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_sla-space-2);
    border-top: 4px solid var(--_sla-accent);
    padding: var(--_sla-space-2);
    color: var(--_sla-text);
    background: var(--_sla-surface);
  }
  .brand {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_sla-space-1) var(--_sla-space-2);
  }
  ::slotted([slot='logo']) {
    display: block;
    inline-size: var(--sla-logo-width, 7.5rem);
    block-size: var(--sla-logo-height, 2rem);
    object-fit: contain;
  }
  .brand-name {
    color: var(--_sla-text-muted);
    font-weight: 600;
  }
  h2 {
    margin: 0;
    font-size: 1.125rem;
    flex: 1 1 auto;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sla-space-1) var(--_sla-space-3);
    align-items: end;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sla-space-half) var(--_sla-space-2);
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_sla-space-half);
    color: var(--_sla-text-muted);
    font-size: var(--_sla-font-size-small);
  }
  .check {
    display: inline-flex;
    gap: var(--_sla-space-half);
    align-items: center;
  }
  .search-label {
    display: grid;
    gap: var(--_sla-space-half);
    color: var(--_sla-text-muted);
    font-size: var(--_sla-font-size-small);
  }
  input[type='search'] {
    font: inherit;
    font-size: 1rem;
    color: var(--_sla-text);
    background: var(--_sla-surface);
    border: 1px solid var(--_sla-border);
    border-radius: var(--_sla-radius);
    padding: var(--_sla-space-half) var(--_sla-space-1);
    min-inline-size: 14rem;
  }
  .scroll {
    overflow-x: auto;
    min-inline-size: 0;
  }
  .scroll[data-scrolls] {
    overflow-y: auto;
  }
  .scroll[data-scrolls] .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
  }
  .grid {
    min-inline-size: 68rem;
    --_cols: minmax(12rem, 2fr) 7.5rem 4rem 4.5rem 6rem 7rem 7rem 7.5rem minmax(9rem, 1.5fr) 8rem
      8rem 6.5rem;
  }
  .head {
    background: var(--_sla-surface-subtle);
    border-block-end: 1px solid var(--_sla-border);
  }
  .row {
    display: grid;
    grid-template-columns: var(--_cols);
    align-items: center;
    border-block-end: 1px solid var(--_sla-range-1);
  }
  .spacer {
    display: block;
  }
  .cell {
    padding: var(--_sla-space-half) var(--_sla-space-1);
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .row.drill {
    grid-template-columns: minmax(18rem, 3fr) 7.5rem minmax(0, 6fr);
  }
  .cell:focus-visible {
    outline-offset: -3px;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [role='columnheader'] {
    font-weight: 600;
    font-size: var(--_sla-font-size-small);
  }
  [role='columnheader'] button {
    font-weight: inherit;
    background: none;
    border: 0;
    padding: 0;
    color: inherit;
    cursor: pointer;
    text-align: inherit;
    inline-size: 100%;
  }
  .sort-mark {
    font-size: 0.75em;
  }
  .name {
    display: flex;
    gap: var(--_sla-space-half);
    align-items: baseline;
    cursor: pointer;
    font-weight: 600;
  }
  .drill .name,
  .objective .name {
    font-weight: 400;
  }
  .row[aria-level='2'] .name {
    padding-inline-start: calc(var(--_sla-space-1) + 1.25rem);
  }
  .row[aria-level='3'] .name {
    padding-inline-start: calc(var(--_sla-space-1) + 2.5rem);
  }
  .row[aria-level='4'] .name {
    padding-inline-start: calc(var(--_sla-space-1) + 3.75rem);
  }
  .row[aria-level='5'] .name,
  .row[aria-level='6'] .name {
    padding-inline-start: calc(var(--_sla-space-1) + 5rem);
  }
  .chevron,
  .chevron-space {
    flex: none;
    inline-size: 12px;
  }
  .chevron {
    transition: rotate 0.1s;
  }
  :host([dir='rtl']) .chevron {
    scale: -1 1;
  }
  .row[aria-expanded='true'] > .name .chevron {
    rotate: 90deg;
  }
  :host([dir='rtl']) .row[aria-expanded='true'] > .name .chevron {
    rotate: -90deg;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  .label {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 var(--_sla-space-1);
  }
  .level,
  .muted {
    color: var(--_sla-text-muted);
    font-size: var(--_sla-font-size-small);
    font-weight: 400;
  }
  .health {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 var(--_sla-space-half);
    align-items: center;
    justify-content: end;
  }
  .score {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .money {
    display: block;
    white-space: nowrap;
  }
  .about {
    display: grid;
    gap: 2px;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .line {
    display: block;
  }
  .review[data-state='overdue'],
  .exit[data-state='triggered'] {
    color: var(--_sla-status-breached);
    font-weight: 600;
  }
  .review[data-state='soon'],
  .exit[data-state='near'] {
    color: var(--_sla-status-at-risk);
    font-weight: 600;
  }
  .drill,
  .chain,
  .detail {
    background: var(--_sla-surface-subtle);
  }
  .row.selected {
    box-shadow: inset 4px 0 0 var(--_sla-accent);
  }
  :host([dir='rtl']) .row.selected {
    box-shadow: inset -4px 0 0 var(--_sla-accent);
  }
  ol.chain {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sla-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .link {
    border: 1px solid var(--_sla-border);
    border-radius: var(--_sla-radius);
    padding: var(--_sla-space-half) var(--_sla-space-1);
    background: var(--_sla-surface);
  }
  .link[data-affects='true'] {
    border-inline-start: 4px solid var(--_sla-status-breached);
  }
  .affects {
    color: var(--_sla-status-breached);
  }
  .no-match {
    margin: var(--_sla-space-2) 0;
    color: var(--_sla-text-muted);
  }
  table.totals {
    border-collapse: collapse;
    justify-self: end;
    font-variant-numeric: tabular-nums;
  }
  .totals caption {
    text-align: start;
    color: var(--_sla-text-muted);
    font-size: var(--_sla-font-size-small);
    padding-block-end: var(--_sla-space-half);
  }
  .totals th,
  .totals td {
    padding: 2px var(--_sla-space-1);
    border-block-end: 1px solid var(--_sla-range-1);
    text-align: start;
  }
  .totals .num {
    text-align: end;
  }

  /* Narrow containers: the columns a reader needs first; the table alternative has them all. */
  /*
   * Narrow containers: the columns a reader needs first (customer, health, breached, net) on one
   * line and review and exit clause on a second; the table alternative has every column.
   */
  @container (max-width: 600px) {
    .base {
      padding: var(--_sla-space-1);
    }
    .grid {
      min-inline-size: 0;
      --_cols: minmax(0, 1fr) 6.5rem 3.5rem 6.5rem;
    }
    .cell[data-column='met'],
    .cell[data-column='atRisk'],
    .cell[data-column='credit'],
    .cell[data-column='bonus'],
    .cell[data-column='worst'],
    .cell[data-column='trend'] {
      display: none;
    }
    .cell[data-column='review'] {
      grid-column: 1 / 3;
      padding-inline-start: calc(var(--_sla-space-1) + 12px + var(--_sla-space-half));
    }
    .cell[data-column='exit'] {
      grid-column: 3 / -1;
    }
    .row.drill {
      grid-template-columns: minmax(0, 1.4fr) 6.5rem minmax(0, 2fr);
    }
    input[type='search'] {
      min-inline-size: 0;
      inline-size: 100%;
    }
    .search-label {
      flex: 1 1 100%;
    }
    table.totals {
      justify-self: stretch;
    }
  }

  @media (forced-colors: active) {
    .row.selected {
      box-shadow: none;
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .link[data-affects='true'] {
      border-inline-start-color: CanvasText;
    }
    .base {
      border-top-color: CanvasText;
    }
  }
`;
