/**
 * Styles every element shares: host basics (font and size inherited from the page), helper
 * classes (`sla-visually-hidden`, `sla-num`), focus ring, status and severity colours, and the
 * state views (loading, empty, error, stale, no data). Use the resolved tokens `--_sla-*`
 * (see src/themes/tokens.ts).
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--sla-font-family, inherit);
    font-size: var(--sla-font-size, inherit);
    line-height: var(--_sla-line-height);
    color: var(--_sla-text);
    background: var(--_sla-surface);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* Marks the language of the content when the host's lang is one without messages. */
  .sla-lang {
    display: contents;
  }

  .sla-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /** Numbers set for comparison. */
  .sla-num {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  :focus-visible {
    outline: var(--_sla-focus-ring-width) solid var(--_sla-focus-ring);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    color: inherit;
  }

  .sla-icon {
    width: 1em;
    height: 1em;
    flex: none;
    vertical-align: -0.125em;
  }

  .sla-status,
  .sla-severity {
    display: inline-flex;
    align-items: center;
    gap: var(--_sla-space-half);
    white-space: nowrap;
  }
  [data-status='exceeded'] {
    color: var(--_sla-status-exceeded);
  }
  [data-status='met'] {
    color: var(--_sla-status-met);
  }
  [data-status='at-risk'] {
    color: var(--_sla-status-at-risk);
  }
  [data-status='breached'] {
    color: var(--_sla-status-breached);
  }
  [data-status='no-data'] {
    color: var(--_sla-status-no-data);
  }
  [data-severity='critical'] {
    color: var(--_sla-severity-critical);
  }
  [data-severity='major'] {
    color: var(--_sla-severity-major);
  }
  [data-severity='minor'] {
    color: var(--_sla-severity-minor);
  }
  [data-severity='unknown'] {
    color: var(--_sla-severity-unknown);
  }
`;

export const stateStyles = css`
  .sla-state {
    padding: var(--_sla-space-2);
    border: 1px solid var(--_sla-border);
    border-radius: var(--_sla-radius-large);
    background: var(--_sla-surface);
  }
  .sla-state p {
    margin: 0;
  }
  .sla-state p + p,
  .sla-state p + ul {
    margin-top: var(--_sla-space-1);
  }
  .sla-state-title {
    font-weight: 600;
  }

  .sla-skeleton {
    display: grid;
    gap: var(--_sla-space-1);
  }
  .sla-skeleton span {
    display: block;
    height: var(--_sla-space-2);
    border-radius: var(--_sla-radius);
    background: var(--_sla-skeleton);
  }
  .sla-skeleton span:nth-child(2) {
    width: 80%;
  }
  .sla-skeleton span:nth-child(3) {
    width: 60%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .sla-skeleton span {
      animation: sla-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes sla-pulse {
    50% {
      opacity: 0.5;
    }
  }

  .sla-error {
    border-color: var(--_sla-status-breached);
  }
  .sla-issues {
    margin: var(--_sla-space-1) 0 0;
    padding-inline-start: var(--_sla-space-3);
  }
  .sla-issues li + li {
    margin-top: var(--_sla-space-half);
  }
  .sla-path,
  .sla-url {
    font-family: var(--_sla-font-mono);
    font-size: var(--_sla-font-size-small);
    overflow-wrap: anywhere;
  }
  .sla-path {
    margin-inline-end: var(--_sla-space-1);
  }

  .sla-state-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_sla-space-1) var(--_sla-space-2);
    margin-bottom: var(--_sla-space-1);
  }
  .sla-stale-badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_sla-space-half);
    margin: 0;
    padding: 0 var(--_sla-space-1);
    border: 1px solid var(--_sla-status-at-risk);
    border-radius: var(--_sla-radius);
    color: var(--_sla-status-at-risk);
    font-size: var(--_sla-font-size-small);
  }
  .sla-error-details {
    font-size: var(--_sla-font-size-small);
  }
  .sla-error-details summary {
    cursor: pointer;
    color: var(--_sla-text-muted);
  }
  .sla-error-details[open] summary {
    margin-bottom: var(--_sla-space-half);
  }

  .sla-no-data {
    display: inline-flex;
    align-items: center;
    gap: var(--_sla-space-half);
    color: var(--_sla-status-no-data);
  }
`;
