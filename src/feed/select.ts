/**
 * `selectCustomer`: which records of a validated feed are customer C's. The one selection behind
 * per-customer feeds (`sliceFeed`, served by a portal) and the elements' display scope
 * (`scopeFeed` in the model, for the `customer` attribute), so both answer the same question the
 * same way:
 *
 * - the provider, and the one customer;
 * - **C's agreements**: those whose nearest `customerId` up the parent chain (their own, else the
 *   nearest parent's) is C; and the agreements above them that they inherit from (the shared
 *   corporate terms), only those in C's chains;
 * - the services those agreements, their objectives (inherited ones included) and C's breaches
 *   name, with everything they depend on (`dependsOn`, transitively);
 * - the periods and breaches of C's own agreements (not those of a shared agreement: a corporate
 *   period measures the whole customer base, a breach that names no customer may be another
 *   customer's incident);
 * - the maintenance windows that name one of the selected agreements, or, when a window names no
 *   agreement at all, one of the selected services; their `agreementIds` and `serviceIds` cut down
 *   to the selection;
 * - objectives' `appliesTo` lists cut down to the selected services (a shared objective may name
 *   services only another customer uses).
 *
 * A **mixed chain** (one of C's agreements inherits from an agreement of another customer) is a
 * feed mistake: showing the inherited terms would show the other customer's agreement.
 * `onMixedChain: 'throw'` refuses the customer with a {@link SliceError}; `'exclude'` leaves such
 * agreements (and their records) out, so the agreement is shown to neither customer.
 *
 * A customer that is not in the feed selects the provider and nothing else. Records are shared
 * with `feed`, not copied, except those whose lists are cut.
 */
import type { Agreement, Feed, Maintenance, Service } from './types.js';

/** Thrown by `sliceFeed` / {@link selectCustomer} when a customer cannot be cut out of the feed. */
export class SliceError extends Error {
  override name = 'SliceError';
}

/** What {@link selectCustomer} does with an agreement of the customer that inherits another's. */
export type MixedChain = 'throw' | 'exclude';

export interface SelectOptions {
  readonly onMixedChain: MixedChain;
}

/** Where an agreement's chain reaches another customer's agreement. */
interface ForeignLink {
  /** The agreement whose parent belongs to another customer. */
  readonly child: string;
  readonly parent: string;
  readonly parentOwner: string;
}

/** What is computed once per feed, so that selecting every customer costs one pass, not one each. */
interface SelectIndex {
  readonly customers: ReadonlyMap<string, number>;
  readonly agreementIndex: ReadonlyMap<string, number>;
  /** The customer an agreement belongs to (its own `customerId` or its nearest parent's). */
  readonly ownerOf: ReadonlyMap<string, string | undefined>;
  /** Agreements whose chain reaches another customer's agreement, and where. */
  readonly foreignOf: ReadonlyMap<string, ForeignLink>;
  readonly agreementsOf: ReadonlyMap<string, readonly number[]>;
  readonly serviceIndex: ReadonlyMap<string, number>;
  readonly periodsOf: ReadonlyMap<string, number[]>;
  readonly breachesOf: ReadonlyMap<string, number[]>;
  readonly maintenanceOfAgreement: ReadonlyMap<string, number[]>;
  readonly maintenanceOfService: ReadonlyMap<string, number[]>;
}

const indexes = new WeakMap<Feed, SelectIndex>();

function listed<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function indexFeed(feed: Feed): SelectIndex {
  const cached = indexes.get(feed);
  if (cached) return cached;
  const agreementIndex = new Map(feed.agreements.map((a, i) => [a.id, i]));
  const parentOf = (x: Agreement): Agreement | undefined => {
    const at = x.parentId === undefined ? undefined : agreementIndex.get(x.parentId);
    return at === undefined ? undefined : feed.agreements[at];
  };
  const ownerOf = new Map<string, string | undefined>();
  const agreementsOf = new Map<string, number[]>();
  feed.agreements.forEach((a, i) => {
    let owner: string | undefined;
    const seen = new Set<string>();
    for (let x: Agreement | undefined = a; x && !seen.has(x.id); x = parentOf(x)) {
      seen.add(x.id);
      if (x.customerId !== undefined) {
        owner = x.customerId;
        break;
      }
    }
    ownerOf.set(a.id, owner);
    if (owner !== undefined) listed(agreementsOf, owner, i);
  });
  const foreignOf = new Map<string, ForeignLink>();
  for (const a of feed.agreements) {
    const owner = ownerOf.get(a.id);
    if (owner === undefined) continue;
    const seen = new Set<string>([a.id]);
    for (let x: Agreement = a; x.parentId !== undefined;) {
      const parent = parentOf(x);
      if (!parent || seen.has(parent.id)) break;
      seen.add(parent.id);
      const parentOwner = ownerOf.get(parent.id);
      if (parentOwner !== undefined && parentOwner !== owner) {
        foreignOf.set(a.id, { child: x.id, parent: parent.id, parentOwner });
        break;
      }
      x = parent;
    }
  }
  const periodsOf = new Map<string, number[]>();
  feed.periods.forEach((p, i) => listed(periodsOf, p.agreementId, i));
  const breachesOf = new Map<string, number[]>();
  feed.breaches.forEach((b, i) => listed(breachesOf, b.agreementId, i));
  const maintenanceOfAgreement = new Map<string, number[]>();
  const maintenanceOfService = new Map<string, number[]>();
  feed.maintenance.forEach((m, i) => {
    if (m.agreementIds.length)
      for (const id of m.agreementIds) listed(maintenanceOfAgreement, id, i);
    else for (const id of m.serviceIds) listed(maintenanceOfService, id, i);
  });
  const index: SelectIndex = {
    customers: new Map(feed.customers.map((c, i) => [c.id, i])),
    agreementIndex,
    ownerOf,
    foreignOf,
    agreementsOf,
    serviceIndex: new Map(feed.services.map((s, i) => [s.id, i])),
    periodsOf,
    breachesOf,
    maintenanceOfAgreement,
    maintenanceOfService,
  };
  indexes.set(feed, index);
  return index;
}

