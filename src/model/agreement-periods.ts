/**
 * Agreement periods. Periods are measured per objective; the periods of one agreement that start
 * at the same instant form one agreement period (e.g. "October 2026" of an agreement with three
 * objectives is three periods). Credits, bonuses, the exit clause and health are judged per
 * agreement period.
 */
import type { Period } from '../feed/index.js';
import type { FeedIndex } from './feed-index.js';
import { sameInputs } from './memo.js';

/** The periods of one agreement that share a start. */
export interface AgreementPeriod {
  readonly agreementId: string;
  readonly start: number;
  /** The latest end of its member periods. */
  readonly end: number;
  /**
   * One period per objective, in feed order. When the feed holds two periods of one objective with
   * the same start, the first one counts and the other is left out.
   */
  readonly periods: readonly Period[];
}

const cache = new WeakMap<FeedIndex, Map<string, readonly AgreementPeriod[]>>();

/**
 * Groups periods by agreement and start, sorted by start (then agreement id). Periods of
 * different agreements never share a group. A group whose member records are those of a group of
 * `previous` (an earlier grouping of the same agreement) is that group's object, so what is
 * derived from it can be kept.
 */
export function groupAgreementPeriods(
  periods: readonly Period[],
  previous: readonly AgreementPeriod[] = [],
): AgreementPeriod[] {
  type Group = { agreementId: string; start: number; end: number; periods: Period[] };
  const key = (g: { agreementId: string; start: number }) => `${g.agreementId}\u0000${g.start}`;
  const groups: Group[] = [];
  // An index's list is one agreement's, sorted by start: each period joins the last group or
  // starts the next one. Only other input needs the groups by agreement and start.
  let byKey: Map<string, Group> | undefined;
  let last: Group | undefined;
  for (const p of periods) {
    let group: Group | undefined;
    if (last?.agreementId === p.agreementId && last.start === p.start) group = last;
    else if (byKey || (last && (last.agreementId !== p.agreementId || p.start < last.start))) {
      byKey ??= new Map(groups.map((g) => [key(g), g] as const));
      group = byKey.get(key(p));
    }
    if (!group) {
      group = { agreementId: p.agreementId, start: p.start, end: p.end, periods: [] };
      groups.push(group);
      byKey?.set(key(group), group);
    }
    last = group;
    if (group.periods.some((q) => q.objectiveId === p.objectiveId)) continue;
    group.periods.push(p);
    if (p.end > group.end) group.end = p.end;
  }
  const before = new Map(previous.map((g) => [key(g), g] as const));
  const out: AgreementPeriod[] = before.size
    ? groups.map((g) => {
        const kept = before.get(key(g));
        return kept && sameInputs(kept.periods, g.periods) ? kept : g;
      })
    : groups;
  return byKey
    ? out.sort(
        (a, b) =>
          a.start - b.start ||
          (a.agreementId < b.agreementId ? -1 : a.agreementId > b.agreementId ? 1 : 0),
      )
    : out;
}

/**
 * The agreement periods of an agreement, oldest first: memoised per index, and across feeds while
 * the agreement's period records are the same objects (a refreshed feed keeps those that did not
 * change). When some changed, the groups whose records did not are kept (see
 * {@link groupAgreementPeriods}).
 */
export function agreementPeriods(
  index: FeedIndex,
  agreementId: string,
): readonly AgreementPeriod[] {
  let perIndex = cache.get(index);
  if (!perIndex) {
    perIndex = new Map();
    cache.set(index, perIndex);
  }
  let list = perIndex.get(agreementId);
  if (!list) {
    const own = index.periodsByAgreement.get(agreementId) ?? [];
    // The agreement's last grouping: by its record, else by its first period's (a changed
    // agreement record keeps its periods).
    const record = index.agreements.get(agreementId);
    const earlier = (record && lists.get(record)) ?? (own[0] && lists.get(own[0]));
    if (earlier && sameInputs(earlier.own, own)) list = earlier.list;
    else {
      list = Object.freeze(groupAgreementPeriods(own, earlier?.list));
      const entry = { own, list };
      if (record) lists.set(record, entry);
      if (own[0]) lists.set(own[0], entry);
    }
    perIndex.set(agreementId, list);
  }
  return list;
}

const lists = new WeakMap<
  object,
  { readonly own: readonly Period[]; readonly list: readonly AgreementPeriod[] }
>();

/**
 * The latest complete agreement period at `now`: the one with the latest start whose end is at or
 * before `now`. When no period is complete yet, the latest period (the running one). `null` when
 * the agreement has no periods. `now` is always an explicit argument, never the clock.
 */
export function latestCompletePeriod(
  index: FeedIndex,
  agreementId: string,
  now: number,
): AgreementPeriod | null {
  return latestComplete(agreementPeriods(index, agreementId), now);
}

/** {@link latestCompletePeriod} for a list of agreement periods sorted by start. */
export function latestComplete(
  list: readonly AgreementPeriod[],
  now: number,
): AgreementPeriod | null {
  for (let i = list.length - 1; i >= 0; i--) {
    if (isPeriodComplete(list[i]!, now)) return list[i]!;
  }
  return list[list.length - 1] ?? null;
}

/** True when a period has ended by `now` (its end is exclusive: ending at `now` is complete). */
export function isPeriodComplete(period: { readonly end: number }, now: number): boolean {
  return period.end <= now;
}

/** The agreement periods that start in `[from, to)`, in order. */
export function agreementPeriodsBetween(
  list: readonly AgreementPeriod[],
  from: number,
  to: number,
): AgreementPeriod[] {
  return list.filter((p) => p.start >= from && p.start < to);
}
