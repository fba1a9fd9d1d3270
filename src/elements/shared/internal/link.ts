/**
 * Links from the feed: rendered as `<a>` only for https, http and mailto (checked again here, on
 * top of the parser dropping others), otherwise as plain text. Feed text is always text.
 */
import { html, type TemplateResult } from 'lit';
import { isSafeLink } from '../../../feed/safe-link.js';

/**
 * `<a part="link" href=... rel="noopener noreferrer">label</a>` when `url` is a safe link,
 * else the label as text. `newTab` opens it in a new browsing context.
 */
export function renderLink(
  url: string | null | undefined,
  label: string,
  { newTab = false }: { newTab?: boolean } = {},
): TemplateResult {
  if (!url || !isSafeLink(url)) return html`<span part="link-text">${label}</span>`;
  return newTab
    ? html`<a part="link" href=${url} rel="noopener noreferrer" target="_blank">${label}</a>`
    : html`<a part="link" href=${url} rel="noopener noreferrer">${label}</a>`;
}
