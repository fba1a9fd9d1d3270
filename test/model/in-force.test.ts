import { expect } from '@open-wc/testing';
import {
  indexFeed,
  levelsInForce,
  periodStatus,
  resolveAgreement,
  versionInForce,
} from '../../src/model/index.js';
import { at, month, objective, threeLevelFeed } from './helpers.js';

describe('model/in-force', () => {
  const index = indexFeed(threeLevelFeed());
  const portal = resolveAgreement(index, 'acme-portal')!;

  it('versionInForce picks the latest version effective at or before the instant', () => {
    expect(versionInForce(portal, at('2025-06-01T00:00:00Z'))?.version).to.equal('1');
    expect(versionInForce(portal, at('2026-02-28T23:00:00Z'))?.version).to.equal('2');
    expect(versionInForce(portal, at('2026-02-28T22:59:59.999Z'))?.version).to.equal('1');
    expect(versionInForce(portal, at('2026-06-01T00:00:00Z'))?.version).to.equal('2');
  });

  it('versionInForce is undefined before the first version and without versions', () => {
    expect(versionInForce(portal, at('2024-12-31T00:00:00Z'))).to.equal(undefined);
    expect(versionInForce({ versions: [] }, 0)).to.equal(undefined);
  });

  it('levelsInForce lets a period override the minimum and/or target', () => {
    const o = objective({ minimum: 99, target: 99.9 });
    expect(levelsInForce(o)).to.deep.equal({ minimum: 99, target: 99.9 });
    expect(levelsInForce(o, { levels: { target: 99.5 } })).to.deep.equal({
      minimum: 99,
      target: 99.5,
    });
    expect(levelsInForce(o, { levels: { minimum: 98, target: 99 } })).to.deep.equal({
      minimum: 98,
      target: 99,
    });
  });

  it('a period measured under an older version is judged by the levels it carries', () => {
    const feed = threeLevelFeed({
      periods: [
        // Version 1 promised 99.5; the period says so. 99.6 met then, at risk under today's 99.95.
        {
          agreementId: 'acme-portal',
          objectiveId: 'avail',
          ...month(2),
          value: 99.6,
          levels: { target: 99.5 },
        },
        { agreementId: 'acme-portal', objectiveId: 'avail', ...month(3), value: 99.6 },
      ],
    });
    const i = indexFeed(feed);
    const o = resolveAgreement(i, 'acme-portal')!.objectives.find((x) => x.id === 'avail')!;
    expect(periodStatus(o, feed.periods[0]!)).to.equal('met');
    expect(periodStatus(o, feed.periods[1]!)).to.equal('at-risk');
  });
});
