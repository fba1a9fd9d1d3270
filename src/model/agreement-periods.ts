/**
 * Agreement periods. Periods are measured per objective; the periods of one agreement that start
 * at the same instant form one agreement period (e.g. "October 2026" of an agreement with three
 * objectives is three periods). Credits, bonuses, the exit clause and health are judged per
 * agreement period.
 */
import type { Agreement, Period } from '../feed/index.js';
import type { FeedIndex } from './feed-index.js';
import { IdentityMemo } from './memo.js';

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
const sameGroups = new IdentityMemo<Period, AgreementPeriod>();

/**
 * Groups periods by agreement and start, sorted by start (then agreement id). Periods of
 * different agreements never share a group.
 */
export function groupAgreementPeriods(periods: readonly Period[]): AgreementPeriod[] {
  type Group = {
    agreementId: string;
    start: number;
    end: number;
    periods: Period[];
    seen: Set<string>;
  };
  // Agreement id -> start -> group (numbers as keys: no key string per period).
  const byAgreement = new Map<string, Map<number, Group>>();
  const groups: Group[] = [];
  for (const p of periods) {
    let byStart = byAgreement.get(p.agreementId);
    if (!byStart) byAgreement.set(p.agreementId, (byStart = new Map<number, Group>()));
    let group = byStart.get(p.start);
    if (!group) {
      group = {
        agreementId: p.agreementId,
        start: p.start,
        end: p.end,
        periods: [],
        seen: new Set(),
      };
      byStart.set(p.start, group);
      groups.push(group);
    }
    if (group.seen.has(p.objectiveId)) continue;
    group.seen.add(p.objectiveId);
    group.periods.push(p);
    if (p.end > group.end) group.end = p.end;
  }
  return groups
    .map(({ agreementId, start, end, periods: members }) =>
      // The same member records (a refreshed feed keeps those that did not change) give the
      // same agreement period object, so what is derived from it can be kept too.
      sameGroups.get(members[0]!, members, () => ({ agreementId, start, end, periods: members })),
    )
    .sort(
      (a, b) =>
        a.start - b.start ||
        (a.agreementId < b.agreementId ? -1 : a.agreementId > b.agreementId ? 1 : 0),
    );
}

/**
 * The agreement periods of an agreement, oldest first (memoised per index, and across feeds while
 * the agreement's period records are the same objects).
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
    const record = index.agreements.get(agreementId);
    const group = () => Object.freeze(groupAgreementPeriods(own));
    // Across feeds: the same period records (a refreshed feed keeps those that did not change)
    // give the same list, without grouping them again.
    list = record ? listsAcrossFeeds.get(record, own, group) : group();
    perIndex.set(agreementId, list);
  }
  return list;
}

const listsAcrossFeeds = new IdentityMemo<Agreement, readonly AgreementPeriod[]>();

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
