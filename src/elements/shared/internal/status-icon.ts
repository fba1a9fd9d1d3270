/**
 * Status and severity icons: small inline SVG shapes, one distinct shape per value, so status
 * never depends on colour alone. Icons are decorative (`aria-hidden`); always render the word
 * next to them ({@link renderStatus}, {@link renderSeverity} do both).
 *
 * Shapes: exceeded = star, met = check, at risk = triangle, breached = cross, no data = dash;
 * critical = octagon, major = diamond, minor = circle, unknown = hollow circle.
 * Colour comes from `currentColor`, set per value by the shared styles
 * (`--_sla-status-*`, `--_sla-severity-*`); forced-colors mode keeps the shapes.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Severity } from '../../../feed/index.js';
import type { Translate } from '../i18n/index.js';

/** The one status vocabulary (same values as the model's period status). */
export type Status = 'exceeded' | 'met' | 'at-risk' | 'breached' | 'no-data';

/** Statuses from best to worst, then no data. */
export const STATUSES: readonly Status[] = ['exceeded', 'met', 'at-risk', 'breached', 'no-data'];
export const SEVERITY_VALUES: readonly Severity[] = ['critical', 'major', 'minor', 'unknown'];

const STATUS_SHAPES: Readonly<Record<Status, SVGTemplateResult>> = {
  exceeded: svg`<polygon fill="currentColor" points="8,0.8 10.2,5.4 15.2,6 11.5,9.5 12.5,14.6 8,12.1 3.5,14.6 4.5,9.5 0.8,6 5.8,5.4"></polygon>`,
  met: svg`<path fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" d="M2.5 8.6 6.3 12.3 13.5 3.8"></path>`,
  'at-risk': svg`<path fill="currentColor" d="M8 1.2 15.3 14.6H0.7Z"></path>`,
  breached: svg`<path fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" d="M3 3 13 13M13 3 3 13"></path>`,
  'no-data': svg`<path fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" d="M3 8H13"></path>`,
};

const SEVERITY_SHAPES: Readonly<Record<Severity, SVGTemplateResult>> = {
  critical: svg`<polygon fill="currentColor" points="5.1,1 10.9,1 15,5.1 15,10.9 10.9,15 5.1,15 1,10.9 1,5.1"></polygon>`,
  major: svg`<polygon fill="currentColor" points="8,0.8 15.2,8 8,15.2 0.8,8"></polygon>`,
  minor: svg`<circle fill="currentColor" cx="8" cy="8" r="5.5"></circle>`,
  unknown: svg`<circle fill="none" stroke="currentColor" stroke-width="2" cx="8" cy="8" r="5.5"></circle>`,
};

function known<K extends string>(
  table: Readonly<Record<K, unknown>>,
  value: string,
  fallback: K,
): K {
  return Object.prototype.hasOwnProperty.call(table, value) ? (value as K) : fallback;
}

/** The 16 px icon frame shared by status and severity icons (decorative, coloured by value). */
function icon(
  part: 'status-icon' | 'severity-icon',
  shape: SVGTemplateResult,
  status: Status | undefined,
  severity: Severity | undefined,
): TemplateResult {
  return html`<svg
    class="sla-icon"
    part=${part}
    data-status=${ifDefined(status)}
    data-severity=${ifDefined(severity)}
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    ${shape}
  </svg>`;
}

/** The icon for a status (an unknown value draws the no-data dash). `part="status-icon"`. */
export function statusIcon(status: Status): TemplateResult {
  const s = known(STATUS_SHAPES, status, 'no-data');
  return icon('status-icon', STATUS_SHAPES[s], s, undefined);
}

/** The icon for a breach severity. `part="severity-icon"`. */
export function severityIcon(severity: Severity): TemplateResult {
  const s = known(SEVERITY_SHAPES, severity, 'unknown');
  return icon('severity-icon', SEVERITY_SHAPES[s], undefined, s);
}

/** Icon + word for a status, coloured by status: `<span part="status" data-status="met">`. */
export function renderStatus(status: Status, t: Translate): TemplateResult {
  const s = known(STATUS_SHAPES, status, 'no-data');
  return html`<span class="sla-status" part="status" data-status=${s}
    >${statusIcon(s)}<span class="sla-status-label">${t(`status.${s}`)}</span></span
  >`;
}

/** Icon + word for a severity: `<span part="severity" data-severity="critical">`. */
export function renderSeverity(severity: Severity, t: Translate): TemplateResult {
  const s = known(SEVERITY_SHAPES, severity, 'unknown');
  return html`<span class="sla-severity" part="severity" data-severity=${s}
    >${severityIcon(s)}<span class="sla-severity-label">${t(`severity.${s}`)}</span></span
  >`;
}
