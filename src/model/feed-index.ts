/**
 * Lookup tables over a parsed feed, built once per feed object. Every model function that needs
 * "the periods of this objective" or "the agreements of this customer" takes a {@link FeedIndex}.
 */
import { agreementChain } from '../feed/inherit.js';
import type { Agreement, Breach, Customer, Feed, Period, Service } from '../feed/index.js';

/** Maps from ids to records, plus the groupings the model needs. All lists keep feed order (by start). */
export interface FeedIndex {
  /** The feed the index was built from. */
  readonly feed: Feed;
  /** Agreements by id. */
  readonly agreements: ReadonlyMap<string, Agreement>;
  /** Customers by id. */
  readonly customers: ReadonlyMap<string, Customer>;
  /** Services by id. */
  readonly services: ReadonlyMap<string, Service>;
  /** Periods by {@link periodKey}(agreementId, objectiveId), sorted by start. */
  readonly periodsByObjective: ReadonlyMap<string, readonly Period[]>;
  /** Periods of every objective of an agreement, by agreement id, sorted by start. */
  readonly periodsByAgreement: ReadonlyMap<string, readonly Period[]>;
  /** Breaches by agreement id, sorted by start. */
  readonly breachesByAgreement: ReadonlyMap<string, readonly Breach[]>;
  /** Direct children (agreements whose `parentId` is the key), by parent id. */
  readonly childrenOf: ReadonlyMap<string, readonly Agreement[]>;
  /**
   * Agreements of a customer, by customer id: those that name the customer themselves or inherit
   * the `customerId` from a parent agreement. Corporate agreements without a customer are in none.
   */
  readonly agreementsOfCustomer: ReadonlyMap<string, readonly Agreement[]>;
}

const EMPTY: readonly never[] = Object.freeze([]);
const cache = new WeakMap<Feed, FeedIndex>();

/** Key of the periods of one objective of one agreement in {@link FeedIndex.periodsByObjective}. */
export function periodKey(agreementId: string, objectiveId: string): string {
  return `${agreementId}\u0000${objectiveId}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the lookup tables of a feed. The result is memoised per feed object (a `WeakMap`), so
 * calling it again with the same feed is free and the index goes away with the feed.
 */
export function indexFeed(feed: Feed): FeedIndex {
  const cached = cache.get(feed);
  if (cached) return cached;

  const agreements = new Map(feed.agreements.map((a) => [a.id, a] as const));
  const periodsByAgreement = new Map<string, Period[]>();
  // The feed is sorted by start already (parseFeed); pushing in order keeps each list sorted.
  for (const p of feed.periods) push(periodsByAgreement, p.agreementId, p);
  // Built on first use: the views that judge agreement periods (the scorecard) never ask for it,
  // and a key string per period is most of what indexing a large feed costs.
  let periodsByObjective: Map<string, Period[]> | undefined;
  const breachesByAgreement = new Map<string, Breach[]>();
  for (const b of feed.breaches) push(breachesByAgreement, b.agreementId, b);

  const childrenOf = new Map<string, Agreement[]>();
  const agreementsOfCustomer = new Map<string, Agreement[]>();
  for (const a of feed.agreements) {
    if (a.parentId !== undefined) push(childrenOf, a.parentId, a);
    const chain = agreementChain(agreements, a.id) ?? [a];
    const customerId = chain.find((x) => x.customerId !== undefined)?.customerId;
    if (customerId !== undefined) push(agreementsOfCustomer, customerId, a);
  }

  const index: FeedIndex = {
    feed,
    agreements,
    customers: new Map(feed.customers.map((c) => [c.id, c] as const)),
    services: new Map(feed.services.map((s) => [s.id, s] as const)),
    get periodsByObjective() {
      if (!periodsByObjective) {
        periodsByObjective = new Map<string, Period[]>();
        for (const p of feed.periods)
          push(periodsByObjective, periodKey(p.agreementId, p.objectiveId), p);
      }
      return periodsByObjective;
    },
    periodsByAgreement,
    breachesByAgreement,
    childrenOf,
    agreementsOfCustomer,
  };
  cache.set(feed, index);
  return index;
}

/** The periods of one objective of one agreement, sorted by start (empty when there are none). */
export function periodsOf(
  index: FeedIndex,
  agreementId: string,
  objectiveId: string,
): readonly Period[] {
  return index.periodsByObjective.get(periodKey(agreementId, objectiveId)) ?? EMPTY;
}

/** The breaches recorded against an agreement, sorted by start (empty when there are none). */
export function breachesOf(index: FeedIndex, agreementId: string): readonly Breach[] {
  return index.breachesByAgreement.get(agreementId) ?? EMPTY;
}
