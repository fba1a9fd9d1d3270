/**
 * The breach timeline's view model: lanes of marks on a time axis, a summary of the breaches in a
 * range, and the rows of a daily history strip. Pure: `now` is always an argument.
 *
 * Rules:
 * - **what is shown**: `customer` sees the feed through `scopeFeed` (the display scope), and only
 *   the customer's own agreements (not the shared levels above them) have lanes;
 *   `agreement` narrows to that agreement and the breaches recorded against it (`breachesOf`:
 *   breaches of a child agreement are the child's); `objective` to breaches naming that objective.
 *   A breach counts only for objectives its agreement carries (`resolveAgreement`); a breach that
 *   names none of them is left out, as periods of an objective the agreement does not carry are;
 * - **lanes** (`groupBy`): `objective` (default) one lane per objective of each agreement, key
 *   `${agreementId}/${objectiveId}`, label the objective's name, in feed order and the agreement's
 *   objective order; a breach naming two objectives is a mark in both lanes. `service`: the
 *   breach's service, else its agreement's service, else the lane `''` (no service; its label is
 *   the element's), in the feed's service order with `''` last. `customer`: the agreement's
 *   customer (`''` for none), in the feed's customer order. `severity`: one lane per severity,
 *   worst first, labelled with the severity id;
 * - **which lanes are listed**: with `agreement`, every lane of that agreement, marks or not (an
 *   objective without breaches is an empty lane: it was clean), the three known severities, its
 *   customer, its services; otherwise the lanes with a breach or a period below the minimum in range;
 * - **marks**: one per breach and lane, sorted by (start, end); an ongoing breach ends at `now`.
 *   Maintenance windows are marks of kind `maintenance` (excluded) in every listed lane they concern:
 *   their `agreementIds` name one of the lane's agreements and their `serviceIds` one of its
 *   services (an empty list matches any; an objective's service is its resolved `serviceId`).
 *   Severity lanes carry no maintenance. A mark's credit is the breach's `recordedCredit` in the
 *   agreement's currency (an exact decimal text), else `null`: the kit does not invent per-breach
 *   credits (credits are per period);
 * - with `start` / `end`, only marks and periods overlapping `[start, end)` are shown (a
 *   zero-length breach at `t` overlaps when `start <= t < end`); marks keep their own times;
 * - **below minimum**: in objective lanes, the periods whose status is `breached` (levels in force,
 *   direction-aware, value derived from counts when absent);
 * - **extent**: `[start, end)` from the options, else the earliest start and latest end of what is
 *   shown; `null` when nothing is shown and the options give no range, or the range is empty;
 * - **version changes**: the `effectiveFrom` of the versions of the agreements in view, inside the
 *   extent.
 */
import type { Breach, Feed, Maintenance, Period, Severity } from '../feed/index.js';
import { decimal, minorUnitDigits } from './decimal.js';
import { breachesOf, indexFeed, periodsOf, type FeedIndex } from './feed-index.js';
import { levelsInForce } from './in-force.js';
import { MINUTE_MS } from './intervals.js';
import { periodValue } from './period-value.js';
import { resolveAgreement, type ResolvedAgreement, type ResolvedObjective } from './resolve.js';
import { isAgreementOfCustomer, scopeFeed } from './scope.js';
import { IdentityMemo, SlottedMemo, sameInputs, shallowSame } from './memo.js';
import { severityRank } from './severity.js';
import { periodStatus } from './status.js';
import { dayBuckets, type DayBucket } from './day-buckets.js';
import { addDays, localDate, startOfLocalDay } from './time-zone.js';

/** What a timeline's lanes are. */
export type TimelineGroupBy = 'objective' | 'service' | 'customer' | 'severity';

