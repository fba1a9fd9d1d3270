// Local days (docs/feed.md, "Day buckets"): a day runs from local midnight to the next local
// midnight in the display time zone. Checked against a brute-force oracle that walks the minutes
// around the day with its own Intl formatter, including zones whose DST change skips midnight.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  formatDate,
  localDate,
  localDays,
  startOfLocalDay,
  timeZoneOffset,
  type CalendarDate,
} from '../../src/model/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Midnight skipped by DST (Santiago, Asuncion, Havana, Beirut), half and quarter hours (Kolkata,
// Chatham, St John's), the extremes (Kiritimati +14, Pago Pago -11), and plain ones.
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/Santiago',
  'America/Asuncion',
  'America/Havana',
  'Asia/Beirut',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/New_York',
];

const oracleFormatters = new Map<string, Intl.DateTimeFormat>();
/** Oracle: the local calendar date of an instant, as YYYY-MM-DD (en-CA formats it that way). */
function oracleDate(instant: number, timeZone: string): string {
  let f = oracleFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    oracleFormatters.set(timeZone, f);
  }
  return f.format(instant);
}

/** Oracle: the first minute whose local date is `day`, walking minute by minute. */
function oracleStartOfDay(day: CalendarDate, timeZone: string): number {
  const text = formatDate(day);
  const utcMidnight = Date.UTC(day.year, day.month - 1, day.day);
  for (let t = utcMidnight - 15 * HOUR; t <= utcMidnight + 13 * HOUR; t += MINUTE) {
    if (oracleDate(t, timeZone) === text) return t;
  }
  throw new Error(`no start found for ${text} in ${timeZone}`);
}

const arbDay = fc
  .date({
    min: new Date('1995-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d): CalendarDate => ({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  }));

describe('local day rules', () => {
  it('a local day starts at the first minute whose local date is that day, in every zone', () => {
    fc.assert(
      fc.property(arbDay, fc.constantFrom(...ZONES), (day, zone) => {
        expect(startOfLocalDay(day, zone)).to.equal(oracleStartOfDay(day, zone));
      }),
      { numRuns: 60 },
    );
  });

  it('a day whose midnight is skipped starts at the first local minute of that date', () => {
    // Santiago: clocks go from 23:59:59 on 5 September 2026 to 01:00 on the 6th.
    const day = { year: 2026, month: 9, day: 6 };
    expect(startOfLocalDay(day, 'America/Santiago')).to.equal(
      oracleStartOfDay(day, 'America/Santiago'),
    );
    expect(new Date(startOfLocalDay(day, 'America/Santiago')).toISOString()).to.equal(
      '2026-09-06T04:00:00.000Z',
    );
  });

  it('the local days of a range are the consecutive local dates, each from its start to the next', () => {
    fc.assert(
      fc.property(
        arbDay,
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(...ZONES),
        (day, count, zone) => {
          const from = oracleStartOfDay(day, zone);
          const to = oracleStartOfDay(addDays(day, count), zone);
          const days = localDays(from, to, zone);
          const expected = [];
          for (let i = 0; i < count; i++) {
            const d = addDays(day, i);
            expected.push({
              date: formatDate(d),
              start: oracleStartOfDay(d, zone),
              end: oracleStartOfDay(addDays(d, 1), zone),
            });
          }
          expect(days.map((d) => ({ date: d.date, start: d.start, end: d.end }))).to.deep.equal(
            expected,
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the local date and the offset of an instant agree with the zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom(...ZONES),
        (instant, zone) => {
          expect(formatDate(localDate(instant, zone))).to.equal(oracleDate(instant, zone));
          const offset = timeZoneOffset(instant, zone);
          // Shifting by the offset turns the instant into its local wall time, read as UTC.
          expect(new Date(instant + offset).toISOString().slice(0, 10)).to.equal(
            oracleDate(instant, zone),
          );
        },
      ),
    );
  });

  it('adding days crosses month and year ends and leap days', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).to.deep.equal({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).to.deep.equal({
      year: 2027,
      month: 1,
      day: 1,
    });
    expect(addDays({ year: 2026, month: 3, day: 1 }, -1)).to.deep.equal({
      year: 2026,
      month: 2,
      day: 28,
    });
  });
});

// A new zone name per call, so each call meets an empty per-zone cache, as a page does on the
// first use of its display zone.
let unknownZones = 0;
const freshUnknownZone = (): string => `Nowhere/Zone_${(unknownZones += 1)}`;

describe('local day rules for zone names the platform does not know', () => {
  it('an unknown zone reads as UTC, on its first use too', () => {
    const instant = Date.parse('2026-06-01T23:30:00Z');
    expect(localDate(instant, freshUnknownZone())).to.deep.equal({ year: 2026, month: 6, day: 1 });
    expect(timeZoneOffset(instant, freshUnknownZone())).to.equal(0);
    expect(startOfLocalDay({ year: 2026, month: 6, day: 2 }, freshUnknownZone())).to.equal(
      Date.parse('2026-06-02T00:00:00Z'),
    );
  });

  it('the offset of an instant with seconds and milliseconds is whole minutes', () => {
    const instant = Date.parse('2026-06-01T12:34:56.789Z');
    expect(timeZoneOffset(instant, 'Europe/Berlin')).to.equal(2 * 60 * MINUTE);
    expect(timeZoneOffset(instant, 'Asia/Kolkata')).to.equal(330 * MINUTE);
    expect(timeZoneOffset(instant, 'UTC')).to.equal(0);
  });
});

// Zone names match in any letter case (ECMA-402), and the per-zone day-start cache is keyed by
// the name as given: a new spelling per call computes the day start afresh, as on a page's first
// use of its zone.
let spellings = 0;
function freshSpelling(zone: string): string {
  spellings += 1;
  let bits = spellings;
  return [...zone]
    .map((ch) => {
      if (!/[a-z]/i.test(ch)) return ch;
      const flip = bits & 1;
      bits = Math.floor(bits / 2) || spellings;
      return flip ? (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()) : ch;
    })
    .join('');
}

describe('local day starts on the first use of a zone', () => {
  // Days whose local midnight is skipped or repeated by a DST change at midnight, and plain days.
  const DAYS: [string, CalendarDate][] = [
    ['America/Santiago', { year: 2026, month: 9, day: 6 }],
    ['America/Santiago', { year: 2026, month: 4, day: 5 }],
    ['America/Havana', { year: 2026, month: 3, day: 8 }],
    ['America/Havana', { year: 2026, month: 11, day: 1 }],
    ['Asia/Beirut', { year: 2026, month: 3, day: 29 }],
    ['America/Asuncion', { year: 2023, month: 10, day: 1 }],
    ['Europe/Berlin', { year: 2026, month: 3, day: 29 }],
    ['Pacific/Kiritimati', { year: 2026, month: 1, day: 1 }],
    ['Pacific/Pago_Pago', { year: 2026, month: 7, day: 15 }],
    ['Asia/Kolkata', { year: 2026, month: 2, day: 28 }],
  ];

  it('a day starts at the first minute of its local date, where DST skips or repeats midnight too', () => {
    for (const [zone, day] of DAYS) {
      const name = freshSpelling(zone);
      expect(startOfLocalDay(day, name), `${formatDate(day)} ${name}`).to.equal(
        oracleStartOfDay(day, zone),
      );
    }
  });
});
