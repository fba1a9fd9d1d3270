import type { Feed } from '../feed/index.js';

/**
 * The CLI's line for a customer that is not in the feed, naming up to ten of the feed's customers
 * to help the operator who runs it. Only the command line says this: the report builder, which a
 * server may answer a request with, names the customer that was asked for and no other.
 */
export function unknownCustomerMessage(feed: Feed, customerId: string): string {
  const known = feed.customers.slice(0, 10).map((c) => c.id);
  const more = feed.customers.length > known.length ? ', …' : '';
  return `customer "${customerId}" is not in the feed (its customers: ${known.join(', ') || 'none'}${more})`;
}