/** One bar on the timeline: a breach in one lane, or a maintenance window. */
export interface TimelineMark {
  /** Unique per mark in a lane: `${breachId}|${laneKey}` for breaches, `m|${id}` for maintenance. */
  readonly key: string;
  readonly kind: 'breach' | 'maintenance';
  /** The breach or maintenance id. */
  readonly id: string;
  /** The breach's agreement; `null` for maintenance. */
  readonly agreementId: string | null;
  /** The objectives the breach names that its agreement carries; empty for maintenance. */
  readonly objectiveIds: readonly string[];
  /** The breach's service, else its agreement's; `null` for none and for maintenance. */
  readonly serviceId: string | null;
  /** The agreement's customer; `null` for none and for maintenance. */
  readonly customerId: string | null;
  readonly start: number;
  /** The end; an ongoing breach ends at `now` (never before its start). */
  readonly end: number;
  readonly ongoing: boolean;
  /** `null` for maintenance. */
  readonly severity: Severity | null;
  /** Excluded breaches and every maintenance window: drawn, not counted. */
  readonly excluded: boolean;
  readonly exclusionReason: string | null;
  readonly title: string;
  readonly summary: string | null;
  /** A safe link (https, http, mailto: the parser drops the rest), or `null`. */
  readonly url: string | null;
  /** The breach's recorded credit: an exact decimal text in the agreement's currency (`''` when unknown). */
  readonly credit: {
    readonly amount: string;
    readonly currency: string;
    readonly recorded: boolean;
  } | null;
}

/** A period of one objective whose value was worse than the minimum in force. */
export interface BelowMinimumPeriod {
  readonly start: number;
  readonly end: number;
  readonly agreementId: string;
  readonly objectiveId: string;
  readonly value: number;
  readonly minimum: number;
}

/** One row of the timeline. */
export interface TimelineLane {
  readonly key: string;
  readonly kind: TimelineGroupBy;
  /** Objective, service or customer name, or the severity id; `''` for the no-service / no-customer lane. */
  readonly label: string;
  /** The objective lane's agreement and objective; `null` in other groupings. */
  readonly agreementId: string | null;
  readonly objectiveId: string | null;
  /** Sorted by (start, end). */
  readonly marks: readonly TimelineMark[];
  /** Objective lanes only, sorted by start. */
  readonly belowMinimum: readonly BelowMinimumPeriod[];
}

/** An agreement version that took effect inside the extent. */
export interface VersionChange {
  readonly time: number;
  readonly agreementId: string;
  readonly version: string;
}

export interface TimelineModel {
  readonly lanes: readonly TimelineLane[];
  readonly extent: { readonly start: number; readonly end: number } | null;
  /** Sorted by time. */
  readonly versionChanges: readonly VersionChange[];
  /** Marks over all lanes (a breach in two lanes counts twice). */
  readonly markCount: number;
}

export interface TimelineOptions {
  readonly groupBy?: TimelineGroupBy;
  readonly agreement?: string;
  readonly objective?: string;
  readonly customer?: string;
  /** The current instant: ongoing breaches end here. */
  readonly now: number;
  readonly start?: number;
  readonly end?: number;
}

/** Breaches of a range, each breach once however many lanes show it. */
export interface BreachSummary {
  /** Distinct breaches overlapping the range, excluded ones included. */
  readonly count: number;
  /** Distinct breaches per severity id (excluded ones included). */
  readonly bySeverity: Readonly<Record<string, number>>;
  readonly ongoing: number;
  readonly excluded: number;
  /** The longest counted (not excluded) breach, minutes clipped to the range, and its first lane. */
  readonly longest: {
    readonly mark: TimelineMark;
    readonly minutes: number;
    readonly lane: string;
  } | null;
}

/** One row of the history strip. */
export interface StripRow {
  readonly key: string;
  readonly label: string;
  readonly days: readonly DayBucket[];
  /** 100 x (1 - downtime / time in range), to 3 decimals; `null` when the range is empty. */
  readonly uptimePercent: number | null;
}

export interface StripOptions {
  readonly groupBy?: 'service' | 'objective';
  /** Local days, the last one containing `now`. */
  readonly days: number;
  readonly now: number;
  /** Display time zone (IANA) of the days. */
  readonly timeZone: string;
  readonly agreement?: string;
  readonly objective?: string;
  readonly customer?: string;
}

/** An agreement in view, resolved once. */
interface AgreementInfo {
  readonly id: string;
  readonly resolved: ResolvedAgreement;
  /** Objectives shown (after the `objective` option), in the agreement's order, by id. */
  readonly objectives: ReadonlyMap<string, ResolvedObjective>;
  /** Ids of every objective the agreement carries. */
  readonly carried: ReadonlySet<string>;
  readonly serviceId: string | null;
  readonly customerId: string | null;
  /** The agreement's service and its objectives' services (`''` for an objective without one). */
  readonly services: ReadonlySet<string>;
}

