import { expect } from '@open-wc/testing';
import {
  addDays,
  dayBuckets,
  formatDate,
  isKnownTimeZone,
  localDate,
  localDays,
  startOfLocalDay,
  timeZoneOffset,
} from '../../src/model/index.js';
import { at, customerAgreement, feedOf, UP_OBJECTIVE } from './helpers.js';

const AGREEMENT = customerAgreement([
  UP_OBJECTIVE,
  {
    id: 'api',
    name: 'API up',
    unit: 'percent',
    direction: 'higher-is-better',
    minimum: 99,
    target: 99.9,
  },
]);

function breaches(list: unknown[]) {
  return feedOf({ customers: [{ id: 'c', name: 'C' }], agreements: [AGREEMENT], breaches: list })
    .breaches;
}

function b(id: string, start: string, end: string | null, extra: Record<string, unknown> = {}) {
  return {
    id,
    agreementId: 'a',
    objectiveIds: ['up'],
    start,
    end,
    severity: 'minor',
    title: id,
    ...extra,
  };
}

const BERLIN = 'Europe/Berlin';

describe('model/time-zone', () => {
  it('localDate and formatDate give the calendar date of an instant in a zone', () => {
    const t = at('2026-03-28T23:30:00Z');
    expect(formatDate(localDate(t, 'UTC'))).to.equal('2026-03-28');
    expect(formatDate(localDate(t, BERLIN))).to.equal('2026-03-29');
    expect(formatDate(localDate(t, 'America/New_York'))).to.equal('2026-03-28');
    expect(formatDate({ year: 987, month: 1, day: 2 })).to.equal('0987-01-02');
  });

  it('addDays steps calendar dates across month and year ends', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).to.deep.equal({
      year: 2027,
      month: 1,
      day: 1,
    });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).to.deep.equal({
      year: 2028,
      month: 2,
      day: 29,
    });
  });

  it('timeZoneOffset is the zone offset in ms at an instant', () => {
    expect(timeZoneOffset(at('2026-01-15T12:00:00Z'), BERLIN)).to.equal(3_600_000);
    expect(timeZoneOffset(at('2026-07-15T12:00:00Z'), BERLIN)).to.equal(7_200_000);
    expect(timeZoneOffset(at('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).to.equal(19_800_000);
  });

  it('startOfLocalDay finds local midnight, also where a DST change skips midnight (America/Santiago)', () => {
    expect(startOfLocalDay({ year: 2026, month: 3, day: 29 }, BERLIN)).to.equal(
      at('2026-03-29T00:00:00+01:00'),
    );
    expect(startOfLocalDay({ year: 2026, month: 3, day: 30 }, BERLIN)).to.equal(
      at('2026-03-30T00:00:00+02:00'),
    );
    // Chile moves clocks from 24:00 to 01:00: 2026-09-06 starts at 01:00 local (-03:00).
    expect(startOfLocalDay({ year: 2026, month: 9, day: 6 }, 'America/Santiago')).to.equal(
      at('2026-09-06T01:00:00-03:00'),
    );
  });

  it('isKnownTimeZone accepts IANA zones only', () => {
    expect(isKnownTimeZone(BERLIN)).to.equal(true);
    expect(isKnownTimeZone('Mars/Olympus')).to.equal(false);
  });

  it('an unknown time zone is read as UTC instead of throwing', () => {
    expect(formatDate(localDate(at('2026-03-28T23:30:00Z'), 'Mars/Olympus'))).to.equal(
      '2026-03-28',
    );
    expect(
      localDays(at('2026-03-28T00:00:00Z'), at('2026-03-29T00:00:00Z'), 'Mars/Olympus').map(
        (d) => d.start,
      ),
    ).to.deep.equal([at('2026-03-28T00:00:00Z')]);
  });
});

describe('model/day-buckets', () => {
  it('dayBuckets: 2026-03-29 has 23 hours in Europe/Berlin (DST starts)', () => {
    const days = localDays(
      at('2026-03-28T00:00:00+01:00'),
      at('2026-03-31T00:00:00+02:00'),
      BERLIN,
    );
    expect(days.map((d) => d.date)).to.deep.equal(['2026-03-28', '2026-03-29', '2026-03-30']);
    const buckets = dayBuckets([], {
      from: days[0]!.start,
      to: days[2]!.end,
      now: days[2]!.end,
      timeZone: BERLIN,
    });
    expect(buckets.map((d) => d.hours)).to.deep.equal([24, 23, 24]);
    expect(buckets[1]!.start).to.equal(at('2026-03-28T23:00:00Z'));
    expect(buckets[1]!.end).to.equal(at('2026-03-29T22:00:00Z'));
  });

  it('dayBuckets: 2026-10-25 has 25 hours in Europe/Berlin (DST ends)', () => {
    const buckets = dayBuckets([], {
      from: at('2026-10-24T00:00:00+02:00'),
      to: at('2026-10-27T00:00:00+01:00'),
      now: 0,
      timeZone: BERLIN,
    });
    expect(buckets.map((d) => [d.date, d.hours])).to.deep.equal([
      ['2026-10-24', 24],
      ['2026-10-25', 25],
      ['2026-10-26', 24],
    ]);
  });

  it('dayBuckets: half-hour DST changes give 24.5-hour days (Australia/Lord_Howe)', () => {
    const buckets = dayBuckets([], {
      from: at('2026-04-05T00:00:00+11:00'),
      to: at('2026-04-06T00:00:00+10:30'),
      now: 0,
      timeZone: 'Australia/Lord_Howe',
    });
    expect(buckets.map((d) => [d.date, d.hours])).to.deep.equal([['2026-04-05', 24.5]]);
  });

  it('dayBuckets splits a breach that spans midnight across the days it touches', () => {
    const list = breaches([
      b('night', '2026-03-27T23:30:00+01:00', '2026-03-28T00:45:00+01:00', { severity: 'major' }),
    ]);
    const buckets = dayBuckets(list, {
      from: at('2026-03-27T00:00:00+01:00'),
      to: at('2026-03-29T00:00:00+01:00'),
      now: at('2026-04-01T00:00:00Z'),
      timeZone: BERLIN,
    });
    expect(buckets.map((d) => [d.date, d.downtimeMinutes, d.severity, d.breachIds])).to.deep.equal([
      ['2026-03-27', 30, 'major', ['night']],
      ['2026-03-28', 45, 'major', ['night']],
    ]);
  });

  it('dayBuckets counts the real minutes of a breach across the DST gap', () => {
    // 01:30 CET to 03:30 CEST is one hour of real time.
    const list = breaches([b('gap', '2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00')]);
    const [day] = dayBuckets(list, {
      from: at('2026-03-29T00:00:00+01:00'),
      to: at('2026-03-30T00:00:00+02:00'),
      now: 0,
      timeZone: BERLIN,
    });
    expect(day!.downtimeMinutes).to.equal(60);
  });

  it('dayBuckets uses the union over all objectives: overlapping minutes count once, worst severity wins', () => {
    const list = breaches([
      b('up', '2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z', { severity: 'minor' }),
      b('api', '2026-03-10T10:30:00Z', '2026-03-10T11:30:00Z', {
        severity: 'critical',
        objectiveIds: ['api'],
      }),
    ]);
    const [day] = dayBuckets(list, {
      from: at('2026-03-10T00:00:00Z'),
      to: at('2026-03-11T00:00:00Z'),
      now: 0,
      timeZone: 'UTC',
    });
    expect(day!.downtimeMinutes).to.equal(90);
    expect(day!.severity).to.equal('critical');
    expect(day!.breachIds).to.have.members(['up', 'api']);
  });

  it('dayBuckets ends ongoing breaches at now and marks the days they touch', () => {
    const list = breaches([b('open', '2026-03-10T22:00:00Z', null, { severity: 'critical' })]);
    const buckets = dayBuckets(list, {
      from: at('2026-03-10T00:00:00Z'),
      to: at('2026-03-13T00:00:00Z'),
      now: at('2026-03-11T06:00:00Z'),
      timeZone: 'UTC',
    });
    expect(buckets.map((d) => [d.downtimeMinutes, d.ongoing, d.severity])).to.deep.equal([
      [120, true, 'critical'],
      [360, true, 'critical'],
      [0, false, null],
    ]);
  });

  it('dayBuckets keeps excluded breaches out of downtime and severity, with their own minutes and ids', () => {
    const list = breaches([
      b('maint', '2026-03-10T01:00:00Z', '2026-03-10T03:00:00Z', {
        excluded: true,
        severity: 'critical',
      }),
    ]);
    const [day] = dayBuckets(list, {
      from: at('2026-03-10T00:00:00Z'),
      to: at('2026-03-11T00:00:00Z'),
      now: 0,
      timeZone: 'UTC',
    });
    expect(day!.downtimeMinutes).to.equal(0);
    expect(day!.severity).to.equal(null);
    expect(day!.excludedMinutes).to.equal(120);
    expect(day!.excludedBreachIds).to.deep.equal(['maint']);
  });

  it('dayBuckets covers every local day the range touches and counts only minutes inside it', () => {
    const list = breaches([b('long', '2026-03-10T00:00:00Z', '2026-03-12T00:00:00Z')]);
    const buckets = dayBuckets(list, {
      from: at('2026-03-10T12:00:00Z'),
      to: at('2026-03-11T06:00:00Z'),
      now: 0,
      timeZone: 'UTC',
    });
    expect(buckets.map((d) => [d.date, d.downtimeMinutes])).to.deep.equal([
      ['2026-03-10', 720],
      ['2026-03-11', 360],
    ]);
    expect(dayBuckets(list, { from: 10, to: 10, now: 0, timeZone: 'UTC' })).to.deep.equal([]);
  });
});
