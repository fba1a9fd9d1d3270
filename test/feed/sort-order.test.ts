import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import minimal from '../fixtures/minimal-feed.json';

/** `count` breaches whose starts are drawn from `starts` in a shuffled order, ties included. */
function feedWithBreaches(starts: readonly string[], count: number): unknown {
  const breaches = Array.from({ length: count }, (_, i) => ({
    id: `b-${i}`,
    agreementId: 'acme-standard',
    objectiveIds: ['availability'],
    // A fixed scramble of the positions, so that equal starts are far apart in the feed.
    start: starts[(i * 7919) % starts.length]!,
    end: null,
    severity: 'minor',
    title: `Breach ${i}`,
  }));
  return { ...structuredClone(minimal), breaches };
}

/** The ids in the order a stable sort by start gives them (ties keep the feed's order). */
function expectedOrder(feed: { breaches: { id: string; start: string }[] }): string[] {
  return feed.breaches
    .map((b, i) => ({ id: b.id, at: Date.parse(b.start), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((b) => b.id);
}

function sortedIds(input: unknown): string[] {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.feed.breaches.map((b) => b.id);
}

describe('parseFeed sorts lists by start, stably', () => {
  it('orders breaches of one month by start and keeps ties in feed order', () => {
    const starts = Array.from(
      { length: 9 },
      (_, d) => `2026-10-${String(d + 1).padStart(2, '0')}T0${d % 3}:00:00Z`,
    );
    const input = feedWithBreaches(starts, 200);
    const ids = sortedIds(input);
    expect(ids).to.deep.equal(expectedOrder(input as never));
    expect(ids.slice(0, 3)).to.deep.equal(['b-0', 'b-9', 'b-18']);
  });

  it('orders breaches spread over thousands of years the same way', () => {
    // A range this wide over this many records takes the sort's general path.
    const starts = ['9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '5000-06-15T12:00:00+02:00'];
    const input = feedWithBreaches(
      [...starts, ...Array.from({ length: 40 }, (_, y) => `${1000 + y * 200}-01-01T00:00:00Z`)],
      300,
    );
    const ids = sortedIds(input);
    expect(ids).to.deep.equal(expectedOrder(input as never));
    const first = (input as { breaches: { id: string; start: string }[] }).breaches.find(
      (b) => b.id === ids[0],
    );
    expect(first?.start).to.equal('0001-01-01T00:00:00Z');
  });
});
