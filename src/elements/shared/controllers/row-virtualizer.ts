/**
 * Windowed rows: only the rows near the visible part of a long list are in the DOM, between two
 * spacers that stand in for the others. It works with table rows (`<tr>` in a `<tbody>`, kept in
 * the table's own layout: nothing is positioned absolutely) and with ARIA grid rows, in the page's
 * own scroll (default) or in a scroll container (`scrollElement`).
 *
 * ```ts
 * #rows = new RowVirtualizer(this, { rowHeight: 48, rows: () => this.renderRoot.querySelector('tbody') });
 * willUpdate() { this.#rows.count = this.items.length; }
 * render() {
 *   return html`<table role="table" aria-rowcount=${this.#rows.rowCount}><thead>…</thead><tbody>
 *     ${repeat(this.#rows.items, (it) => it.key, (it) => it.kind === 'spacer'
 *       ? html`<tr aria-hidden="true" class="spacer" ${this.#rows.spacer(it.key)}></tr>`
 *       : html`<tr aria-rowindex=${this.#rows.rowIndex(it.index)}>…</tr>`)}
 *   </tbody></table>`;
 * }
 * ```
 *
 * - Row heights: `rowHeight` is the estimate; every rendered row is measured after an update and
 *   rows not measured yet count as the average of those that were (so rows of one stable height
 *   need a single correction; rows of different heights stay right once seen).
 * - The rows in the DOM are the visible ones plus `overscan` on each side; a scroll renders again
 *   only when the visible rows are no longer all there.
 * - Every row carries `aria-rowindex` (1-based, after `headerRows` header rows) and the table
 *   `aria-rowcount`, so screen readers announce "row 312 of 2001" and the size of the whole list.
 * - The row that has focus (and its neighbours, so Tab and Shift+Tab reach the next and previous
 *   row) is never removed while the reader scrolls away from it.
 * - Spacer heights are set through the CSSOM (`element.style.height`), never a `style` attribute,
 *   so pages with a strict Content Security Policy keep working.
 * - While the page prints (`beforeprint` .. `afterprint`) every row is rendered.
 * - Find-in-page finds only rows in the DOM: the caveat is documented in docs/decisions.md.
 */
import { noChange, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type DirectiveResult,
  type ElementPart,
  type PartInfo,
} from 'lit/directive.js';

export interface RowVirtualizerOptions {
  /** Estimated height of one row in CSS px (corrected by measuring the rendered rows). */
  readonly rowHeight: number;
  /** Rows rendered beyond each edge of the visible area (default 8). */
  readonly overscan?: number;
  /** The element whose children are the rows and spacers (a `<tbody>` or an ARIA rowgroup). */
  readonly rows: () => HTMLElement | null | undefined;
  /** The scroll container, when the rows scroll inside one; default: the page's own scroll. */
  readonly scrollElement?: () => HTMLElement | null | undefined;
  /** Rows before the first virtual row counted by `aria-rowindex` (header rows; default 1). */
  readonly headerRows?: number;
}

/** Something to render in the rows container, in order, keyed by `key`. */
export type VirtualItem =
  | { readonly kind: 'row'; readonly key: number; readonly index: number }
  | { readonly kind: 'spacer'; readonly key: SpacerKey; readonly height: number };

/** The spacer above the rows, the one between a kept focused row and the others, the one below. */
export type SpacerKey = 'before' | 'gap' | 'after';

/** Half-open `[start, end)` of row indices. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/** Updates in a row after one without a scroll that may correct the range (measured heights). */
const MAX_CORRECTIONS = 4;

