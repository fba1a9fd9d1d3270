// Rules that warn and keep the feed (src/feed/rules: overlapping-periods, unknown-values;
// docs/feed.md "Validation"): what is reported, where, in which words, and what is not.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import { baseFeed } from '../fixtures/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   raw feeds changed field by field */
type Loose = Record<string, any>;

/** [path, message] of every warning of a feed changed by `change`. */
function warningsOf(change: (f: Loose) => unknown, maxIssues = 100): [string, string][] {
  const feed = baseFeed() as Loose;
  change(feed);
  const result = parseFeed(feed, { maxIssues });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.warnings.map((w) => [w.path, w.message]);
}

const period = (start: string, end: string, objectiveId = 'availability') => ({
  agreementId: 'contoso-msa',
  objectiveId,
  start,
  end,
  value: 99.9,
});
const DAY = (d: number) => `2026-09-${String(d).padStart(2, '0')}T00:00:00Z`;

describe('warning rules', () => {
  it('periods of one objective that overlap are a warning at the later one; touching ones are not', () => {
    expect(
      warningsOf((f) => {
        f.periods = [period(DAY(1), DAY(3)), period(DAY(3), DAY(5))];
      }),
    ).to.deep.equal([]);
    expect(
      warningsOf((f) => {
        f.periods = [period(DAY(1), DAY(3)), period('2026-09-02T23:59:59.999Z', DAY(5))];
      }),
    ).to.deep.equal([
      [
        'periods[1].start',
        'overlaps periods[0] of the same objective ("availability" of agreement "contoso-msa"); the earlier one counts.',
      ],
    ]);
  });

  it('overlaps are found in start order whatever the order of the feed, per objective and agreement', () => {
    const warnings = warningsOf((f) => {
      f.periods = [
        period(DAY(5), DAY(9)),
        period(DAY(1), DAY(6)),
        period(DAY(1), DAY(6), 'latency'),
        period(DAY(20), DAY(22)),
        period(DAY(8), DAY(10)),
      ];
    });
    // in start order the availability periods are [1] Sep 1-6, [0] Sep 5-9, [4] Sep 8-10 and
    // [3] Sep 20-22 (the paths are the feed's own: the rules run before the lists are sorted)
    expect(warnings.map(([path]) => path)).to.deep.equal(['periods[0].start', 'periods[4].start']);
    expect(warnings[0]![1]).to.contain('overlaps periods[1] of the same objective');
    expect(warnings[1]![1]).to.contain('overlaps periods[0] of the same objective');
  });

  it('periods of different objectives or agreements never overlap each other', () => {
    expect(
      warningsOf((f) => {
        f.periods = [period(DAY(1), DAY(9)), period(DAY(2), DAY(8), 'latency')];
      }),
    ).to.deep.equal([]);
  });

  it('at most maxIssues warnings are kept', () => {
    const warnings = warningsOf((f) => {
      f.periods = [period(DAY(1), DAY(9)), period(DAY(2), DAY(9)), period(DAY(3), DAY(9))];
    }, 1);
    expect(warnings.map(([path]) => path)).to.deep.equal(['periods[1].start']);
  });

  it('a value of an open vocabulary the kit does not know is a warning quoting it as written', () => {
    const warnings = warningsOf((f) => {
      f.services[0].criticality = 'vital';
      f.agreements[1].kind = 'MSA';
      f.agreements[0].objectives[1].unit = 'parsecs';
      f.agreements[0].objectives[1].indicator = 'vibes';
      f.agreements[0].objectives[0].category = 'nice';
      f.breaches[1].severity = 'catastrophic';
    });
    expect(warnings).to.deep.equal([
      [
        'services[0].criticality',
        '"vital" is not a criticality value this kit knows; it is shown as unknown.',
      ],
      [
        'agreements[0].objectives[0].category',
        '"nice" is not a category value this kit knows; it is shown as unknown.',
      ],
      [
        'agreements[0].objectives[1].indicator',
        '"vibes" is not a indicator value this kit knows; it is shown as unknown.',
      ],
      [
        'agreements[0].objectives[1].unit',
        '"parsecs" is not a unit value this kit knows; it is shown as unknown.',
      ],
      [
        'agreements[1].kind',
        '"MSA" is not a agreement kind value this kit knows; it is shown as unknown.',
      ],
      [
        'breaches[1].severity',
        '"catastrophic" is not a severity value this kit knows; it is shown as unknown.',
      ],
    ]);
    expect(warningsOf(() => undefined)).to.deep.equal([]);
  });

  it('unknown values are warned about up to maxIssues, and the feed is kept', () => {
    const warnings = warningsOf((f) => {
      for (const b of f.breaches) b.severity = 'odd';
    }, 2);
    expect(warnings.map(([path]) => path)).to.deep.equal([
      'breaches[0].severity',
      'breaches[1].severity',
    ]);
  });
});
