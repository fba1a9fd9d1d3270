/**
 * Source selection: which of an element's inputs its data comes from, highest precedence first:
 * the `.feed` property, `src`, an inline `<script type="application/json">` child, the feed
 * context of a surrounding `<sla-feed>`.
 */
import type { FeedContextValue } from './context.js';

/** The host's inputs, read on every update. */
export interface FeedInputs {
  /** `.feed`: JSON text, a raw feed object or a validated feed; `null`/`undefined` means unset. */
  readonly feed?: unknown;
  /** Feed URL; empty means unset. Relative URLs resolve against the document. */
  readonly src?: string | null;
  /**
   * Polling interval in seconds for `src`; 0 or unset means no polling. Never more often than
   * `minRefreshIntervalMs` (5 s by default): a smaller positive value polls every 5 s.
   */
  readonly refreshInterval?: number | null;
  /**
   * The element's display scope (a customer id), if any. A feed by `src` then keeps only that
   * customer's part (cut out in the feed worker, so the rest never reaches the main thread).
   */
  readonly customer?: string | undefined;
}

export type Source =
  | { readonly kind: 'none' }
  | { readonly kind: 'property'; readonly value: unknown }
  | { readonly kind: 'src'; readonly url: string; readonly customer: string | undefined }
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'context'; readonly value: FeedContextValue };

export const NONE: Source = Object.freeze({ kind: 'none' });

const INLINE_SELECTOR = ':scope > script[type="application/json" i]';

/** The source the inputs call for (see the module comment for the precedence). */
export function pickSource(
  inputs: FeedInputs,
  host: HTMLElement,
  contextValue: FeedContextValue | undefined,
): Source {
  if (inputs.feed !== undefined && inputs.feed !== null)
    return { kind: 'property', value: inputs.feed };
  const src = typeof inputs.src === 'string' ? inputs.src.trim() : '';
  if (src) {
    const customer = inputs.customer?.trim() || undefined;
    return { kind: 'src', url: resolveUrl(src), customer };
  }
  const script = host.querySelector(INLINE_SELECTOR);
  const text = script?.textContent ?? '';
  if (text.trim()) return { kind: 'inline', text };
  if (contextValue) return { kind: 'context', value: contextValue };
  return NONE;
}

/** The same source with the same content: nothing to do. */
export function sameSource(a: Source, b: Source): boolean {
  switch (a.kind) {
    case 'none':
      return b.kind === 'none';
    case 'property':
      return b.kind === 'property' && Object.is(a.value, b.value);
    case 'src':
      return b.kind === 'src' && a.url === b.url && a.customer === b.customer;
    case 'inline':
      return b.kind === 'inline' && a.text === b.text;
    case 'context':
      return b.kind === 'context' && a.value === b.value;
  }
}

/** True when mutations under `host` may have changed its inline feed script. */
export function touchesInlineFeed(records: readonly MutationRecord[], host: HTMLElement): boolean {
  return records.some((r) => {
    if (r.target === host) return true;
    const element = r.target instanceof Element ? r.target : r.target.parentElement;
    const script = element?.closest('script');
    return script?.parentElement === host;
  });
}

function resolveUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}
