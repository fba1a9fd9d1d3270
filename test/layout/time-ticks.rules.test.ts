// Time axis ticks: labelled ticks at local boundaries of one unit in the display time zone, the
// finest unit and step whose labels keep the minimum spacing, labels as Intl formats them, and a
// light grid of period boundaries. Checked against oracles that read local dates and times with
// their own Intl formatters, minute by minute where it matters (DST days included).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { timeScale } from '../../src/layout/scale.js';
import { timeAxis, type TimeAxis } from '../../src/layout/time-ticks.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'America/Santiago', // DST skips midnight
  'Asia/Kolkata', // +05:30
  'Asia/Kathmandu', // +05:45
  'Australia/Lord_Howe', // 30-minute DST
  'Pacific/Kiritimati', // +14
];

const oracle = new Map<string, Intl.DateTimeFormat>();
/** Local wall-clock fields of an instant, read by a formatter of the test's own. */
function wall(t: number, timeZone: string) {
  let f = oracle.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    oracle.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(t).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: parts.weekday,
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Oracle: every instant in [from, to] where the local date changes (t - 1 and t differ). */
function localMidnights(from: number, to: number, timeZone: string): number[] {
  const out: number[] = [];
  const slot = HOUR; // local days are 22 hours or more, so a slot holds at most one change
  for (let t = from - slot; t < to; t += slot) {
    if (wall(t, timeZone).date === wall(t + slot, timeZone).date) continue;
    // the first instant of the new date in (t, t + slot]
    let lo = t;
    let hi = t + slot;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (wall(mid, timeZone).date === wall(t, timeZone).date) lo = mid;
      else hi = mid;
    }
    if (hi >= from && hi <= to) out.push(hi);
  }
  return out;
}

function axis(
  start: number,
  end: number,
  width: number,
  locale = 'en',
  timeZone = 'UTC',
  spacing?: number,
): TimeAxis {
  return timeAxis(timeScale([start, end], [0, width]), {
    width,
    locale,
    timeZone,
    ...(spacing === undefined ? {} : { minLabelSpacing: spacing }),
  });
}

const iso = (t: number) => new Date(t).toISOString();

