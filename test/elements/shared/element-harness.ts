/**
 * The base of the element test harnesses (the Material Web way): a test acts and reads through a
 * harness, never through an element's private fields or its internal class names. The base knows
 * what every element shares (the states of `renderWithState`, parts, the chart/table switch, the
 * events); each element's harness (`test/elements/<name>/harness.ts`) adds what the reader sees of
 * that element (rows, status words, money, ...).
 *
 * Reading: by `part` (the element's declared styling API) or by role and text, visible text only
 * (whitespace collapsed, the invisible isolates around feed text removed).
 * Acting: as a user would (click, keys, a select's change), then waiting for the element's update.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { collect, shadow, visibleText } from './harness.js';

/** A Lit element with the kit's `renderComplete` (every step of a render in the DOM). */
type KitElement = LitElement & { readonly renderComplete?: Promise<unknown> };

export class ElementHarness<E extends KitElement = KitElement> {
  constructor(readonly element: E) {}

  /** The element's shadow root (fails the test when there is none). */
  get root(): ShadowRoot {
    return shadow(this.element);
  }

  /** Waits for the element's pending update (and its rendering steps when it has them). */
  async settle(): Promise<void> {
    await this.element.updateComplete;
    if (this.element.renderComplete) await this.element.renderComplete;
  }

  /** Every node with this part name, in document order, inside `within` (default: the root). */
  parts(name: string, within: ParentNode = this.root): Element[] {
    return [...within.querySelectorAll(`[part~="${name}"]`)];
  }

  /** The first node with this part name, or null. */
  part(name: string, within: ParentNode = this.root): Element | null {
    return within.querySelector(`[part~="${name}"]`);
  }

  /** Visible text of the first node with this part name; '' when there is none. */
  partText(name: string, within: ParentNode = this.root): string {
    return textOfNode(this.part(name, within));
  }

  /** Whether a node with this part name is rendered. */
  has(name: string, within: ParentNode = this.root): boolean {
    return this.part(name, within) !== null;
  }

  /** The "nothing to show" message (`part="empty"`), '' when the element shows content. */
  get emptyText(): string {
    return this.partText('empty');
  }

  /** The error state (`role="alert"`): its visible text, '' when there is no error. */
  get errorText(): string {
    return textOfNode(this.root.querySelector('[role="alert"]'));
  }

  /** True while the loading skeleton is shown. */
  get isLoading(): boolean {
    return this.has('loading');
  }

  /** True when last good data is shown with the stale badge. */
  get isStale(): boolean {
    return this.has('stale-badge');
  }

  /** The summary read before a chart (the first one, or the one inside `within`). */
  summary(within: ParentNode = this.root): string {
    return this.partText('summary', within);
  }

  /** Switches every chart (or the one inside `within`) to its table alternative. */
  async showTable(within: ParentNode = this.root): Promise<void> {
    await this.#view(within, 1);
  }

  /** Switches every chart (or the one inside `within`) back to the chart. */
  async showChart(within: ParentNode = this.root): Promise<void> {
    await this.#view(within, 0);
  }

  async #view(within: ParentNode, index: 0 | 1): Promise<void> {
    const toggles = this.parts('view-toggle', within);
    if (!toggles.length) throw new Error(`${this.element.localName} has no chart/table switch`);
    for (const toggle of toggles) {
      toggle.querySelectorAll<HTMLButtonElement>('[part~="view-button"]')[index]!.click();
    }
    await this.settle();
  }

  /** The table alternatives shown now (`part="data-table"`), read as a user reads them. */
  dataTables(): DataTable[] {
    return this.parts('data-table').map((t) => readTable(t as HTMLTableElement));
  }

  /** Collects the element's events of one type from now on. */
  events<K extends keyof HTMLElementEventMap>(type: K): HTMLElementEventMap[K][] {
    return collect(this.element, type);
  }

  /** Clicks a node as a user would, then waits for the element's update. */
  async click(node: Element): Promise<void> {
    (node as HTMLElement).click();
    await this.settle();
  }

  /** Focuses a node and presses a key (real key events through the browser). */
  async press(node: Element | null, key: string): Promise<void> {
    if (node) (node as HTMLElement).focus();
    await sendKeys({ press: key });
    await this.settle();
  }

  /** The focused node inside the element's shadow root. */
  get focused(): Element | null {
    return this.root.activeElement;
  }
}

/** A table as read: its caption, column headers and, per body row, the header and cells. */
export interface DataTable {
  readonly element: HTMLTableElement;
  readonly part: string | null;
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly {
    readonly header: string;
    readonly scope: string | null;
    readonly cells: readonly string[];
  }[];
}

export function readTable(table: HTMLTableElement): DataTable {
  return {
    element: table,
    part: table.getAttribute('part'),
    caption: textOfNode(table.querySelector('caption')),
    headers: [...table.querySelectorAll('thead th')].map(textOfNode),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) => {
      const th = tr.querySelector('th');
      return {
        header: textOfNode(th),
        scope: th?.getAttribute('scope') ?? null,
        cells: [...tr.querySelectorAll('td')].map(textOfNode),
      };
    }),
  };
}

/** Visible text of a node ('' for none). */
export function textOfNode(node: Node | null | undefined): string {
  return visibleText(node?.textContent ?? '');
}