interface LaneDraft {
  readonly key: string;
  readonly kind: TimelineGroupBy;
  readonly label: string;
  readonly order: number;
  readonly agreementId: string | null;
  readonly objective: ResolvedObjective | null;
  readonly agreements: Set<string>;
  readonly services: Set<string>;
  readonly breaches: Breach[];
  readonly breachMarks: TimelineMark[];
  readonly maintenanceMarks: TimelineMark[];
  belowMinimum: BelowMinimumPeriod[];
}

interface View {
  readonly feed: Feed;
  readonly index: FeedIndex;
  readonly infos: readonly AgreementInfo[];
  readonly infoById: ReadonlyMap<string, AgreementInfo>;
  /** The breaches to consider, sorted by start. */
  readonly breaches: readonly Breach[];
  readonly filtered: boolean;
}

const EMPTY_MODEL: TimelineModel = Object.freeze({
  lanes: Object.freeze([]),
  extent: null,
  versionChanges: Object.freeze([]),
  markCount: 0,
});

const NO_IDS: readonly string[] = Object.freeze([]);
const KNOWN_SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor'];

/** The agreements, objectives and breaches the options select (see the module rules). */
function viewOf(feed: Feed, options: Omit<TimelineOptions, 'now'>): View | null {
  const scoped = options.customer === undefined ? feed : scopeFeed(feed, options.customer);
  const index = indexFeed(scoped);
  let agreements = scoped.agreements;
  if (options.agreement !== undefined) {
    const one = index.agreements.get(options.agreement);
    if (!one) return null;
    agreements = [one];
  }
  const infos: AgreementInfo[] = [];
  const infoById = new Map<string, AgreementInfo>();
  const { customer } = options;
  for (const a of agreements) {
    // The scope keeps the shared levels above the customer's agreements for their terms; they
    // are not the customer's agreements, so they have no lanes of their own.
    if (customer !== undefined && !isAgreementOfCustomer(index, a.id, customer)) continue;
    const resolved = resolveAgreement(index, a.id);
    if (!resolved) continue;
    const objectives = new Map<string, ResolvedObjective>();
    const carried = new Set<string>();
    const services = new Set<string>();
    if (resolved.serviceId !== undefined) services.add(resolved.serviceId);
    for (const o of resolved.objectives) {
      carried.add(o.id);
      if (options.objective !== undefined && o.id !== options.objective) continue;
      objectives.set(o.id, o);
      services.add(o.serviceId ?? '');
    }
    const info: AgreementInfo = {
      id: a.id,
      resolved,
      objectives,
      carried,
      serviceId: resolved.serviceId ?? null,
      customerId: resolved.customerId ?? null,
      services,
    };
    infos.push(info);
    infoById.set(a.id, info);
  }
  const breaches =
    options.agreement === undefined ? scoped.breaches : breachesOf(index, options.agreement);
  return {
    feed: scoped,
    index,
    infos,
    infoById,
    breaches,
    filtered: options.agreement !== undefined,
  };
}

/** Creates the lanes and assigns breaches to them (no marks yet). */
class Lanes {
  /** Every lane, in creation order (objective lanes are told apart by agreement and id, not key). */
  readonly list: LaneDraft[] = [];
  private readonly byKey = new Map<string, LaneDraft>();
  private readonly objectiveLanes = new Map<string, Map<string, LaneDraft>>();
  private readonly serviceOrder: ReadonlyMap<string, number>;
  private readonly customerOrder: ReadonlyMap<string, number>;

  constructor(
    private readonly view: View,
    readonly groupBy: TimelineGroupBy,
  ) {
    this.serviceOrder = new Map(view.feed.services.map((s, i) => [s.id, i] as const));
    this.customerOrder = new Map(view.feed.customers.map((c, i) => [c.id, i] as const));
  }

  /** Every lane of the agreements in view (the known severities for severity lanes). */
  addAll(): void {
    const { infos } = this.view;
    if (this.groupBy === 'objective') {
      for (const info of infos) for (const o of info.objectives.values()) this.objective(info, o);
    } else if (this.groupBy === 'service') {
      for (const info of infos) for (const s of info.services) this.lane(s, info);
    } else if (this.groupBy === 'customer') {
      for (const info of infos) this.lane(info.customerId ?? '', info);
    } else {
      for (const s of KNOWN_SEVERITIES) this.lane(s, null);
    }
  }

