import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed, type Feed } from '../../src/feed/index.js';
import { BreachSummaryIndex } from '../../src/model/breach-summary-index.js';
import { summariseBreaches, timelineModel } from '../../src/model/timeline.js';
import { generateFeed } from '../fixtures/generate.js';
import sample from '../fixtures/sample-feed.json';

function feedOf(input: unknown): Feed {
  const parsed = parseFeed(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return parsed.feed;
}

const NOW = Date.parse('2026-11-22T12:00:00Z');

describe('BreachSummaryIndex', () => {
  it('sums up a range exactly as summariseBreaches does, for any range of generated feeds', () => {
    const feeds = [1, 2, 3].map((seed) =>
      feedOf(generateFeed({ seed, customers: 2, breaches: 400 })),
    );
    const models = feeds.flatMap((feed) =>
      (['objective', 'service', 'severity'] as const).map((groupBy) =>
        timelineModel(feed, { groupBy, now: NOW }),
      ),
    );
    const indexes = models.map((m) => new BreachSummaryIndex(m));
    const extent = { start: Date.parse('2025-10-01T00:00:00Z'), end: NOW + 86_400_000 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: models.length - 1 }),
        fc.integer({ min: extent.start, max: extent.end }),
        fc.integer({ min: 0, max: 120 * 86_400_000 }),
        (which, start, span) => {
          const range = { start, end: start + span };
          expect(indexes[which]!.summarise(range)).to.deep.equal(
            summariseBreaches(models[which]!, range),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a breach in two lanes once, with the label of the first lane it shows in', () => {
    const model = timelineModel(feedOf(sample), { now: NOW });
    const index = new BreachSummaryIndex(model);
    const all = { start: Date.parse('2020-01-01T00:00:00Z'), end: NOW };
    expect(index.summarise(all)).to.deep.equal(summariseBreaches(model, all));
    expect(index.size).to.equal(
      new Set(
        model.lanes.flatMap((l) => l.marks.filter((m) => m.kind === 'breach').map((m) => m.id)),
      ).size,
    );
  });

  it('counts an instant breach at the start of the range, not one that ends there', () => {
    const feed = feedOf({
      schemaVersion: 1,
      provider: { id: 'p', name: 'P' },
      agreements: [
        {
          id: 'a',
          name: 'A',
          level: 'corporate',
          objectives: [
            {
              id: 'o',
              name: 'O',
              unit: 'percent',
              direction: 'higher-is-better',
              minimum: 99,
              target: 99.9,
            },
          ],
        },
      ],
      breaches: [
        {
          id: 'instant',
          agreementId: 'a',
          objectiveIds: ['o'],
          severity: 'minor',
          title: 'I',
          start: '2026-10-01T00:00:00Z',
          end: '2026-10-01T00:00:00Z',
        },
        {
          id: 'before',
          agreementId: 'a',
          objectiveIds: ['o'],
          severity: 'major',
          title: 'B',
          start: '2026-09-30T00:00:00Z',
          end: '2026-10-01T00:00:00Z',
        },
        {
          id: 'inside',
          agreementId: 'a',
          objectiveIds: ['o'],
          severity: 'critical',
          title: 'C',
          start: '2026-10-02T00:00:00Z',
          end: '2026-10-02T02:00:00Z',
        },
      ],
    });
    const model = timelineModel(feed, { now: NOW });
    const range = {
      start: Date.parse('2026-10-01T00:00:00Z'),
      end: Date.parse('2026-11-01T00:00:00Z'),
    };
    const s = new BreachSummaryIndex(model).summarise(range);
    expect(s.count).to.equal(2);
    expect(s.bySeverity).to.deep.equal({ minor: 1, critical: 1 });
    expect(s.longest?.mark.id).to.equal('inside');
    expect(s.longest?.minutes).to.equal(120);
  });

  const tiny = (breaches: Record<string, unknown>[], objectives = ['o']) =>
    feedOf({
      schemaVersion: 1,
      provider: { id: 'p', name: 'P' },
      agreements: [
        {
          id: 'a',
          name: 'A',
          level: 'corporate',
          objectives: objectives.map((id) => ({
            id,
            name: id.toUpperCase(),
            unit: 'percent',
            direction: 'higher-is-better',
            minimum: 99,
            target: 99.9,
          })),
        },
      ],
      breaches: breaches.map((b, i) => ({
        id: `b${i}`,
        agreementId: 'a',
        objectiveIds: ['o'],
        severity: 'minor',
        title: `B${i}`,
        ...b,
      })),
    });
  const OCT = {
    start: Date.parse('2026-10-01T00:00:00Z'),
    end: Date.parse('2026-11-01T00:00:00Z'),
  };

  it('a breach that starts exactly at the end of the range is not in it', () => {
    const feed = tiny([{ start: '2026-11-01T00:00:00Z', end: '2026-11-01T02:00:00Z' }]);
    const s = new BreachSummaryIndex(timelineModel(feed, { now: NOW })).summarise(OCT);
    expect(s.count).to.equal(0);
    expect(s.longest).to.equal(null);
  });

  it('a breach that ends exactly at the start of the range is not in it', () => {
    const feed = tiny([{ start: '2026-09-30T22:00:00Z', end: '2026-10-01T00:00:00Z' }]);
    expect(new BreachSummaryIndex(timelineModel(feed, { now: NOW })).summarise(OCT).count).to.equal(
      0,
    );
  });

  it('a breach that ends exactly at the start of the range is not in it, also behind a longer one', () => {
    const feed = tiny([
      { start: '2026-09-01T00:00:00Z', end: '2026-10-10T00:00:00Z' },
      { start: '2026-09-30T22:00:00Z', end: '2026-10-01T00:00:00Z' },
    ]);
    const s = new BreachSummaryIndex(timelineModel(feed, { now: NOW })).summarise(OCT);
    expect(s.count).to.equal(1);
    expect(s.longest?.mark.id).to.equal('b0');
  });

  it('an instant breach alone in the range is the longest, at 0 minutes', () => {
    const feed = tiny([{ start: '2026-10-10T00:00:00Z', end: '2026-10-10T00:00:00Z' }]);
    const s = new BreachSummaryIndex(timelineModel(feed, { now: NOW })).summarise(OCT);
    expect(s.longest?.mark.id).to.equal('b0');
    expect(s.longest?.minutes).to.equal(0);
  });

  it('of two breaches equally long, the earlier one is the longest', () => {
    const feed = tiny([
      { start: '2026-10-12T00:00:00Z', end: '2026-10-12T01:00:00Z' },
      { start: '2026-10-05T00:00:00Z', end: '2026-10-05T01:00:00Z' },
      { start: '2026-10-20T00:00:00Z', end: '2026-10-20T01:00:00Z' },
    ]);
    const s = new BreachSummaryIndex(timelineModel(feed, { now: NOW })).summarise(OCT);
    expect(s.longest?.mark.id).to.equal('b1');
  });

  it('of two breaches equally long from the same instant, the one of the first lane wins', () => {
    const feed = tiny(
      [
        { start: '2026-10-05T00:00:00Z', end: '2026-10-05T01:00:00Z', objectiveIds: ['q'] },
        { start: '2026-10-05T00:00:00Z', end: '2026-10-05T01:00:00Z', objectiveIds: ['o'] },
      ],
      ['o', 'q'],
    );
    const model = timelineModel(feed, { now: NOW });
    const s = new BreachSummaryIndex(model).summarise(OCT);
    expect(s.longest?.mark.id).to.equal('b1');
    expect(s.longest?.lane).to.equal('O');
    expect(s).to.deep.equal(summariseBreaches(model, OCT));
  });
});
