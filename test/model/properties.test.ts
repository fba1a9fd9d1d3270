import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Breach, CreditTier, Direction, IncentiveTier } from '../../src/feed/index.js';
import {
  agreementHealth,
  agreementPeriodBonus,
  agreementPeriodCredit,
  agreementPeriods,
  creditTier,
  dayBuckets,
  describeObjective,
  errorBudget,
  exitTrigger,
  incentiveTier,
  indexFeed,
  netPositionOverRange,
  normaliseBreaches,
  portfolioHealth,
  resolveAgreement,
  unionMinutes,
  valueBands,
  type ResolvedObjective,
} from '../../src/model/index.js';
import { at, feedOf, month, objective } from './helpers.js';

const RUNS = { numRuns: 150 };

const direction = fc.constantFrom<Direction>('higher-is-better', 'lower-is-better');
const percentValue = fc.double({ min: 0, max: 100, noNaN: true });

/** A sane schedule: the more severe the threshold, the larger the credit. */
function creditSchedule(dir: Direction) {
  return fc
    .uniqueArray(fc.double({ min: 0, max: 100, noNaN: true }), {
      minLength: 0,
      maxLength: 4,
      comparator: (a, b) => a === b,
    })
    .chain((thresholds) =>
      fc
        .array(fc.double({ min: 0, max: 100, noNaN: true }), {
          minLength: thresholds.length,
          maxLength: thresholds.length,
        })
        .map((percents): CreditTier[] => {
          // Least severe first: best threshold first.
          const bySeverity = [...thresholds].sort((a, b) =>
            dir === 'higher-is-better' ? b - a : a - b,
          );
          const ascending = [...percents].sort((a, b) => a - b);
          return bySeverity.map((threshold, i) => ({ threshold, creditPercent: ascending[i]! }));
        }),
    );
}

/** A sane incentive schedule: the more demanding the threshold, the larger the bonus. */
function incentiveSchedule(dir: Direction) {
  return fc
    .uniqueArray(fc.double({ min: 0, max: 100, noNaN: true }), {
      minLength: 0,
      maxLength: 3,
      comparator: (a, b) => a === b,
    })
    .chain((thresholds) =>
      fc
        .array(fc.double({ min: 0, max: 100, noNaN: true }), {
          minLength: thresholds.length,
          maxLength: thresholds.length,
        })
        .map((percents): IncentiveTier[] => {
          // Least demanding first: worst threshold first.
          const byDemand = [...thresholds].sort((a, b) =>
            dir === 'higher-is-better' ? a - b : b - a,
          );
          const ascending = [...percents].sort((a, b) => a - b);
          return byDemand.map((threshold, i) => ({ threshold, bonusPercent: ascending[i]! }));
        }),
    );
}

const objectiveArb = direction
  .chain((dir) =>
    fc.record({
      direction: fc.constant(dir),
      creditTiers: creditSchedule(dir),
      incentiveTiers: incentiveSchedule(dir),
      levels: fc.tuple(percentValue, percentValue),
    }),
  )
  .map(({ direction: dir, creditTiers, incentiveTiers, levels: [x, y] }) => {
    const [worse, better] =
      dir === 'higher-is-better'
        ? [Math.min(x, y), Math.max(x, y)]
        : [Math.max(x, y), Math.min(x, y)];
    return objective({
      direction: dir,
      minimum: worse,
      target: better,
      creditTiers,
      incentiveTiers,
    });
  });

/** Two values, the first never better than the second. */
function worseAndBetter(o: ResolvedObjective) {
  return fc
    .tuple(percentValue, percentValue)
    .map(([x, y]) =>
      o.direction === 'higher-is-better'
        ? [Math.min(x, y), Math.max(x, y)]
        : [Math.max(x, y), Math.min(x, y)],
    );
}