  objective(info: AgreementInfo, o: ResolvedObjective): LaneDraft {
    // By agreement, then objective id: no lane key text is built per breach.
    let perAgreement = this.objectiveLanes.get(info.id);
    if (!perAgreement) {
      perAgreement = new Map();
      this.objectiveLanes.set(info.id, perAgreement);
    }
    let lane = perAgreement.get(o.id);
    if (!lane) {
      const key = `${info.id}/${o.id}`;
      lane = draft(key, 'objective', o.name, this.list.length, info.id, o);
      lane.agreements.add(info.id);
      if (o.serviceId !== undefined) lane.services.add(o.serviceId);
      this.list.push(lane);
      perAgreement.set(o.id, lane);
    }
    return lane;
  }

  /** The service, customer or severity lane `key`, with the agreement that reaches it. */
  lane(key: string, info: AgreementInfo | null): LaneDraft {
    let lane = this.byKey.get(key);
    if (!lane) {
      const { feed } = this.view;
      let label = key;
      let order: number;
      if (this.groupBy === 'service') {
        label = this.view.index.services.get(key)?.name ?? '';
        order = this.serviceOrder.get(key) ?? feed.services.length;
      } else if (this.groupBy === 'customer') {
        label = this.view.index.customers.get(key)?.name ?? '';
        order = this.customerOrder.get(key) ?? feed.customers.length;
      } else {
        order = -severityRank(key as Severity);
      }
      lane = draft(key, this.groupBy, label, order, null, null);
      if (this.groupBy === 'service') lane.services.add(key);
      this.byKey.set(key, lane);
      this.list.push(lane);
    }
    if (info) {
      lane.agreements.add(info.id);
      if (this.groupBy === 'customer') for (const s of info.services) lane.services.add(s);
    }
    return lane;
  }

  /** Calls `visit` for each breach that passes `keep`, once per lane it belongs to. */
  assign(
    keep: (b: Breach) => boolean,
    visit: (
      b: Breach,
      lane: LaneDraft,
      objectiveIds: readonly string[],
      info: AgreementInfo,
    ) => void,
  ): void {
    const { infoById } = this.view;
    for (const b of this.view.breaches) {
      const info = infoById.get(b.agreementId);
      if (!info || !keep(b)) continue;
      const objectiveIds = carriedObjectives(b, info);
      if (!showsAny(objectiveIds, info)) continue;
      if (this.groupBy === 'objective') {
        for (const id of objectiveIds) {
          const o = info.objectives.get(id);
          if (o) visit(b, this.objective(info, o), objectiveIds, info);
        }
      } else {
        const key =
          this.groupBy === 'service'
            ? (b.serviceId ?? info.serviceId ?? '')
            : this.groupBy === 'customer'
              ? (info.customerId ?? '')
              : b.severity;
        visit(b, this.lane(key, info), objectiveIds, info);
      }
    }
  }

  /** Lanes in display order. */
  sorted(): LaneDraft[] {
    // Orders are unique: feed positions, and severity ranks (parsed feeds name known records only).
    return [...this.list].sort((a, b) => a.order - b.order);
  }
}

function draft(
  key: string,
  kind: TimelineGroupBy,
  label: string,
  order: number,
  agreementId: string | null,
  objective: ResolvedObjective | null,
): LaneDraft {
  return {
    key,
    kind,
    label,
    order,
    agreementId,
    objective,
    agreements: new Set(),
    services: new Set(),
    // The strip's alone (see stripModel).
    breaches: new Array<Breach>(),
    breachMarks: [],
    maintenanceMarks: [],
    belowMinimum: [],
  };
}

/** The breach's objective ids that its agreement carries, each once. */
function carriedObjectives(b: Breach, info: AgreementInfo): readonly string[] {
  const ids = b.objectiveIds;
  if (ids.length === 1) return info.carried.has(ids[0]!) ? ids : NO_IDS;
  const out: string[] = [];
  for (const id of ids) if (info.carried.has(id) && !out.includes(id)) out.push(id);
  return out;
}