describe('time axis ticks', () => {
  it('a 90-day range at 1200 px is labelled by week, on local Mondays, with month starts as the grid', () => {
    const start = Date.UTC(2026, 0, 1);
    const a = axis(start, start + 90 * DAY, 1200);
    expect(a.unit).to.equal('week');
    expect(a.ticks.map((t) => wall(t.time, 'UTC').weekday)).to.deep.equal(a.ticks.map(() => 'Mon'));
    expect(iso(a.ticks[0]!.time)).to.equal('2026-01-05T00:00:00.000Z');
    expect(a.ticks).to.have.length(13);
    expect(a.grid.map((g) => iso(g.time))).to.deep.equal([
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
    ]);
  });

  it('a tick sits where the scale puts its time', () => {
    const start = Date.UTC(2026, 0, 1);
    const a = axis(start, start + 90 * DAY, 900);
    // 10 px a day: Monday 5 January is 4 days in
    expect(a.ticks[0]!.x).to.equal(40);
    expect(a.grid[1]!.x).to.equal(310);
  });

  it('a year is labelled by month, and 1 January by its year', () => {
    const a = axis(Date.UTC(2025, 11, 1), Date.UTC(2026, 11, 1), 1200);
    expect(a.unit).to.equal('month');
    expect(a.ticks.map((t) => t.label)).to.deep.equal([
      'Dec',
      '2026',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    expect(a.ticks[1]!.unit).to.equal('year');
    expect(a.ticks[2]!.unit).to.equal('month');
  });

  it('the finest step wins: 12 hours over a week at 1200 px, days when 12 hours would be too close', () => {
    const start = Date.UTC(2026, 5, 1);
    const wide = axis(start, start + 7 * DAY, 1200);
    expect([wide.unit, wide.step]).to.deep.equal(['hour', 12]);
    const narrow = axis(start, start + 7 * DAY, 700);
    expect([narrow.unit, narrow.step]).to.deep.equal(['day', 1]);
    expect(narrow.ticks.map((t) => t.label)).to.deep.equal([
      'Jun',
      'Jun 2',
      'Jun 3',
      'Jun 4',
      'Jun 5',
      'Jun 6',
      'Jun 7',
      'Jun 8',
    ]);
    // the grid of a day axis is its day starts
    expect(narrow.grid.map((g) => g.time)).to.deep.equal(narrow.ticks.map((t) => t.time));
  });

  it('an hour tick at local midnight is a day tick labelled with the date', () => {
    const start = Date.UTC(2026, 5, 1, 18);
    const a = axis(start, start + 12 * HOUR, 1200);
    expect([a.unit, a.step]).to.deep.equal(['hour', 1]);
    const midnight = a.ticks.find((t) => t.time === Date.UTC(2026, 5, 2))!;
    expect([midnight.unit, midnight.label]).to.deep.equal(['day', 'Jun 2']);
    expect(a.ticks[0]!.label).to.equal('6:00 PM');
  });

  it('steps of minutes, hours and years are multiples from the local midnight and from year 0', () => {
    const m = axis(Date.UTC(2026, 5, 1, 10, 2), Date.UTC(2026, 5, 1, 11, 58), 500);
    expect([m.unit, m.step]).to.deep.equal(['minute', 15]);
    expect(m.ticks.map((t) => iso(t.time).slice(11, 16))).to.deep.equal([
      '10:15',
      '10:30',
      '10:45',
      '11:00',
      '11:15',
      '11:30',
      '11:45',
    ]);
    const h = axis(Date.UTC(2026, 5, 1, 1), Date.UTC(2026, 5, 2, 23), 600);
    expect([h.unit, h.step]).to.deep.equal(['hour', 6]);
    expect(iso(h.ticks[0]!.time)).to.equal('2026-06-01T06:00:00.000Z');
    const y = axis(Date.UTC(1903, 0, 1), Date.UTC(2026, 0, 1), 800);
    expect([y.unit, y.step]).to.deep.equal(['year', 10]);
    expect(y.ticks.map((t) => t.label).slice(0, 3)).to.deep.equal(['1910', '1920', '1930']);
  });

  it('a quarter axis labels quarter starts with month and year, the grid stays on month starts', () => {
    const a = axis(Date.UTC(2025, 0, 1), Date.UTC(2027, 0, 1), 800);
    expect(a.unit).to.equal('quarter');
    expect(a.ticks.map((t) => t.label)).to.deep.equal([
      '2025',
      'Apr 2025',
      'Jul 2025',
      'Oct 2025',
      '2026',
      'Apr 2026',
      'Jul 2026',
      'Oct 2026',
      '2027',
    ]);
    expect(a.grid).to.have.length(25);
  });

  it('the grid of a year axis is its labelled year starts', () => {
    const a = axis(Date.UTC(1000, 0, 1), Date.UTC(2000, 0, 1), 1000);
    expect([a.unit, a.step]).to.deep.equal(['year', 100]);
    expect(a.grid.map((g) => g.time)).to.deep.equal(a.ticks.map((t) => t.time));
    const years = axis(Date.UTC(2000, 0, 1), Date.UTC(2005, 0, 1), 600);
    expect([years.unit, years.step]).to.deep.equal(['year', 1]);
    expect(years.grid.map((g) => iso(g.time).slice(0, 4))).to.deep.equal([
      '2000',
      '2001',
      '2002',
      '2003',
      '2004',
      '2005',
    ]);
  });

  it('a range that does not start at 0 px gives the same ticks, shifted', () => {
    const start = Date.UTC(2026, 0, 1);
    const at0 = axis(start, start + 90 * DAY, 1200);
    const shifted = timeAxis(timeScale([start, start + 90 * DAY], [300, 1500]), {
      width: 1200,
      locale: 'en',
    });
    const round = (x: number) => Math.round(x * 1000) / 1000;
    expect(shifted.ticks.map((t) => [t.time, round(t.x - 300)])).to.deep.equal(
      at0.ticks.map((t) => [t.time, round(t.x)]),
    );
    expect(shifted.unit).to.equal('week');
    // a range centred on 0 px
    const centred = timeAxis(timeScale([start, start + 90 * DAY], [-600, 600]), {
      width: 1200,
      locale: 'en',
    });
    expect(centred.ticks.map((t) => [t.time, round(t.x + 600)])).to.deep.equal(
      at0.ticks.map((t) => [t.time, round(t.x)]),
    );
  });

  it('a step whose ticks are exactly the spacing apart is kept', () => {
    // 8 days at 1024 px: 12 hours is exactly 64 px
    const start = Date.UTC(2026, 5, 1);
    expect(axis(start, start + 8 * DAY, 1024).step).to.equal(12);
    expect(axis(start, start + 8 * DAY, 1023).unit).to.equal('day');
  });

  it('in Europe/Berlin, the 23-hour day of 29 March 2026 has its day ticks at the local midnights', () => {
    const start = Date.UTC(2026, 2, 25, 23); // 26 March, 00:00 CET
    const a = axis(start, start + 7 * DAY, 700, 'en', 'Europe/Berlin');
    expect([a.unit, a.step]).to.deep.equal(['day', 1]);
    expect(a.ticks.map((t) => iso(t.time))).to.deep.equal([
      '2026-03-25T23:00:00.000Z',
      '2026-03-26T23:00:00.000Z',
      '2026-03-27T23:00:00.000Z',
      '2026-03-28T23:00:00.000Z', // 29 March, 00:00 CET
      '2026-03-29T22:00:00.000Z', // 30 March, 00:00 CEST: 23 hours later
      '2026-03-30T22:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
      '2026-04-01T22:00:00.000Z', // the end of the range is included
    ]);
    expect(a.ticks.map((t) => t.label).slice(5)).to.deep.equal(['Mar 31', 'Apr', 'Apr 2']);
  });

  it('hour ticks skip the hour DST leaves out, and show the hour it repeats twice', () => {
    const spring = axis(
      Date.UTC(2026, 2, 28, 23),
      Date.UTC(2026, 2, 29, 4),
      500,
      'de',
      'Europe/Berlin',
    );
    expect([spring.unit, spring.step]).to.deep.equal(['hour', 1]);
    expect(spring.ticks.map((t) => t.label)).to.deep.equal([
      '29. März',
      '1:00',
      '3:00',
      '4:00',
      '5:00',
      '6:00',
    ]);
    expect(spring.ticks.map((t) => t.time - spring.ticks[0]!.time)).to.deep.equal(
      [0, 1, 2, 3, 4, 5].map((h) => h * HOUR),
    );
    // 25 October 2026: 03:00 CEST becomes 02:00 CET
    const autumn = axis(
      Date.UTC(2026, 9, 24, 22),
      Date.UTC(2026, 9, 25, 3),
      500,
      'de',
      'Europe/Berlin',
    );
    expect(autumn.ticks.map((t) => t.label)).to.deep.equal([
      '25. Okt.',
      '1:00',
      '2:00',
      '2:00',
      '3:00',
      '4:00',
    ]);
  });

  it('German and Arabic labels are what Intl formats in that locale and zone', () => {
    const start = Date.UTC(2026, 0, 1);
    for (const locale of ['de', 'ar']) {
      const a = axis(start, start + 90 * DAY, 1200, locale, 'Europe/Berlin');
      const f = new Intl.DateTimeFormat(locale, {
        timeZone: 'Europe/Berlin',
        month: 'short',
        day: 'numeric',
      });
      expect(a.ticks.map((t) => t.label)).to.deep.equal(a.ticks.map((t) => f.format(t.time)));
    }
    const months = axis(Date.UTC(2025, 11, 1), Date.UTC(2026, 11, 1), 1200, 'ar', 'Europe/Berlin');
    const m = new Intl.DateTimeFormat('ar', { timeZone: 'Europe/Berlin', month: 'short' });
    expect(months.ticks[2]!.label).to.equal(m.format(months.ticks[2]!.time));
  });

  it('an unknown time zone is read as UTC, and an invalid locale labels in English', () => {
    const start = Date.UTC(2026, 5, 1);
    const utc = axis(start, start + 7 * DAY, 700, 'en', 'UTC');
    expect(axis(start, start + 7 * DAY, 700, 'en', 'Mars/Olympus')).to.deep.equal(utc);
    expect(axis(start, start + 7 * DAY, 700, 'not a locale!', 'UTC').ticks[1]!.label).to.equal(
      'Jun 2',
    );
    expect(
      timeAxis(timeScale([start, start + 7 * DAY], [0, 700]), { width: 700, locale: 'en' }),
    ).to.deep.equal(utc);
  });

  it('the minimum label spacing is 64 px unless given', () => {
    const start = Date.UTC(2026, 5, 1);
    // 7 days at 900 px: 12 hours is 64.3 px
    expect(axis(start, start + 7 * DAY, 900).step).to.equal(12);
    expect(axis(start, start + 7 * DAY, 890).unit).to.equal('day');
    expect(axis(start, start + 7 * DAY, 900, 'en', 'UTC', 65).unit).to.equal('day');
    expect(axis(start, start + 7 * DAY, 900, 'en', 'UTC', 30).step).to.equal(6);
  });

  it('a spacing under 1 px (or no number) is 1 px', () => {
    const start = Date.UTC(2026, 5, 1);
    const onePx = axis(start, start + 2 * HOUR, 1200, 'en', 'UTC', 1);
    expect([onePx.unit, onePx.step, onePx.ticks.length]).to.deep.equal(['minute', 1, 121]);
    expect(axis(start, start + 2 * HOUR, 1200, 'en', 'UTC', 0)).to.deep.equal(onePx);
    expect(axis(start, start + 2 * HOUR, 1200, 'en', 'UTC', Number.NaN)).to.deep.equal(onePx);
    expect(axis(start, start + 2 * HOUR, 1200, 'en', 'UTC', 11).step).to.equal(5);
    // a day at 1200 px: minutes are 0.8 px apart, so 1 px asks for every 5 minutes
    expect(axis(start, start + DAY, 1200, 'en', 'UTC', 0).step).to.equal(5);
  });

  it('nothing is laid out without a width or without a time range', () => {
    const start = Date.UTC(2026, 5, 1);
    const empty = { unit: 'day', step: 1, ticks: [], grid: [] };
    expect(axis(start, start + DAY, 0)).to.deep.equal(empty);
    expect(
      timeAxis(timeScale([start, start + DAY], [0, 500]), { width: 0, locale: 'en' }),
    ).to.deep.equal(empty);
    expect(axis(start, start, 500)).to.deep.equal(empty);
    expect(axis(start, Number.NaN, 500)).to.deep.equal(empty);
    expect(
      timeAxis(timeScale([start, start + DAY], [0, 0]), { width: 500, locale: 'en' }),
    ).to.deep.equal(empty);
  });

  it('a domain longer than the largest step can keep apart has no ticks', () => {
    const a = axis(Date.UTC(-200000, 0, 1), Date.UTC(200000, 0, 1), 100);
    expect(a).to.deep.equal({ unit: 'year', step: 1000, ticks: [], grid: [] });
  });

  it('a descending domain or a mirrored range gives the same ticks, at mirrored positions', () => {
    const start = Date.UTC(2026, 0, 1);
    const ltr = axis(start, start + 90 * DAY, 900);
    const rtl = timeAxis(timeScale([start, start + 90 * DAY], [900, 0]), {
      width: 900,
      locale: 'en',
    });
    expect(rtl.ticks.map((t) => t.time)).to.deep.equal(ltr.ticks.map((t) => t.time));
    expect(rtl.ticks.map((t) => 900 - t.x)).to.deep.equal(ltr.ticks.map((t) => t.x));
    const reversed = timeAxis(timeScale([start + 90 * DAY, start], [0, 900]), {
      width: 900,
      locale: 'en',
    });
    expect(reversed.ticks.map((t) => t.time)).to.deep.equal(ltr.ticks.map((t) => t.time));
  });
});

describe('time axis ticks (properties)', () => {
  const zone = fc.constantFrom(...ZONES);
  // 2000 to 2040, whole minutes
  const instant = fc
    .integer({ min: 946_684_800_000 / MINUTE, max: 2_208_988_800_000 / MINUTE })
    .map((m) => m * MINUTE);

  it('with days chosen, the day ticks of a zone are exactly its local midnights (t - 1 and t differ in the day)', () => {
    fc.assert(
      fc.property(
        zone,
        instant,
        fc.integer({ min: 2, max: 12 }),
        fc.double({ min: 1.05, max: 1.9, noNaN: true }),
        (timeZone, start, days, perDay) => {
          const end = start + days * DAY;
          const width = Math.ceil(days * 64 * perDay);
          const a = axis(start, end, width, 'en', timeZone);
          expect([a.unit, a.step]).to.deep.equal(['day', 1]);
          expect(a.ticks.map((t) => iso(t.time))).to.deep.equal(
            localMidnights(start, end, timeZone).map(iso),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('every tick is a local boundary of its unit and step, and ticks are never closer than the spacing', () => {
    fc.assert(
      fc.property(
        zone,
        instant,
        fc.integer({ min: 10, max: 4 * 366 * 24 * 60 }).map((m) => m * MINUTE),
        fc.integer({ min: 200, max: 1600 }),
        fc.integer({ min: 24, max: 120 }),
        (timeZone, start, span, width, spacing) => {
          const a = axis(start, start + span, width, 'en', timeZone, spacing);
          for (let i = 1; i < a.ticks.length; i++) {
            expect(a.ticks[i]!.x - a.ticks[i - 1]!.x).to.be.at.least(spacing - 1e-9);
          }
          for (const tick of a.ticks) {
            expect(tick.time >= start && tick.time <= start + span).to.equal(true);
            const w = wall(tick.time, timeZone);
            const newDay = wall(tick.time - 1, timeZone).date !== w.date;
            const where = `${a.unit} ${a.step} at ${iso(tick.time)} in ${timeZone}`;
            switch (a.unit) {
              case 'minute':
                expect([w.second, w.minute % a.step], where).to.deep.equal([0, 0]);
                break;
              case 'hour':
                expect([w.second, w.minute, w.hour % a.step], where).to.deep.equal([0, 0, 0]);
                break;
              case 'day':
                expect(newDay, where).to.equal(true);
                break;
              case 'week':
                expect([newDay, w.weekday], where).to.deep.equal([true, 'Mon']);
                break;
              case 'month':
                expect([newDay, w.day], where).to.deep.equal([true, 1]);
                break;
              case 'quarter':
                expect([newDay, w.day, (w.month - 1) % 3], where).to.deep.equal([true, 1, 0]);
                break;
              case 'year':
                expect([newDay, w.day, w.month, w.year % a.step], where).to.deep.equal([
                  true,
                  1,
                  1,
                  0,
                ]);
                break;
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

// Formatters are cached per (locale, zone, unit) for the life of the page (and of a test process):
// each run asks for a spelling of the locale not asked before, so the formatter is really made.
let spellings = 0;
function freshSpelling(tag: string): string {
  const n = ++spellings;
  let bit = 0;
  return tag.replace(/[a-z]/g, (c) => (n & (1 << bit++) ? c.toUpperCase() : c));
}

describe('time axis labels (formatters made afresh)', () => {
  it("labels are formatted in the zone of the axis, with the unit's fields", () => {
    const locale = freshSpelling('de-de-u-ca-gregory');
    const start = Date.UTC(2026, 2, 28, 23); // 29 March, 00:00 in Berlin
    const a = axis(start, start + 5 * HOUR, 500, locale, 'Europe/Berlin');
    expect(a.ticks.map((t) => t.label)).to.deep.equal([
      '29. März',
      '1:00',
      '3:00',
      '4:00',
      '5:00',
      '6:00',
    ]);
  });

  it('an invalid locale labels in English', () => {
    const bad = `${freshSpelling('not-a-locale-at-all')}!`;
    const start = Date.UTC(2026, 5, 1);
    expect(
      axis(start, start + 7 * DAY, 700, bad, 'UTC')
        .ticks.map((t) => t.label)
        .slice(0, 3),
    ).to.deep.equal(['Jun', 'Jun 2', 'Jun 3']);
  });
});
