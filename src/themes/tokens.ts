/**
 * Design tokens: `--sla-*` custom properties, light and dark, plus forced-colors.
 *
 * Two layers, so a host page can theme the kit from anywhere (`body`, a container, or the element):
 * - **Public inputs** `--sla-<name>` are never set by the kit (except `--sla-accent`, set from the
 *   feed's branding through CSSOM). A page sets them where it likes; custom properties inherit into
 *   shadow roots.
 * - **Resolved tokens** `--_sla-<name>` are defined on each element's `:host` as
 *   `var(--sla-<name>, <theme default>)`. Element stylesheets use only the resolved ones:
 *   `color: var(--_sla-text)`.
 *
 * The theme default depends on the host attribute `data-sla-theme` (`light` | `dark`), which
 * `SlaElement` sets from its `theme` property (`auto` follows `prefers-color-scheme` live). Before an
 * element resolves its theme, `prefers-color-scheme` selects the defaults. Under
 * `forced-colors: active` every colour is a system colour; status stays readable through icons
 * and words.
 *
 * Status and severity colours are from the Okabe-Ito colour-blind-safe hues, darkened for light
 * and lightened for dark surfaces, so each reaches 4.5:1 (text) against `surface` and
 * `surface-subtle` in its theme; `border` and `focus-ring` reach 3:1 (test/elements/shared/tokens).
 */
// eslint-disable-next-line no-restricted-imports -- only the kit's own constant tokens (below), never feed values
import { css, unsafeCSS, type CSSResult } from 'lit';

/** Colour tokens per theme. Keys are token names without the `--sla-` prefix. */
export const PALETTE = {
  light: {
    text: '#1b1f24',
    'text-muted': '#57606a',
    surface: '#ffffff',
    'surface-subtle': '#f4f6f8',
    border: '#7d8590',
    'focus-ring': '#0b5cad',
    accent: '#0066cc',
    bar: '#32383f',
    'range-1': '#c9d1d9',
    'range-2': '#dde3e9',
    'range-3': '#eef1f4',
    skeleton: '#e4e8ec',
    'status-exceeded': '#0072b2',
    'status-met': '#00785a',
    'status-at-risk': '#9a6200',
    'status-breached': '#c2410c',
    'status-no-data': '#677079',
    'severity-critical': '#b63e00',
    'severity-major': '#8f5f00',
    'severity-minor': '#a0457a',
    'severity-unknown': '#677079',
  },
  dark: {
    text: '#e6e9ed',
    'text-muted': '#a3acb6',
    surface: '#15181c',
    'surface-subtle': '#1f242a',
    border: '#7d8590',
    'focus-ring': '#79b8ff',
    accent: '#6cb6ff',
    bar: '#d0d7de',
    'range-1': '#4b535d',
    'range-2': '#373e47',
    'range-3': '#2a3038',
    skeleton: '#2a3038',
    'status-exceeded': '#56b4e9',
    'status-met': '#2ec197',
    'status-at-risk': '#e69f00',
    'status-breached': '#ff8044',
    'status-no-data': '#9aa4af',
    'severity-critical': '#ff7a45',
    'severity-major': '#f0b429',
    'severity-minor': '#e58fc0',
    'severity-unknown': '#9aa4af',
  },
} as const;

export type ColorToken = keyof (typeof PALETTE)['light'];
export type ThemeName = keyof typeof PALETTE;

/** Colour tokens that carry meaning as text or marks: 4.5:1 against both surfaces. */
export const TEXT_TOKENS: readonly ColorToken[] = [
  'text',
  'text-muted',
  'accent',
  'status-exceeded',
  'status-met',
  'status-at-risk',
  'status-breached',
  'status-no-data',
  'severity-critical',
  'severity-major',
  'severity-minor',
  'severity-unknown',
];
/** Non-text tokens that must be perceivable: 3:1 against both surfaces. */
export const NON_TEXT_TOKENS: readonly ColorToken[] = ['border', 'focus-ring', 'bar'];

/** System colours used under `forced-colors: active`. */
const FORCED: Readonly<Record<ColorToken, string>> = {
  text: 'CanvasText',
  'text-muted': 'CanvasText',
  surface: 'Canvas',
  'surface-subtle': 'Canvas',
  border: 'CanvasText',
  'focus-ring': 'Highlight',
  accent: 'LinkText',
  bar: 'CanvasText',
  'range-1': 'GrayText',
  'range-2': 'Canvas',
  'range-3': 'Canvas',
  skeleton: 'GrayText',
  'status-exceeded': 'CanvasText',
  'status-met': 'CanvasText',
  'status-at-risk': 'CanvasText',
  'status-breached': 'CanvasText',
  'status-no-data': 'GrayText',
  'severity-critical': 'CanvasText',
  'severity-major': 'CanvasText',
  'severity-minor': 'CanvasText',
  'severity-unknown': 'GrayText',
};

/** Non-colour tokens (same in every theme). */
export const SIZES = {
  'space-half': '4px',
  'space-1': '8px',
  'space-2': '16px',
  'space-3': '24px',
  'space-4': '32px',
  radius: '4px',
  'radius-large': '8px',
  'focus-ring-width': '2px',
  'line-height': '1.5',
  'font-size-small': '0.875em',
  'font-mono': 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
} as const;

// The values below are the kit's own constants, not feed data: unsafeCSS is safe here.
function declarations(values: Readonly<Record<string, string>>, useInput: boolean): CSSResult {
  const lines = Object.entries(values).map(([name, value]) =>
    useInput ? `--_sla-${name}: var(--sla-${name}, ${value});` : `--_sla-${name}: ${value};`,
  );
  return unsafeCSS(lines.join('\n'));
}

/**
 * The token stylesheet. Include it first in every element's `static styles` (SlaElement does).
 */
export const tokens = css`
  :host {
    ${declarations(SIZES, true)}
    ${declarations(PALETTE.light, true)}
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([data-sla-theme])) {
      ${declarations(PALETTE.dark, true)}
      color-scheme: dark;
    }
  }
  :host([data-sla-theme='dark']) {
    ${declarations(PALETTE.dark, true)}
    color-scheme: dark;
  }
  @media (forced-colors: active) {
    :host,
    :host([data-sla-theme]) {
      ${declarations(FORCED, false)}
    }
  }
`;