/** Whether the view shows one of these objectives of the agreement. */
function showsAny(objectiveIds: readonly string[], info: AgreementInfo): boolean {
  for (const id of objectiveIds) if (info.objectives.has(id)) return true;
  return false;
}

/** Whether `[start, end)` overlaps `[from, to)`; a zero-length interval at `t` when `from <= t < to`. */
function overlaps(start: number, end: number, from: number, to: number): boolean {
  // end >= start always, so `start >= from` with `end <= from` is the zero-length case.
  return start < to && (end > from || start >= from);
}

/** The breach's end on the timeline: its end, or `now` for an ongoing one (never before its start). */
function breachEnd(b: Breach, now: number): number {
  return b.end ?? Math.max(b.start, now);
}

/**
 * An amount as exact decimal text, with at least the currency's minor-unit digits (4800 EUR:
 * `4800.00`; 1234.565: `1234.565`; 500 JPY: `500`). Never in exponent notation.
 */
export function moneyText(amount: number, currency: string | undefined): string {
  let text = plainDecimal(amount);
  const digits = minorUnitDigits(currency);
  const dot = text.indexOf('.');
  const fraction = dot === -1 ? 0 : text.length - dot - 1;
  if (fraction < digits) text = `${dot === -1 ? `${text}.` : text}${'0'.repeat(digits - fraction)}`;
  return text;
}

