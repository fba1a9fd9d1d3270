import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed, type Feed } from '../../src/feed/index.js';
import {
  indexFeed,
  resolveAgreement,
  stripModel,
  summariseBreaches,
  timelineModel,
  type TimelineLane,
  type TimelineMark,
  type TimelineModel,
} from '../../src/model/index.js';
import { moneyText, plainDecimal } from '../../src/model/timeline.js';
import { generateFeed } from '../fixtures/generate.js';
import sample from '../fixtures/sample-feed.json';
import { at, feedOf } from './helpers.js';

const NOW = at('2026-04-01T00:00:00Z');

/**
 * Two customers. `a` (c1, EUR) inherits `up` (service web) and `lat` (service db) from `corp`;
 * `a-web` is a's service agreement for web with an own objective; `b` (c2) has its own objective.
 */
function handFeed(extra: { breaches?: unknown[]; maintenance?: unknown[] } = {}): Feed {
  return feedOf({
    customers: [
      { id: 'c1', name: 'Customer One', currency: 'EUR' },
      { id: 'c2', name: 'Customer Two', currency: 'JPY' },
    ],
    services: [
      { id: 'web', name: 'Web shop' },
      { id: 'db', name: 'Database' },
    ],
    agreements: [
      {
        id: 'corp',
        name: 'Corporate',
        level: 'corporate',
        objectives: [
          {
            id: 'up',
            name: 'Uptime',
            serviceId: 'web',
            unit: 'percent',
            direction: 'higher-is-better',
            minimum: 99,
            target: 99.9,
          },
          {
            id: 'lat',
            name: 'Latency',
            serviceId: 'db',
            unit: 'millisecond',
            direction: 'lower-is-better',
            minimum: 800,
            target: 400,
          },
        ],
      },
      {
        id: 'a',
        name: 'A',
        level: 'customer',
        parentId: 'corp',
        customerId: 'c1',
        fee: { amount: 1000, currency: 'EUR' },
        versions: [
          { version: 'v1', effectiveFrom: '2026-01-01T00:00:00Z' },
          { version: 'v2', effectiveFrom: '2026-03-01T00:00:00Z' },
        ],
      },
      {
        id: 'a-web',
        name: 'A web',
        level: 'service',
        parentId: 'a',
        serviceId: 'web',
        objectives: [
          {
            id: 'resp',
            name: 'Response',
            unit: 'minute',
            direction: 'lower-is-better',
            minimum: 60,
            target: 30,
          },
        ],
      },
      {
        id: 'b',
        name: 'B',
        level: 'customer',
        customerId: 'c2',
        versions: [{ version: 'b1', effectiveFrom: '2026-02-15T00:00:00Z' }],
        objectives: [
          {
            id: 'q',
            name: 'Quality',
            unit: 'score',
            direction: 'higher-is-better',
            minimum: 3,
            target: 4,
          },
        ],
      },
    ],
    periods: [
      { agreementId: 'a', objectiveId: 'up', ...range('01'), value: 99.5 },
      { agreementId: 'a', objectiveId: 'up', ...range('02'), value: 98 },
      // 98.9 from counts, judged against the minimum in force then (98.5): not below it.
      {
        agreementId: 'a',
        objectiveId: 'up',
        ...range('03'),
        counts: { good: 9890, total: 10000 },
        levels: { minimum: 98.5 },
      },
      { agreementId: 'a', objectiveId: 'lat', ...range('02'), value: 900 },
      { agreementId: 'a', objectiveId: 'lat', ...range('03'), value: 800 },
      { agreementId: 'b', objectiveId: 'q', ...range('03'), value: 2 },
    ],
    breaches: extra.breaches ?? [
      breach('B1', 'a', ['up'], '2026-02-10T10:00:00Z', '2026-02-10T11:30:00Z', 'critical', {
        serviceId: 'web',
        recordedCredit: 4800,
        url: 'https://status.example/b1',
        summary: 'Storage failover',
      }),
      breach(
        'B2',
        'a',
        ['up', 'lat', 'up'],
        '2026-02-12T00:00:00Z',
        '2026-02-12T00:45:00Z',
        'major',
      ),
      breach('B3', 'a', ['lat'], '2026-03-30T22:00:00Z', null, 'minor'),
      breach('B4', 'a', ['up'], '2026-02-20T00:00:00Z', '2026-02-20T01:00:00Z', 'minor', {
        serviceId: 'db',
        excluded: true,
        exclusionReason: 'Force majeure',
      }),
      breach('B5', 'b', ['q'], '2026-03-05T00:00:00Z', '2026-03-05T00:10:00Z', 'major'),
      breach('B6', 'a-web', ['resp'], '2026-03-06T00:00:00Z', '2026-03-06T00:20:00Z', 'minor'),
    ],
    maintenance: extra.maintenance ?? [
      {
        id: 'M2',
        title: 'Everything',
        start: '2026-02-01T00:00:00Z',
        end: '2026-02-01T01:00:00Z',
      },
      {
        id: 'M1',
        title: 'Web patch',
        summary: 'Patch night',
        url: 'https://status.example/m1',
        start: '2026-02-15T02:00:00Z',
        end: '2026-02-15T05:00:00Z',
        serviceIds: ['web'],
        agreementIds: ['a'],
      },
    ],
  });
}

function range(month: string): { start: string; end: string } {
  const next = String(Number(month) + 1).padStart(2, '0');
  return { start: `2026-${month}-01T00:00:00Z`, end: `2026-${next}-01T00:00:00Z` };
}

function breach(
  id: string,
  agreementId: string,
  objectiveIds: string[],
  start: string,
  end: string | null,
  severity: string,
  extra: Record<string, unknown> = {},
) {
  return { id, agreementId, objectiveIds, start, end, severity, title: `${id} title`, ...extra };
}

const keys = (lane: TimelineLane | undefined): string[] => (lane?.marks ?? []).map((m) => m.key);
const laneKeys = (model: TimelineModel): string[] => model.lanes.map((l) => l.key);
const lane = (model: TimelineModel, key: string) => model.lanes.find((l) => l.key === key);

