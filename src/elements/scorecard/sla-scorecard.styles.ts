import { css } from 'lit';

export const scorecardStyles = css`
  :host {
    container-type: inline-size;
    background: transparent;
  }
  .card {
    background: var(--_sla-surface);
    border: 1px solid var(--_sla-border);
    border-top: 4px solid var(--_sla-accent);
    border-radius: var(--_sla-radius-large);
    padding: var(--_sla-space-2);
    margin-block-end: var(--_sla-space-2);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sla-space-1) var(--_sla-space-3);
    align-items: flex-start;
    margin-block-end: var(--_sla-space-2);
  }
  .titles {
    flex: 1 1 20rem;
    min-width: 0;
  }
  .eyebrow,
  .meta,
  .service,
  .health-label,
  .hint,
  .note {
    color: var(--_sla-text-muted);
    font-size: var(--_sla-font-size-small);
  }
  .eyebrow {
    margin: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sla-space-half) var(--_sla-space-2);
    margin: var(--_sla-space-half) 0 0;
  }
  .badge {
    border: 1px solid currentColor;
    border-radius: var(--_sla-radius);
    padding: 0 var(--_sla-space-half);
  }
  .review-due {
    color: var(--_sla-status-at-risk);
    font-weight: 600;
  }
  .health {
    display: grid;
    justify-items: end;
    gap: 2px;
  }
  .health-score {
    white-space: nowrap;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.1;
  }
  .period {
    display: grid;
    gap: 2px;
    font-size: var(--_sla-font-size-small);
    color: var(--_sla-text-muted);
  }
  select {
    font: inherit;
    color: var(--_sla-text);
    background: var(--_sla-surface);
    border: 1px solid var(--_sla-border);
    border-radius: var(--_sla-radius);
    padding: 2px var(--_sla-space-half);
  }

  /* Status colour marks the status word and icon, not the whole row. */
  .objectives tr,
  .sentence {
    color: var(--_sla-text);
  }
  /* A last resort between the full and the compact layout: scroll rather than spill. */
  .table-scroll {
    overflow-x: auto;
  }
  table.objectives {
    width: 100%;
    border-collapse: collapse;
  }
  /* Stands in for the rows of a large card that are not in the DOM (height set by script). */
  .objectives tr.spacer {
    overflow-anchor: none;
  }
  .objectives th,
  .objectives td {
    padding: var(--_sla-space-1);
    border-bottom: 1px solid var(--_sla-range-1);
    vertical-align: middle;
    text-align: start;
  }
  .objectives thead th {
    font-size: var(--_sla-font-size-small);
    color: var(--_sla-text-muted);
    font-weight: 600;
    border-bottom-color: var(--_sla-border);
  }
  .objectives .sla-num {
    text-align: end;
  }
  /* A value and its unit stay on one line ("12 min, 18 sec", "99.950 %"). */
  .objectives td.sla-num {
    white-space: nowrap;
  }
  .objectives thead .hint,
  .budget-note {
    display: block;
    font-weight: normal;
    font-size: var(--_sla-font-size-small);
    color: var(--_sla-text-muted);
    white-space: normal;
  }
  th.name {
    font-weight: normal;
    min-width: 12rem;
  }
  .objective {
    display: block;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    font-weight: 600;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-color: var(--_sla-border);
    text-underline-offset: 3px;
  }
  .objective:hover {
    text-decoration-color: currentColor;
  }
  .service,
  .origin,
  .evidence {
    display: block;
  }
  .origin {
    color: var(--_sla-text-muted);
    font-size: var(--_sla-font-size-small);
  }
  .value {
    font-weight: 600;
  }
  tr[data-status='breached'] .value {
    color: var(--_sla-status-breached);
  }
  .overspent,
  .credit {
    color: var(--_sla-status-breached);
  }
  .bonus {
    color: var(--_sla-status-exceeded);
  }

  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_sla-space-2);
  }
  .sentence {
    color: var(--_sla-text);
    border-inline-start: 4px solid var(--_sla-range-1);
    padding-inline-start: var(--_sla-space-2);
  }
  .sentence[data-status='breached'] {
    border-inline-start-color: var(--_sla-status-breached);
  }
  .sentence[data-status='at-risk'] {
    border-inline-start-color: var(--_sla-status-at-risk);
  }
  .sentence p {
    margin: 0 0 var(--_sla-space-half);
    max-width: 70ch;
  }
  .sentence-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sla-space-1);
    align-items: center;
  }
  .sentence .sla-status {
    color: inherit;
  }
  .own-words {
    font-style: italic;
    color: var(--_sla-text-muted);
  }

  .foot {
    margin-block-start: var(--_sla-space-2);
  }
  .money {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sla-space-1) var(--_sla-space-4);
    margin: 0;
  }
  .money div {
    display: grid;
  }
  .money dt {
    font-size: var(--_sla-font-size-small);
    color: var(--_sla-text-muted);
  }
  .money dd {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    text-align: start;
  }
  .note {
    margin: var(--_sla-space-1) 0 0;
  }
  .exit {
    display: flex;
    gap: var(--_sla-space-1);
    align-items: flex-start;
    margin: var(--_sla-space-2) 0 0;
    padding: var(--_sla-space-1);
    border: 2px solid var(--_sla-status-breached);
    border-radius: var(--_sla-radius);
    font-weight: 600;
  }

  /* Medium containers: tighter cells so the full table still fits. */
  @container (max-width: 1000px) {
    .objectives th,
    .objectives td {
      padding: var(--_sla-space-half);
    }
    th.name {
      min-width: 8rem;
    }
    /* Here values may wrap between words ("17 Min., / 18 Sek."), never inside a number. */
    .objectives td.sla-num {
      white-space: normal;
    }
    .objectives th.name,
    .objectives td[part='budget'] {
      hyphens: auto;
    }
    .objectives thead th {
      hyphens: auto;
    }
  }

  /* Narrow containers: each objective becomes a compact card of label / value pairs. */
  @container (max-width: 760px) {
    .head {
      display: grid;
    }
    .health {
      justify-items: start;
      grid-auto-flow: column;
      align-items: center;
      gap: var(--_sla-space-1);
    }
    .objectives thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .objectives,
    .objectives tbody,
    .objectives tr,
    .objectives th,
    .objectives td {
      display: block;
    }
    .objectives tr {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 2px var(--_sla-space-1);
      padding: var(--_sla-space-1) 0;
      border-bottom: 1px solid var(--_sla-border);
    }
    .objectives th,
    .objectives td {
      border: 0;
      padding: 0;
    }
    .objectives tr.spacer {
      display: block;
      padding: 0;
      border: 0;
    }
    .objectives th.name {
      grid-column: 1 / -1;
      min-width: 0;
    }
    .objectives td {
      display: contents;
    }
    .objectives td::before {
      /* Seen, not read: screen readers get the column header (the table keeps its roles). */
      content: attr(data-label) / '';
      color: var(--_sla-text-muted);
      font-size: var(--_sla-font-size-small);
      /* Labels line up at the start even where the cell's value aligns to the end (.sla-num). */
      text-align: start;
    }
    .objectives td.trend::before {
      align-self: center;
    }
  }
`;
