/**
 * Display scope: what a view may show when it is about one customer (the elements' `customer`
 * attribute). One rule for every element, so none has to get it right on its own:
 *
 * - an agreement is **of customer C** when its chain (the agreement and its ancestors) names C and
 *   no other customer: C's customer agreement, C's service agreements below it. A shared
 *   corporate agreement (it names no customer) is not C's, and neither is an agreement whose chain
 *   mixes customers (a feed error the scope does not trust);
 * - {@link scopeFeed} keeps, of a feed, only what C may see. Which records those are is decided by
 *   the feed layer's `selectCustomer` (the same selection that cuts per-customer feeds, with mixed
 *   chains excluded instead of refused): the provider, C, C's agreements and the shared levels
 *   above them (for the terms they inherit), the periods and breaches recorded against C's
 *   agreements, the maintenance windows that concern them, and the services these use, every list
 *   cut down to the selection. Nothing of another customer remains.
 *
 * This is defence in depth for what an element renders, not a security boundary: the whole feed
 * still reached the browser. A customer portal serves each customer a feed of its own.
 */
import type { Agreement, Feed } from '../feed/index.js';
import { customerOfAgreement, selectCustomer } from '../feed/select.js';
import type { FeedIndex } from './feed-index.js';

/** Whether an agreement may be shown for a customer, and if not, why. */
export type ScopeVerdict = 'ok' | 'unknown-customer' | 'not-of-customer';

/**
 * True when `agreementId` is an agreement of `customerId`: its chain names that customer and no
 * other. False for unknown ids, parent cycles, shared (corporate) agreements and mixed chains.
 */
export function isAgreementOfCustomer(
  index: FeedIndex,
  agreementId: string,
  customerId: string,
): boolean {
  // The same rule as the selection's (src/feed/select.ts), from its index.
  return customerOfAgreement(index.feed, agreementId) === customerId;
}

/** May `agreementId` be shown for `customerId`? */
export function scopeVerdict(
  index: FeedIndex,
  customerId: string,
  agreementId: string,
): ScopeVerdict {
  if (!index.customers.has(customerId)) return 'unknown-customer';
  return isAgreementOfCustomer(index, agreementId, customerId) ? 'ok' : 'not-of-customer';
}

/**
 * The agreements of a customer (see {@link isAgreementOfCustomer}), in feed order; `null` when the
 * customer is not in the feed.
 */
export function agreementsOfCustomer(index: FeedIndex, customerId: string): Agreement[] | null {
  if (!index.customers.has(customerId)) return null;
  return index.feed.agreements.filter((a) => isAgreementOfCustomer(index, a.id, customerId));
}

const scoped = new WeakMap<Feed, Map<string, Feed>>();

/**
 * The part of `feed` that customer `customerId` may see (see the module comment). For a customer
 * that is not in the feed: the provider and nothing else. Memoised per feed and customer, so model
 * functions memoised per feed (indexFeed, resolveAgreement) stay cheap on the result.
 */
export function scopeFeed(feed: Feed, customerId: string): Feed {
  let perFeed = scoped.get(feed);
  if (!perFeed) {
    perFeed = new Map();
    scoped.set(feed, perFeed);
  }
  let result = perFeed.get(customerId);
  if (!result) {
    result = Object.freeze(selectCustomer(feed, customerId, { onMixedChain: 'exclude' }));
    perFeed.set(customerId, result);
  }
  return result;
}
