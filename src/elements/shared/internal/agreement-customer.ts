/**
 * The customer an agreement view is about, for `brandingCustomerId()`: the `customer` attribute,
 * else the agreement's customer (possibly inherited from its parent agreement).
 */
import type { Feed } from '../../../feed/index.js';
import { indexFeed } from '../../../model/feed-index.js';
import { resolveAgreement } from '../../../model/resolve.js';

export function agreementCustomerId(
  customer: string | undefined,
  feed: Feed | undefined,
  agreementId: string | undefined,
): string | undefined {
  if (customer) return customer;
  if (!feed || !agreementId) return undefined;
  return resolveAgreement(indexFeed(feed), agreementId)?.customerId;
}
