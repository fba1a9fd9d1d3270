/**
 * A tooltip the elements render in their own shadow root: a title, label / value rows and an
 * optional link, placed above (or below) an anchor box and kept inside the viewport
 * (`placeTooltip` in src/layout/tooltip.ts). `position: fixed`, so anchors are viewport
 * coordinates: a pointer position, or the focused mark's `getBoundingClientRect()`.
 *
 * ```ts
 * static styles = [SlaElement.styles, tooltipStyles, ...];
 * #tip = new TooltipController(this);
 * // pointer:  this.#tip.show(pointerBox(event), content)
 * // keyboard: this.#tip.show(mark.getBoundingClientRect(), content, `${id}-tip`)
 * render() { return html`...<g aria-describedby=${this.#tip.id}>...</g>${this.#tip.render()}`; }
 * ```
 * Feed text is rendered as text; the link only when it is https, http or mailto (`renderLink`).
 * The position is set through the CSSOM after each update (`style.setProperty('translate', ...)`),
 * never as a style attribute string. Escape anywhere on the page hides it (WCAG 1.4.13,
 * dismissible); the listener runs in the bubble phase on the document, so an element's own
 * Escape handler sees `visible` still true and can tell "close the tooltip" from "leave the chart".
 */
import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { placeTooltip, type Box } from '../../../layout/tooltip.js';
import { renderLink } from '../internal/link.js';

export type { Box } from '../../../layout/tooltip.js';

export interface TooltipContent {
  readonly title: string;
  readonly rows: readonly { readonly label: string; readonly value: string }[];
  readonly link?: { readonly href: string; readonly text: string };
}

/** A zero-size anchor at a pointer position (viewport coordinates). */
export function pointerBox(event: { readonly clientX: number; readonly clientY: number }): Box {
  return { x: event.clientX, y: event.clientY, width: 0, height: 0 };
}

let counter = 0;

export class TooltipController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #defaultId = `sla-tooltip-${++counter}`;
  readonly #el = createRef<HTMLDivElement>();
  #id = this.#defaultId;
  #content: TooltipContent | undefined;
  #anchor: Box = { x: 0, y: 0, width: 0, height: 0 };
  #listening: Document | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  get visible(): boolean {
    return this.#content !== undefined;
  }

  get content(): TooltipContent | undefined {
    return this.#content;
  }

  /** The id of the tooltip element (for `aria-describedby` on the mark it describes). */
  get id(): string {
    return this.#id;
  }

  /** Shows `content` at `anchor` (viewport coordinates), or moves it there with new content. */
  show(anchor: Box, content: TooltipContent, id?: string): void {
    this.#anchor = anchor;
    this.#content = content;
    this.#id = id ?? this.#defaultId;
    // (listens from hostConnected when shown before the host is in the page)
    if (this.#host.isConnected) this.#listen(true);
    this.#host.requestUpdate();
  }

  hide(): void {
    if (!this.visible) return;
    this.#content = undefined;
    this.#listen(false);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    if (this.visible) this.#listen(true);
  }

  hostDisconnected(): void {
    this.hide();
  }

  hostUpdated(): void {
    const el = this.#el.value;
    if (this.visible && el?.isConnected) this.#place(el);
  }

  render(): TemplateResult | typeof nothing {
    const content = this.#content;
    if (!content) return nothing;
    return html`<div
      ${ref(this.#el)}
      class="sla-tooltip"
      part="tooltip"
      role="tooltip"
      id=${this.#id}
    >
      <p class="sla-tooltip-title" part="tooltip-title">${content.title}</p>
      ${
        content.rows.length
          ? html`<dl class="sla-tooltip-rows" part="tooltip-rows">
              ${content.rows.map(
                (row) =>
                  html`<div class="sla-tooltip-row">
                    <dt>${row.label}</dt>
                    <dd>${row.value}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
      ${
        content.link
          ? html`<p class="sla-tooltip-link">
              ${renderLink(content.link.href, content.link.text)}
            </p>`
          : nothing
      }
    </div>`;
  }

  #place(el: HTMLElement): void {
    const doc = el.ownerDocument;
    const view = doc.documentElement;
    const bounds: Box = { x: 0, y: 0, width: view.clientWidth, height: view.clientHeight };
    const { x, y, side } = placeTooltip(
      this.#anchor,
      { width: el.offsetWidth, height: el.offsetHeight },
      bounds,
    );
    el.style.setProperty('translate', `${x}px ${y}px`);
    // A transformed or contained ancestor makes itself the box `fixed` is relative to: correct
    // by the offset that box has in the viewport.
    const rect = el.getBoundingClientRect();
    const dx = rect.left - x;
    const dy = rect.top - y;
    if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) {
      el.style.setProperty('translate', `${x - dx}px ${y - dy}px`);
    }
    el.dataset['side'] = side;
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.hide();
  };

  #listen(on: boolean): void {
    const doc = on ? this.#host.ownerDocument : undefined;
    if (doc === this.#listening) return;
    this.#listening?.removeEventListener('keydown', this.#onKeydown);
    doc?.addEventListener('keydown', this.#onKeydown);
    this.#listening = doc;
  }
}

/** The tooltip's styles: add to the element's `static styles`. */
export const tooltipStyles = css`
  .sla-tooltip {
    /* viewport coordinates are physical (left / top), in right-to-left pages too */
    position: fixed;
    top: 0;
    left: 0;
    z-index: 10;
    max-inline-size: min(20rem, calc(100vw - 16px));
    margin: 0;
    padding: var(--_sla-space-1);
    color: var(--_sla-text);
    background: var(--_sla-surface);
    border: 1px solid var(--_sla-border);
    border-radius: var(--_sla-radius);
    font-size: 0.875em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .sla-tooltip-title {
    margin: 0;
    font-weight: 600;
  }
  .sla-tooltip-rows {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_sla-space-1);
    margin: var(--_sla-space-half) 0 0;
  }
  .sla-tooltip-row {
    display: contents;
  }
  .sla-tooltip-rows dt {
    color: var(--_sla-text-muted);
  }
  .sla-tooltip-rows dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .sla-tooltip-link {
    margin: var(--_sla-space-half) 0 0;
  }
`;
