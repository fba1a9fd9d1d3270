/**
 * The end-to-end view of a service for one customer: the chain of services it depends on
 * (`Service.dependsOn`, transitively), each link's availability in a period, and what the chain
 * allows end to end. Rules:
 * - links: the service first, then every service it depends on, each once, breadth-first in
 *   `dependsOn` order (depth 1 = a direct dependency). Unknown ids are left out; a service met
 *   again (a cycle, which validation rejects, or a diamond) is not repeated;
 * - a link's availability is the customer's availability objective for that service: among the
 *   customer's agreements in feed order, those whose `serviceId` is the service first, the first
 *   objective of indicator `availability` in percent whose service is that service and that is
 *   measured in the period (else the first such objective its agreement writes and counts, else the
 *   first such objective, without data). Its value and status are
 *   those of its measured period that starts within the period;
 * - composition: the services are in series (the service needs every link up). The service's own
 *   availability objective (the first link's) is its end-to-end figure: what the customer gets,
 *   its dependencies' downtime included. What the chain below it gives end to end is the product
 *   of its dependencies' availabilities, as a percentage (99.9 % x 99.95 % = 99.85 %), the
 *   service's own figure left out (it already holds its dependencies' downtime, so multiplying it
 *   in would count that twice). The product is the figure for links that fail independently: an
 *   estimate, not a measurement and not a bound (outages at the same time make the true figure
 *   better; no figure is better than its weakest link). `null` when a dependency has no data
 *   (`missing` names those) or the service depends on nothing;
 * - the end-to-end objective is the service's own availability objective (the first link's), next
 *   to which the product is shown: a product below its minimum says the dependencies alone
 *   cannot support the objective;
 * - breaches: a link's breaches are those of the customer's agreements that are not excluded,
 *   concern the link's service (the breach's `serviceId`, else its agreement's service) and
 *   overlap the period; they affect every service of the chain that depends on the link,
 *   directly or through other links (`affects`, in chain order).
 */
import type { Breach, Period } from '../feed/index.js';
import { decimal } from './decimal.js';
import { breachesOf, periodsOf, type FeedIndex } from './feed-index.js';
import { periodValue } from './period-value.js';
import { resolveAgreement, type ResolvedAgreement, type ResolvedObjective } from './resolve.js';
import { periodStatus, type PeriodStatus } from './status.js';

export interface ChainLink {
  readonly serviceId: string;
  readonly name: string;
  /** 0 = the service itself, 1 = what it depends on directly, ... */
  readonly depth: number;
  readonly dependsOn: readonly string[];
  /** The availability objective measured for this service for the customer. */
  readonly agreementId: string | undefined;
  readonly objectiveId: string | undefined;
  /** Availability % in the period, null without data. */
  readonly value: number | null;
  readonly status: PeriodStatus;
  /** Breach ids of this service overlapping the period. */
  readonly breaches: readonly string[];
  /** Services in the chain above it that depend on it (transitively): its breaches affect them. */
  readonly affects: readonly string[];
}

export interface ServiceChain {
  readonly serviceId: string;
  readonly period: { readonly start: number; readonly end: number };
  /** The service first, then each dependency once (breadth-first, feed order). */
  readonly links: readonly ChainLink[];
  /**
   * Product of the dependencies' availabilities (as %, the service's own left out): what the chain
   * below gives end to end when its links fail independently; `null` when a dependency has no data
   * or there is none.
   */
  readonly allowed: number | null;
  /** Dependencies without availability data in the period (the service itself is not listed). */
  readonly missing: readonly string[];
  /** The service's own availability objective (the end-to-end one) when the feed has it. */
  readonly objective: {
    readonly agreementId: string;
    readonly objectiveId: string;
    readonly minimum: number;
    readonly target: number;
    readonly value: number | null;
    readonly status: PeriodStatus;
  } | null;
}