/** A non-negative number as decimal text without an exponent (1e21: `1000000000000000000000`). */
export function plainDecimal(n: number): string {
  const text = String(n);
  const e = text.indexOf('e');
  if (e === -1) return text;
  const exponent = Number(text.slice(e + 1));
  // JavaScript writes an exponent below 1e-6 and from 1e21 on, with one digit before the point.
  const [whole, fraction = ''] = text.slice(0, e).split('.') as [string, string?];
  if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${whole}${fraction}`;
  return `${whole}${fraction}${'0'.repeat(exponent - fraction.length)}`;
}

function breachMark(
  b: Breach,
  key: string,
  objectiveIds: readonly string[],
  info: AgreementInfo,
  now: number,
): TimelineMark {
  const currency = info.resolved.currency;
  return {
    key,
    kind: 'breach',
    id: b.id,
    agreementId: b.agreementId,
    objectiveIds,
    serviceId: b.serviceId ?? info.serviceId,
    customerId: info.customerId,
    start: b.start,
    end: breachEnd(b, now),
    ongoing: b.end === null,
    severity: b.severity,
    excluded: b.excluded,
    exclusionReason: b.exclusionReason ?? null,
    title: b.title,
    summary: b.summary ?? null,
    url: b.url ?? null,
    credit:
      b.recordedCredit === undefined
        ? null
        : {
            amount: moneyText(b.recordedCredit, currency),
            currency: currency ?? '',
            recorded: true,
          },
  };
}

function maintenanceMark(m: Maintenance): TimelineMark {
  return {
    key: `m|${m.id}`,
    kind: 'maintenance',
    id: m.id,
    agreementId: null,
    objectiveIds: [],
    serviceId: null,
    customerId: null,
    start: m.start,
    end: m.end,
    ongoing: false,
    severity: null,
    excluded: true,
    exclusionReason: null,
    title: m.title,
    summary: m.summary ?? null,
    url: m.url ?? null,
    credit: null,
  };
}

/** Whether a maintenance window concerns a lane (see the module rules). */
function concerns(m: Maintenance, lane: LaneDraft): boolean {
  return (
    (m.agreementIds.length === 0 || m.agreementIds.some((id) => lane.agreements.has(id))) &&
    (m.serviceIds.length === 0 || m.serviceIds.some((id) => lane.services.has(id)))
  );
}

function byStartEnd(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

/** Sorts by (start, end) unless already in that order (the feed's lists are sorted by start). */
function sortMarks<T extends { start: number; end: number }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) {
    if (byStartEnd(list[i - 1]!, list[i]!) > 0) return list.sort(byStartEnd);
  }
  return list;
}

/** Two lists sorted by (start, end), merged (the first wins ties). */
function mergeSorted<T extends { start: number; end: number }>(a: T[], b: T[]): T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byStartEnd(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * The timeline's lanes, marks, extent and version changes (see the module rules). Marks, periods
 * below the minimum and objective lanes are kept across refreshed feeds while the records they come
 * from are the same objects; with `previous` (the model shown) an answer equal to it, lane by lane,
 * is `previous` itself.
 */
export function timelineModel(
  feed: Feed,
  options: TimelineOptions,
  previous?: TimelineModel,
): TimelineModel {
  const view = viewOf(feed, options);
  if (!view) return EMPTY_MODEL;
  const from = options.start ?? -Infinity;
  const to = options.end ?? Infinity;
  if (!(to > from)) return EMPTY_MODEL;
  const { now } = options;
  const groupBy = options.groupBy ?? 'objective';
  const lanes = new Lanes(view, groupBy);
  lanes.addAll();

  lanes.assign(
    (b) => overlaps(b.start, breachEnd(b, now), from, to),
    (b, lane, objectiveIds, info) => {
      // Kept across refreshed feeds while the breach and its agreement are the same objects.
      const inputs = [info.resolved, b.end === null ? now : null, ...objectiveIds];
      lane.breachMarks.push(
        breachMarks.get(b, lane.key, inputs, () =>
          breachMark(b, `${b.id}|${lane.key}`, objectiveIds, info, now),
        ),
      );
    },
  );

  if (groupBy === 'objective') {
    for (const lane of lanes.list) {
      const o = lane.objective!;
      for (const p of periodsOf(view.index, lane.agreementId!, o.id)) {
        if (!overlaps(p.start, p.end, from, to) || periodStatus(o, p) !== 'breached') continue;
        lane.belowMinimum.push(
          belowMinimum.get(p, [o, lane.agreementId], () => ({
            start: p.start,
            end: p.end,
            agreementId: lane.agreementId!,
            objectiveId: o.id,
            value: periodValue(o, p)!,
            minimum: levelsInForce(o, p).minimum,
          })),
        );
      }
    }
  }

  const listed = lanes
    .sorted()
    .filter((l) => view.filtered || l.breachMarks.length > 0 || l.belowMinimum.length > 0);

  if (groupBy !== 'severity') {
    for (const m of view.feed.maintenance) {
      if (!overlaps(m.start, m.end, from, to)) continue;
      let mark: TimelineMark | undefined;
      for (const lane of listed) {
        if (concerns(m, lane))
          lane.maintenanceMarks.push(
            (mark ??= maintenanceMarks.get(m, [], () => maintenanceMark(m))),
          );
      }
    }
  }

  let markCount = 0;
  let first = Infinity;
  let last = -Infinity;
  const out: TimelineLane[] = listed.map((l) => {
    const marks = mergeSorted(sortMarks(l.breachMarks), sortMarks(l.maintenanceMarks));
    markCount += marks.length;
    for (const list of [marks, l.belowMinimum]) {
      for (const x of list) {
        first = Math.min(first, x.start);
        last = Math.max(last, x.end);
      }
    }
    const lane = (): TimelineLane => ({
      key: l.key,
      kind: l.kind,
      label: l.label,
      agreementId: l.agreementId,
      objectiveId: l.objective?.id ?? null,
      marks,
      belowMinimum: l.belowMinimum,
    });
    // An objective's lane with the same marks and periods is the same object as before.
    if (!l.objective) return lane();
    const inputs = [l.key, l.label, marks.length, ...marks, ...l.belowMinimum];
    return objectiveLanes.get(l.objective, inputs, lane);
  });

  const start = options.start ?? first;
  const end = options.end ?? last;
  const extent = start <= end ? { start, end } : null;
  const versionChanges: VersionChange[] = [];
  if (extent) {
    for (const info of view.infos) {
      for (const v of info.resolved.versions) {
        if (v.effectiveFrom >= extent.start && v.effectiveFrom < extent.end)
          versionChanges.push({ time: v.effectiveFrom, agreementId: info.id, version: v.version });
      }
    }
    versionChanges.sort((a, b) => a.time - b.time);
  }
  const model = { lanes: out, extent, versionChanges, markCount };
  return previous && sameModel(previous, model) ? previous : model;
}

const breachMarks = new SlottedMemo<Breach, TimelineMark>();
const maintenanceMarks = new IdentityMemo<Maintenance, TimelineMark>();
const belowMinimum = new IdentityMemo<Period, BelowMinimumPeriod>();
const objectiveLanes = new IdentityMemo<ResolvedObjective, TimelineLane>();

/** Same lanes (the same objects), extent, mark count and version changes. */
function sameModel(a: TimelineModel, b: TimelineModel): boolean {
  return (
    sameInputs(a.lanes, b.lanes) &&
    a.markCount === b.markCount &&
    a.extent?.start === b.extent?.start &&
    a.extent?.end === b.extent?.end &&
    a.versionChanges.length === b.versionChanges.length &&
    a.versionChanges.every((v, i) => shallowSame(v, b.versionChanges[i]!))
  );
}

/**
 * The breaches (not maintenance) of a model overlapping `[start, end)`, each breach once even when
 * it shows in several lanes: how many, per severity, ongoing, excluded, and the longest counted one
 * (minutes inside the range; ties go to the earlier start, then the first lane).
 */
export function summariseBreaches(
  model: TimelineModel,
  range: { start: number; end: number },
): BreachSummary {
  const seen = new Set<string>();
  const bySeverity: Record<string, number> = {};
  let ongoing = 0;
  let excluded = 0;
  let longest: { mark: TimelineMark; minutes: number; lane: string } | null = null;
  for (const lane of model.lanes) {
    for (const mark of lane.marks) {
      if (mark.kind !== 'breach' || seen.has(mark.id)) continue;
      if (!overlaps(mark.start, mark.end, range.start, range.end)) continue;
      seen.add(mark.id);
      const severity = mark.severity!;
      bySeverity[severity] = (bySeverity[severity] ?? 0) + 1;
      if (mark.ongoing) ongoing++;
      if (mark.excluded) {
        excluded++;
        continue;
      }
      const minutes = decimal(
        (Math.min(mark.end, range.end) - Math.max(mark.start, range.start)) / MINUTE_MS,
      );
      if (
        longest === null ||
        minutes > longest.minutes ||
        (minutes === longest.minutes && mark.start < longest.mark.start)
      ) {
        longest = { mark, minutes, lane: lane.label };
      }
    }
  }
  return { count: seen.size, bySeverity, ongoing, excluded, longest };
}

/**
 * The rows of a daily history strip: per service (default) or objective, one bucket per local day
 * over the last `days` days in `timeZone`, the last being the day that contains `now`
 * (`dayBuckets`: a breach across midnight counts on each day it touches; DST days have 23 or 25
 * hours), and the uptime over the range up to `now`. Breach time after `now` is not counted (an
 * `as-of` in the past shows the strip as it was then). Every row of the agreements in view is
 * listed, with or without breaches.
 */
export function stripModel(feed: Feed, options: StripOptions): StripRow[] {
  const view = viewOf(feed, options);
  if (!view) return [];
  const { now, timeZone } = options;
  const days = Math.max(0, Math.floor(options.days));
  const today = localDate(now, timeZone);
  const from = startOfLocalDay(addDays(today, 1 - days), timeZone);
  const to = startOfLocalDay(addDays(today, 1), timeZone);
  const until = Math.min(now, to);
  const lanes = new Lanes(view, options.groupBy ?? 'service');
  lanes.addAll();
  lanes.assign(
    (b) => b.start < until && breachEnd(b, now) > from,
    (b, lane) => {
      lane.breaches.push((b.end ?? -Infinity) > now ? { ...b, end: now } : b);
    },
  );
  // No days: `from` is the next local midnight, after `now`, and there is no time in range.
  const total = until - from;
  return lanes.sorted().map((lane) => {
    const buckets = dayBuckets(lane.breaches, { from, to, now, timeZone });
    let downtime = 0;
    for (const d of buckets) downtime += d.downtimeMinutes;
    return {
      key: lane.key,
      label: lane.label,
      days: buckets,
      uptimePercent: total > 0 ? uptime((downtime * MINUTE_MS) / total) : null,
    };
  });
}

/** 100 x (1 - share), rounded half up to 3 decimals by the decimal rule. */
function uptime(downShare: number): number {
  const percent = decimal(100 - decimal(downShare * 100));
  return Math.round(decimal(percent * 1000)) / 1000;
}