describe('model/timeline: lanes by objective', () => {
  it('lists every objective of the agreement as a lane, with its breaches and the maintenance that concerns it', () => {
    const model = timelineModel(handFeed(), { agreement: 'a', now: NOW });
    expect(laneKeys(model)).to.deep.equal(['a/up', 'a/lat']);
    expect(model.lanes.map((l) => [l.label, l.kind, l.agreementId, l.objectiveId])).to.deep.equal([
      ['Uptime', 'objective', 'a', 'up'],
      ['Latency', 'objective', 'a', 'lat'],
    ]);
    // M1 names service web: the uptime lane (web), not latency (db).
    expect(keys(lane(model, 'a/up'))).to.deep.equal([
      'm|M2',
      'B1|a/up',
      'B2|a/up',
      'm|M1',
      'B4|a/up',
    ]);
    expect(keys(lane(model, 'a/lat'))).to.deep.equal(['m|M2', 'B2|a/lat', 'B3|a/lat']);
    expect(model.markCount).to.equal(8);
  });

  it('gives each mark what the tooltip and table need', () => {
    const model = timelineModel(handFeed(), { agreement: 'a', now: NOW });
    const [b1, b2] = lane(model, 'a/up')!.marks.filter((m) => m.kind === 'breach');
    expect(b1).to.deep.equal({
      key: 'B1|a/up',
      kind: 'breach',
      id: 'B1',
      agreementId: 'a',
      objectiveIds: ['up'],
      serviceId: 'web',
      customerId: 'c1',
      start: at('2026-02-10T10:00:00Z'),
      end: at('2026-02-10T11:30:00Z'),
      ongoing: false,
      severity: 'critical',
      excluded: false,
      exclusionReason: null,
      title: 'B1 title',
      summary: 'Storage failover',
      url: 'https://status.example/b1',
      credit: { amount: '4800.00', currency: 'EUR', recorded: true },
    });
    // A breach naming two objectives (one of them twice) shows in both lanes, naming both once.
    expect(b2!.objectiveIds).to.deep.equal(['up', 'lat']);
    expect(b2!.credit).to.equal(null);
    expect(b2!.serviceId).to.equal(null);
    const b4 = lane(model, 'a/up')!.marks.find((m) => m.id === 'B4')!;
    expect([b4.excluded, b4.exclusionReason, b4.serviceId]).to.deep.equal([
      true,
      'Force majeure',
      'db',
    ]);
  });

  it('ends an ongoing breach at now, and marks it ongoing', () => {
    const model = timelineModel(handFeed(), { agreement: 'a', now: NOW });
    const b3 = lane(model, 'a/lat')!.marks.find((m) => m.id === 'B3')!;
    expect([b3.ongoing, b3.end]).to.deep.equal([true, NOW]);
    // A clock before the start: a zero-length mark at its start, never an end before it.
    const early = timelineModel(handFeed(), { agreement: 'a', now: at('2026-03-01T00:00:00Z') });
    const b3early = lane(early, 'a/lat')!.marks.find((m) => m.id === 'B3')!;
    expect(b3early.end).to.equal(at('2026-03-30T22:00:00Z'));
  });

  it('draws maintenance as excluded marks without severity, shared by the lanes it concerns', () => {
    const model = timelineModel(handFeed(), { agreement: 'a', now: NOW });
    const m2up = lane(model, 'a/up')!.marks[0]!;
    expect(m2up).to.deep.equal({
      key: 'm|M2',
      kind: 'maintenance',
      id: 'M2',
      agreementId: null,
      objectiveIds: [],
      serviceId: null,
      customerId: null,
      start: at('2026-02-01T00:00:00Z'),
      end: at('2026-02-01T01:00:00Z'),
      ongoing: false,
      severity: null,
      excluded: true,
      exclusionReason: null,
      title: 'Everything',
      summary: null,
      url: null,
      credit: null,
    });
    const m1 = lane(model, 'a/up')!.marks.find((m) => m.id === 'M1')!;
    expect([m1.summary, m1.url]).to.deep.equal(['Patch night', 'https://status.example/m1']);
  });

  it('matches maintenance by agreement and by service', () => {
    const windows = [
      { id: 'other-agreement', agreementIds: ['b'] },
      { id: 'other-service', serviceIds: ['db'], agreementIds: ['a'] },
      { id: 'both', serviceIds: ['db', 'web'], agreementIds: ['b', 'a'] },
      { id: 'service-only', serviceIds: ['web'] },
    ].map((w, i) => ({
      title: w.id,
      start: `2026-02-0${i + 1}T00:00:00Z`,
      end: `2026-02-0${i + 1}T01:00:00Z`,
      ...w,
    }));
    const model = timelineModel(handFeed({ maintenance: windows }), { agreement: 'a', now: NOW });
    expect(
      lane(model, 'a/up')!
        .marks.filter((m) => m.kind === 'maintenance')
        .map((m) => m.id),
    ).to.deep.equal(['both', 'service-only']);
    expect(
      lane(model, 'a/lat')!
        .marks.filter((m) => m.kind === 'maintenance')
        .map((m) => m.id),
    ).to.deep.equal(['other-service', 'both']);
  });

  it('shades the periods below the minimum in force, with value and minimum', () => {
    const model = timelineModel(handFeed(), { agreement: 'a', now: NOW });
    expect(lane(model, 'a/up')!.belowMinimum).to.deep.equal([
      {
        start: at('2026-02-01T00:00:00Z'),
        end: at('2026-03-01T00:00:00Z'),
        agreementId: 'a',
        objectiveId: 'up',
        value: 98,
        minimum: 99,
      },
    ]);
    // Lower is better: 900 ms is worse than 800; exactly 800 is not.
    expect(lane(model, 'a/lat')!.belowMinimum.map((p) => [p.value, p.minimum])).to.deep.equal([
      [900, 800],
    ]);
  });

  it('uses the levels in force and values derived from counts', () => {
    const feed = feedOf({
      customers: [{ id: 'c', name: 'C' }],
      agreements: [
        {
          id: 'x',
          name: 'X',
          level: 'customer',
          customerId: 'c',
          objectives: [
            {
              id: 'up',
              name: 'Up',
              unit: 'percent',
              direction: 'higher-is-better',
              minimum: 99,
              target: 99.9,
            },
          ],
        },
      ],
      periods: [
        // 98.9 % from counts: below 99 ...
        {
          agreementId: 'x',
          objectiveId: 'up',
          ...range('01'),
          counts: { good: 9890, total: 10000 },
        },
        // ... but not below a minimum of 98.5 in force then.
        {
          agreementId: 'x',
          objectiveId: 'up',
          ...range('02'),
          counts: { good: 9890, total: 10000 },
          levels: { minimum: 98.5 },
        },
        // Below a stricter minimum in force then (99.5), though not below today's 99.
        {
          agreementId: 'x',
          objectiveId: 'up',
          ...range('03'),
          value: 99.2,
          levels: { minimum: 99.5, target: 99.9 },
        },
      ],
    });
    const model = timelineModel(feed, { agreement: 'x', now: NOW });
    expect(model.lanes[0]!.belowMinimum.map((p) => [p.value, p.minimum])).to.deep.equal([
      [98.9, 99],
      [99.2, 99.5],
    ]);
  });

  it('without an agreement, lists the lanes that have breaches or periods below the minimum, in feed order', () => {
    const model = timelineModel(handFeed(), { now: NOW });
    // corp and a-web/up have neither; b/q has a period below the minimum and a breach.
    expect(laneKeys(model)).to.deep.equal(['a/up', 'a/lat', 'a-web/resp', 'b/q']);
    expect(keys(lane(model, 'b/q'))).to.deep.equal(['m|M2', 'B5|b/q']);
    // a-web is not named by M1 (it names a): only the window for everything.
    expect(keys(lane(model, 'a-web/resp'))).to.deep.equal(['m|M2', 'B6|a-web/resp']);
    const onlyPeriods = timelineModel(handFeed({ breaches: [] }), { now: NOW });
    expect(laneKeys(onlyPeriods)).to.deep.equal(['a/up', 'a/lat', 'b/q']);
    expect(
      timelineModel(handFeed({ breaches: [] }), {
        now: NOW,
        start: at('2026-03-01T00:00:00Z'),
      }).lanes.map((l) => l.key),
    ).to.deep.equal(['b/q']);
  });

  it('keeps the lanes of the agreement when nothing happened in range', () => {
    const model = timelineModel(handFeed(), {
      agreement: 'a-web',
      now: NOW,
      start: at('2026-01-01T00:00:00Z'),
      end: at('2026-01-02T00:00:00Z'),
    });
    // a-web carries the inherited uptime (it applies to web) and its own response objective.
    expect(laneKeys(model)).to.deep.equal(['a-web/up', 'a-web/resp']);
    expect(model.lanes.map((l) => l.marks.length + l.belowMinimum.length)).to.deep.equal([0, 0]);
    expect(model.markCount).to.equal(0);
    expect(model.extent).to.deep.equal({
      start: at('2026-01-01T00:00:00Z'),
      end: at('2026-01-02T00:00:00Z'),
    });
  });

  it('narrows to one objective; a mark still names every objective its breach names', () => {
    const model = timelineModel(handFeed(), { agreement: 'a', objective: 'lat', now: NOW });
    expect(laneKeys(model)).to.deep.equal(['a/lat']);
    expect(lane(model, 'a/lat')!.marks.find((m) => m.id === 'B2')!.objectiveIds).to.deep.equal([
      'up',
      'lat',
    ]);
    const bySeverity = timelineModel(handFeed(), {
      agreement: 'a',
      objective: 'lat',
      groupBy: 'severity',
      now: NOW,
    });
    expect(bySeverity.lanes.flatMap((l) => l.marks.map((m) => m.id))).to.deep.equal(['B2', 'B3']);
    const everywhere = timelineModel(handFeed(), { objective: 'up', now: NOW });
    expect(laneKeys(everywhere)).to.deep.equal(['a/up']);
  });

  it('narrows to a customer through the display scope', () => {
    const model = timelineModel(handFeed(), { customer: 'c2', now: NOW });
    expect(laneKeys(model)).to.deep.equal(['b/q']);
    // Another customer's agreement, or an unknown one, shows nothing.
    for (const agreement of ['a', 'nope']) {
      const none = timelineModel(handFeed(), { customer: 'c2', agreement, now: NOW });
      expect(none).to.deep.equal({ lanes: [], extent: null, versionChanges: [], markCount: 0 });
    }
    const c1 = timelineModel(handFeed(), { customer: 'c1', now: NOW });
    expect(laneKeys(c1)).to.deep.equal(['a/up', 'a/lat', 'a-web/resp']);
  });

  it('shows only the breaches recorded against the agreement itself', () => {
    const model = timelineModel(handFeed(), { agreement: 'a', now: NOW });
    const ids = new Set(model.lanes.flatMap((l) => l.marks.map((m) => m.id)));
    expect(ids.has('B6')).to.equal(false); // a-web's breach
    expect(ids.has('B5')).to.equal(false); // b's breach
  });

  it('leaves out a breach that names only objectives its agreement does not carry', () => {
    // a-web (service web) does not carry latency (service db), though it inherits from a.
    const feed = handFeed({
      breaches: [
        breach('L', 'a-web', ['lat'], '2026-02-01T00:00:00Z', '2026-02-01T01:00:00Z', 'major'),
        breach(
          'LR',
          'a-web',
          ['lat', 'resp'],
          '2026-02-02T00:00:00Z',
          '2026-02-02T01:00:00Z',
          'major',
        ),
      ],
      maintenance: [],
    });
    for (const groupBy of ['objective', 'service', 'customer', 'severity'] as const) {
      const model = timelineModel(feed, { agreement: 'a-web', groupBy, now: NOW });
      const marks = model.lanes.flatMap((l) => l.marks);
      expect(marks.map((m) => [m.id, m.objectiveIds])).to.deep.equal([['LR', ['resp']]]);
    }
  });
});

