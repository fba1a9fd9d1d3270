/**
 * Refreshing a scorecard's data: with the feed parsed by the same incremental parser (as an
 * element's feed controller does), an update that changes some periods rebuilds only the rows of
 * the objectives those periods measure; the other rows are the same objects, and an equal feed
 * gives the same scorecard object.
 */
import { expect } from '@open-wc/testing';
import {
  isEmpty,
  scorecardBuildCounts,
  scorecardData,
  type ScorecardData,
} from '../../../src/elements/scorecard/scorecard-data.js';
import { createFeedParser } from '../../../src/feed/incremental.js';
import type { Feed } from '../../../src/feed/index.js';
import { generateFeed } from '../../fixtures/generate.js';

type RawPeriod = { objectiveId: string; start: string; value?: number };
type RawFeed = { periods: RawPeriod[]; agreements: { id: string }[] };

const NOW = Date.UTC(2026, 5, 1);
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function data(feed: Feed, agreementId = 'a-1'): ScorecardData {
  const d = scorecardData(feed, { agreementId, now: NOW });
  if (isEmpty(d)) throw new Error(`no scorecard: ${d.empty}`);
  return d;
}

function parsed(parser: ReturnType<typeof createFeedParser>, raw: unknown): Feed {
  const result = parser.parse(raw);
  if (!result.ok) throw new Error(result.issues[0]?.message);
  return result.feed;
}

/** Lowers the value of every `step`-th period of the latest month; returns the objectives hit. */
function editLatest(raw: RawFeed, step: number): Set<string> {
  const latest = raw.periods.reduce((m, p) => (p.start > m ? p.start : m), '');
  const hit = new Set<string>();
  raw.periods
    .filter((p) => p.start === latest && typeof p.value === 'number')
    .forEach((p, i) => {
      if (i % step) return;
      p.value = p.value! * 0.999;
      hit.add(p.objectiveId);
    });
  return hit;
}

describe('scorecard data across refreshes', () => {
  const raw = generateFeed({
    seed: 4,
    customers: 1,
    objectives: 500,
    periods: 3,
  }) as unknown as RawFeed;

  it('rebuilds only the rows of objectives whose periods changed (10 % of them)', () => {
    const parser = createFeedParser();
    const before = data(parsed(parser, copy(raw)));
    const next = copy(raw);
    const hit = editLatest(next, 10);
    expect(hit.size).to.be.within(40, 60);
    const built = scorecardBuildCounts();
    const after = data(parsed(parser, next));
    const counts = scorecardBuildCounts();

    expect(counts.rows - built.rows, 'rows built again').to.equal(hit.size);
    expect(counts.scorecards - built.scorecards).to.equal(1);
    const old = new Map(before.rows.map((r) => [r.objective.id, r]));
    for (const row of after.rows) {
      if (hit.has(row.objective.id)) {
        expect(row, row.objective.id).to.not.equal(old.get(row.objective.id));
        expect(row.period?.value).to.not.equal(old.get(row.objective.id)!.period?.value);
      } else {
        expect(row, row.objective.id).to.equal(old.get(row.objective.id));
      }
    }
    expect(after.agreement, 'the agreement did not change').to.equal(before.agreement);
    expect(after).to.not.equal(before);
  });

  it('gives the same scorecard object for an equal feed, and for the same feed parsed afresh', () => {
    const parser = createFeedParser();
    const first = data(parsed(parser, copy(raw)));
    expect(data(parsed(parser, copy(raw)))).to.equal(first);
    // A parser of its own produces new records: nothing is shared, everything is built again.
    const built = scorecardBuildCounts().rows;
    const fresh = data(parsed(createFeedParser(), copy(raw)));
    expect(fresh).to.not.equal(first);
    expect(fresh.rows).to.deep.equal(first.rows);
    expect(scorecardBuildCounts().rows - built).to.equal(first.rows.length);
  });

  it('builds every row again when the agreement itself changes (its fee: every credit)', () => {
    const parser = createFeedParser();
    const gold = goldWithCap();
    const before = data(parsed(parser, copy(gold)), 'gold');
    const next = copy(gold) as unknown as { agreements: { fee: { amount: number } }[] };
    next.agreements[0]!.fee.amount = 2000;
    const after = data(parsed(parser, next), 'gold');
    expect(after.agreement).to.not.equal(before.agreement);
    const row = (d: ScorecardData, id: string) => d.rows.find((r) => r.objective.id === id)!;
    for (const id of ['avail', 'lat']) {
      expect(row(after, id), id).to.not.equal(row(before, id));
      expect(row(after, id).credit!.amount).to.equal(row(before, id).credit!.amount! * 2);
      expect(row(after, id).period, 'the period records are kept').to.equal(row(before, id).period);
    }
  });
});

/** One month, two objectives that earn credits. */
function goldWithCap(): RawFeed {
  const objective = (id: string, extra: Record<string, unknown>) => ({
    id,
    name: id,
    category: 'service-level',
    ...extra,
  });
  return {
    schemaVersion: 1,
    provider: { id: 'acme', name: 'Acme', timeZone: 'UTC' },
    customers: [{ id: 'globex', name: 'Globex', currency: 'EUR' }],
    agreements: [
      {
        id: 'gold',
        name: 'Gold',
        level: 'customer',
        customerId: 'globex',
        fee: { amount: 1000, currency: 'EUR', per: 'month' },
        creditCapPercent: 10,
        objectives: [
          objective('avail', {
            indicator: 'availability',
            unit: 'percent',
            direction: 'higher-is-better',
            minimum: 99,
            target: 99.9,
            creditTiers: [{ threshold: 99, creditPercent: 8 }],
          }),
          objective('lat', {
            indicator: 'latency',
            unit: 'millisecond',
            direction: 'lower-is-better',
            minimum: 500,
            target: 300,
            creditTiers: [
              { threshold: 500, creditPercent: 1 },
              { threshold: 800, creditPercent: 8 },
            ],
          }),
        ],
      },
    ],
    periods: [
      {
        agreementId: 'gold',
        objectiveId: 'avail',
        start: '2026-04-01T00:00:00Z',
        end: '2026-05-01T00:00:00Z',
        value: 98,
      },
      {
        agreementId: 'gold',
        objectiveId: 'lat',
        start: '2026-04-01T00:00:00Z',
        end: '2026-05-01T00:00:00Z',
        value: 600,
      },
    ],
  } as unknown as RawFeed;
}
