// Day buckets (docs/feed.md, "Day buckets"): a day's downtime is the union of the counted breach
// minutes touching it, its severity the worst among them; excluded breaches have their own minutes.
// Checked against a brute-force oracle that walks the range minute by minute with its own Intl
// formatter for the local date (Europe/Berlin, across the spring DST change).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Breach } from '../../src/feed/index.js';
import { dayBuckets } from '../../src/model/index.js';

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
 * (excluded) breach. Severity and ids: those of the merged run of one objective's breaches (runs of
 * covered minutes) touching the day, as the model merges a breach interval before bucketing it.
 */
function oracle(specs: readonly Spec[], now: number) {
  const endOf = (s: Spec) => (s.open ? now : FROM + (s.start + s.length) * MINUTE);
  const covers = (s: Spec, instant: number) =>
    instant >= FROM + s.start * MINUTE && instant < endOf(s);
  const dates: string[] = [];
  for (let t = 0; t < SPAN; t++) dates.push(dateOf.format(FROM + t * MINUTE));
  const days = new Map<
    string,
    { down: number; excluded: number; severity: string | null; ids: Set<string>; xids: Set<string> }
  >();
  for (const date of dates) {
    if (!days.has(date))
      days.set(date, { down: 0, excluded: 0, severity: null, ids: new Set(), xids: new Set() });
  }
  for (let t = 0; t < SPAN; t++) {
    const day = days.get(dates[t]!)!;
    const here = specs.filter((s) => covers(s, FROM + t * MINUTE));
    if (here.some((s) => !s.excluded)) day.down += 1;
    if (here.some((s) => s.excluded)) day.excluded += 1;
  }
  // Runs of covered minutes per objective and kind, with the breaches in them.
  for (const objective of ['avail', 'p95']) {
    for (const excluded of [false, true]) {
      const members = specs
        .map((s, i) => ({ s, id: `b${i}` }))
        .filter(({ s }, i) => (i % 2 ? 'avail' : 'p95') === objective && s.excluded === excluded);
      let run: { ids: Set<string>; severity: string | null; days: Set<string> } | null = null;
      const flush = () => {
        if (!run) return;
        for (const date of run.days) {
          const day = days.get(date)!;
          for (const id of run.ids) (excluded ? day.xids : day.ids).add(id);
          if (!excluded && (day.severity === null || RANK[run.severity!]! > RANK[day.severity]!)) {
            day.severity = run.severity;
          }
        }
        run = null;
      };
      for (let t = 0; t < SPAN; t++) {
        const here = members.filter(({ s }) => covers(s, FROM + t * MINUTE));
        if (here.length === 0) {
          flush();
          continue;
        }
        run ??= { ids: new Set(), severity: null, days: new Set() };
        run.days.add(dates[t]!);
        for (const { s, id } of here) {
          run.ids.add(id);
          if (run.severity === null || RANK[s.severity]! > RANK[run.severity]!)
            run.severity = s.severity;
        }
      }
      flush();
    }
  }
  return [...days].map(([date, d]) => ({
    date,
    downtimeMinutes: d.down,
    excludedMinutes: d.excluded,
    severity: d.severity,
    breachIds: [...d.ids].sort(),
    excludedBreachIds: [...d.xids].sort(),
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
  it('each local day holds the counted and excluded minutes touching it, its worst severity and ids', () => {
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