const ascending = (a: number, b: number): number => a - b;

/**
 * The customer an agreement is of: the nearest `customerId` up its parent chain, unless the chain
 * also reaches another customer's agreement (a mixed chain is no one's). `undefined` for shared
 * (corporate) agreements, mixed chains and unknown ids.
 */
export function customerOfAgreement(feed: Feed, agreementId: string): string | undefined {
  const index = indexFeed(feed);
  return index.foreignOf.has(agreementId) ? undefined : index.ownerOf.get(agreementId);
}

/** True when `customerId` is one of the feed's customers (through the selection's index). */
export function hasCustomer(feed: Feed, customerId: string): boolean {
  return indexFeed(feed).customers.has(customerId);
}

/**
 * Every top-level field of the feed, each placed in a selection on purpose (a test compares this
 * with the schema: a new top-level field must be decided here before it can reach a slice).
 */
export const SLICE_FIELDS = [
  'schemaVersion',
  'generatedAt',
  'provider',
  'customers',
  'services',
  'agreements',
  'periods',
  'breaches',
  'maintenance',
] as const;

/**
 * The records of `feed` that are customer `customerId`'s (see the module comment), as a feed of
 * the parsed shape, in feed order.
 *
 * @param feed a feed returned by `parseFeed` (selecting from the same feed again reuses its index)
 * @throws {SliceError} with `onMixedChain: 'throw'`, when one of the customer's agreements
 *   inherits from another customer's agreement
 */
export function selectCustomer(feed: Feed, customerId: string, options: SelectOptions): Feed {
  const index = indexFeed(feed);
  const customerAt = index.customers.get(customerId);

  // The customer's agreements, then every agreement above them.
  let own = customerAt === undefined ? [] : (index.agreementsOf.get(customerId) ?? []);
  if (options.onMixedChain === 'throw') {
    for (const i of own) {
      const foreign = index.foreignOf.get(feed.agreements[i]!.id);
      if (foreign)
        throw new SliceError(
          `agreement "${foreign.child}" of customer "${customerId}" inherits from agreement "${foreign.parent}" of customer "${foreign.parentOwner}".`,
        );
    }
  } else {
    own = own.filter((i) => !index.foreignOf.has(feed.agreements[i]!.id));
  }
  const kept = new Set<number>(own);
  for (const i of own) {
    for (let a = feed.agreements[i]!; a.parentId !== undefined;) {
      const parent = index.agreementIndex.get(a.parentId);
      if (parent === undefined || kept.has(parent)) break;
      kept.add(parent);
      a = feed.agreements[parent]!;
    }
  }
  const agreements = [...kept].sort(ascending).map((i) => feed.agreements[i]!);
  const agreementIds = new Set(agreements.map((a) => a.id));

  const periods = own
    .flatMap((i) => index.periodsOf.get(feed.agreements[i]!.id) ?? [])
    .sort(ascending)
    .map((i) => feed.periods[i]!);
  const breaches = own
    .flatMap((i) => index.breachesOf.get(feed.agreements[i]!.id) ?? [])
    .sort(ascending)
    .map((i) => feed.breaches[i]!);

  // Services named by the selection, and everything they depend on.
  const services = new Set<number>();
  const pending: string[] = [];
  const need = (id: string | undefined): void => {
    if (id !== undefined) pending.push(id);
  };
  for (const a of agreements) {
    need(a.serviceId);
    for (const o of a.objectives) need(o.serviceId);
  }
  for (const b of breaches) need(b.serviceId);
  while (pending.length) {
    const at = index.serviceIndex.get(pending.pop()!);
    if (at === undefined || services.has(at)) continue;
    services.add(at);
    pending.push(...feed.services[at]!.dependsOn);
  }
  const serviceIds = new Set([...services].map((i) => feed.services[i]!.id));

  const windows = new Set<number>();
  for (const id of agreementIds)
    for (const i of index.maintenanceOfAgreement.get(id) ?? []) windows.add(i);
  for (const id of serviceIds)
    for (const i of index.maintenanceOfService.get(id) ?? []) windows.add(i);
  const maintenance = [...windows].sort(ascending).map((i): Maintenance => {
    const m = feed.maintenance[i]!;
    return {
      ...m,
      serviceIds: m.serviceIds.filter((id) => serviceIds.has(id)),
      agreementIds: m.agreementIds.filter((id) => agreementIds.has(id)),
    };
  });

  const selection: Record<(typeof SLICE_FIELDS)[number], unknown> = {
    schemaVersion: feed.schemaVersion,
    generatedAt: feed.generatedAt,
    provider: feed.provider,
    customers: customerAt === undefined ? [] : [feed.customers[customerAt]!],
    services: [...services].sort(ascending).map((i): Service => feed.services[i]!),
    // A shared objective may list services of other customers: its list is cut to the selection's.
    agreements: agreements.map((a) =>
      a.objectives.some((o) => typeof o.appliesTo === 'object')
        ? {
            ...a,
            objectives: a.objectives.map((o) =>
              typeof o.appliesTo === 'object'
                ? { ...o, appliesTo: o.appliesTo.filter((id) => serviceIds.has(id)) }
                : o,
            ),
          }
        : a,
    ),
    periods,
    breaches,
    maintenance,
  };
  if (selection.generatedAt === undefined)
    delete (selection as Partial<typeof selection>).generatedAt;
  return selection as unknown as Feed;
}