describe('model/timeline: lane keys', () => {
  it('keeps two objective lanes whose keys read the same', () => {
    const objective = (id: string) => ({
      id,
      name: `name ${id}`,
      unit: 'count',
      direction: 'lower-is-better',
      minimum: 5,
      target: 1,
    });
    const feed = feedOf({
      customers: [{ id: 'c', name: 'C' }],
      agreements: [
        { id: 'x/y', name: 'XY', level: 'customer', customerId: 'c', objectives: [objective('z')] },
        { id: 'x', name: 'X', level: 'customer', customerId: 'c', objectives: [objective('y/z')] },
      ],
      breaches: [
        breach('1', 'x/y', ['z'], '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', 'minor'),
        breach('2', 'x', ['y/z'], '2026-01-02T00:00:00Z', '2026-01-02T01:00:00Z', 'minor'),
      ],
    });
    const model = timelineModel(feed, { now: NOW });
    expect(model.lanes.map((l) => [l.key, l.label, l.marks.map((m) => m.id)])).to.deep.equal([
      ['x/y/z', 'name z', ['1']],
      ['x/y/z', 'name y/z', ['2']],
    ]);
  });
});

describe('model/timeline: order of marks and lanes', () => {
  it('sorts marks of one start by end, and puts a breach before a window with the same times', () => {
    const feed = handFeed({
      breaches: [
        breach('LONG', 'a', ['up'], '2026-02-03T00:00:00Z', '2026-02-03T02:00:00Z', 'minor'),
        breach('SHORT', 'a', ['up'], '2026-02-03T00:00:00Z', '2026-02-03T01:00:00Z', 'minor'),
      ],
      maintenance: [
        { id: 'W', title: 'W', start: '2026-02-03T00:00:00Z', end: '2026-02-03T01:00:00Z' },
        { id: 'V', title: 'V', start: '2026-02-02T00:00:00Z', end: '2026-02-04T00:00:00Z' },
      ],
    });
    const model = timelineModel(feed, { agreement: 'a', now: NOW });
    expect(lane(model, 'a/up')!.marks.map((m) => m.id)).to.deep.equal(['V', 'SHORT', 'W', 'LONG']);
  });

  it('orders service lanes by the feed, not by the order they are met', () => {
    const objective = (id: string, serviceId: string) => ({
      id,
      name: id,
      serviceId,
      unit: 'count',
      direction: 'lower-is-better',
      minimum: 5,
      target: 1,
    });
    const feed = feedOf({
      customers: [{ id: 'c', name: 'C' }],
      services: [
        { id: 'web', name: 'Web' },
        { id: 'db', name: 'DB' },
      ],
      agreements: [
        {
          id: 'x',
          name: 'X',
          level: 'customer',
          customerId: 'c',
          objectives: [objective('d', 'db'), objective('w', 'web')],
        },
      ],
      breaches: [
        breach('1', 'x', ['d'], '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', 'minor'),
        breach('2', 'x', ['w'], '2026-01-02T00:00:00Z', '2026-01-02T01:00:00Z', 'minor', {
          serviceId: 'web',
        }),
        breach('3', 'x', ['d'], '2026-01-03T00:00:00Z', '2026-01-03T01:00:00Z', 'minor', {
          serviceId: 'db',
        }),
      ],
    });
    for (const agreement of [undefined, 'x']) {
      const model = timelineModel(feed, { agreement, groupBy: 'service', now: NOW });
      expect(laneKeys(model)).to.deep.equal(['web', 'db', '']);
    }
  });

  it('lists clean service lanes of a filtered agreement, its own service included', () => {
    const clean = handFeed({ breaches: [], maintenance: [] });
    const services = (agreement: string) =>
      timelineModel(clean, { agreement, groupBy: 'service', now: NOW }).lanes.map((l) => [
        l.key,
        l.marks.length,
      ]);
    expect(services('a')).to.deep.equal([
      ['web', 0],
      ['db', 0],
    ]);
    // b's objective names no service: the no-service lane.
    expect(services('b')).to.deep.equal([['', 0]]);
    const feed = feedOf({
      customers: [{ id: 'c', name: 'C' }],
      services: [
        { id: 'web', name: 'Web' },
        { id: 'db', name: 'DB' },
      ],
      agreements: [
        {
          id: 'ops',
          name: 'Ops',
          level: 'customer',
          customerId: 'c',
          serviceId: 'web',
          objectives: [
            {
              id: 'o',
              name: 'O',
              serviceId: 'db',
              unit: 'count',
              direction: 'lower-is-better',
              minimum: 5,
              target: 1,
            },
          ],
        },
      ],
    });
    const model = timelineModel(feed, { agreement: 'ops', groupBy: 'service', now: NOW });
    expect(laneKeys(model)).to.deep.equal(['web', 'db']);
  });

  it('lists the no-customer lane of a filtered corporate agreement, and puts it last', () => {
    const clean = timelineModel(handFeed({ breaches: [], maintenance: [] }), {
      agreement: 'corp',
      groupBy: 'customer',
      now: NOW,
    });
    expect(clean.lanes.map((l) => [l.key, l.label])).to.deep.equal([['', '']]);
    const feed = handFeed({
      breaches: [
        breach('K', 'corp', ['up'], '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', 'minor'),
        breach('T', 'b', ['q'], '2026-01-02T00:00:00Z', '2026-01-02T01:00:00Z', 'minor'),
        breach('O', 'a', ['up'], '2026-01-03T00:00:00Z', '2026-01-03T01:00:00Z', 'minor'),
      ],
      maintenance: [],
    });
    expect(laneKeys(timelineModel(feed, { groupBy: 'customer', now: NOW }))).to.deep.equal([
      'c1',
      'c2',
      '',
    ]);
  });

  it('does not take a customer id for a service id', () => {
    const feed = feedOf({
      customers: [{ id: 'shared', name: 'Shared' }],
      services: [{ id: 'shared', name: 'Shared service' }],
      agreements: [
        {
          id: 'x',
          name: 'X',
          level: 'customer',
          customerId: 'shared',
          objectives: [
            {
              id: 'o',
              name: 'O',
              unit: 'count',
              direction: 'lower-is-better',
              minimum: 5,
              target: 1,
            },
          ],
        },
      ],
      maintenance: [
        {
          id: 'M',
          title: 'M',
          start: '2026-01-01T00:00:00Z',
          end: '2026-01-01T01:00:00Z',
          serviceIds: ['shared'],
        },
      ],
    });
    const model = timelineModel(feed, { agreement: 'x', groupBy: 'customer', now: NOW });
    expect(model.lanes.map((l) => [l.key, l.marks.length])).to.deep.equal([['shared', 0]]);
  });
});

