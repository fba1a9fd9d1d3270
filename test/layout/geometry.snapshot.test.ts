// Geometry snapshots of what the timeline draws: time axes (90 days, 7 days, the DST week in
// Europe/Berlin, a year; in English, German and Arabic) and the column marks of the seeded fixture
// feed at 1200 px. The regression net for the charts: a change here is a visible change, and the
// failure shows which ticks or marks moved (test/layout/snapshot.ts).
import { expect } from '@open-wc/testing';
import { columnMarks } from '../../src/layout/aggregate.js';
import { IntervalIndex } from '../../src/layout/interval-index.js';
import { timeScale } from '../../src/layout/scale.js';
import { stripLayout } from '../../src/layout/strip.js';
import { timeAxis, type TimeAxis } from '../../src/layout/time-ticks.js';
import { generateFeed } from '../fixtures/generate.js';
import {
  compareSnapshot,
  expectSnapshot,
  lineDiff,
  roundForSnapshot,
  snapshotText,
} from './snapshot.js';

const DAY = 86_400_000;
const WIDTH = 1200;
const LOCALES = ['en', 'de', 'ar'] as const;

function readable(a: TimeAxis) {
  return {
    unit: a.unit,
    step: a.step,
    ticks: a.ticks.map((t) => ({
      time: new Date(t.time).toISOString(),
      x: t.x,
      label: t.label,
      unit: t.unit,
    })),
    grid: a.grid.map((g) => ({ time: new Date(g.time).toISOString(), x: g.x })),
  };
}

function axes(start: number, end: number, timeZone: string) {
  const scale = timeScale([start, end], [0, WIDTH]);
  return Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      readable(timeAxis(scale, { width: WIDTH, locale, timeZone })),
    ]),
  );
}

const SEVERITY_RANK: Readonly<Record<string, number>> = { minor: 1, major: 2, critical: 3 };

/** The seeded fixture's breaches as lanes by agreement and objective (the timeline's default grouping). */
function fixtureLanes() {
  const feed = generateFeed({ seed: 7, breaches: 1_000 });
  const now = Date.parse(feed.generatedAt ?? '');
  const lanes = new Map<string, { id: string; start: number; end: number; rank: number }[]>();
  for (const b of feed.breaches ?? []) {
    const key = `${b.agreementId} ${b.objectiveIds[0]}`;
    const lane = lanes.get(key) ?? [];
    lane.push({
      id: b.id,
      start: Date.parse(b.start),
      end: b.end ? Date.parse(b.end) : now,
      rank: SEVERITY_RANK[b.severity] ?? 0,
    });
    lanes.set(key, lane);
  }
  return { lanes: [...lanes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)), now };
}

describe('geometry snapshots', () => {
  it('time axis of 90 days at 1200 px (UTC)', async () => {
    const start = Date.UTC(2026, 6, 1);
    await expectSnapshot('axis-90-days', axes(start, start + 90 * DAY, 'UTC'));
  });

  it('time axis of 7 days at 1200 px (America/New_York)', async () => {
    const start = Date.UTC(2026, 5, 1, 4);
    await expectSnapshot('axis-7-days', axes(start, start + 7 * DAY, 'America/New_York'));
  });

  it('time axis of the DST week in Europe/Berlin at 1200 px (23-hour 29 March 2026)', async () => {
    const start = Date.UTC(2026, 2, 25, 23);
    await expectSnapshot('axis-dst-week-berlin', axes(start, start + 7 * DAY, 'Europe/Berlin'));
  });

  it('time axis of a year at 1200 px (Europe/Berlin)', async () => {
    await expectSnapshot(
      'axis-year',
      axes(Date.UTC(2025, 10, 30, 23), Date.UTC(2026, 10, 30, 23), 'Europe/Berlin'),
    );
  });

  it('column marks of the seeded fixture (seed 7, 1,000 breaches) at 1200 px, whole range and a 7-day zoom', async () => {
    const { lanes, now } = fixtureLanes();
    let first = Infinity;
    for (const [, items] of lanes) for (const x of items) first = Math.min(first, x.start);
    const whole = timeScale([first, now], [0, WIDTH]);
    const zoom = timeScale([first + 100 * DAY, first + 107 * DAY], [0, WIDTH]);
    const marks = (scale: typeof whole) =>
      Object.fromEntries(
        lanes.map(([key, items]) => {
          const index = new IntervalIndex(items);
          return [
            key,
            columnMarks(index, scale, (x) => x.rank).map((m) => ({
              x0: m.x0,
              x1: m.x1,
              count: m.count,
              worst: m.worst,
              first: index.item(m.first).id,
              last: index.item(m.last).id,
            })),
          ];
        }),
      );
    await expectSnapshot('column-marks-seed-7', {
      domain: [new Date(first).toISOString(), new Date(now).toISOString()],
      lanes: marks(whole),
      zoom7Days: marks(zoom),
    });
  });

  it('history strip cells at 1200, 320 and 120 px for 90 days', async () => {
    await expectSnapshot('strip-90-days', {
      1200: stripLayout(1200, 90),
      320: stripLayout(320, 90),
      120: stripLayout(120, 90),
    });
  });
});

describe('geometry snapshot helper', () => {
  it('rounds numbers to 0.1 (and -0 to 0), deeply, leaving other values alone', () => {
    expect(roundForSnapshot({ a: [1.04, 1.05, -0.04], b: 'x', c: null, d: true })).to.deep.equal({
      a: [1, 1.1, 0],
      b: 'x',
      c: null,
      d: true,
    });
  });

  it('writes one flat object per line, so a diff names the tick that moved', () => {
    expect(snapshotText({ ticks: [{ x: 1, label: 'Mar' }], unit: 'month' })).to.equal(
      '{\n  "ticks": [\n    { "x": 1, "label": "Mar" }\n  ],\n  "unit": "month"\n}',
    );
  });

  it('a line diff shows removed and added lines with their context', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n');
    const after = ['a', 'b', 'c', 'D', 'e', 'f', 'g', 'h'].join('\n');
    expect(lineDiff(before, after, 1)).to.equal(
      ['  c', '- d', '+ D', '  e', '  g', '+ h'].join('\n'),
    );
  });

  it('a changed value is told apart with the diff, a missing snapshot with how to write it', async () => {
    const changed = {
      1200: stripLayout(600, 90),
      320: stripLayout(320, 90),
      120: stripLayout(120, 90),
    };
    const message = (await compareSnapshot('strip-90-days', changed)) ?? '';
    expect(message).to.match(/^snapshot strip-90-days differs \(- committed, \+ now\):\n/);
    expect(message).to.include('\n-     "cellWidth": 12.3,\n+     "cellWidth": 5.7,\n');
    expect(await compareSnapshot('no-such-snapshot', {})).to.include('UPDATE_SNAPSHOTS=1');
    expect(
      await compareSnapshot('strip-90-days', {
        1200: stripLayout(1200, 90),
        320: stripLayout(320, 90),
        120: stripLayout(120, 90),
      }),
    ).to.equal(null);
  });
});
