import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { Agreement, Feed } from '../../feed/types.js';
import { indexFeed, resolveAgreement } from '../../model/index.js';
import {
  SlaElement,
  renderEmpty,
  slaErrorEvent,
  translate,
  type MessageKey,
} from '../shared/index.js';
import { portfolioMessages } from './i18n/index.js';
import { portfolioStyles } from './sla-portfolio.styles.js';

/** What the element shows: one agreement, or a message saying what is missing. */
type View =
  | { readonly kind: 'agreement'; readonly agreement: Agreement }
  | { readonly kind: 'empty'; readonly key: MessageKey; readonly params: Record<string, string> };

/**
 * The view from the feed (the customer's part of it when `customer` is set). Derive figures with
 * `src/model` (a view model is a thin selection over the model), never here by hand.
 */
function deriveView(
  feed: Feed,
  agreementId: string | undefined,
  customerId: string | undefined,
): View {
  if (!agreementId) return { kind: 'empty', key: 'portfolio.pickAgreement', params: {} };
  const agreement = feed.agreements.find((a) => a.id === agreementId);
  if (agreement) return { kind: 'agreement', agreement };
  // The display feed holds only the customer's agreements: do not say whether the id exists.
  return customerId
    ? {
        kind: 'empty',
        key: 'state.empty.notOfCustomer',
        params: { id: agreementId, customer: customerId },
      }
    : { kind: 'empty', key: 'state.empty.agreement', params: { id: agreementId } };
}

/**
 * Portfolio of one agreement. (Say here what the reader learns from it, in a sentence or two.)
 *
 * @summary Portfolio: one agreement of the feed.
 *
 * Data comes from `src`, `.feed`, an inline `<script type="application/json">` child, or a
 * surrounding `<sla-feed>`; loading, errors and "no data" are the base class's states.
 *
 * @fires {SlaLoadEvent} sla-load - A new, valid feed is shown, or loading works again after `sla-error`; not when the feed comes from `<sla-feed>`.
 * @fires {SlaErrorEvent} sla-error - Loading or validation failed, or the agreement is not in the feed (kind `missing`).
 *
 * @csspart base - The element's content for one agreement.
 * @csspart heading - The agreement's name.
 *
 * @cssprop --sla-accent - Brand accent; set from the feed's branding.
 */
export class SlaPortfolio extends SlaElement {
  static override styles = [SlaElement.styles, portfolioStyles];
  static override messages = [portfolioMessages];

  static override properties = {
    agreement: { type: String, reflect: true },
  };

  /** Id of the agreement to show. */
  declare agreement: string | undefined;

  #view: View = { kind: 'empty', key: 'portfolio.pickAgreement', params: {} };
  #reportedMissing = '';

  protected override brandingCustomerId(): string | undefined {
    if (this.customer) return this.customer;
    const feed = this.feedState.feed;
    if (!feed || !this.agreement) return undefined;
    return resolveAgreement(indexFeed(feed), this.agreement)?.customerId;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.displayFeed;
    if (
      feed &&
      (changed.has('feedState' as keyof SlaPortfolio) ||
        changed.has('agreement') ||
        changed.has('customer'))
    ) {
      this.#view = deriveView(feed, this.agreement, this.scopeCustomerId);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Say once, through sla-error, that what the attributes ask for is not in the feed.
    const view = this.#view;
    const missing =
      this.feedState.feed && view.kind === 'empty' && view.key !== 'portfolio.pickAgreement'
        ? translate('en', view.key, view.params)
        : '';
    if (missing && missing !== this.#reportedMissing) {
      this.dispatchEvent(slaErrorEvent({ kind: 'missing', message: missing, issues: [] }));
    }
    this.#reportedMissing = missing;
  }

  protected override render(): TemplateResult {
    return this.renderWithState(() => {
      const view = this.#view;
      if (view.kind === 'empty') return renderEmpty(this.t, view.key, view.params);
      const a = view.agreement;
      return html`<section class="base" part="base" aria-labelledby="heading">
        <h2 id="heading" part="heading"><bdi>${a.name}</bdi></h2>
        <p>${this.t('portfolio.intro')}</p>
      </section>`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sla-portfolio': SlaPortfolio;
  }
}