export class RowVirtualizer implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RowVirtualizerOptions;
  readonly #overscan: number;
  readonly #headerRows: number;
  #count = 0;
  /** Measured heights (NaN: not measured yet). */
  #heights: number[] = [];
  #measuredSum = 0;
  #measuredCount = 0;
  /** Row tops: `#offsets[i]` is the top of row i in the rows container, `#offsets[count]` the total. */
  #offsets = new Float64Array(1);
  #offsetsDirty = true;
  #start = 0;
  #end = 0;
  #placed = false;
  #focused: number | undefined;
  #printing = false;
  #corrections = 0;
  /** The update that corrects the rendered rows after a measurement, while one is due. */
  #correction: Promise<void> | null = null;
  readonly #spacers = new Map<SpacerKey, HTMLElement>();
  #resize: ResizeObserver | undefined;
  #observed: Element | undefined;
  #observedWidth = -1;
  #scrollTarget: EventTarget | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RowVirtualizerOptions) {
    this.#host = host;
    this.#options = options;
    this.#overscan = Math.max(0, Math.floor(options.overscan ?? 8));
    this.#headerRows = options.headerRows ?? 1;
    host.addController(this);
  }

  /** How many rows the list has. Set it before the host renders (in `willUpdate`). */
  get count(): number {
    return this.#count;
  }

  set count(count: number) {
    count = Math.max(0, Math.floor(count));
    if (count === this.#count) return;
    const before = this.#count;
    this.#heights.length = count;
    if (count > before) this.#heights.fill(Number.NaN, before);
    this.#count = count;
    this.#remeasureAll();
    if (this.#focused !== undefined && this.#focused >= count) this.#focused = undefined;
    this.#clampRange();
    // A window that reached the end of the list takes in the rows added there, up to the
    // overscan (they are near the visible area, and no scroll may come to place them).
    if (this.#placed && count > before && this.#end === before)
      this.#end = Math.min(count, before + this.#overscan);
  }

  /** The rows in the DOM (apart from a kept focused row): `[start, end)`. */
  get range(): RowRange {
    return this.#printing ? { start: 0, end: this.#count } : { start: this.#start, end: this.#end };
  }

  /** Height in px of the spacer above the rendered rows. */
  get before(): number {
    return this.spacerHeight('before');
  }

  /** Height in px of the spacer below the rendered rows. */
  get after(): number {
    return this.spacerHeight('after');
  }

  /** Height in px of one spacer ('gap': between a kept focused row and the others; 0 if none). */
  spacerHeight(key: SpacerKey): number {
    const segments = this.#segments();
    const first = segments[0]!;
    const last = segments[segments.length - 1]!;
    if (key === 'before') return this.#offset(first.start);
    if (key === 'after') return this.#offset(this.#count) - this.#offset(last.end);
    return first === last ? 0 : this.#offset(last.start) - this.#offset(first.end);
  }

  /** The list's height in px (measured rows as measured, the others as the average). */
  get totalHeight(): number {
    return this.#offset(this.#count);
  }

  /** `aria-rowcount` of the table or grid: the rows plus the header rows. */
  get rowCount(): number {
    return this.#count + this.#headerRows;
  }

  /** `aria-rowindex` of row `index` (1-based, after the header rows). */
  rowIndex(index: number): number {
    return index + this.#headerRows + 1;
  }

  /** What to render in the rows container, in order: the spacers and the rows. */
  get items(): readonly VirtualItem[] {
    const segments = this.#segments();
    const items: VirtualItem[] = [
      { kind: 'spacer', key: 'before', height: this.spacerHeight('before') },
    ];
    segments.forEach((s, n) => {
      if (n > 0) items.push({ kind: 'spacer', key: 'gap', height: this.spacerHeight('gap') });
      for (let i = s.start; i < s.end; i++) items.push({ kind: 'row', key: i, index: i });
    });
    items.push({ kind: 'spacer', key: 'after', height: this.spacerHeight('after') });
    return items;
  }

  /**
   * An element directive for a spacer (`<tr aria-hidden="true" ${v.spacer('before')}>`): sets its
   * height through the CSSOM, now and whenever a measurement changes it.
   */
  spacer(key: SpacerKey): DirectiveResult<typeof SpacerDirective> {
    return spacerDirective(this, key);
  }

  /**
   * Scrolls so that row `index` is at the top of the visible area (rendering it first when it is
   * not in the DOM); resolves with the row element once it is rendered, to focus it for example.
   */
  async scrollToIndex(index: number): Promise<HTMLElement | null> {
    if (this.#count === 0) return null;
    index = Math.min(this.#count - 1, Math.max(0, Math.floor(index)));
    this.#scrollBy(this.#topInView(index));
    this.#place(true);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // The heights measured on the way may have moved it: one more step puts it exactly there.
    const row = this.#row(index);
    if (row) this.#scrollBy(row.getBoundingClientRect().top - this.#viewport().top);
    this.#place(false);
    while (this.#correction) await this.#correction;
    return this.#row(index);
  }

  /** A promise while an update that corrects the rendered rows is under way, else null. */
  pending(): Promise<void> | null {
    return this.#correction;
  }

  /** Called by the spacer directive. */
  _spacerRendered(key: SpacerKey, element: HTMLElement, height: number): void {
    this.#spacers.set(key, element);
    setHeight(element, height);
  }

  hostConnected(): void {
    this.#listen();
    window.addEventListener('resize', this.#onScroll, { passive: true });
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  /** Listens to the scroll container (it may render after the host connects), else the page. */
  #listen(): void {
    // Page scroll: any scroll of the document or of an ancestor moves the rows in the viewport.
    const target = this.#options.scrollElement?.() ?? document;
    if (target === this.#scrollTarget) return;
    this.#scrollTarget?.removeEventListener('scroll', this.#onScroll, { capture: true });
    this.#scrollTarget = target;
    target.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    this.#scrollTarget?.removeEventListener('scroll', this.#onScroll, { capture: true });
    this.#scrollTarget = undefined;
    window.removeEventListener('resize', this.#onScroll);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    this.#resize?.disconnect();
    this.#observed = undefined;
    this.#correction = null;
  }

  hostUpdate(): void {
    this.#readFocus();
    // Before the first layout: as many rows as fit a viewport, from the top.
    if (!this.#placed && this.#end === this.#start) {
      const fit = Math.ceil(this.#viewport().height / this.#estimate()) + this.#overscan;
      this.#start = 0;
      this.#end = Math.min(this.#count, fit);
    }
  }

  hostUpdated(): void {
    const container = this.#options.rows();
    if (!container || !container.isConnected) {
      this.#correction = null;
      return;
    }
    this.#listen();
    this.#observe(container);
    this.#spacers.forEach((el, key) => {
      if (el.parentElement !== container) this.#spacers.delete(key);
    });
    // One forced layout per update: measure the rows and read where they start, then place the
    // window, and only then write the spacer heights (the rows' top does not depend on them).
    const changed = this.#measure(container);
    const moved = this.#place(false, container.getBoundingClientRect().top);
    if (changed) this.#setSpacerHeights();
    if (moved && this.#corrections < MAX_CORRECTIONS) {
      this.#corrections += 1;
      // Right after this update (not inside it), before the frame is painted.
      this.#correction = new Promise((resolve) =>
        queueMicrotask(() => {
          this.#host.requestUpdate();
          resolve(this.#host.updateComplete.then(() => undefined));
        }),
      );
    } else {
      this.#corrections = 0;
      this.#correction = null;
    }
  }

  // ---------------------------------------------------------------------------------------------

  readonly #onScroll = (): void => {
    this.#corrections = 0;
    const kept = this.#segments().length > 1;
    this.#readFocus();
    // A kept row that lost focus goes too; else render only when the visible rows are not there.
    if (this.#place(false) || (kept && this.#segments().length === 1)) this.#host.requestUpdate();
  };

  readonly #onBeforePrint = (): void => {
    this.#printing = true;
    this.#host.requestUpdate();
  };

  readonly #onAfterPrint = (): void => {
    this.#printing = false;
    this.#host.requestUpdate();
  };

  /** The row that has focus now (read before each render: it must stay in the DOM). */
  #readFocus(): void {
    const root = this.#host.shadowRoot ?? document;
    this.#focused = this.#rowOf(root.activeElement);
  }

  /** The index of the row that `node` is (or is in), when it is one of the rendered rows. */
  #rowOf(node: Element | null): number | undefined {
    const container = this.#options.rows();
    for (let n: Element | null = node; n && container; n = n.parentElement) {
      if (n.parentElement === container) {
        const at = n.getAttribute('aria-rowindex');
        return at === null ? undefined : Number(at) - this.#headerRows - 1;
      }
    }
    return undefined;
  }

  #row(index: number): HTMLElement | null {
    const container = this.#options.rows();
    return (
      container?.querySelector<HTMLElement>(`:scope > [aria-rowindex="${this.rowIndex(index)}"]`) ??
      null
    );
  }

  /** The rendered segments: the range, and the focused row with its neighbours when apart. */
  #segments(): RowRange[] {
    const range = this.range;
    const f = this.#focused;
    if (f === undefined || this.#printing) return [range];
    const kept = { start: Math.max(0, f - 1), end: Math.min(this.#count, f + 2) };
    if (kept.end < range.start) return [kept, range];
    if (kept.start > range.end) return [range, kept];
    return [{ start: Math.min(kept.start, range.start), end: Math.max(kept.end, range.end) }];
  }

  /** Average measured row height, else the estimate. */
  #estimate(): number {
    return this.#measuredCount ? this.#measuredSum / this.#measuredCount : this.#options.rowHeight;
  }

  #offset(index: number): number {
    if (this.#offsetsDirty) {
      const n = this.#count;
      const estimate = this.#estimate();
      if (this.#offsets.length !== n + 1) this.#offsets = new Float64Array(n + 1);
      let top = 0;
      for (let i = 0; i < n; i++) {
        this.#offsets[i] = top;
        const h = this.#heights[i]!;
        top += Number.isNaN(h) ? estimate : h;
      }
      this.#offsets[n] = top;
      this.#offsetsDirty = false;
    }
    return this.#offsets[Math.min(Math.max(0, index), this.#count)]!;
  }

  /** The row at `y` px from the top of the rows (clamped to the rows). */
  #indexAt(y: number): number {
    this.#offset(0);
    let lo = 0;
    let hi = this.#count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#offsets[mid]! <= y) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }

  /** The visible area in viewport coordinates. */
  #viewport(): { top: number; bottom: number; height: number } {
    const height = window.innerHeight || document.documentElement.clientHeight;
    const scroller = this.#options.scrollElement?.();
    if (!scroller) return { top: 0, bottom: height, height };
    const box = scroller.getBoundingClientRect();
    const top = Math.max(0, box.top);
    const bottom = Math.min(height, box.top + scroller.clientHeight);
    return { top, bottom, height: Math.max(0, bottom - top) || scroller.clientHeight };
  }

  /** How far row `index` is from the top of the visible area, in px (estimated when not rendered). */
  #topInView(index: number): number {
    const container = this.#options.rows();
    if (!container) return 0;
    return container.getBoundingClientRect().top + this.#offset(index) - this.#viewport().top;
  }

  #scrollBy(dy: number): void {
    if (Math.abs(dy) < 0.5) return;
    const scroller = this.#options.scrollElement?.();
    if (scroller) scroller.scrollTop += dy;
    else window.scrollBy(0, dy);
  }

  /**
   * Works out the rows to render for the current scroll position; returns true when they changed
   * (the host must render). With `force`, places the range even when the old one still covers.
   * `rowsTop`: the rows container's top in the viewport, when the caller has just read it.
   */
  #place(force: boolean, rowsTop?: number): boolean {
    if (this.#printing) return false;
    const container = this.#options.rows();
    if (!container || !container.isConnected || this.#count === 0) return false;
    const view = this.#viewport();
    const top = rowsTop ?? container.getBoundingClientRect().top;
    const first = this.#indexAt(view.top - top);
    const last = this.#indexAt(view.bottom - top);
    this.#placed = true;
    // Still covered, and not far more than needed (a first guess, a shrunk viewport): keep it.
    const covered = first >= this.#start && last < this.#end;
    const wide = this.#end - this.#start > last - first + 1 + 4 * this.#overscan + 2;
    if (!force && covered && !wide) return false;
    const start = Math.max(0, first - this.#overscan);
    const end = Math.min(this.#count, last + 1 + this.#overscan);
    if (start === this.#start && end === this.#end) return false;
    this.#start = start;
    this.#end = end;
    return true;
  }

  #clampRange(): void {
    this.#end = Math.min(this.#end, this.#count);
    this.#start = Math.min(this.#start, this.#end);
    if (this.#placed && this.#end === this.#start && this.#count > 0) {
      // The list shrank below the old window: show its end.
      this.#start = Math.max(0, this.#count - this.#overscan * 2);
      this.#end = this.#count;
    }
  }

  /** Measures the rendered rows; true when a height changed. */
  #measure(container: HTMLElement): boolean {
    let changed = false;
    for (const child of container.children) {
      const at = child.getAttribute('aria-rowindex');
      if (at === null) continue;
      const index = Number(at) - this.#headerRows - 1;
      if (!(index >= 0 && index < this.#count)) continue;
      const h = child.getBoundingClientRect().height;
      if (h <= 0) continue; // not laid out (hidden): keep the estimate
      const old = this.#heights[index]!;
      if (Math.abs(old - h) < 0.01) continue;
      if (Number.isNaN(old)) this.#measuredCount += 1;
      else this.#measuredSum -= old;
      this.#measuredSum += h;
      this.#heights[index] = h;
      changed = true;
    }
    if (changed) this.#offsetsDirty = true;
    return changed;
  }

  /** Every height is to be measured again (the rows may have changed, or the width). */
  #remeasureAll(): void {
    this.#heights.fill(Number.NaN);
    this.#measuredSum = 0;
    this.#measuredCount = 0;
    this.#offsetsDirty = true;
  }

  #setSpacerHeights(): void {
    this.#spacers.forEach((el, key) => setHeight(el, this.spacerHeight(key)));
  }

  /** A change of the rows' width re-flows them: measure again. */
  #observe(container: HTMLElement): void {
    if (container === this.#observed) return;
    this.#resize ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1]!;
      const width = Math.round(entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width);
      if (width === this.#observedWidth) return;
      this.#observedWidth = width;
      this.#remeasureAll();
      // In the next frame, not inside this delivery: the update changes sizes that other
      // observers of the page (or of the host) watch.
      this.#correction = new Promise((resolve) =>
        requestAnimationFrame(() => {
          this.#host.requestUpdate();
          resolve(this.#host.updateComplete.then(() => undefined));
        }),
      );
    });
    if (this.#observed) this.#resize.unobserve(this.#observed);
    this.#observed = container;
    this.#observedWidth = Math.round(container.getBoundingClientRect().width);
    this.#resize.observe(container);
  }
}

function setHeight(element: HTMLElement, height: number): void {
  const value = `${Math.max(0, Math.round(height * 100) / 100)}px`;
  if (element.style.height !== value) element.style.height = value;
}

class SpacerDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('spacer() goes on an element');
  }

  render(_virtualizer: RowVirtualizer, _key: SpacerKey): unknown {
    return noChange;
  }

  override update(part: ElementPart, [virtualizer, key]: [RowVirtualizer, SpacerKey]): unknown {
    virtualizer._spacerRendered(key, part.element as HTMLElement, virtualizer.spacerHeight(key));
    return noChange;
  }
}

const spacerDirective = directive(SpacerDirective);
