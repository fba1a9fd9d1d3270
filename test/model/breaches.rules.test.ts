// Breach normalisation (docs/feed.md, "Breaches, overlaps and ongoing breaches"): one merged
// interval per run of overlapping or touching breaches of one objective, with all ids, the worst
// severity and "ongoing" when any of them is open.
import { expect } from '@open-wc/testing';
import type { Breach } from '../../src/feed/index.js';
import { MINUTE_MS, normaliseBreaches } from '../../src/model/index.js';

const m = (minutes: number): number => minutes * MINUTE_MS;
const range = { from: m(0), to: m(1000), now: m(500) };

function breach(
  id: string,
  start: number,
  end: number | null,
  more: Partial<{ objectiveIds: string[]; severity: string; excluded: boolean }> = {},
): Breach {
  return {
    id,
    agreementId: 'a',
    objectiveIds: ['avail'],
    start: m(start),
    end: end === null ? null : m(end),
    severity: 'minor',
    excluded: false,
    ...more,
  } as unknown as Breach;
}

describe('breach normalisation rules', () => {
  it('a closed breach is not ongoing; an open one is and ends at now', () => {
    const [closed] = normaliseBreaches([breach('b1', 10, 20)], range);
    expect(closed!.counted[0]!.ongoing).to.equal(false);
    const [open] = normaliseBreaches([breach('b2', 10, null)], range);
    expect(open!.counted[0]!.ongoing).to.equal(true);
    expect(open!.counted[0]!.end).to.equal(m(500));
  });

  it('a merged interval is ongoing when a later breach in it is still open', () => {
    const [o] = normaliseBreaches([breach('b1', 10, 100), breach('b2', 50, null)], range);
    expect(o!.counted).to.have.length(1);
    expect(o!.counted[0]!.ongoing).to.equal(true);
    expect(o!.counted[0]!.breachIds).to.deep.equal(['b1', 'b2']);
  });

  it('a merged interval stays ongoing when a closed breach follows the open one', () => {
    const [o] = normaliseBreaches([breach('b1', 10, null), breach('b2', 50, 60)], range);
    expect(o!.counted[0]!.ongoing).to.equal(true);
  });

  it('touching breaches merge: one ending at 20 and one starting at 20 are one interval', () => {
    const [o] = normaliseBreaches([breach('b1', 10, 20), breach('b2', 20, 30)], range);
    expect(o!.counted.map((i) => [i.start, i.end])).to.deep.equal([[m(10), m(30)]]);
    expect(o!.countedMinutes).to.equal(20);
  });

  it('a breach naming one objective twice counts once, with its id once', () => {
    const [o] = normaliseBreaches(
      [breach('b1', 10, 20, { objectiveIds: ['avail', 'avail'] })],
      range,
    );
    expect(o!.counted[0]!.breachIds).to.deep.equal(['b1']);
    expect(o!.countedMinutes).to.equal(10);
  });

  it('counted intervals are marked counted and excluded ones excluded', () => {
    const [o] = normaliseBreaches(
      [breach('b1', 10, 20), breach('x1', 15, 40, { excluded: true })],
      range,
    );
    expect(o!.counted.map((i) => i.excluded)).to.deep.equal([false]);
    expect(o!.excluded.map((i) => i.excluded)).to.deep.equal([true]);
    // An excluded breach does not reduce the counted one it overlaps.
    expect(o!.countedMinutes).to.equal(10);
  });

  it('breaches listed out of order merge the same as sorted ones', () => {
    const [o] = normaliseBreaches(
      [breach('b2', 50, 60, { severity: 'major' }), breach('b1', 10, 55)],
      range,
    );
    expect(o!.counted.map((i) => [i.start, i.end, i.severity])).to.deep.equal([
      [m(10), m(60), 'major'],
    ]);
    expect(o!.counted[0]!.breachIds).to.deep.equal(['b1', 'b2']);
  });
});
