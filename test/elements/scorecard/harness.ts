/**
 * The `<sla-scorecard>` test harness: tests create a scorecard, act on it and read it through
 * this, as a reader sees it (cards, rows, status words, where a row comes from, money, the
 * summary, the period picker, the table alternative, plain sentences), not through its private
 * fields or ad-hoc shadow queries. Reading goes by `part` (declared in the element's JSDoc) and by
 * text; the few class names used here are the ones the parts leave unnamed (value cell, header
 * lines, sentence lines) and live only in this file, so a markup change is fixed in one place.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../src/define/sla-scorecard.js';
import type { SlaScorecard } from '../../../src/elements/scorecard/sla-scorecard.js';
import { ElementHarness, textOfNode } from '../shared/element-harness.js';
import { visibleText } from '../shared/harness.js';
import { AS_OF, goldFeed } from './scorecard-feed.js';

/** Attributes a test can set (strings as in HTML; unset ones are left empty). */
export interface ScorecardAttributes {
  readonly agreement?: string;
  readonly customer?: string;
  readonly period?: string;
  readonly locale?: string;
  readonly sort?: string;
  readonly theme?: string;
  readonly 'time-zone'?: string;
  readonly 'as-of'?: string;
  readonly plain?: boolean;
}

/**
 * A scorecard in the page with these attributes and `.feed`, ready to read: every row drawn
 * (`renderComplete`; for a large agreement, every row near the visible area), or with
 * `{ firstUpdate: true }` as the first update left it.
 * Defaults: the gold agreement of the hand-worked feed, en-GB, light, `as-of` the feed's "now".
 */
export async function scorecard(
  attrs: ScorecardAttributes = { agreement: 'gold' },
  feed: unknown = goldFeed(),
  options: { readonly firstUpdate?: boolean } = {},
): Promise<ScorecardHarness> {
  const el = await fixture<SlaScorecard>(
    html`<sla-scorecard
      agreement=${attrs.agreement ?? ''}
      customer=${attrs.customer ?? ''}
      period=${attrs.period ?? ''}
      locale=${attrs.locale ?? 'en-GB'}
      sort=${attrs.sort ?? 'worst-first'}
      theme=${attrs.theme ?? 'light'}
      time-zone=${attrs['time-zone'] ?? ''}
      ?plain=${attrs.plain ?? false}
      as-of=${attrs['as-of'] ?? AS_OF}
      .feed=${feed}
    ></sla-scorecard>`,
  );
  const harness = new ScorecardHarness(el);
  if (options.firstUpdate) await el.updateComplete;
  else await harness.settle();
  return harness;
}

export class ScorecardHarness extends ElementHarness<SlaScorecard> {
  /** Every agreement card, in order. */
  cards(): CardHarness[] {
    return this.parts('card').map((c) => new CardHarness(this, c as HTMLElement));
  }

  /** The card of one agreement, or the first card. */
  card(agreement?: string): CardHarness {
    const card = this.cards().find((c) => agreement === undefined || c.agreement === agreement);
    if (!card) throw new Error(`no card${agreement ? ` for ${agreement}` : ''} is shown`);
    return card;
  }

  /** The rows of the first card (the objectives table), in the order shown. */
  rows(): RowHarness[] {
    return this.cards()[0]?.rows() ?? [];
  }

  /** The objective ids of the first card's rows, in the order shown. */
  rowIds(): string[] {
    return this.rows().map((r) => r.objective);
  }

  /** The row of one objective in the first card, or undefined when it is not shown. */
  row(objective: string): RowHarness | undefined {
    return this.rows().find((r) => r.objective === objective);
  }

  /** Like {@link row}, failing the test when the objective is not shown. */
  rowOf(objective: string): RowHarness {
    const row = this.row(objective);
    if (!row) throw new Error(`no row for objective ${objective}`);
    return row;
  }

  /** The plain-language sentences of the first card. */
  sentences(): SentenceHarness[] {
    return this.parts('plain')
      .flatMap((list) => [...list.querySelectorAll(':scope > li')])
      .map((li) => new SentenceHarness(this, li as HTMLElement));
  }

  /** The first sentence whose text contains `text`. */
  sentence(text: string): SentenceHarness {
    const s = this.sentences().find((x) => x.text.includes(text));
    if (!s) throw new Error(`no sentence mentions ${text}`);
    return s;
  }

  /** Every objective name button, in document order. */
  objectiveButtons(): HTMLButtonElement[] {
    return this.parts('objective') as HTMLButtonElement[];
  }
}

/** One agreement's card. */
export class CardHarness {
  constructor(
    readonly harness: ScorecardHarness,
    readonly element: HTMLElement,
  ) {}

  get agreement(): string {
    return this.element.dataset.agreement ?? '';
  }

  /** The agreement's name (the card's heading). */
  get title(): string {
    return textOfNode(this.element.querySelector('h2'));
  }

  /** "Globex · Customer agreement · SLA". */
  get eyebrow(): string {
    return textOfNode(this.element.querySelector('.eyebrow'));
  }

