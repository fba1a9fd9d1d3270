// Properties of the money ledger, each checked against an oracle that shares no code with the
// model: plain integer (BigInt) arithmetic in minor units and brute-force comparisons.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  agreementLedger,
  indexFeed,
  resolveAgreement,
  type Ledger,
} from '../../src/model/index.js';
import { feedOf, month } from './helpers.js';

const RUNS = { numRuns: 200 };
const YEAR = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1) };

/** Whole minor units of an amount the ledger returns (its amounts are whole minor units). */
const minor = (amount: number, digits: number) => Math.round(amount * 10 ** digits);

/** n x num / den rounded half up, all in integers (the oracle's rounding). */
function roundDiv(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

function ledgerOfFeed(parts: Record<string, unknown>, agreementId = 'a', asOf = YEAR.end): Ledger {
  const index = indexFeed(feedOf(parts));
  return agreementLedger(index, resolveAgreement(index, agreementId)!, YEAR, asOf);
}

describe('ledger properties', () => {
  it('pool credits are allocation x tier x amount at risk, and never exceed the amount at risk', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }), // fee in cents
        fc.integer({ min: 0, max: 100 }), // at risk %
        fc.array(
          fc.record({
            share: fc.integer({ min: 0, max: 100 }),
            tier: fc.integer({ min: 0, max: 100 }),
            value: fc.integer({ min: 0, max: 100 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (feeCents, atRisk, objectives) => {
          // Scale the shares down so they sum to at most 100 (integers).
          const total = objectives.reduce((s, o) => s + o.share, 0);
          const shares = objectives.map((o) =>
            total > 100 ? Math.floor((o.share * 100) / total) : o.share,
          );
          const l = ledgerOfFeed({
            customers: [{ id: 'c', name: 'C' }],
            agreements: [
              {
                id: 'a',
                name: 'A',
                level: 'customer',
                customerId: 'c',
                fee: { amount: feeCents / 100, currency: 'EUR' },
                atRiskPercent: atRisk,
                objectives: objectives.map((o, i) => ({
                  id: `o${i}`,
                  name: `O${i}`,
                  unit: 'percent',
                  direction: 'higher-is-better',
                  minimum: 50,
                  target: 50,
                  poolAllocationPercent: shares[i],
                  creditTiers: [{ threshold: 50, creditPercent: o.tier }],
                })),
              },
            ],
            periods: objectives.map((o, i) => ({
              agreementId: 'a',
              objectiveId: `o${i}`,
              ...month(3),
              value: o.value,
            })),
          });
          const [p] = l.periods;
          const atRiskCents = roundDiv(BigInt(feeCents) * BigInt(atRisk), 100n);
          expect(BigInt(minor(p!.amountAtRisk!, 2))).to.equal(atRiskCents);
          let sum = 0n;
          p!.rows.forEach((r, i) => {
            const o = objectives[i]!;
            const expected =
              o.value < 50
                ? roundDiv(
                    BigInt(feeCents) * BigInt(shares[i]!) * BigInt(o.tier) * BigInt(atRisk),
                    1_000_000n,
                  )
                : 0n;
            expect(BigInt(minor(r.creditIncurred, 2))).to.equal(expected);
            sum += expected;
          });
          const credits = BigInt(minor(p!.credits, 2));
          expect(credits <= atRiskCents).to.equal(true);
          expect(credits).to.equal(sum < atRiskCents ? sum : atRiskCents);
        },
      ),
      RUNS,
    );
  });

  it('earn-back never returns more than was incurred, and decides as a brute-force reading does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 90, max: 100 }), { nil: null }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 90, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 10 }), // asOf: the end of this month
        fc.constantFrom('higher-is-better', 'lower-is-better'),
        (values, periods, level, share, asOfMonth, direction) => {
          const higher = direction === 'higher-is-better';
          const l = ledgerOfFeed(
            {
              customers: [{ id: 'c', name: 'C' }],
              agreements: [
                {
                  id: 'a',
                  name: 'A',
                  level: 'customer',
                  customerId: 'c',
                  fee: { amount: 999.99, currency: 'EUR' },
                  objectives: [
                    {
                      id: 'o',
                      name: 'O',
                      unit: 'score',
                      direction,
                      minimum: 95,
                      target: 95,
                      creditTiers: [{ threshold: 95, creditPercent: 7 }],
                      earnBack: { periods, level, share },
                    },
                  ],
                },
              ],
              periods: values.map((value, i) => ({
                agreementId: 'a',
                objectiveId: 'o',
                ...month(i + 1),
                value,
              })),
            },
            'a',
            Date.UTC(2026, asOfMonth, 1),
          );
          const rows = l.periods.map((p) => p.rows[0]!);
          rows.forEach((r, i) => {
            const incurred = minor(r.creditIncurred, 2);
            const eb = minor(r.earnedBack, 2);
            const pending = minor(r.pending, 2);
            expect(eb + pending <= incurred).to.equal(true);
            expect(minor(r.creditFinal, 2)).to.equal(incurred - eb - pending);
            // The oracle: which following months met, failed, or are open.
            if (incurred === 0) {
              expect(r.earnBack).to.equal('none');
              return;
            }
            const waivable = Number(roundDiv(BigInt(incurred) * BigInt(share), 100n));
            const window = values.slice(i + 1, i + 1 + periods);
            const states = window.map((v, k) => {
              const ended = i + 1 + k + 1 <= asOfMonth; // month index i+1+k ends at its start + 1
              if (!ended || v === null) return 'open';
              return (higher ? v >= level : v <= level) ? 'met' : 'failed';
            });
            if (states.includes('failed'))
              expect([r.earnBack, eb, pending]).to.deep.equal(['not-earned', 0, 0]);
            else if (states.length === periods && states.every((s) => s === 'met'))
              expect([r.earnBack, eb, pending]).to.deep.equal([
                share < 100 ? 'partly-earned' : 'earned',
                waivable,
                0,
              ]);
            else expect([r.earnBack, eb, pending]).to.deep.equal(['pending', 0, waivable]);
          });
        },
      ),
      RUNS,
    );
  });

  it('flags a recorded credit only beyond rounding to the minor unit (EUR 2, JPY 0, KWD 3 digits)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['EUR', 2], ['JPY', 0], ['KWD', 3]),
        fc.integer({ min: 1, max: 1_000_000 }), // the computed credit in minor units
        fc.integer({ min: -20, max: 20 }), // the recorded one is off by this many tenths of a unit
        ([currency, digits], computedMinor, tenths) => {
          const scale = 10 ** (digits as number);
          // A 100 % tier credits the whole fee.
          const fee = computedMinor / scale;
          const recorded = Math.max(0, (computedMinor * 10 + tenths) / (10 * scale));
          const l = ledgerOfFeed({
            customers: [{ id: 'c', name: 'C' }],
            agreements: [
              {
                id: 'a',
                name: 'A',
                level: 'customer',
                customerId: 'c',
                fee: { amount: fee, currency },
                objectives: [
                  {
                    id: 'o',
                    name: 'O',
                    unit: 'score',
                    direction: 'higher-is-better',
                    minimum: 5,
                    target: 5,
                    creditTiers: [{ threshold: 5, creditPercent: 100 }],
                  },
                ],
              },
            ],
            periods: [
              {
                agreementId: 'a',
                objectiveId: 'o',
                ...month(1),
                value: 1,
                recordedCredit: recorded,
              },
            ],
          });
          const [p] = l.periods;
          expect(l.minorUnits).to.equal(digits);
          expect(minor(p!.credits, digits)).to.equal(computedMinor);
          const offTenths = Math.abs(Math.round(recorded * scale * 10) - computedMinor * 10);
          expect(p!.rows[0]!.recordedDiffers).to.equal(offTenths > 5);
          expect(p!.recordedDiffers).to.equal(offTenths > 5);
        },
      ),
      RUNS,
    );
  });

  it('totals are the sums of the periods, and each period nets bonuses - credits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ a: fc.integer({ min: 90, max: 100 }), b: fc.integer({ min: 0, max: 1000 }) }),
          {
            minLength: 0,
            maxLength: 12,
          },
        ),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        (months, feeCents, cap) => {
          const l = ledgerOfFeed({
            customers: [{ id: 'c', name: 'C' }],
            agreements: [
              {
                id: 'a',
                name: 'A',
                level: 'customer',
                customerId: 'c',
                fee: { amount: feeCents / 100, currency: 'EUR' },
                ...(cap === undefined ? {} : { creditCapPercent: cap, bonusCapPercent: cap / 10 }),
                earnBack: { periods: 1, level: 99 },
                objectives: [
                  {
                    id: 'a',
                    name: 'A',
                    unit: 'percent',
                    direction: 'higher-is-better',
                    minimum: 95,
                    target: 99,
                    creditTiers: [
                      { threshold: 99, creditPercent: 3.3 },
                      { threshold: 95, creditPercent: 12.5 },
                    ],
                    incentiveTiers: [{ threshold: 99.5, bonusPercent: 1.25 }],
                  },
                  {
                    id: 'b',
                    name: 'B',
                    unit: 'millisecond',
                    direction: 'lower-is-better',
                    minimum: 800,
                    target: 400,
                    creditTiers: [{ threshold: 400, creditPercent: 7 }],
                    incentiveTiers: [{ threshold: 100, bonusPercent: 2 }],
                  },
                ],
              },
            ],
            periods: months.flatMap((m, i) => [
              { agreementId: 'a', objectiveId: 'a', ...month(i + 1), value: m.a },
              { agreementId: 'a', objectiveId: 'b', ...month(i + 1), value: m.b },
            ]),
          });
          const sum = (f: (p: Ledger['periods'][number]) => number) =>
            l.periods.reduce((s, p) => s + minor(f(p), 2), 0);
          const rows = (f: (r: Ledger['periods'][number]['rows'][number]) => number) =>
            l.periods.reduce((s, p) => s + p.rows.reduce((t, r) => t + minor(f(r), 2), 0), 0);
          expect(minor(l.total.credits, 2)).to.equal(sum((p) => p.credits));
          expect(minor(l.total.bonuses, 2)).to.equal(sum((p) => p.bonuses));
          expect(minor(l.total.net, 2)).to.equal(sum((p) => p.net));
          expect(minor(l.total.earnedBack, 2)).to.equal(rows((r) => r.earnedBack));
          expect(minor(l.total.pending, 2)).to.equal(rows((r) => r.pending));
          for (const p of l.periods) {
            expect(minor(p.net, 2)).to.equal(minor(p.bonuses, 2) - minor(p.credits, 2));
            const owed = p.rows.reduce((t, r) => t + minor(r.creditFinal, 2), 0);
            expect(minor(p.credits, 2) <= owed).to.equal(true);
            expect(minor(p.credits, 2) < owed).to.equal(p.creditCapApplied);
          }
        },
      ),
      RUNS,
    );
  });

  it('counts a credit once across levels: one counted row per measurement, the others add 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 90, max: 100 }), { minLength: 1, maxLength: 6 }),
        (values) => {
          const parts = {
            customers: [{ id: 'acme', name: 'Acme', currency: 'EUR' }],
            services: [{ id: 'portal', name: 'Portal' }],
            agreements: [
              {
                id: 'corp',
                name: 'Corporate',
                level: 'corporate',
                objectives: [
                  {
                    id: 'up',
                    name: 'Up',
                    unit: 'percent',
                    direction: 'higher-is-better',
                    minimum: 95,
                    target: 99,
                    creditTiers: [{ threshold: 99, creditPercent: 10 }],
                  },
                ],
              },
              {
                id: 'msa',
                name: 'MSA',
                level: 'customer',
                parentId: 'corp',
                customerId: 'acme',
                fee: { amount: 1000, currency: 'EUR' },
                objectives: [{ id: 'up', target: 99 }],
              },
              {
                id: 'portal',
                name: 'Portal',
                level: 'service',
                parentId: 'msa',
                serviceId: 'portal',
              },
            ],
            periods: values.flatMap((value, i) =>
              ['msa', 'portal'].map((agreementId) => ({
                agreementId,
                objectiveId: 'up',
                ...month(i + 1),
                value,
              })),
            ),
          };
          const msa = ledgerOfFeed(parts, 'msa');
          const portal = ledgerOfFeed(parts, 'portal');
          const shortfalls = values.filter((v) => v < 99).length;
          const counted = [msa, portal].flatMap((l) =>
            l.periods.flatMap((p) => p.rows.filter((r) => r.counted && r.creditIncurred > 0)),
          );
          expect(counted.length).to.equal(shortfalls);
          expect(minor(msa.total.credits, 2) + minor(portal.total.credits, 2)).to.equal(
            shortfalls * 10_000,
          );
          expect(
            portal.periods.every((p) => p.rows.every((r) => !r.counted && r.creditIncurred === 0)),
          ).to.equal(true);
          // The portal still shows the tier reached.
          expect(portal.periods.map((p) => p.rows[0]!.creditPercent)).to.deep.equal(
            values.map((v) => (v < 99 ? 10 : 0)),
          );
        },
      ),
      RUNS,
    );
  });
});
