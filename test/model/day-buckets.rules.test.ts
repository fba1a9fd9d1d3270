// Day buckets (docs/feed.md, "Day buckets"): a day's downtime is the union of the counted breach
// minutes touching it, its severity the worst among them; excluded breaches have their own minutes.
// Checked against a brute-force oracle that walks the range minute by minute with its own Intl
// formatter for the local date (Europe/Berlin, across the spring DST change).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Breach } from '../../src/feed/index.js';
import { dayBuckets, localDays, MAX_DAY_BUCKETS } from '../../src/model/index.js';

const MINUTE = 60_000;
const ZONE = 'Europe/Berlin';
// Local midnight of Saturday 28 March 2026 in Berlin; Sunday 29 March has 23 hours.
const FROM = Date.parse('2026-03-28T00:00:00+01:00');
const DAYS = 3;
const TO = Date.parse('2026-03-31T00:00:00+02:00');
const SPAN = (TO - FROM) / MINUTE;
const RANK: Record<string, number> = { minor: 1, major: 2, critical: 3 };

const dateOf = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

interface Spec {
  start: number;
  length: number;
  open: boolean;
  severity: 'minor' | 'major' | 'critical';
  excluded: boolean;
}

function toBreaches(specs: readonly Spec[]): Breach[] {
  return specs.map(
    (s, i) =>
      ({
        id: `b${i}`,
        agreementId: 'a',
        objectiveIds: [i % 2 ? 'avail' : 'p95'],
        start: FROM + s.start * MINUTE,
        end: s.open ? null : FROM + (s.start + s.length) * MINUTE,
        severity: s.severity,
        excluded: s.excluded,
      }) as unknown as Breach,
  );
}

/**
 * Oracle, minute by minute. Downtime and excluded minutes: minutes covered by at least one counted
 * (excluded) breach. Severity, ids and the ongoing flag: those of the breaches that cover a minute
 * of the day themselves (docs/feed.md: the worst severity that day), whatever they merge with.
 */
function oracle(specs: readonly Spec[], now: number) {
  const endOf = (s: Spec) => (s.open ? now : FROM + (s.start + s.length) * MINUTE);
  const covers = (s: Spec, instant: number) =>
    instant >= FROM + s.start * MINUTE && instant < endOf(s);
  const days = new Map<
    string,
    {
      down: number;
      excluded: number;
      severity: string | null;
      ids: Set<string>;
      xids: Set<string>;
      ongoing: boolean;
    }
  >();
  for (let t = 0; t < SPAN; t++) {
    const date = dateOf.format(FROM + t * MINUTE);
    let day = days.get(date);
    if (!day) {
      day = {
        down: 0,
        excluded: 0,
        severity: null,
        ids: new Set(),
        xids: new Set(),
        ongoing: false,
      };
      days.set(date, day);
    }
    const here = specs
      .map((s, i) => ({ s, id: `b${i}` }))
      .filter(({ s }) => covers(s, FROM + t * MINUTE));
    if (here.some(({ s }) => !s.excluded)) day.down += 1;
    if (here.some(({ s }) => s.excluded)) day.excluded += 1;
    for (const { s, id } of here) {
      if (s.excluded) {
        day.xids.add(id);
        continue;
      }
      day.ids.add(id);
      day.ongoing ||= s.open;
      if (day.severity === null || RANK[s.severity]! > RANK[day.severity]!)
        day.severity = s.severity;
    }
  }
  return [...days].map(([date, d]) => ({
    date,
    downtimeMinutes: d.down,
    excludedMinutes: d.excluded,
    severity: d.severity,
    breachIds: [...d.ids].sort(),
    excludedBreachIds: [...d.xids].sort(),
    ongoing: d.ongoing,
  }));
}

const arbSpec: fc.Arbitrary<Spec> = fc.record({
  start: fc.integer({ min: -600, max: SPAN + 60 }),
  length: fc.integer({ min: 0, max: 2000 }),
  open: fc.boolean(),
  severity: fc.constantFrom('minor' as const, 'major' as const, 'critical' as const),
  excluded: fc.boolean(),
});