/** The service's chain for a customer in a period (see the module rules); `null` for an unknown customer or service. */
export function serviceChain(
  index: FeedIndex,
  customerId: string,
  serviceId: string,
  period: { start: number; end: number },
): ServiceChain | null {
  if (!index.customers.has(customerId) || !index.services.has(serviceId)) return null;
  const agreements = (index.agreementsOfCustomer.get(customerId) ?? [])
    .map((a) => resolveAgreement(index, a.id))
    .filter((a): a is ResolvedAgreement => a !== null);

  // Breadth-first over dependsOn, each service once.
  const order: { id: string; depth: number }[] = [];
  const seen = new Set<string>([serviceId]);
  for (let queue = [{ id: serviceId, depth: 0 }], i = 0; i < queue.length; i++) {
    const item = queue[i]!;
    order.push(item);
    for (const dep of index.services.get(item.id)?.dependsOn ?? []) {
      if (seen.has(dep) || !index.services.has(dep)) continue;
      seen.add(dep);
      queue.push({ id: dep, depth: item.depth + 1 });
    }
  }
  const inChain = new Set(order.map((o) => o.id));

  // Breaches of the customer's agreements by service.
  const breachesByService = new Map<string, Breach[]>();
  for (const a of agreements)
    for (const b of breachesOf(index, a.id)) {
      const service = b.serviceId ?? a.serviceId;
      if (service === undefined || !inChain.has(service) || b.excluded) continue;
      if (b.start >= period.end || (b.end ?? Infinity) <= period.start) continue;
      const list = breachesByService.get(service);
      if (list) list.push(b);
      else breachesByService.set(service, [b]);
    }

  // The service's own availability objective: its link's figure and the end-to-end objective.
  const ownFound = availabilityOf(index, agreements, serviceId, period);
  const links: ChainLink[] = order.map(({ id, depth }) => {
    const service = index.services.get(id)!;
    const found = id === serviceId ? ownFound : availabilityOf(index, agreements, id, period);
    const objective = found?.objective;
    const value = found?.measured ? periodValue(found.objective, found.measured) : null;
    const status: PeriodStatus = found?.measured
      ? periodStatus(found.objective, found.measured)
      : 'no-data';
    return {
      serviceId: id,
      name: service.name,
      depth,
      dependsOn: service.dependsOn.filter((d) => inChain.has(d)),
      agreementId: objective?.agreementId,
      objectiveId: objective?.id,
      value,
      status,
      breaches: (breachesByService.get(id) ?? []).map((b) => b.id),
      affects: [],
    };
  });
  const withAffects = links.map((link) =>
    Object.freeze({ ...link, affects: Object.freeze(dependants(links, link.serviceId)) }),
  );

  // The dependencies (every link but the service itself), see the module rule.
  const dependencies = links.slice(1);
  const missing = dependencies.filter((l) => l.value === null).map((l) => l.serviceId);
  const allowed =
    missing.length > 0 || dependencies.length === 0
      ? null
      : decimal(dependencies.reduce((product, l) => product * (l.value! / 100), 1) * 100);
  const own = links[0]!;
  const ownObjective = ownFound?.objective;
  return Object.freeze({
    serviceId,
    period: Object.freeze({ start: period.start, end: period.end }),
    links: Object.freeze(withAffects),
    allowed,
    missing: Object.freeze(missing),
    objective: ownObjective
      ? Object.freeze({
          agreementId: ownObjective.agreementId,
          objectiveId: ownObjective.id,
          minimum: ownObjective.minimum,
          target: ownObjective.target,
          value: own.value,
          status: own.status,
        })
      : null,
  });
}

/**
 * The customer's availability objective for a service (see the module rule): the first candidate
 * measured in the period, else the first one its agreement counts (written there), else the first.
 */
function availabilityOf(
  index: FeedIndex,
  agreements: readonly ResolvedAgreement[],
  serviceId: string,
  period: { start: number; end: number },
): { objective: ResolvedObjective; measured: Period | undefined } | undefined {
  let first: ResolvedObjective | undefined;
  let firstCounted: ResolvedObjective | undefined;
  for (const preferOwn of [true, false])
    for (const a of agreements) {
      if ((a.serviceId === serviceId) !== preferOwn) continue;
      for (const o of a.objectives) {
        if (o.indicator !== 'availability' || o.unit !== 'percent' || o.serviceId !== serviceId)
          continue;
        const measured = periodsOf(index, a.id, o.id).find(
          (p) => p.start >= period.start && p.start < period.end,
        );
        if (measured) return { objective: o, measured };
        if (o.countedIn === a.id) firstCounted ??= o;
        first ??= o;
      }
    }
  const fallback = firstCounted ?? first;
  return fallback ? { objective: fallback, measured: undefined } : undefined;
}

/** Services of the chain that depend on `serviceId`, directly or through other links, in chain order. */
function dependants(links: readonly ChainLink[], serviceId: string): string[] {
  const above = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of links) {
      if (above.has(l.serviceId) || l.serviceId === serviceId) continue;
      if (l.dependsOn.some((d) => d === serviceId || above.has(d))) {
        above.add(l.serviceId);
        grew = true;
      }
    }
  }
  return links.filter((l) => above.has(l.serviceId)).map((l) => l.serviceId);
}
