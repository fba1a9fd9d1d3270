import { expect } from '@open-wc/testing';
import {
  agreementPeriods,
  exitTrigger,
  indexFeed,
  resolveAgreement,
} from '../../src/model/index.js';
import { at, feedOf, month, threeLevelFeed } from './helpers.js';

function monthly(values: Record<number, { avail?: number; p95?: number; csat?: number }>) {
  const out: unknown[] = [];
  for (const [m, v] of Object.entries(values)) {
    for (const [objectiveId, value] of Object.entries(v)) {
      out.push({ agreementId: 'acme-portal', objectiveId, ...month(Number(m)), value });
    }
  }
  return out;
}

describe('model/exit-trigger', () => {
  // Corporate clause: 2 misses within 3 periods; counted: critical objectives (avail, p95).
  const values = {
    1: { avail: 98.5, p95: 200, csat: 1 }, // miss (avail below its 99.0 minimum)
    2: { avail: 99.99, p95: 200, csat: 1 }, // csat is key: not counted
    3: { avail: 99.99, p95: 200 },
    4: { avail: 99.99, p95: 1200 }, // miss (p95 above its 1000 ms minimum)
    5: { avail: 98, p95: 1500 }, // one miss, although two objectives are breached
    6: { avail: 99.99, p95: 200 },
  };

  it('exitTrigger counts breached periods of critical objectives in a sliding window of M periods', () => {
    const index = indexFeed(threeLevelFeed({ periods: monthly(values) }));
    const t = exitTrigger(
      resolveAgreement(index, 'acme-portal')!,
      agreementPeriods(index, 'acme-portal'),
    )!;
    expect(t.objectiveIds).to.deep.equal(['avail', 'p95']);
    expect(t.missedPeriodStarts).to.deep.equal(
      [month(1).start, month(4).start, month(5).start].map(at),
    );
    expect(t.required).to.equal(2);
    expect(t.withinPeriods).to.equal(3);
    expect(t.misses).to.equal(2);
    expect(t.windowMissedPeriodStarts).to.deep.equal([month(4).start, month(5).start].map(at));
    expect(t.triggered).to.equal(true);
    expect(t.everTriggered).to.equal(true);
    expect(t.firstTriggeredAt).to.equal(at(month(5).start));
    expect(t.periodsConsidered).to.equal(6);
  });

  it('exitTrigger reports a clause that triggered in the range but is no longer triggered now', () => {
    const index = indexFeed(
      threeLevelFeed({ periods: monthly({ ...values, 7: { avail: 99.99 }, 8: { avail: 99.99 } }) }),
    );
    const t = exitTrigger(
      resolveAgreement(index, 'acme-portal')!,
      agreementPeriods(index, 'acme-portal'),
    )!;
    expect(t.triggered).to.equal(false);
    expect(t.everTriggered).to.equal(true);
    expect(t.misses).to.equal(0);
  });

  it('exitTrigger is not triggered when misses are further apart than the window', () => {
    const index = indexFeed(
      threeLevelFeed({
        periods: monthly({ 1: values[1], 2: values[2], 3: values[3], 4: values[4] }),
      }),
    );
    const t = exitTrigger(
      resolveAgreement(index, 'acme-portal')!,
      agreementPeriods(index, 'acme-portal'),
    )!;
    expect(t.everTriggered).to.equal(false);
    expect(t.firstTriggeredAt).to.equal(null);
    expect(t.misses).to.equal(1);
  });

  it('exitTrigger counts only the objectives the clause names, and skips periods without them', () => {
    const feed = threeLevelFeed({ periods: monthly({ ...values, 7: { csat: 1 } }) });
    const index = indexFeed(feed);
    const base = resolveAgreement(index, 'acme-portal')!;
    const onlyLatency = {
      ...base,
      exitClause: { misses: 2, withinPeriods: 2, objectiveIds: ['p95'] },
    };
    const t = exitTrigger(onlyLatency, agreementPeriods(index, 'acme-portal'))!;
    expect(t.objectiveIds).to.deep.equal(['p95']);
    expect(t.missedPeriodStarts).to.deep.equal([month(4).start, month(5).start].map(at));
    expect(t.periodsConsidered).to.equal(6);
    expect(t.firstTriggeredAt).to.equal(at(month(5).start));
  });

  it('exitTrigger returns null without an exit clause', () => {
    const feed = feedOf({ agreements: [{ id: 'c', name: 'C', level: 'corporate' }] });
    const index = indexFeed(feed);
    expect(exitTrigger(resolveAgreement(index, 'c')!, [])).to.equal(null);
  });
});
