/**
 * Per-customer feeds. A portfolio feed holds every customer; a customer portal must serve each
 * customer only its own part, because whatever the browser downloads, the customer can read (the
 * elements' `customer` attribute chooses what is shown, it protects nothing). `sliceFeed` cuts
 * that part out of a validated feed.
 *
 * A slice holds:
 * - the provider, and the one customer;
 * - the customer's agreements (its `customerId`, directly or through a parent), and the agreements
 *   above them that they inherit from (the corporate terms), only those in its chains;
 * - the services those agreements, their objectives (inherited ones included) and the customer's
 *   breaches name, with everything they depend on (`dependsOn`, transitively);
 * - the periods and breaches of the customer's own agreements;
 * - the maintenance windows that name one of the slice's agreements, or, when a window names no
 *   agreement at all, one of the slice's services (its lists cut down to the slice);
 * - objectives' `appliesTo` lists cut down to the slice's services (a shared objective may
 *   name services only another customer uses).
 *
 * Records of a shared agreement (one that names no customer: the corporate level) are left out,
 * periods and breaches alike: a corporate period measures the whole customer base, and a breach
 * that names no customer may be another customer's incident, so either could carry another
 * customer's figures. Measure and report per customer agreement instead. Maintenance is the one
 * exception: it carries no figures and applies to everyone under the agreement it names.
 *
 * The slice is a feed as a backend would write it (instants as RFC 3339 text in UTC), ready for
 * `JSON.stringify`; it passes `parseFeed` again. Free text is copied as it is: a note in the
 * customer's own records that names another customer is the author's to avoid.
 */
import { FeedSchema, RFC3339, type FeedInput } from './schema.js';
import type { Agreement, Feed, Maintenance, Service } from './types.js';

/** Thrown by {@link sliceFeed} when a customer cannot be cut out of the feed. */
export class SliceError extends Error {
  override name = 'SliceError';
}

/** What is computed once per feed, so that slicing every customer costs one pass, not one each. */
interface FeedIndex {
  readonly customers: ReadonlyMap<string, number>;
  readonly agreementIndex: ReadonlyMap<string, number>;
  /** The customer an agreement belongs to (its own `customerId` or its nearest parent's). */
  readonly ownerOf: ReadonlyMap<string, string | undefined>;
  readonly agreementsOf: ReadonlyMap<string, readonly number[]>;
  readonly serviceIndex: ReadonlyMap<string, number>;
  readonly periodsOf: ReadonlyMap<string, number[]>;
  readonly breachesOf: ReadonlyMap<string, number[]>;
  readonly maintenanceOfAgreement: ReadonlyMap<string, number[]>;
  readonly maintenanceOfService: ReadonlyMap<string, number[]>;
}

const indexes = new WeakMap<Feed, FeedIndex>();

