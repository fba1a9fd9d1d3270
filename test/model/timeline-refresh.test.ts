/**
 * The timeline model across refreshed feeds (parsed by one incremental parser, as an element's
 * feed controller does): lanes whose breaches, maintenance and periods did not change are the
 * same objects, an equal answer is the model shown itself, and what changed is new.
 */
import { expect } from '@open-wc/testing';
import { createFeedParser } from '../../src/feed/incremental.js';
import type { Feed } from '../../src/feed/index.js';
import { timelineModel, type TimelineModel } from '../../src/model/index.js';
import { generateFeed } from '../fixtures/generate.js';

type RawBreach = { id: string; agreementId: string; title: string; end?: string | null };
type RawFeed = { breaches: RawBreach[] };

const NOW = Date.UTC(2026, 9, 1);
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function parsed(parser: ReturnType<typeof createFeedParser>, raw: unknown): Feed {
  const result = parser.parse(raw);
  if (!result.ok) throw new Error(result.issues[0]?.message);
  return result.feed;
}

/** The lanes that hold a mark of breach `id`. */
function lanesWith(model: TimelineModel, id: string): string[] {
  return model.lanes.filter((l) => l.marks.some((m) => m.id === id)).map((l) => l.key);
}

describe('timeline model across refreshes', () => {
  const raw = generateFeed({ seed: 9, customers: 3, breaches: 60 }) as unknown as RawFeed;

  it('keeps the lanes a changed breach is not in, and gives the others new marks', () => {
    const parser = createFeedParser();
    const before = timelineModel(parsed(parser, copy(raw)), { now: NOW });
    const next = copy(raw);
    const edited = next.breaches[7]!;
    edited.title = 'Edited title';
    const after = timelineModel(parsed(parser, next), { now: NOW }, before);

    const touched = lanesWith(after, edited.id);
    expect(touched.length).to.be.greaterThan(0);
    expect(after).to.not.equal(before);
    const old = new Map(before.lanes.map((l) => [l.key, l]));
    for (const lane of after.lanes) {
      if (!lane.objectiveId) continue;
      if (touched.includes(lane.key)) {
        expect(lane, lane.key).to.not.equal(old.get(lane.key));
        const mark = lane.marks.find((m) => m.id === edited.id)!;
        expect(mark.title).to.equal('Edited title');
        const others = lane.marks.filter((m) => m.id !== edited.id);
        const oldMarks = old.get(lane.key)!.marks;
        for (const m of others) expect(oldMarks, 'unchanged marks kept').to.include(m);
      } else {
        expect(lane, lane.key).to.equal(old.get(lane.key));
      }
    }
  });

  it('is the model shown itself when nothing it shows changed', () => {
    const parser = createFeedParser();
    const first = timelineModel(parsed(parser, copy(raw)), { now: NOW });
    expect(timelineModel(parsed(parser, copy(raw)), { now: NOW }, first)).to.equal(first);
    // A service's name is on no objective lane (it labels service lanes only).
    const renamed = copy(raw) as unknown as { services: { name: string }[] };
    renamed.services[0]!.name = 'Renamed';
    const again = timelineModel(parsed(parser, renamed), { now: NOW }, first);
    expect(again).to.equal(first);
    // Without `previous`, an equal model is a new object holding the same lanes.
    const fresh = timelineModel(parsed(parser, renamed), { now: NOW });
    expect(fresh).to.not.equal(first);
    fresh.lanes.forEach((lane, i) => {
      expect(lane).to.equal(first.lanes[i]);
    });
    expect(
      timelineModel(parsed(parser, renamed), { now: NOW, groupBy: 'severity' }, first),
    ).to.not.equal(first);
  });

  it('moves an ongoing breach to the new now, keeping the ended ones', () => {
    const parser = createFeedParser();
    const next = copy(raw);
    next.breaches[3]!.end = null;
    const feed = parsed(parser, next);
    const before = timelineModel(feed, { now: NOW });
    const later = NOW + 3_600_000;
    const after = timelineModel(feed, { now: later }, before);
    const id = next.breaches[3]!.id;
    const mark = (m: TimelineModel, which: string) =>
      m.lanes.flatMap((l) => l.marks).find((x) => x.id === which)!;
    expect(mark(after, id).end).to.equal(later);
    expect(mark(before, id).end).to.equal(NOW);
    const ended = next.breaches.find((b, i) => i !== 3 && b.end !== null)!.id;
    expect(mark(after, ended)).to.equal(mark(before, ended));
  });
});