/** A one-objective agreement feed with random terms and one period per value. */
function agreementFeed(
  o: ResolvedObjective,
  terms: { fee: number; cap?: number; bonusCap?: number; minimumPayable?: number },
  values: (number | null)[],
) {
  return feedOf({
    customers: [{ id: 'c', name: 'C' }],
    agreements: [
      {
        id: 'a',
        name: 'A',
        level: 'customer',
        customerId: 'c',
        fee: { amount: terms.fee, currency: 'EUR', per: 'month' },
        creditCapPercent: terms.cap,
        bonusCapPercent: terms.bonusCap,
        minimumPayable: terms.minimumPayable,
        exitClause: { misses: 1, withinPeriods: 2 },
        objectives: [
          {
            id: 'o',
            name: 'O',
            unit: 'percent',
            direction: o.direction,
            minimum: o.minimum,
            target: o.target,
            creditTiers: o.creditTiers,
            incentiveTiers: o.incentiveTiers,
          },
        ],
      },
    ],
    periods: values.map((value, i) => ({
      agreementId: 'a',
      objectiveId: 'o',
      ...month((i % 12) + 1),
      value,
    })),
  });
}

const termsArb = fc.record({
  fee: fc.double({ min: 0, max: 1e7, noNaN: true }),
  cap: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
  bonusCap: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
  minimumPayable: fc.option(fc.double({ min: 0, max: 1e5, noNaN: true }), { nil: undefined }),
});

function containsNaN(x: unknown, seen = new Set<unknown>()): boolean {
  if (typeof x === 'number') return Number.isNaN(x);
  if (x === null || typeof x !== 'object' || seen.has(x)) return false;
  seen.add(x);
  if (x instanceof Map) return [...x.values()].some((v) => containsNaN(v, seen));
  return Object.values(x).some((v) => containsNaN(v, seen));
}