function listed<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function indexFeed(feed: Feed): FeedIndex {
  const cached = indexes.get(feed);
  if (cached) return cached;
  const agreementIndex = new Map(feed.agreements.map((a, i) => [a.id, i]));
  const ownerOf = new Map<string, string | undefined>();
  const agreementsOf = new Map<string, number[]>();
  feed.agreements.forEach((a, i) => {
    let owner: string | undefined;
    const seen = new Set<string>();
    for (let x: Agreement | undefined = a; x && !seen.has(x.id);) {
      seen.add(x.id);
      if (x.customerId !== undefined) {
        owner = x.customerId;
        break;
      }
      const parent: number | undefined =
        x.parentId === undefined ? undefined : agreementIndex.get(x.parentId);
      x = parent === undefined ? undefined : feed.agreements[parent];
    }
    ownerOf.set(a.id, owner);
    if (owner !== undefined) listed(agreementsOf, owner, i);
  });
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
  const index: FeedIndex = {
    customers: new Map(feed.customers.map((c, i) => [c.id, i])),
    agreementIndex,
    ownerOf,
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
 * The part of a validated feed that one customer may see, as a feed of its own.
 *
 * @param feed a feed returned by `parseFeed` (slicing the same feed again reuses its index)
 * @param customerId the customer's `id`
 * @throws {SliceError} when the customer is not in the feed, or when one of its agreements
 *   inherits from another customer's agreement (the slice would have to show that agreement)
 */
export function sliceFeed(feed: Feed, customerId: string): FeedInput {
  const index = indexFeed(feed);
  const customerAt = index.customers.get(customerId);
  if (customerAt === undefined)
    throw new SliceError(`customer "${customerId}" is not in the feed's customers.`);

  // The customer's agreements, then every agreement above them.
  const own = index.agreementsOf.get(customerId) ?? [];
  const kept = new Set<number>(own);
  for (const i of own) {
    for (let a = feed.agreements[i]!; a.parentId !== undefined;) {
      const parent = index.agreementIndex.get(a.parentId);
      if (parent === undefined || kept.has(parent)) break;
      const owner = index.ownerOf.get(a.parentId);
      if (owner !== undefined && owner !== customerId)
        throw new SliceError(
          `agreement "${a.id}" of customer "${customerId}" inherits from agreement "${a.parentId}" of customer "${owner}".`,
        );
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

  // Services named by the slice, and everything they depend on.
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

  const slice: Record<(typeof SLICE_FIELDS)[number], unknown> = {
    schemaVersion: feed.schemaVersion,
    generatedAt: feed.generatedAt,
    provider: feed.provider,
    customers: [feed.customers[customerAt]!],
    services: [...services].sort(ascending).map((i): Service => feed.services[i]!),
    // A shared objective may list services of other customers: its list is cut to the slice's.
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
  return toFeedInput(slice as unknown as Feed);
}

/**
 * Every top-level field of the feed, each placed in a slice on purpose (a test compares this with
 * the schema: a new top-level field must be decided here before it can reach a slice).
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

// --- back to the feed as written ------------------------------------------------------------

/** The parts of valibot's schema objects read here (as in fields.ts). */
interface SchemaNode {
  type: string;
  pipe?: readonly SchemaNode[];
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  options?: readonly SchemaNode[];
  key?: string;
  literal?: unknown;
  requirement?: unknown;
}

/** Turns a parsed value back into its written form; `null` when it is written as parsed. */
type Writer = ((value: unknown) => unknown) | null;

/** An instant is the one value `parseFeed` changes (text to epoch milliseconds). */
function isInstant(node: SchemaNode): boolean {
  return !!node.pipe?.some((step) => step.type === 'regex' && step.requirement === RFC3339);
}

function writerOf(node: SchemaNode): Writer {
  if (isInstant(node)) return (ms) => (typeof ms === 'number' ? new Date(ms).toISOString() : ms);
  if (node.pipe) return writerOf(node.pipe[0]!);
  switch (node.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
    case 'exact_optional': {
      const inner = writerOf(node.wrapped!);
      return inner && ((v) => (v === undefined || v === null ? v : inner(v)));
    }
    case 'array': {
      const item = writerOf(node.item!);
      return item && ((v) => (Array.isArray(v) ? v.map(item) : v));
    }
    case 'object': {
      const fields = Object.entries(node.entries!).map(([k, v]) => [k, writerOf(v)] as const);
      if (fields.every(([, w]) => w === null)) return null;
      return (v) => {
        if (!v || typeof v !== 'object') return v;
        const input = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [key, write] of fields) {
          const x = input[key];
          if (x !== undefined) out[key] = write ? write(x) : x;
        }
        return out;
      };
    }
    case 'variant': {
      const key = node.key!;
      const options = node.options!.map((o) => [o.entries?.[key]?.literal, writerOf(o)] as const);
      if (options.every(([, w]) => w === null)) return null;
      return (v) => {
        const tag = (v as Record<string, unknown> | null)?.[key];
        const write = options.find(([literal]) => literal === tag)?.[1];
        return write ? write(v) : v;
      };
    }
    default:
      return null;
  }
}

let writeFeed: Writer | undefined;

/**
 * A parsed feed as a backend would write it: instants back to RFC 3339 text (UTC, to the
 * millisecond), everything else as parsed. Derived from the schema, so a field added to it is
 * written back without a change here. Records without instants are shared with `feed`, not copied.
 */
export function toFeedInput(feed: Feed): FeedInput {
  writeFeed ??= writerOf(FeedSchema as unknown as SchemaNode);
  return (writeFeed ? writeFeed(feed) : feed) as FeedInput;
}