describe('day bucket rules', () => {
  it('each local day holds the counted and excluded minutes touching it, and the worst severity, ids and ongoing flag of the breaches that touch it', () => {
    fc.assert(
      fc.property(
        fc.array(arbSpec, { maxLength: 6 }),
        fc.integer({ min: 0, max: SPAN }),
        (specs, nowMinute) => {
          const now = FROM + nowMinute * MINUTE;
          const buckets = dayBuckets(toBreaches(specs), {
            from: FROM,
            to: TO,
            now,
            timeZone: ZONE,
          });
          expect(
            buckets.map((b) => ({
              date: b.date,
              downtimeMinutes: b.downtimeMinutes,
              excludedMinutes: b.excludedMinutes,
              severity: b.severity,
              breachIds: [...b.breachIds].sort(),
              excludedBreachIds: [...b.excludedBreachIds].sort(),
              ongoing: b.ongoing,
            })),
          ).to.deep.equal(oracle(specs, now));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the range has one bucket per local day, 23 hours on the day clocks go forward', () => {
    const buckets = dayBuckets([], { from: FROM, to: TO, now: TO, timeZone: ZONE });
    expect(buckets.map((b) => [b.date, b.hours])).to.deep.equal([
      ['2026-03-28', 24],
      ['2026-03-29', 23],
      ['2026-03-30', 24],
    ]);
    expect(buckets).to.have.length(DAYS);
  });

  it('a breach ending exactly at midnight does not touch the next day', () => {
    const midnight = Date.parse('2026-03-29T00:00:00+01:00');
    const breach = {
      id: 'b',
      agreementId: 'a',
      objectiveIds: ['avail'],
      start: midnight - 30 * MINUTE,
      end: midnight,
      severity: 'major',
      excluded: false,
    } as unknown as Breach;
    const [sat, sun] = dayBuckets([breach], { from: FROM, to: TO, now: TO, timeZone: ZONE });
    expect(sat!.downtimeMinutes).to.equal(30);
    expect(sat!.severity).to.equal('major');
    expect(sun!.downtimeMinutes).to.equal(0);
    expect(sun!.severity).to.equal(null);
    expect(sun!.breachIds).to.deep.equal([]);
  });

  it('a breach of no length, or one that starts after now, touches no day', () => {
    const noon = Date.parse('2026-03-28T12:00:00+01:00');
    const empty = {
      id: 'empty',
      agreementId: 'a',
      objectiveIds: ['avail'],
      start: noon,
      end: noon,
      severity: 'critical',
      excluded: false,
    } as unknown as Breach;
    const later = { ...empty, id: 'later', end: null } as unknown as Breach;
    const buckets = dayBuckets([empty, later], {
      from: FROM,
      to: TO,
      now: noon - MINUTE,
      timeZone: ZONE,
    });
    expect(buckets.map((b) => [b.severity, b.breachIds, b.downtimeMinutes])).to.deep.equal([
      [null, [], 0],
      [null, [], 0],
      [null, [], 0],
    ]);
  });

  it('a range longer than 100 years is cut at 36,600 days', () => {
    const from = Date.parse('1900-01-01T00:00:00Z');
    const to = Date.parse('2100-01-01T00:00:00Z');
    const days = localDays(from, to, 'UTC');
    expect(days).to.have.length(MAX_DAY_BUCKETS);
    expect(MAX_DAY_BUCKETS).to.equal(36_600);
    expect(days[days.length - 1]!.date).to.equal('2000-03-16');
  });

  it('a short critical breach merged into a long open minor one makes only its own day critical', () => {
    const minor = {
      id: 'long',
      agreementId: 'a',
      objectiveIds: ['avail'],
      start: FROM + 60 * MINUTE,
      end: null,
      severity: 'minor',
      excluded: false,
    } as unknown as Breach;
    const critical = {
      id: 'short',
      agreementId: 'a',
      objectiveIds: ['avail'],
      start: FROM + 120 * MINUTE,
      end: FROM + 150 * MINUTE,
      severity: 'critical',
      excluded: false,
    } as unknown as Breach;
    const buckets = dayBuckets([minor, critical], {
      from: FROM,
      to: TO,
      now: TO - MINUTE,
      timeZone: ZONE,
    });
    expect(buckets.map((b) => [b.date, b.severity, [...b.breachIds].sort()])).to.deep.equal([
      ['2026-03-28', 'critical', ['long', 'short']],
      ['2026-03-29', 'minor', ['long']],
      ['2026-03-30', 'minor', ['long']],
    ]);
  });

  it('a closed breach merged into a later open one does not make its own earlier day ongoing', () => {
    const closed = {
      id: 'closed',
      agreementId: 'a',
      objectiveIds: ['avail'],
      start: FROM + 23 * 60 * MINUTE,
      end: FROM + 25 * 60 * MINUTE,
      severity: 'major',
      excluded: false,
    } as unknown as Breach;
    const open = {
      id: 'open',
      agreementId: 'a',
      objectiveIds: ['avail'],
      start: FROM + 24 * 60 * MINUTE,
      end: null,
      severity: 'minor',
      excluded: false,
    } as unknown as Breach;
    const buckets = dayBuckets([closed, open], {
      from: FROM,
      to: TO,
      now: TO - MINUTE,
      timeZone: ZONE,
    });
    expect(buckets.map((b) => b.ongoing)).to.deep.equal([false, true, true]);
    expect(buckets.map((b) => b.severity)).to.deep.equal(['major', 'major', 'minor']);
  });

  it('a day inside a long merged breach is ongoing when that breach is open', () => {
    const breach = {
      id: 'b',
      agreementId: 'a',
      objectiveIds: ['avail'],
      start: FROM + 60 * MINUTE,
      end: null,
      severity: 'minor',
      excluded: false,
    } as unknown as Breach;
    const buckets = dayBuckets([breach], { from: FROM, to: TO, now: TO - MINUTE, timeZone: ZONE });
    expect(buckets.map((b) => b.ongoing)).to.deep.equal([true, true, true]);
  });
});
