// Health roll-up rules from docs/feed.md ("Health"): members without data are left out, and the
// first period of an objective in an agreement period is the one judged.
import { expect } from '@open-wc/testing';
import type { AgreementPeriod } from '../../src/model/index.js';
import {
  agreementPeriodHealth,
  indexFeed,
  resolveAgreement,
  rollUp,
} from '../../src/model/index.js';
import { at, feedOf, month } from './helpers.js';

describe('model/health rules', () => {
  it('a member with data has both a score and a status: a score without a status, or a status without a score, is left out', () => {
    // Alone, either half-measured member leaves the level without data.
    expect(rollUp([{ score: null, status: 'met', weight: 1 }])).to.deep.equal({
      score: null,
      status: 'no-data',
    });
    expect(rollUp([{ score: 80, status: 'no-data', weight: 1 }])).to.deep.equal({
      score: null,
      status: 'no-data',
    });
    // Beside a member with data, neither moves the mean (50) nor the worst status (at risk).
    expect(
      rollUp([
        { score: 50, status: 'at-risk', weight: 1 },
        { score: null, status: 'breached', weight: 1 },
        { score: 100, status: 'no-data', weight: 1 },
      ]),
    ).to.deep.equal({ score: 50, status: 'at-risk' });
  });

  it('the first period of an objective in an agreement period is the one judged', () => {
    const feed = feedOf({
      customers: [{ id: 'acme', name: 'Acme' }],
      agreements: [
        {
          id: 'a',
          name: 'A',
          level: 'customer',
          customerId: 'acme',
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
        { agreementId: 'a', objectiveId: 'up', ...month(2), value: 99.95 },
        { agreementId: 'a', objectiveId: 'up', ...month(3), value: 90 },
      ],
    });
    const agreement = resolveAgreement(indexFeed(feed), 'a')!;
    const [met, breached] = feed.periods;
    const judged: AgreementPeriod = {
      agreementId: 'a',
      start: at('2026-02-01T00:00:00Z'),
      end: at('2026-04-01T00:00:00Z'),
      periods: [met!, breached!],
    };
    const health = agreementPeriodHealth(agreement, judged);
    expect(health.objectives.map((o) => [o.objectiveId, o.value, o.status])).to.deep.equal([
      ['up', 99.95, 'met'],
    ]);
    expect(health).to.include({ score: 100, status: 'met' });
    // The other order judges the other period.
    const reversed = agreementPeriodHealth(agreement, { ...judged, periods: [breached!, met!] });
    expect(reversed).to.include({ score: 0, status: 'breached' });
  });
});