  /** Version, validity, review date and the legal link, as one line of text. */
  get meta(): string {
    return textOfNode(this.element.querySelector('.meta'));
  }

  /** The link to the legal text, or null. */
  get legalLink(): HTMLAnchorElement | null {
    return this.element.querySelector<HTMLAnchorElement>('.meta a');
  }

  /** "Review overdue since ...", '' when the review is not overdue. */
  get reviewBadge(): string {
    return this.harness.partText('review-badge', this.element);
  }

  /** "Overall health 100 of 100 Exceeded". */
  get health(): string {
    return this.harness.partText('health', this.element);
  }

  /** The health score alone ("100 of 100"). */
  get healthScore(): string {
    return textOfNode(this.element.querySelector('.health-score'));
  }

  /** The summary read before the table. */
  get summary(): string {
    return this.harness.summary(this.element);
  }

  /** Credits owed, bonuses earned, net and the notes, as one line of text. */
  get footer(): string {
    return this.harness.partText('footer', this.element);
  }

  /** The exit clause warning, or null when the clause is not reached. */
  get exitWarning(): string | null {
    const node = this.harness.part('exit-warning', this.element);
    return node ? textOfNode(node) : null;
  }

  get periodSelect(): HTMLSelectElement {
    const select = this.harness.part('period-select', this.element);
    if (!select) throw new Error('no period picker');
    return select as HTMLSelectElement;
  }

  /** The period picker's options, newest first, as shown. */
  get periodOptions(): string[] {
    return [...this.periodSelect.options].map(textOfNode);
  }

  /** The period shown now, as the picker names it. */
  get selectedPeriod(): string {
    return textOfNode(this.periodSelect.selectedOptions[0]);
  }

  /** Picks a period in the picker by its name, as a user does (a change event). */
  async choosePeriod(label: string): Promise<void> {
    const select = this.periodSelect;
    const option = [...select.options].find((o) => textOfNode(o) === label);
    if (!option) throw new Error(`no period "${label}" in ${this.periodOptions.join(', ')}`);
    select.value = option.value;
    select.dispatchEvent(new Event('change'));
    await this.harness.settle();
  }

  /** The objectives table rows, in the order shown. */
  rows(): RowHarness[] {
    return [...this.element.querySelectorAll('tbody [part~="row"]')].map(
      (tr) => new RowHarness(this.harness, tr as HTMLTableRowElement),
    );
  }

  /** Switches this card to the table alternative. */
  async showTable(): Promise<void> {
    await this.harness.showTable(this.element);
  }
}

/** One objective row of the table. */
export class RowHarness {
  constructor(
    readonly harness: ScorecardHarness,
    readonly element: HTMLTableRowElement,
  ) {}

  get objective(): string {
    return this.element.dataset.objective ?? '';
  }

  /** The row's status (`data-status`): breached, at-risk, no-data, met or exceeded. */
  get status(): string {
    return this.element.dataset.status ?? '';
  }

  /** The whole row as read, one line. */
  get text(): string {
    return textOfNode(this.element);
  }

  /** The objective's name. */
  get name(): string {
    return textOfNode(this.button);
  }

  /** The status word ("Breached", "Complied", ...). */
  get statusWord(): string {
    return this.harness.partText('status', this.element);
  }

  /** The status display (icon and word). */
  get statusElement(): Element | null {
    return this.harness.part('status', this.element);
  }

  /** The measured value's cell. */
  get value(): string {
    return textOfNode(this.element.querySelector('td.value'));
  }

  /** Own or inherited, what changed, where the credits count. */
  get origin(): string {
    return this.harness.partText('origin', this.element);
  }

  /** The credit or bonus cell. */
  get money(): string {
    return this.harness.partText('money', this.element);
  }

  /** The error budget cell. */
  get budget(): string {
    return this.harness.partText('budget', this.element);
  }

  /** The sparkline's text equivalent. */
  get trendLabel(): string {
    return visibleText(
      this.harness.part('sparkline', this.element)?.getAttribute('aria-label') ?? '',
    );
  }

  /** The evidence link, or null. */
  get evidence(): HTMLAnchorElement | null {
    return this.element.querySelector<HTMLAnchorElement>('a[part~="link"]');
  }

  /** The objective's name button. */
  get button(): HTMLButtonElement {
    return this.harness.part('objective', this.element) as HTMLButtonElement;
  }

  /** Clicks the objective's name (fires `sla-select`). */
  async select(): Promise<void> {
    await this.harness.click(this.button);
  }
}

/** One objective's sentences in plain mode. */
export class SentenceHarness {
  constructor(
    readonly harness: ScorecardHarness,
    readonly element: HTMLElement,
  ) {}

  get text(): string {
    return textOfNode(this.element);
  }

  /** What happened this period ("In September 2026: 98.00%, Breached."). */
  get now(): string {
    return textOfNode(this.element.querySelector('.now'));
  }

  /** Own or inherited. */
  get origin(): string {
    return textOfNode(this.element.querySelector('.origin'));
  }
}
