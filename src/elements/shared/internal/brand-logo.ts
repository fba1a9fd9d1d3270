/**
 * A brand's logo from the feed (provider or customer branding), loaded only from a source the
 * kit trusts: an `https:` URL, or a relative URL that resolves to the page's own origin. `http:`,
 * `data:`, `javascript:`, `blob:` and every other scheme are never loaded (the image is left out).
 *
 * The image sits in a fixed-size box set by the stylesheet (`--sla-logo-width`,
 * `--sla-logo-height`, `object-fit: contain`; no style strings), its alt text is the brand's name,
 * and when it fails to load it is removed, so the reader never sees a broken-image icon.
 */
import { css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

/** A scheme at the start of a URL (`https:`, `data:`, `javascript:` ...). */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The address to load a logo from, or `undefined` when it must not be loaded: only `https:`
 * URLs, and relative URLs (including `//host/path`) that resolve to the same origin as `base`
 * (default: the document's base URL). Control characters and blanks around the text are refused
 * as the URL parser would ignore them (`java\tscript:`).
 */
export function logoSource(
  url: string | null | undefined,
  base: string = typeof document === 'undefined' ? '' : document.baseURI,
): string | undefined {
  if (typeof url !== 'string') return undefined;
  const text = url.trim();
  // eslint-disable-next-line no-control-regex
  if (!text || text.length > 2048 || /[\u0000-\u001f\u007f\\]/.test(text)) return undefined;
  if (SCHEME.test(text)) {
    try {
      const absolute = new URL(text);
      return absolute.protocol === 'https:' ? absolute.href : undefined;
    } catch {
      return undefined;
    }
  }
  try {
    const page = new URL(base);
    const resolved = new URL(text, page);
    if (resolved.origin !== page.origin || resolved.origin === 'null') return undefined;
    return resolved.protocol === 'https:' || resolved.protocol === 'http:'
      ? resolved.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** A failed logo leaves nothing behind (no broken-image icon, no empty box). */
function removeOnError(event: Event): void {
  (event.currentTarget as Element | null)?.remove();
}

/**
 * An `<img>` for a brand, or nothing when the URL is refused (see {@link logoSource}). `alt` is the
 * brand's name (the image is the name in picture form). `part` is the element's part name for it
 * (the element that shows a logo declares it).
 */
export function renderBrandLogo(
  url: string | null | undefined,
  name: string,
  part: string,
  base?: string,
): unknown {
  const src = logoSource(url, base);
  if (!src) return nothing;
  // A new address is a new image: one that failed and was removed does not block the next.
  return keyed(
    src,
    html`<img
      class="sla-brand-logo"
      part=${part}
      src=${src}
      alt=${name}
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${removeOnError}
    />`,
  );
}

/** The logo's fixed box. */
export const brandLogoStyles = css`
  .sla-brand-logo {
    display: block;
    inline-size: var(--sla-logo-width, 7.5rem);
    block-size: var(--sla-logo-height, 2rem);
    object-fit: contain;
    object-position: left center;
    flex: none;
  }
  :host([dir='rtl']) .sla-brand-logo {
    object-position: right center;
  }
`;
