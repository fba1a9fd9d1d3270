/**
 * Data of the timeline benchmark (bench/timeline.browser-bench.mjs): one seeded set of breaches,
 * given to `<sla-breach-timeline>` as a feed and to the baselines as bars (columns of plain
 * arrays). Both describe the same marks: bar i of `bars` is breach i of `feed.breaches`.
 *
 * - One corporate agreement `a-1` with 20 objectives `o-1` .. `o-20` (the lanes, in that order).
 * - `count` breaches over 90 days from RANGE_START, each on one objective (uniform), severity
 *   critical / major / minor weighted 1 : 3 : 6, a duration log-uniform between 5 minutes and
 *   6 hours, a start on a whole minute such that it ends inside the range. None is ongoing or
 *   excluded, so "now" (`as-of` = RANGE_END) changes no bar.
 * - `changeBreaches` changes 10 % of them (seeded choice): half move by 1 minute to 3 hours, half
 *   change severity; ids stay, so a renderer can tell which bars changed.
 * Node-safe and browser-safe; no clock, no Math.random.
 */
import type { FeedInput } from '../src/feed/index.js';
import { createRng, type Rng } from '../test/fixtures/prng.js';

export const AGREEMENT = 'a-1';
export const LANES = 20;
export const DAYS = 90;
export const DAY = 86_400_000;
export const MINUTE = 60_000;
/** The 90 days shown, [RANGE_START, RANGE_END). */
export const RANGE_START = Date.UTC(2026, 7, 24);
export const RANGE_END = RANGE_START + DAYS * DAY;
/** Severities by rank: index 0 is the worst. */
export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type SeverityName = (typeof SEVERITIES)[number];

const SEVERITY_WEIGHTS = { critical: 1, major: 3, minor: 6 } as const;
const MIN_MINUTES = 5;
const MAX_MINUTES = 360;

/** The baselines' input: one entry per breach, in feed order. Times are epoch ms. */
export interface Bars {
  readonly id: string[];
  /** 0-based lane: objective `o-${lane + 1}`. */
  readonly lane: number[];
  readonly start: number[];
  readonly end: number[];
  /** Index into SEVERITIES. */
  readonly severity: number[];
}

type Breach = NonNullable<FeedInput['breaches']>[number];

export const objectiveId = (lane: number): string => `o-${lane + 1}`;
export const objectiveName = (lane: number): string => `Objective ${lane + 1}`;

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

function minutes(rng: Rng): number {
  return Math.round(MIN_MINUTES * (MAX_MINUTES / MIN_MINUTES) ** rng.next());
}

function breach(i: number, lane: number, start: number, mins: number, severity: string): Breach {
  return {
    id: `b-${i}`,
    agreementId: AGREEMENT,
    objectiveIds: [objectiveId(lane)],
    start: iso(start),
    end: iso(start + mins * MINUTE),
    severity,
    title: `Breach ${i}`,
  };
}

/** The feed of `count` seeded breaches (FeedInput: what a backend would send). */
export function timelineFeed(count: number, seed: number): FeedInput {
  const rng = createRng(seed);
  const breaches: Breach[] = [];
  const lastStartMinute = (RANGE_END - RANGE_START) / MINUTE;
  for (let i = 0; i < count; i++) {
    const lane = rng.int(0, LANES - 1);
    const severity = rng.weighted(SEVERITY_WEIGHTS);
    const mins = minutes(rng);
    const start = RANGE_START + rng.int(0, lastStartMinute - mins) * MINUTE;
    breaches.push(breach(i, lane, start, mins, severity));
  }
  return {
    schemaVersion: 1,
    provider: { id: 'p-1', name: 'Bench provider' },
    agreements: [
      {
        id: AGREEMENT,
        name: 'Bench agreement',
        level: 'corporate',
        objectives: Array.from({ length: LANES }, (_, lane) => ({
          id: objectiveId(lane),
          name: objectiveName(lane),
          unit: 'percent',
          direction: 'higher-is-better',
          minimum: 99.5,
          target: 99.9,
        })),
      },
    ],
    periods: [],
    breaches,
  };
}

/** A copy of `feed` in which `share` of the breaches changed (seeded), and how many did. */
export function changeBreaches(
  feed: FeedInput,
  share: number,
  seed: number,
): { feed: FeedInput; changed: number } {
  const copy = structuredClone(feed);
  const list = copy.breaches ?? [];
  const rng = createRng(seed);
  const picked = new Set<number>();
  const wanted = Math.round(list.length * share);
  while (picked.size < wanted) picked.add(rng.int(0, list.length - 1));
  let n = 0;
  for (const i of picked) {
    const b = list[i]!;
    if (n++ % 2 === 0) {
      const start = Date.parse(b.start);
      const length = Date.parse(b.end!) - start;
      // 1 to 180 minutes earlier or later, the other way when that would leave the range.
      const delta = rng.int(1, 180) * MINUTE * (rng.chance(0.5) ? -1 : 1);
      const fits = (t: number): boolean => t >= RANGE_START && t + length <= RANGE_END;
      const moved = fits(start + delta) ? start + delta : start - delta;
      b.start = iso(moved);
      b.end = iso(moved + length);
    } else {
      const now = SEVERITIES.indexOf(b.severity as SeverityName);
      b.severity = SEVERITIES[(now + 1 + rng.int(0, 1)) % SEVERITIES.length]!;
    }
  }
  return { feed: copy, changed: picked.size };
}

/** The bars of a feed made by `timelineFeed` / `changeBreaches` (outside any clock). */
export function barsOf(feed: FeedInput): Bars {
  const bars: Bars = { id: [], lane: [], start: [], end: [], severity: [] };
  for (const b of feed.breaches ?? []) {
    bars.id.push(b.id);
    bars.lane.push(Number(b.objectiveIds[0]!.slice(2)) - 1);
    bars.start.push(Date.parse(b.start));
    bars.end.push(Date.parse(b.end!));
    bars.severity.push(SEVERITIES.indexOf(b.severity as SeverityName));
  }
  return bars;
}

/** How many bars overlap [from, to). */
export function overlapping(bars: Bars, from: number, to: number): number {
  let n = 0;
  for (let i = 0; i < bars.start.length; i++) if (bars.start[i]! < to && bars.end[i]! > from) n++;
  return n;
}
