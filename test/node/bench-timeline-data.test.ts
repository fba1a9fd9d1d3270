/**
 * The timeline benchmark's data (bench/timeline.data.ts): what the kit and the baselines are
 * timed on must be the same, valid, seeded marks, or the ratios compare different work.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AGREEMENT,
  barsOf,
  changeBreaches,
  LANES,
  overlapping,
  RANGE_END,
  RANGE_START,
  SEVERITIES,
  timelineFeed,
} from '../../bench/timeline.data.js';
import { parseFeed } from '../../src/feed/index.js';

describe('timeline bench data', () => {
  const feed = timelineFeed(2_000, 8);
  const bars = barsOf(feed);

  test('is a valid feed without warnings: one agreement with 20 objectives', () => {
    const parsed = parseFeed(structuredClone(feed));
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 2)));
    assert.deepEqual(parsed.warnings, []);
    assert.deepEqual(
      parsed.feed.agreements.map((a) => [a.id, a.objectives.map((o) => o.id)]),
      [[AGREEMENT, Array.from({ length: LANES }, (_, i) => `o-${i + 1}`)]],
    );
    assert.equal(parsed.feed.breaches.length, 2_000);
  });

  test('the same seed gives the same breaches, another seed others', () => {
    assert.deepEqual(timelineFeed(2_000, 8), feed);
    assert.notDeepEqual(timelineFeed(2_000, 9).breaches, feed.breaches);
  });

  test('bars are the breaches: lane from the objective, times, severity rank', () => {
    const b = feed.breaches![17]!;
    assert.equal(bars.id[17], b.id);
    assert.equal(`o-${bars.lane[17]! + 1}`, b.objectiveIds[0]);
    assert.equal(bars.start[17], Date.parse(b.start));
    assert.equal(bars.end[17], Date.parse(b.end!));
    assert.equal(SEVERITIES[bars.severity[17]!], b.severity);
  });

  test('every bar lies in the 90 days, 5 min to 6 h long, on every lane and severity', () => {
    for (let i = 0; i < bars.id.length; i++) {
      assert.ok(bars.start[i]! >= RANGE_START && bars.end[i]! <= RANGE_END, bars.id[i]);
      const minutes = (bars.end[i]! - bars.start[i]!) / 60_000;
      assert.ok(minutes >= 5 && minutes <= 360, `${bars.id[i]}: ${minutes} min`);
    }
    assert.equal(new Set(bars.lane).size, LANES);
    assert.equal(new Set(bars.severity).size, SEVERITIES.length);
    assert.equal(overlapping(bars, RANGE_START, RANGE_END), 2_000);
  });

  test('overlapping counts bars by [from, to)', () => {
    const first = bars.start.indexOf(Math.min(...bars.start));
    const t = bars.start[first]!;
    assert.ok(overlapping(bars, RANGE_START, t) < overlapping(bars, RANGE_START, t + 1));
    assert.equal(overlapping(bars, RANGE_END, RANGE_END + 1), 0);
  });

  test('changeBreaches changes 10 % of the breaches, keeps ids and validity, leaves the input', () => {
    const before = structuredClone(feed);
    const { feed: changed, changed: count } = changeBreaches(feed, 0.1, 9);
    assert.deepEqual(feed, before);
    assert.equal(count, 200);
    const after = changed.breaches!;
    assert.deepEqual(
      after.map((b) => b.id),
      feed.breaches!.map((b) => b.id),
    );
    const differing = after.filter(
      (b, i) => JSON.stringify(b) !== JSON.stringify(feed.breaches![i]),
    );
    assert.equal(differing.length, 200);
    assert.ok(parseFeed(changed).ok);
    assert.equal(overlapping(barsOf(changed), RANGE_START, RANGE_END), 2_000);
  });
});