describe('model properties (fast-check)', () => {
  it('a worse value never earns a smaller credit tier nor a larger incentive tier (both directions)', () => {
    fc.assert(
      fc.property(
        objectiveArb.chain((o) => fc.tuple(fc.constant(o), worseAndBetter(o))),
        ([o, [worse, better]]) => {
          const creditWorse = creditTier(o, worse)?.creditPercent ?? 0;
          const creditBetter = creditTier(o, better)?.creditPercent ?? 0;
          const bonusWorse = incentiveTier(o, worse)?.bonusPercent ?? 0;
          const bonusBetter = incentiveTier(o, better)?.bonusPercent ?? 0;
          return creditWorse >= creditBetter && bonusWorse <= bonusBetter;
        },
      ),
      RUNS,
    );
  });

  it('agreement credit stays within [0, cap x fee] and bonus within [0, bonus cap x fee]', () => {
    fc.assert(
      fc.property(
        objectiveArb,
        termsArb,
        fc.array(fc.option(percentValue, { nil: null }), { minLength: 1, maxLength: 4 }),
        (o, terms, values) => {
          const index = indexFeed(agreementFeed(o, terms, values));
          const a = resolveAgreement(index, 'a')!;
          for (const ap of agreementPeriods(index, 'a')) {
            const c = agreementPeriodCredit(a, ap);
            const b = agreementPeriodBonus(a, ap);
            const fee = c.fee!;
            if (c.amount! < 0 || b.amount! < 0) return false;
            if (terms.cap !== undefined && c.amount! > (terms.cap / 100) * fee + 1e-9) return false;
            if (terms.bonusCap !== undefined && b.amount! > (terms.bonusCap / 100) * fee + 1e-9)
              return false;
            if (c.percent < 0 || (terms.cap !== undefined && c.percent > terms.cap + 1e-9))
              return false;
          }
          return true;
        },
      ),
      RUNS,
    );
  });

  it('with caps and minimum payable, a worse period never earns a smaller credit nor a larger bonus', () => {
    fc.assert(
      fc.property(
        objectiveArb.chain((o) => fc.tuple(fc.constant(o), worseAndBetter(o))),
        termsArb,
        ([o, [worse, better]], terms) => {
          const index = indexFeed(agreementFeed(o, terms, [worse!, better!]));
          const a = resolveAgreement(index, 'a')!;
          const [pw, pb] = agreementPeriods(index, 'a');
          // Both months must have the same fee for amounts to compare: January and February differ
          // in days, not in calendar months, so their fee is the same.
          const cw = agreementPeriodCredit(a, pw!).amount!;
          const cb = agreementPeriodCredit(a, pb!).amount!;
          const bw = agreementPeriodBonus(a, pw!).amount!;
          const bb = agreementPeriodBonus(a, pb!).amount!;
          return cw >= cb && bw <= bb;
        },
      ),
      RUNS,
    );
  });

  it('day buckets: minutes add up to the merged breach minutes, hours to the covered span (Europe/Berlin DST)', () => {
    const from = at('2026-10-22T00:00:00+02:00');
    const to = at('2026-10-28T00:00:00+01:00');
    const span = to - from;
    const breachArb = fc.record({
      offset: fc.integer({ min: -86_400_000, max: span + 86_400_000 }),
      length: fc.integer({ min: 0, max: 3 * 86_400_000 }),
      ongoing: fc.boolean(),
      excluded: fc.boolean(),
      objectives: fc.subarray(['x', 'y', 'z'], { minLength: 1 }),
      severity: fc.constantFrom('critical', 'major', 'minor', 'unknown' as const),
    });
    fc.assert(
      fc.property(
        fc.array(breachArb, { maxLength: 12 }),
        fc.integer({ min: 0, max: span }),
        (specs, nowOffset) => {
          const list: Breach[] = specs.map((s, i) => ({
            id: `b${i}`,
            agreementId: 'a',
            objectiveIds: s.objectives,
            start: from + s.offset,
            end: s.ongoing ? null : from + s.offset + s.length,
            severity: s.severity,
            title: `b${i}`,
            excluded: s.excluded,
          }));
          const range = { from: from + 3_600_000, to: to - 7_200_000, now: from + nowOffset };
          const buckets = dayBuckets(list, { ...range, timeZone: 'Europe/Berlin' });
          const counted = normaliseBreaches(list, range).flatMap((o) => o.counted);
          const total = buckets.reduce((s, b) => s + b.downtimeMinutes, 0);
          const hours = buckets.reduce((s, b) => s + b.hours, 0);
          expect(total).to.be.closeTo(unionMinutes(counted), 1e-6);
          expect(hours).to.equal(
            (buckets[buckets.length - 1]!.end - buckets[0]!.start) / 3_600_000,
          );
          expect(buckets.map((b) => b.date)).to.deep.equal([
            '2026-10-22',
            '2026-10-23',
            '2026-10-24',
            '2026-10-25',
            '2026-10-26',
            '2026-10-27',
          ]);
          for (const b of buckets) {
            if (b.downtimeMinutes > b.hours * 60 + 1e-9) return false;
            if ((b.severity === null) !== (b.breachIds.length === 0)) return false;
          }
          return true;
        },
      ),
      RUNS,
    );
  });

  it('nothing returns NaN: statuses, bands, money, budgets, health and exit triggers on random input', () => {
    const countsArb = fc.option(
      fc
        .integer({ min: 0, max: 50_000 })
        .chain((total) =>
          fc.record({ good: fc.integer({ min: 0, max: total }), total: fc.constant(total) }),
        ),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        objectiveArb,
        termsArb,
        fc.array(fc.record({ value: fc.option(percentValue, { nil: null }), counts: countsArb }), {
          minLength: 1,
          maxLength: 4,
        }),
        (o, terms, periods) => {
          const feed = agreementFeed(
            o,
            terms,
            periods.map((p) => p.value),
          );
          const index = indexFeed(feed);
          const a = resolveAgreement(index, 'a')!;
          const list = agreementPeriods(index, 'a');
          const results: unknown[] = [
            valueBands(o),
            netPositionOverRange(a, list),
            exitTrigger(a, list),
            agreementHealth(index, 'a', at('2026-06-01T00:00:00Z')),
            portfolioHealth(index, at('2026-06-01T00:00:00Z')),
          ];
          feed.periods.forEach((p, i) => {
            results.push(describeObjective(a.objectives[0]!, p));
            results.push(errorBudget(a.objectives[0]!, { ...p, counts: periods[i]!.counts }));
          });
          return !containsNaN(results);
        },
      ),
      { numRuns: 100 },
    );
  });
});
