import { expect } from '@open-wc/testing';
import {
  clipInterval,
  normaliseBreaches,
  unionIntervals,
  unionMinutes,
} from '../../src/model/index.js';
import { at, customerAgreement, feedOf, UP_OBJECTIVE } from './helpers.js';

const AGREEMENT = customerAgreement([
  UP_OBJECTIVE,
  {
    id: 'fast',
    name: 'Fast',
    unit: 'millisecond',
    direction: 'lower-is-better',
    minimum: 800,
    target: 300,
  },
]);

function breachFeed(breaches: unknown[]) {
  return feedOf({ customers: [{ id: 'c', name: 'C' }], agreements: [AGREEMENT], breaches });
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

describe('model/intervals', () => {
  it('unionIntervals merges overlapping and touching intervals and drops empty ones', () => {
    expect(
      unionIntervals([
        { start: 10, end: 20 },
        { start: 0, end: 5 },
        { start: 15, end: 30 },
        { start: 30, end: 31 },
        { start: 40, end: 40 },
      ]),
    ).to.deep.equal([
      { start: 0, end: 5 },
      { start: 10, end: 31 },
    ]);
  });

  it('clipInterval keeps the part inside [from, to) or returns null', () => {
    expect(clipInterval({ start: 0, end: 10 }, 5, 20)).to.deep.equal({ start: 5, end: 10 });
    expect(clipInterval({ start: 0, end: 10 }, 10, 20)).to.equal(null);
  });

  it('unionMinutes counts shared minutes once', () => {
    expect(
      unionMinutes([
        { start: 0, end: 600_000 },
        { start: 300_000, end: 900_000 },
      ]),
    ).to.equal(15);
  });
});

describe('model/breaches', () => {
  const range = {
    from: at('2026-03-01T00:00:00Z'),
    to: at('2026-04-01T00:00:00Z'),
    now: at('2026-03-20T12:00:00Z'),
  };

  it('normaliseBreaches merges overlapping breaches of one objective and counts shared minutes once', () => {
    const feed = breachFeed([
      b('b1', '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z', { severity: 'minor' }),
      b('b2', '2026-03-02T10:30:00Z', '2026-03-02T12:00:00Z', { severity: 'critical' }),
      b('b3', '2026-03-05T10:00:00Z', '2026-03-05T10:10:00Z', { severity: 'major' }),
    ]);
    const [up] = normaliseBreaches(feed.breaches, range);
    expect(up!.objectiveId).to.equal('up');
    expect(
      up!.counted.map((i) => [i.breachIds, i.severity, (i.end - i.start) / 60_000]),
    ).to.deep.equal([
      [['b1', 'b2'], 'critical', 120],
      [['b3'], 'major', 10],
    ]);
    expect(up!.countedMinutes).to.equal(130);
  });

  it('normaliseBreaches ends an ongoing breach at now (an explicit argument, never the clock)', () => {
    const feed = breachFeed([b('open', '2026-03-20T11:00:00Z', null)]);
    const [up] = normaliseBreaches(feed.breaches, range);
    expect(up!.counted[0]!.end).to.equal(range.now);
    expect(up!.counted[0]!.ongoing).to.equal(true);
    expect(up!.countedMinutes).to.equal(60);
    // A breach "ongoing" from after now has no length yet.
    expect(
      normaliseBreaches(breachFeed([b('later', '2026-03-21T00:00:00Z', null)]).breaches, range),
    ).to.deep.equal([]);
  });

  it('normaliseBreaches clips intervals to [from, to) and drops breaches outside', () => {
    const feed = breachFeed([
      b('before', '2026-02-27T00:00:00Z', '2026-02-28T00:00:00Z'),
      b('across', '2026-02-28T23:00:00Z', '2026-03-01T01:00:00Z'),
      b('after', '2026-04-01T00:00:00Z', '2026-04-01T01:00:00Z'),
    ]);
    const [up] = normaliseBreaches(feed.breaches, range);
    expect(up!.counted.length).to.equal(1);
    expect(up!.counted[0]!.start).to.equal(range.from);
    expect(up!.countedMinutes).to.equal(60);
  });

  it('normaliseBreaches keeps excluded breaches apart: drawn, not counted', () => {
    const feed = breachFeed([
      b('maint', '2026-03-03T01:00:00Z', '2026-03-03T03:00:00Z', {
        excluded: true,
        exclusionReason: 'maintenance',
      }),
      b('real', '2026-03-03T02:00:00Z', '2026-03-03T02:30:00Z'),
    ]);
    const [up] = normaliseBreaches(feed.breaches, range);
    expect(up!.excluded.map((i) => i.breachIds)).to.deep.equal([['maint']]);
    expect(up!.excluded[0]!.excluded).to.equal(true);
    expect(up!.counted.map((i) => i.breachIds)).to.deep.equal([['real']]);
    expect(up!.countedMinutes).to.equal(30);
  });

  it('normaliseBreaches files a breach under every objective it names, separately', () => {
    const feed = breachFeed([
      b('both', '2026-03-04T00:00:00Z', '2026-03-04T00:30:00Z', {
        objectiveIds: ['up', 'fast', 'up'],
      }),
      b('up-only', '2026-03-04T00:15:00Z', '2026-03-04T01:00:00Z'),
    ]);
    const result = normaliseBreaches(feed.breaches, range);
    expect(result.map((o) => [o.objectiveId, o.countedMinutes])).to.deep.equal([
      ['up', 60],
      ['fast', 30],
    ]);
  });

  it('normaliseBreaches accepts breaches in any order (hand-built lists)', () => {
    const list = breachFeed([
      b('b1', '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'),
      b('b2', '2026-03-02T09:00:00Z', '2026-03-02T10:30:00Z'),
    ]).breaches;
    const [up] = normaliseBreaches(
      [...list].sort((x, y) => y.start - x.start),
      range,
    );
    expect(up!.counted.map((i) => i.breachIds)).to.deep.equal([['b2', 'b1']]);
    expect(up!.countedMinutes).to.equal(120);
  });
});