describe('model/timeline: range and extent', () => {
  it('shows what overlaps [start, end), with marks keeping their own times', () => {
    const model = timelineModel(handFeed(), {
      agreement: 'a',
      now: NOW,
      start: at('2026-02-10T11:00:00Z'),
      end: at('2026-02-15T02:00:00Z'),
    });
    // B1 ends inside; M1 starts exactly at the end (excluded: [start, end)).
    expect(keys(lane(model, 'a/up'))).to.deep.equal(['B1|a/up', 'B2|a/up']);
    expect(lane(model, 'a/up')!.marks[0]!.start).to.equal(at('2026-02-10T10:00:00Z'));
    expect(lane(model, 'a/up')!.belowMinimum).to.have.length(1);
    expect(model.extent).to.deep.equal({
      start: at('2026-02-10T11:00:00Z'),
      end: at('2026-02-15T02:00:00Z'),
    });
    const after = timelineModel(handFeed(), {
      agreement: 'a',
      now: NOW,
      start: at('2026-02-10T11:30:00Z'),
    });
    // B1 ends exactly at the start: not shown.
    expect(keys(lane(after, 'a/up'))[0]).to.equal('B2|a/up');
  });

  it('shows a zero-length breach when its instant is inside [start, end)', () => {
    const t = at('2026-02-11T00:00:00Z');
    const feed = handFeed({
      breaches: [
        breach('Z', 'a-web', ['resp'], '2026-02-11T00:00:00Z', '2026-02-11T00:00:00Z', 'minor'),
      ],
      maintenance: [],
    });
    const shown = (start: number, end: number) =>
      timelineModel(feed, { agreement: 'a-web', now: NOW, start, end }).markCount;
    expect(shown(t, t + 1)).to.equal(1);
    expect(shown(t - 1, t)).to.equal(0);
    expect(shown(t - 1, t + 1)).to.equal(1);
    expect(shown(t + 1, t + 2)).to.equal(0);
    expect(timelineModel(feed, { agreement: 'a-web', now: NOW }).extent).to.deep.equal({
      start: t,
      end: t,
    });
  });

  it('takes the extent from what is shown, or from the options', () => {
    const model = timelineModel(handFeed(), { agreement: 'a', now: NOW });
    // Earliest: M2 and the February period (Feb 1); latest: the ongoing B3 at now.
    expect(model.extent).to.deep.equal({ start: at('2026-02-01T00:00:00Z'), end: NOW });
    const fromPeriod = timelineModel(handFeed({ breaches: [], maintenance: [] }), {
      agreement: 'a',
      now: NOW,
    });
    expect(fromPeriod.extent).to.deep.equal({
      start: at('2026-02-01T00:00:00Z'),
      end: at('2026-03-01T00:00:00Z'),
    });
    const halfOpen = timelineModel(handFeed(), {
      agreement: 'a',
      now: NOW,
      start: at('2026-02-11T00:00:00Z'),
    });
    expect(halfOpen.extent).to.deep.equal({ start: at('2026-02-11T00:00:00Z'), end: NOW });
    const upTo = timelineModel(handFeed(), {
      agreement: 'a',
      now: NOW,
      end: at('2026-02-11T00:00:00Z'),
    });
    expect(upTo.extent).to.deep.equal({
      start: at('2026-02-01T00:00:00Z'),
      end: at('2026-02-11T00:00:00Z'),
    });
  });

  it('has no extent when nothing is shown, nor for an empty range', () => {
    const nothing = timelineModel(handFeed({ breaches: [], maintenance: [] }), {
      agreement: 'b',
      now: NOW,
      end: at('2026-01-01T00:00:00Z'),
    });
    expect(nothing.extent).to.equal(null);
    expect(laneKeys(nothing)).to.deep.equal(['b/q']);
    const t = at('2026-02-11T00:00:00Z');
    expect(timelineModel(handFeed(), { agreement: 'a', now: NOW, start: t, end: t })).to.deep.equal(
      {
        lanes: [],
        extent: null,
        versionChanges: [],
        markCount: 0,
      },
    );
  });

  it('marks the version changes inside the extent', () => {
    const model = timelineModel(handFeed(), { agreement: 'a', now: NOW });
    expect(model.versionChanges).to.deep.equal([
      { time: at('2026-03-01T00:00:00Z'), agreementId: 'a', version: 'v2' },
    ]);
    const from = (start: string, end: string) =>
      timelineModel(handFeed(), {
        agreement: 'a',
        now: NOW,
        start: at(start),
        end: at(end),
      }).versionChanges.map((v) => v.version);
    expect(from('2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z')).to.deep.equal(['v1']);
    expect(from('2026-01-01T00:00:01Z', '2026-03-01T00:00:01Z')).to.deep.equal(['v2']);
    expect(from('2025-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).to.deep.equal(['v1', 'v2']);
  });

  it('sorts version changes of several agreements by time, and has none without an extent', () => {
    expect(timelineModel(handFeed(), { now: NOW }).versionChanges).to.deep.equal([
      { time: at('2026-02-15T00:00:00Z'), agreementId: 'b', version: 'b1' },
      { time: at('2026-03-01T00:00:00Z'), agreementId: 'a', version: 'v2' },
    ]);
    const none = timelineModel(handFeed(), {
      agreement: 'a',
      now: NOW,
      end: at('2025-12-01T00:00:00Z'),
    });
    expect([none.extent, none.versionChanges]).to.deep.equal([null, []]);

    const model = timelineModel(sampleFeed(), { now: SAMPLE_NOW });
    const times = model.versionChanges.map((v) => v.time);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    expect(model.versionChanges.map((v) => `${v.agreementId}@${v.version}`)).to.include(
      'contoso-msa@2026.2',
    );
    for (const v of model.versionChanges) {
      expect(v.time >= model.extent!.start && v.time < model.extent!.end).to.equal(true);
    }
  });
});

describe('model/timeline: other groupings', () => {
  it('groups by service: the breach, else the agreement service, else no service last', () => {
    const model = timelineModel(handFeed(), { agreement: 'a', groupBy: 'service', now: NOW });
    expect(model.lanes.map((l) => [l.key, l.label, l.kind])).to.deep.equal([
      ['web', 'Web shop', 'service'],
      ['db', 'Database', 'service'],
      ['', '', 'service'],
    ]);
    expect(keys(lane(model, 'web'))).to.deep.equal(['m|M2', 'B1|web', 'm|M1']);
    expect(keys(lane(model, 'db'))).to.deep.equal(['m|M2', 'B4|db']);
    // No service: only windows that name no service.
    expect(keys(lane(model, ''))).to.deep.equal(['m|M2', 'B2|', 'B3|']);
    expect(model.lanes.every((l) => l.belowMinimum.length === 0)).to.equal(true);
    expect(model.lanes.every((l) => l.agreementId === null && l.objectiveId === null)).to.equal(
      true,
    );

    const serviceAgreement = timelineModel(handFeed(), {
      agreement: 'a-web',
      groupBy: 'service',
      now: NOW,
    });
    // B6 names no service: its agreement's (web).
    expect(keys(lane(serviceAgreement, 'web'))).to.deep.equal(['m|M2', 'B6|web']);
    expect(laneKeys(serviceAgreement)).to.deep.equal(['web']);
  });

  it('lists service lanes in the feed order of services', () => {
    const feed = handFeed({
      breaches: [
        breach('W', 'a', ['up'], '2026-02-01T00:00:00Z', '2026-02-01T01:00:00Z', 'minor', {
          serviceId: 'web',
        }),
        breach('D', 'a', ['up'], '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', 'minor', {
          serviceId: 'db',
        }),
        breach('N', 'a', ['up'], '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', 'minor'),
      ],
      maintenance: [],
    });
    const model = timelineModel(feed, { groupBy: 'service', now: NOW });
    expect(laneKeys(model)).to.deep.equal(['web', 'db', '']);
  });

  it('groups by customer, in feed order of customers', () => {
    const model = timelineModel(handFeed(), { groupBy: 'customer', now: NOW });
    expect(model.lanes.map((l) => [l.key, l.label])).to.deep.equal([
      ['c1', 'Customer One'],
      ['c2', 'Customer Two'],
    ]);
    expect(keys(lane(model, 'c1'))).to.deep.equal([
      'm|M2',
      'B1|c1',
      'B2|c1',
      'm|M1',
      'B4|c1',
      'B6|c1',
      'B3|c1',
    ]);
    expect(keys(lane(model, 'c2'))).to.deep.equal(['m|M2', 'B5|c2']);
    const corp = feedOf({
      agreements: [
        {
          id: 'k',
          name: 'K',
          level: 'corporate',
          objectives: [
            {
              id: 'o',
              name: 'O',
              unit: 'count',
              direction: 'lower-is-better',
              minimum: 5,
              target: 1,
            },
          ],
        },
      ],
      breaches: [breach('K1', 'k', ['o'], '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', 'minor')],
    });
    expect(
      timelineModel(corp, { groupBy: 'customer', now: NOW }).lanes.map((l) => [l.key, l.label]),
    ).to.deep.equal([['', '']]);
  });

  it('lists the customer lane of a filtered agreement without breaches', () => {
    const model = timelineModel(handFeed({ breaches: [], maintenance: [] }), {
      agreement: 'a-web',
      groupBy: 'customer',
      now: NOW,
    });
    expect(model.lanes.map((l) => [l.key, l.marks.length])).to.deep.equal([['c1', 0]]);
  });

  it('matches maintenance to customer lanes by the agreements and services of the customer', () => {
    const windows = [
      { id: 'a-named', agreementIds: ['a'] },
      { id: 'db-named', serviceIds: ['db'] },
      { id: 'b-named', agreementIds: ['b'] },
    ].map((w, i) => ({
      title: w.id,
      start: `2026-01-0${i + 1}T00:00:00Z`,
      end: `2026-01-0${i + 1}T01:00:00Z`,
      ...w,
    }));
    const model = timelineModel(handFeed({ maintenance: windows }), {
      groupBy: 'customer',
      now: NOW,
    });
    const windowsOf = (key: string) =>
      lane(model, key)!
        .marks.filter((m) => m.kind === 'maintenance')
        .map((m) => m.id);
    expect(windowsOf('c1')).to.deep.equal(['a-named', 'db-named']);
    // b's objective names no service.
    expect(windowsOf('c2')).to.deep.equal(['b-named']);
  });

  it('groups by severity, worst first, each breach once, without maintenance', () => {
    const model = timelineModel(handFeed(), { agreement: 'a', groupBy: 'severity', now: NOW });
    expect(model.lanes.map((l) => [l.key, l.label, l.kind])).to.deep.equal([
      ['critical', 'critical', 'severity'],
      ['major', 'major', 'severity'],
      ['minor', 'minor', 'severity'],
    ]);
    expect(model.lanes.map((l) => keys(l))).to.deep.equal([
      ['B1|critical'],
      ['B2|major'],
      ['B4|minor', 'B3|minor'],
    ]);
    // Filtered by agreement, the three known severities are listed even when clean.
    const clean = timelineModel(handFeed(), { agreement: 'a-web', groupBy: 'severity', now: NOW });
    expect(clean.lanes.map((l) => [l.key, l.marks.length])).to.deep.equal([
      ['critical', 0],
      ['major', 0],
      ['minor', 1],
    ]);
    const unfiltered = timelineModel(handFeed(), { groupBy: 'severity', now: NOW });
    expect(laneKeys(unfiltered)).to.deep.equal(['critical', 'major', 'minor']);
    const unknown = feedOf({
      customers: [{ id: 'c', name: 'C' }],
      agreements: [
        {
          id: 'x',
          name: 'X',
          level: 'customer',
          customerId: 'c',
          objectives: [
            {
              id: 'o',
              name: 'O',
              unit: 'count',
              direction: 'lower-is-better',
              minimum: 5,
              target: 1,
            },
          ],
        },
      ],
      breaches: [
        breach('U', 'x', ['o'], '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', 'catastrophic'),
        breach('C', 'x', ['o'], '2026-01-02T00:00:00Z', '2026-01-02T01:00:00Z', 'critical'),
      ],
    });
    expect(laneKeys(timelineModel(unknown, { groupBy: 'severity', now: NOW }))).to.deep.equal([
      'critical',
      'unknown',
    ]);
  });
});

describe('model/timeline: recorded credits as exact text', () => {
  it('writes the recorded credit with the currency minor unit, never rounding it', () => {
    const credit = (amount: number, agreement = 'a') => {
      const feed = handFeed({
        breaches: [
          breach(
            'R',
            agreement,
            [agreement === 'a' ? 'up' : 'q'],
            '2026-02-01T00:00:00Z',
            '2026-02-01T01:00:00Z',
            'minor',
            { recordedCredit: amount },
          ),
        ],
        maintenance: [],
      });
      return timelineModel(feed, { agreement, now: NOW }).lanes[0]!.marks[0]!.credit;
    };
    expect(credit(4800)).to.deep.equal({ amount: '4800.00', currency: 'EUR', recorded: true });
    expect(credit(0.5)!.amount).to.equal('0.50');
    expect(credit(1234.565)!.amount).to.equal('1234.565');
    expect(credit(12.3)!.amount).to.equal('12.30');
    expect(credit(0)!.amount).to.equal('0.00');
    // b's currency is its customer's: JPY, no minor unit.
    expect(credit(500, 'b')).to.deep.equal({ amount: '500', currency: 'JPY', recorded: true });
  });

  it('has an empty currency when the agreement has none', () => {
    const feed = feedOf({
      customers: [{ id: 'c', name: 'C' }],
      agreements: [
        {
          id: 'x',
          name: 'X',
          level: 'customer',
          customerId: 'c',
          objectives: [
            {
              id: 'o',
              name: 'O',
              unit: 'count',
              direction: 'lower-is-better',
              minimum: 5,
              target: 1,
            },
          ],
        },
      ],
      breaches: [
        breach('R', 'x', ['o'], '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', 'minor', {
          recordedCredit: 7,
        }),
      ],
    });
    expect(timelineModel(feed, { now: NOW }).lanes[0]!.marks[0]!.credit).to.deep.equal({
      amount: '7.00',
      currency: '',
      recorded: true,
    });
  });

  it('plainDecimal and moneyText never use exponent notation', () => {
    expect(plainDecimal(1e21)).to.equal('1000000000000000000000');
    expect(plainDecimal(1.5e21)).to.equal('1500000000000000000000');
    expect(plainDecimal(1.25e-7)).to.equal('0.000000125');
    expect(plainDecimal(1e-7)).to.equal('0.0000001');
    expect(plainDecimal(123.45)).to.equal('123.45');
    expect(plainDecimal(7)).to.equal('7');
    expect(moneyText(1e21, 'EUR')).to.equal('1000000000000000000000.00');
    expect(moneyText(1.25e-7, 'EUR')).to.equal('0.000000125');
    expect(moneyText(1.5, 'KWD')).to.equal('1.500');
    expect(moneyText(1.5, undefined)).to.equal('1.50');
  });
});

describe('model/timeline: summariseBreaches', () => {
  it('counts each breach once across lanes, per severity, ongoing and excluded', () => {
    const model = timelineModel(handFeed(), { now: NOW });
    const all = summariseBreaches(model, { start: at('2026-01-01T00:00:00Z'), end: NOW });
    expect([all.count, all.bySeverity, all.ongoing, all.excluded]).to.deep.equal([
      6,
      { critical: 1, major: 2, minor: 3 },
      1,
      1,
    ]);
    // Longest counted: B3, ongoing since Mar 30 22:00, 26 h to now.
    expect(all.longest!.mark.id).to.equal('B3');
    expect([all.longest!.minutes, all.longest!.lane]).to.deep.equal([26 * 60, 'Latency']);
  });

  it('clips minutes to the range and leaves excluded breaches out of the longest', () => {
    const model = timelineModel(handFeed(), { now: NOW });
    const feb = summariseBreaches(model, {
      start: at('2026-02-10T11:00:00Z'),
      end: at('2026-02-21T00:00:00Z'),
    });
    // B1 (30 of its 90 min in range), B2 (45 min), B4 (excluded, 60 min).
    expect([feb.count, feb.excluded, feb.ongoing]).to.deep.equal([3, 1, 0]);
    expect([feb.longest!.mark.id, feb.longest!.minutes, feb.longest!.lane]).to.deep.equal([
      'B2',
      45,
      'Uptime',
    ]);
    const clipped = summariseBreaches(model, {
      start: at('2026-02-10T10:00:00Z'),
      end: at('2026-02-10T11:00:00Z'),
    });
    expect([clipped.count, clipped.longest!.mark.id, clipped.longest!.minutes]).to.deep.equal([
      1,
      'B1',
      60,
    ]);
    const endClipped = summariseBreaches(model, {
      start: at('2026-03-31T00:00:00Z'),
      end: at('2026-03-31T12:00:00Z'),
    });
    expect([endClipped.longest!.mark.id, endClipped.longest!.minutes]).to.deep.equal(['B3', 720]);
  });

  it('has no longest when only excluded breaches or maintenance are in range', () => {
    const model = timelineModel(handFeed(), { now: NOW });
    const onlyExcluded = summariseBreaches(model, {
      start: at('2026-02-20T00:00:00Z'),
      end: at('2026-02-20T00:30:00Z'),
    });
    expect(onlyExcluded).to.deep.equal({
      count: 1,
      bySeverity: { minor: 1 },
      ongoing: 0,
      excluded: 1,
      longest: null,
    });
    const onlyMaintenance = summariseBreaches(model, {
      start: at('2026-02-15T02:00:00Z'),
      end: at('2026-02-15T03:00:00Z'),
    });
    expect(onlyMaintenance).to.deep.equal({
      count: 0,
      bySeverity: {},
      ongoing: 0,
      excluded: 0,
      longest: null,
    });
  });

  it('breaks ties of the longest by the earlier start, whatever the lane order', () => {
    const feed = handFeed({
      breaches: [
        // Same length; the later one is in the first lane (uptime), the earlier one in latency.
        breach('LATE', 'a', ['up'], '2026-02-05T00:00:00Z', '2026-02-05T01:00:00Z', 'minor'),
        breach('EARLY', 'a', ['lat'], '2026-02-03T00:00:00Z', '2026-02-03T01:00:00Z', 'minor'),
        breach('SAME', 'a', ['lat'], '2026-02-07T00:00:00Z', '2026-02-07T01:00:00Z', 'minor'),
      ],
      maintenance: [],
    });
    const model = timelineModel(feed, { agreement: 'a', now: NOW });
    const s = summariseBreaches(model, { start: 0, end: NOW });
    expect([s.longest!.mark.id, s.longest!.lane]).to.deep.equal(['EARLY', 'Latency']);
  });

  it('keeps the first lane for two longest breaches with the same start', () => {
    const feed = handFeed({
      breaches: [
        breach('P', 'a', ['up'], '2026-02-09T00:00:00Z', '2026-02-09T01:00:00Z', 'minor'),
        breach('Q', 'a', ['lat'], '2026-02-09T00:00:00Z', '2026-02-09T01:00:00Z', 'minor'),
      ],
      maintenance: [],
    });
    const s = summariseBreaches(timelineModel(feed, { agreement: 'a', now: NOW }), {
      start: 0,
      end: NOW,
    });
    expect([s.longest!.mark.id, s.longest!.lane]).to.deep.equal(['P', 'Uptime']);
  });

  it('reports the lane a shared breach is first shown in', () => {
    const feed = handFeed({
      breaches: [
        breach('S', 'a', ['lat', 'up'], '2026-02-05T00:00:00Z', '2026-02-05T01:00:00Z', 'minor'),
      ],
      maintenance: [],
    });
    const s = summariseBreaches(timelineModel(feed, { agreement: 'a', now: NOW }), {
      start: 0,
      end: NOW,
    });
    expect([s.count, s.longest!.lane]).to.deep.equal([1, 'Uptime']);
  });
});

describe('model/timeline: stripModel', () => {
  const BERLIN = 'Europe/Berlin';

  function stripFeed(breaches: unknown[]): Feed {
    return handFeed({ breaches, maintenance: [] });
  }

  it('has one bucket per local day ending with the day of now, DST day included', () => {
    // 2026-03-29 in Berlin has 23 hours.
    const now = at('2026-03-29T12:00:00+02:00');
    const rows = stripModel(stripFeed([]), { agreement: 'a', days: 3, now, timeZone: BERLIN });
    expect(rows.map((r) => [r.key, r.label])).to.deep.equal([
      ['web', 'Web shop'],
      ['db', 'Database'],
    ]);
    expect(rows[0]!.days.map((d) => [d.date, d.hours])).to.deep.equal([
      ['2026-03-27', 24],
      ['2026-03-28', 24],
      ['2026-03-29', 23],
    ]);
    expect(rows.map((r) => r.uptimePercent)).to.deep.equal([100, 100]);
  });

  it('splits a breach across midnight, stops counting at now, and rounds uptime to 3 decimals', () => {
    const now = at('2026-03-29T12:00:00+02:00');
    const rows = stripModel(
      stripFeed([
        breach(
          'MID',
          'a',
          ['up'],
          '2026-03-28T23:30:00+01:00',
          '2026-03-29T00:30:00+01:00',
          'major',
          { serviceId: 'web' },
        ),
        // Runs past now: only the hour before now counts.
        breach(
          'LATE',
          'a',
          ['up'],
          '2026-03-29T11:00:00+02:00',
          '2026-03-29T13:00:00+02:00',
          'critical',
          { serviceId: 'web' },
        ),
        breach(
          'EXC',
          'a',
          ['up'],
          '2026-03-28T10:00:00+01:00',
          '2026-03-28T12:00:00+01:00',
          'critical',
          { serviceId: 'web', excluded: true },
        ),
        // After now: not counted at all.
        breach(
          'FUTURE',
          'a',
          ['up'],
          '2026-03-29T14:00:00+02:00',
          '2026-03-29T15:00:00+02:00',
          'critical',
          { serviceId: 'web' },
        ),
      ]),
      { agreement: 'a', days: 3, now, timeZone: BERLIN },
    );
    const web = rows[0]!;
    expect(web.days.map((d) => [d.downtimeMinutes, d.severity, d.breachIds])).to.deep.equal([
      [0, null, []],
      [30, 'major', ['MID']],
      [90, 'critical', ['MID', 'LATE']],
    ]);
    expect(web.days[1]!.excludedMinutes).to.equal(120);
    // 120 min down of 59 h (Mar 27 00:00 +01:00 to now): 100 x (1 - 120 / 3540) = 96.6101...
    expect(web.uptimePercent).to.equal(96.61);
    expect(rows[1]!.uptimePercent).to.equal(100);
  });

  it('keeps an ongoing breach to now and counts it on every day it touches', () => {
    const now = at('2026-03-31T06:00:00Z');
    const rows = stripModel(
      stripFeed([
        breach('ON', 'a', ['lat'], '2026-03-29T18:00:00Z', null, 'minor', { serviceId: 'db' }),
      ]),
      { agreement: 'a', days: 3, now, timeZone: 'UTC' },
    );
    const db = rows.find((r) => r.key === 'db')!;
    expect(db.days.map((d) => [d.date, d.downtimeMinutes, d.ongoing])).to.deep.equal([
      ['2026-03-29', 360, true],
      ['2026-03-30', 1440, true],
      ['2026-03-31', 360, true],
    ]);
    // 2160 of 3240 minutes down.
    expect(db.uptimePercent).to.equal(33.333);
  });

  it('rows by objective use the objective lanes; every row is listed, clean or not', () => {
    const now = at('2026-02-12T12:00:00Z');
    const rows = stripModel(handFeed(), { groupBy: 'objective', days: 2, now, timeZone: 'UTC' });
    expect(rows.map((r) => r.key)).to.deep.equal([
      'corp/up',
      'corp/lat',
      'a/up',
      'a/lat',
      'a-web/up',
      'a-web/resp',
      'b/q',
    ]);
    const aUp = rows.find((r) => r.key === 'a/up')!;
    expect(aUp.label).to.equal('Uptime');
    expect(aUp.days.map((d) => d.downtimeMinutes)).to.deep.equal([0, 45]);
    // 45 of 2160 minutes.
    expect(aUp.uptimePercent).to.equal(97.917);
  });

  it('has no uptime for an empty range', () => {
    const now = at('2026-03-29T00:00:00Z');
    const none = stripModel(handFeed(), { agreement: 'a', days: 0, now, timeZone: 'UTC' });
    expect(none.map((r) => [r.days.length, r.uptimePercent])).to.deep.equal([
      [0, null],
      [0, null],
    ]);
    // Now exactly at midnight: today has not started, so one day has no time in it yet.
    const midnight = stripModel(handFeed(), { agreement: 'a', days: 1, now, timeZone: 'UTC' });
    expect(midnight.map((r) => r.uptimePercent)).to.deep.equal([null, null]);
    expect(
      stripModel(handFeed(), { agreement: 'nope', days: 3, now, timeZone: 'UTC' }),
    ).to.deep.equal([]);
  });

  it('rounds half up on the decimal value', () => {
    // 1 minute down of 2000: 99.95 exactly; 1 of 1600: 99.9375 -> 99.938 (half up).
    const now = at('2026-02-02T09:20:00Z'); // 1 day + 560 min = 2000 min since Feb 1 00:00
    const one = breach(
      'ONE',
      'a',
      ['up'],
      '2026-02-01T10:00:00Z',
      '2026-02-01T10:01:00Z',
      'minor',
      { serviceId: 'web' },
    );
    const rows = stripModel(stripFeed([one]), { agreement: 'a', days: 2, now, timeZone: 'UTC' });
    expect(rows[0]!.uptimePercent).to.equal(99.95);
    const later = at('2026-02-02T02:40:00Z'); // 1600 min
    const rows2 = stripModel(stripFeed([one]), {
      agreement: 'a',
      days: 2,
      now: later,
      timeZone: 'UTC',
    });
    expect(rows2[0]!.uptimePercent).to.equal(99.938);
  });

  it('matches a minute-by-minute oracle on small random cases', () => {
    const base = at('2026-03-27T00:00:00Z');
    const arbBreach = fc.record({
      start: fc.integer({ min: -1440, max: 5 * 1440 }),
      length: fc.integer({ min: 0, max: 2000 }),
      ongoing: fc.boolean(),
      excluded: fc.boolean(),
      severity: fc.constantFrom('critical', 'major', 'minor'),
    });
    fc.assert(
      fc.property(
        fc.array(arbBreach, { maxLength: 6 }),
        fc.integer({ min: 0, max: 4 * 1440 - 1 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('UTC', BERLIN),
        (list, nowMinute, days, timeZone) => {
          const now = base + nowMinute * 60_000;
          const raw = list.map((b, i) => {
            const s = base + b.start * 60_000;
            return breach(
              `X${i}`,
              'a',
              ['up'],
              new Date(s).toISOString(),
              b.ongoing ? null : new Date(s + b.length * 60_000).toISOString(),
              b.severity,
              { serviceId: 'web', excluded: b.excluded },
            );
          });
          const feed = stripFeed(raw);
          const [web] = stripModel(feed, { agreement: 'a', days, now, timeZone });
          // Oracle: walk back hour by hour (midnights in these zones are on whole UTC hours)
          // until `days` local midnights are passed, then test every minute up to now.
          const dateOf = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
          let from = Math.floor(now / 3_600_000) * 3_600_000;
          for (let seen = 0; ; from -= 3_600_000) {
            if (dateOf.format(from - 3_600_000) !== dateOf.format(from) && ++seen === days) break;
          }
          expect(web!.days).to.have.length(days);
          expect(web!.days[0]!.start).to.equal(from);
          expect(web!.days[days - 1]!.start <= now && now < web!.days[days - 1]!.end).to.equal(
            true,
          );
          let total = 0;
          let down = 0;
          for (let t = from; t < now; t += 60_000) {
            total++;
            const hit = feed.breaches.some(
              (b) => !b.excluded && b.start <= t && t < Math.min(b.end ?? now, now),
            );
            if (hit) down++;
          }
          expect(web!.days.reduce((sum, d) => sum + d.downtimeMinutes, 0)).to.equal(down);
          const expected =
            total === 0 ? null : Math.round((100_000 * (total - down)) / total) / 1000;
          expect(web!.uptimePercent).to.equal(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});

// --- properties on the sample feed and generated feeds -------------------------------------

const SAMPLE_NOW = at('2026-11-01T00:00:00Z');
let sampleCache: Feed | undefined;
function sampleFeed(): Feed {
  if (sampleCache) return sampleCache;
  const parsed = parseFeed(sample);
  if (!parsed.ok) throw new Error('sample rejected');
  sampleCache = parsed.feed;
  return sampleCache;
}

function generated(seed: number, breaches: number): Feed {
  const parsed = parseFeed(
    generateFeed({ seed, breaches, customers: 3, serviceAgreementsPerCustomer: 1 }),
  );
  if (!parsed.ok) throw new Error('generated feed rejected');
  return parsed.feed;
}

/** The objectives of a breach that its agreement carries, each once (computed on its own). */
function carried(feed: Feed, agreementId: string, objectiveIds: readonly string[]): string[] {
  const resolved = resolveAgreement(indexFeed(feed), agreementId)!;
  const ids = new Set(resolved.objectives.map((o) => o.id));
  return [...new Set(objectiveIds)].filter((id) => ids.has(id));
}

function checkModel(feed: Feed, now: number, model: TimelineModel): void {
  let sum = 0;
  for (const l of model.lanes) {
    sum += l.marks.length;
    for (let i = 1; i < l.marks.length; i++) {
      const a = l.marks[i - 1]!;
      const b = l.marks[i]!;
      expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).to.equal(true);
    }
    expect(new Set(l.marks.map((m) => m.key)).size).to.equal(l.marks.length);
  }
  expect(model.markCount).to.equal(sum);
  const lanesOf = new Map<string, string[]>();
  for (const l of model.lanes) {
    for (const m of l.marks) {
      if (m.kind !== 'breach') continue;
      lanesOf.set(m.id, [...(lanesOf.get(m.id) ?? []), l.key]);
    }
  }
  for (const b of feed.breaches) {
    const ids = carried(feed, b.agreementId, b.objectiveIds);
    expect([...(lanesOf.get(b.id) ?? [])].sort()).to.deep.equal(
      ids.map((o) => `${b.agreementId}/${o}`).sort(),
    );
  }
  // The summary counts the distinct breaches that overlap, by brute force.
  const r = model.extent!;
  const mid = {
    start: r.start + (r.end - r.start) / 3,
    end: r.start + (2 * (r.end - r.start)) / 3,
  };
  for (const range of [r, mid]) {
    const expected = feed.breaches.filter((b) => {
      const end = b.end ?? Math.max(now, b.start);
      return (
        carried(feed, b.agreementId, b.objectiveIds).length > 0 &&
        b.start < range.end &&
        (end > range.start || (end === b.start && b.start >= range.start))
      );
    });
    const s = summariseBreaches(model, range);
    expect(s.count).to.equal(expected.length);
    expect(s.excluded).to.equal(expected.filter((b) => b.excluded).length);
    expect(s.ongoing).to.equal(expected.filter((b) => b.end === null).length);
    expect(Object.values(s.bySeverity).reduce((a, b) => a + b, 0)).to.equal(expected.length);
  }
}

describe('model/timeline: properties', () => {
  it('sample feed: every breach is in exactly the lanes of its objectives; counts add up', () => {
    const feed = sampleFeed();
    const model = timelineModel(feed, { now: SAMPLE_NOW });
    expect(model.lanes.length).to.be.greaterThan(3);
    checkModel(feed, SAMPLE_NOW, model);
    // Contoso's availability lane holds the maintenance windows naming svc-cloud and contoso-msa.
    const contoso = lane(model, 'contoso-msa/availability')!;
    expect(contoso.marks.filter((m) => m.kind === 'maintenance').length).to.be.greaterThan(5);
  });

  it('generated feeds: the same, and every grouping shows each breach once', () => {
    for (const seed of [1, 2, 3]) {
      const feed = generated(seed, 400);
      const now = feed.breaches[feed.breaches.length - 1]!.start + 86_400_000;
      const model = timelineModel(feed, { now });
      checkModel(feed, now, model);
      const ids = new Set(
        model.lanes.flatMap((l) => l.marks.filter((m) => m.kind === 'breach').map((m) => m.id)),
      );
      for (const groupBy of ['service', 'customer', 'severity'] as const) {
        const other = timelineModel(feed, { now, groupBy });
        const marks: TimelineMark[] = other.lanes.flatMap((l) =>
          l.marks.filter((m) => m.kind === 'breach'),
        );
        expect(marks.length).to.equal(ids.size);
        expect(new Set(marks.map((m) => m.id))).to.deep.equal(ids);
      }
    }
  });

  it('generated feeds, filtered by agreement: the lanes are the agreement objectives, in order', () => {
    const feed = generated(4, 300);
    const index = indexFeed(feed);
    const now = feed.breaches[feed.breaches.length - 1]!.start;
    for (const a of feed.agreements) {
      const model = timelineModel(feed, { agreement: a.id, now });
      const resolved = resolveAgreement(index, a.id)!;
      expect(laneKeys(model)).to.deep.equal(resolved.objectives.map((o) => `${a.id}/${o.id}`));
      expect(
        model.lanes
          .flatMap((l) => l.marks.filter((m) => m.kind === 'breach').map((m) => m.agreementId))
          .every((id) => id === a.id),
      ).to.equal(true);
    }
  });
});
