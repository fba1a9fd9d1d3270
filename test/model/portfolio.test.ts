// The portfolio rows: one per customer, every figure from the model's one rule for it.
import { expect } from '@open-wc/testing';
import {
  agreementHealth,
  agreementPeriodHealth,
  agreementPeriods,
  exitTrigger,
  netPosition,
  resolveAgreement,
  rollUp,
  roundMoney,
  selectPeriod,
  customerHealth,
  customerNetPosition,
  indexFeed,
  portfolioMoneyTotals,
  portfolioRow,
  portfolioRows,
  sumMoneyTotals,
  type PortfolioRow,
} from '../../src/model/index.js';
import { scorecardData } from '../../src/elements/scorecard/scorecard-data.js';
import { parseFeed } from '../../src/feed/index.js';
import { at, month } from './helpers.js';
import { bookFeed, bookParts, NOW } from './portfolio-helpers.js';
import { periodHealth, portfolioRowsComputed } from '../../src/model/portfolio.js';
import { PORTFOLIO_NOW, portfolioFeed } from '../fixtures/portfolio-feeds.js';

const APRIL = { start: at(month(4).start), end: at(month(4).end) };

function rowOf(rows: readonly PortfolioRow[], id: string): PortfolioRow {
  const row = rows.find((r) => r.customerId === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

describe('portfolioRows', () => {
  it('has one row per customer in feed order, with the name and currency', () => {
    const rows = portfolioRows(indexFeed(bookFeed()), { now: NOW });
    expect(rows.map((r) => [r.customerId, r.name, r.currency])).to.deep.equal([
      ['acme', 'Acme', 'EUR'],
      ['beta', 'beta', 'USD'],
      ['gamma', 'Gamma', 'GBP'],
      ['emile', 'Émile', 'EUR'],
    ]);
  });

  it('judges every agreement in its latest complete period: score, status and the period', () => {
    const acme = portfolioRow(indexFeed(bookFeed()), 'acme', { now: NOW })!;
    // msa at risk 50, portal breached + met 50, cloud, network, dc 100: mean 80, worst breached.
    expect(acme.score).to.equal(80);
    expect(acme.status).to.equal('breached');
    expect(acme.period).to.deep.equal(APRIL);
  });

  it('equals customerHealth and, per agreement, the scorecard for the same period', () => {
    const feed = bookFeed();
    const index = indexFeed(feed);
    for (const period of [undefined, '2026-03', '2026-02']) {
      for (const row of portfolioRows(index, { now: NOW, period })) {
        const health = customerHealth(index, row.customerId, NOW, period)!;
        expect(row.score, `${row.customerId} ${period}`).to.equal(health.score);
        expect(row.status).to.equal(health.status);
        for (const a of health.agreements) {
          const scorecard = scorecardData(feed, {
            agreementId: a.agreementId,
            now: NOW,
            period,
          });
          if (!('health' in scorecard)) continue;
          expect(a.score, a.agreementId).to.equal(scorecard.health.score);
          expect(a.status).to.equal(scorecard.health.status);
        }
      }
    }
  });

  it('counts the objectives of every agreement by status (met includes exceeded)', () => {
    const acme = portfolioRow(indexFeed(bookFeed()), 'acme', { now: NOW })!;
    expect(acme.counts).to.deep.equal({ met: 4, atRisk: 1, breached: 1, noData: 4, total: 10 });
  });

  it('names the worst objective, ties broken by the larger shortfall', () => {
    const index = indexFeed(bookFeed());
    expect(portfolioRow(index, 'acme', { now: NOW })!.worst).to.deep.equal({
      agreementId: 'acme-portal',
      objectiveId: 'portal-avail',
      name: 'Portal availability',
      status: 'breached',
      value: 98.5,
      unit: 'percent',
      direction: 'higher-is-better',
      minimum: 99,
      target: 99.9,
    });
    // February: only the network is breached (98 %).
    const feb = portfolioRow(index, 'acme', { now: NOW, period: '2026-02' })!;
    expect([feb.worst?.objectiveId, feb.worst?.status]).to.deep.equal(['net-avail', 'breached']);
    // March: the portal's p95 (900 ms, 0.2 spans beyond 800) is the only breach.
    const mar = portfolioRow(index, 'acme', { now: NOW, period: '2026-03' })!;
    expect(mar.worst?.objectiveId).to.equal('p95');
  });

  it('prefers the larger shortfall in units of (target - minimum) between equal statuses', () => {
    const feed = bookFeed({
      periods: [
        // 98.9 % against 99 / 99.9: 0.11 spans; 850 ms against 800 / 300: 0.1 spans.
        { agreementId: 'acme-portal', objectiveId: 'p95', ...month(4), value: 850 },
        { agreementId: 'acme-portal', objectiveId: 'portal-avail', ...month(4), value: 98.9 },
      ],
    });
    const worst = portfolioRow(indexFeed(feed), 'acme', { now: NOW })!.worst!;
    expect(worst.objectiveId).to.equal('portal-avail');
    const other = bookFeed({
      periods: [
        { agreementId: 'acme-portal', objectiveId: 'p95', ...month(4), value: 900 },
        { agreementId: 'acme-portal', objectiveId: 'portal-avail', ...month(4), value: 98.9 },
      ],
    });
    expect(portfolioRow(indexFeed(other), 'acme', { now: NOW })!.worst!.objectiveId).to.equal(
      'p95',
    );
  });

  it('sums credits and bonuses per currency in minor units, each shortfall once', () => {
    const index = indexFeed(bookFeed());
    const rows = portfolioRows(index, { now: NOW });
    // Portal credit 10 % of 500.10 = 50.01; network and dc bonus 3 % of 1,000 each.
    expect(rowOf(rows, 'acme').money).to.deep.equal([
      { currency: 'EUR', credit: 50.01, bonus: 60, net: 9.99 },
    ]);
    expect(rowOf(rows, 'beta').money).to.deep.equal([
      { currency: 'USD', credit: 0, bonus: 0, net: 0 },
    ]);
    expect(rowOf(rows, 'emile').money).to.deep.equal([]);
    // The same as the customer's net position over April alone.
    const april = customerNetPosition(index, 'acme', APRIL.start, APRIL.end)!;
    expect(rowOf(rows, 'acme').money).to.deep.equal(april.totals);
  });

  it('totals rows per currency, never across currencies', () => {
    const rows = portfolioRows(indexFeed(bookFeed()), { now: NOW });
    expect(portfolioMoneyTotals(rows)).to.deep.equal([
      { currency: 'EUR', credit: 50.01, bonus: 60, net: 9.99 },
      { currency: 'USD', credit: 0, bonus: 0, net: 0 },
    ]);
  });

  it('states the earliest review date as overdue, soon or later', () => {
    const index = indexFeed(bookFeed());
    const rows = portfolioRows(index, { now: NOW });
    expect(rowOf(rows, 'acme').reviewDue).to.deep.equal({
      agreementId: 'acme-msa',
      reviewBy: Date.parse('2026-05-20T00:00:00Z'),
      state: 'soon',
    });
    expect(rowOf(rows, 'beta').reviewDue?.state).to.equal('overdue');
    expect(rowOf(rows, 'emile').reviewDue?.state).to.equal('later');
    expect(rowOf(rows, 'gamma').reviewDue).to.equal(null);
    // Ten days ahead is "later" with a window of 9 days, "soon" with 10.
    expect(portfolioRow(index, 'acme', { now: NOW, reviewSoonDays: 9 })!.reviewDue?.state).to.equal(
      'later',
    );
    expect(
      portfolioRow(index, 'acme', { now: NOW, reviewSoonDays: 10 })!.reviewDue?.state,
    ).to.equal('soon');
    // The review instant itself is overdue.
    expect(
      portfolioRow(index, 'acme', { now: Date.parse('2026-05-20T00:00:00Z') })!.reviewDue?.state,
    ).to.equal('overdue');
  });

  it('warns of an exit clause that one more miss would trigger, and of a triggered one', () => {
    const index = indexFeed(bookFeed());
    // beta: March missed, 2 misses within 3 periods trigger: April plus one more would.
    expect(portfolioRow(index, 'beta', { now: NOW })!.exit).to.deep.equal({
      agreementId: 'beta-main',
      state: 'near',
      misses: 1,
      allowed: 2,
      window: 3,
    });
    // acme: the portal missed April (near); the network's February miss leaves the next window.
    expect(portfolioRow(index, 'acme', { now: NOW })!.exit).to.deep.include({
      agreementId: 'acme-portal',
      state: 'near',
    });
    // Judged in February, the beta clause has no miss yet.
    expect(portfolioRow(index, 'beta', { now: NOW, period: '2026-02' })!.exit).to.equal(null);
    const missed = bookFeed({
      periods: [1, 2, 3, 4].map((m) => ({
        agreementId: 'beta-main',
        objectiveId: 'up',
        ...month(m),
        value: m >= 3 ? 98 : 99.95,
      })),
    });
    expect(portfolioRow(indexFeed(missed), 'beta', { now: NOW })!.exit).to.deep.equal({
      agreementId: 'beta-main',
      state: 'triggered',
      misses: 2,
      allowed: 2,
      window: 3,
    });
    // A miss that leaves the window with the next period: not near.
    const old = bookFeed({
      periods: [1, 2, 3, 4].map((m) => ({
        agreementId: 'beta-main',
        objectiveId: 'up',
        ...month(m),
        value: m === 2 ? 98 : 99.95,
      })),
    });
    expect(portfolioRow(indexFeed(old), 'beta', { now: NOW })!.exit).to.equal(null);
  });

  it('trends up to twelve periods, oldest first, ending at the judged period', () => {
    const index = indexFeed(bookFeed());
    const acme = portfolioRow(index, 'acme', { now: NOW })!;
    expect(acme.trend.map((p) => [p.start, p.score, p.status])).to.deep.equal([
      [at(month(2).start), 80, 'breached'],
      [at(month(3).start), 90, 'breached'],
      [at(month(4).start), 80, 'breached'],
    ]);
    expect(acme.trend.at(-1)!.score).to.equal(acme.score);
    const two = portfolioRow(index, 'beta', { now: NOW, trendPeriods: 2 })!;
    expect(two.trend.map((p) => p.start)).to.deep.equal([at(month(3).start), at(month(4).start)]);
    const march = portfolioRow(index, 'beta', { now: NOW, period: '2026-03' })!;
    expect(march.trend.map((p) => p.status)).to.deep.equal(['met', 'met', 'breached']);
  });

  it('reads odd options safely: no trend, a non-finite count, a negative window', () => {
    const index = indexFeed(bookFeed());
    expect(portfolioRow(index, 'acme', { now: NOW, trendPeriods: 0 })!.trend).to.deep.equal([]);
    expect(portfolioRow(index, 'beta', { now: NOW, trendPeriods: NaN })!.trend).to.have.length(4);
    expect(portfolioRow(index, 'beta', { now: NOW, trendPeriods: 2.7 })!.trend).to.have.length(2);
    expect(
      portfolioRow(index, 'acme', { now: NOW, reviewSoonDays: -5 })!.reviewDue?.state,
    ).to.equal('later');
    expect(
      portfolioRow(index, 'acme', { now: NOW, reviewSoonDays: Infinity })!.reviewDue?.state,
    ).to.equal('soon');
  });

  it('answers each options in turn, never a list kept for other options', () => {
    const index = indexFeed(bookFeed());
    const march = portfolioRows(index, { now: NOW, period: ' 2026-03 ' });
    const latest = portfolioRows(index, { now: NOW });
    const marchAgain = portfolioRows(index, { now: NOW, period: '2026-03' });
    expect(rowOf(march, 'acme').score).to.equal(90);
    expect(rowOf(latest, 'acme').score).to.equal(80);
    expect(marchAgain).to.deep.equal(march);
    expect(portfolioRows(index, { now: NOW, trendPeriods: 1 })[0]!.trend).to.have.length(1);
    // The returned list is the caller's to sort.
    latest.reverse();
    expect(portfolioRows(index, { now: NOW })[0]!.customerId).to.equal('acme');
  });

  it('gives a customer without measurements no data', () => {
    const gamma = portfolioRow(indexFeed(bookFeed()), 'gamma', { now: NOW })!;
    expect(gamma).to.deep.include({
      score: null,
      status: 'no-data',
      worst: null,
      exit: null,
      reviewDue: null,
      period: null,
    });
    expect(gamma.trend).to.deep.equal([]);
    expect(gamma.money).to.deep.equal([]);
    expect(gamma.counts.total).to.equal(0);
  });

  it('is null for an unknown customer', () => {
    expect(portfolioRow(indexFeed(bookFeed()), 'nobody', { now: NOW })).to.equal(null);
  });

  it('returns the same rows for the same index and options, and recomputes only changed customers across feeds', async () => {
    const { createFeedParser } = await import('../../src/feed/incremental.js');
    type RawPeriod = { agreementId: string; start: string; value: number };
    const raw = structuredClone(rawBook()) as { periods: RawPeriod[] };
    const parser = createFeedParser();
    const first = parser.parse(raw);
    if (!first.ok) throw new Error('rejected');
    const rows = portfolioRows(indexFeed(first.feed), { now: NOW });
    expect(portfolioRows(indexFeed(first.feed), { now: NOW })).to.deep.equal(rows);
    expect(portfolioRows(indexFeed(first.feed), { now: NOW })[0]).to.equal(rows[0]);
    // A new "now" in the same month keeps every row.
    const before = portfolioRowsComputed();
    const later = portfolioRows(indexFeed(first.feed), { now: NOW + 3_600_000 });
    expect(portfolioRowsComputed() - before).to.equal(0);
    expect(later[1]).to.equal(rows[1]);
    // Beta's April changes: only beta's row is recomputed.
    const changed = structuredClone(raw);
    const p = changed.periods.find(
      (x) => x.agreementId === 'beta-main' && x.start === month(4).start,
    )!;
    p.value = 98;
    const second = parser.parse(changed);
    if (!second.ok) throw new Error('rejected');
    const mark = portfolioRowsComputed();
    const next = portfolioRows(indexFeed(second.feed), { now: NOW });
    expect(portfolioRowsComputed() - mark).to.equal(1);
    expect(next[0]).to.equal(rows[0]);
    expect(rowOf(next, 'beta').status).to.equal('breached');
  });
});

describe('portfolio rows against a brute-force recomputation', () => {
  const feed = parseFeed(portfolioFeed({ customers: 40, seed: 11 }));
  if (!feed.ok) throw new Error('portfolio feed rejected');
  const index = indexFeed(feed.feed);

  it('periodHealth equals agreementPeriodHealth for every agreement and period', () => {
    let compared = 0;
    for (const id of index.agreements.keys()) {
      const agreement = resolveAgreement(index, id)!;
      for (const p of [null, ...agreementPeriods(index, id)]) {
        const full = agreementPeriodHealth(agreement, p);
        expect(periodHealth(agreement, p)).to.deep.equal({
          score: full.score,
          status: full.status,
        });
        compared++;
      }
    }
    expect(compared).to.be.greaterThan(1000);
  });

  it('every row: score, counts, money, trend and exit from the per-agreement figures', () => {
    for (const period of [undefined, '2026-06']) {
      const rows = portfolioRows(index, { now: PORTFOLIO_NOW, period });
      expect(rows).to.have.length(40);
      for (const row of rows) {
        const agreements = index.agreementsOfCustomer
          .get(row.customerId)!
          .map((a) => resolveAgreement(index, a.id)!);
        const judged = agreements.map((a) =>
          selectPeriod(agreementPeriods(index, a.id), period, a.timeZone, PORTFOLIO_NOW),
        );
        const healths = agreements.map((a, i) => agreementPeriodHealth(a, judged[i]!));
        const expected = rollUp(healths.map((h) => ({ ...h, weight: 1 })));
        expect([row.score, row.status]).to.deep.equal([expected.score, expected.status]);
        const statuses = healths.flatMap((h) => h.objectives.map((o) => o.status));
        expect(row.counts.total).to.equal(statuses.length);
        expect(row.counts.breached).to.equal(statuses.filter((x) => x === 'breached').length);
        expect(row.counts.met).to.equal(
          statuses.filter((x) => x === 'met' || x === 'exceeded').length,
        );
        // Money: the agreements' net positions, each rounded to the cent (`roundMoney`), in cents.
        let cents = 0;
        let bonusCents = 0;
        agreements.forEach((a, i) => {
          if (!judged[i]) return;
          const n = netPosition(a, judged[i]);
          cents += Math.round(roundMoney(n.credit.amount ?? 0, 'EUR') * 100);
          bonusCents += Math.round(roundMoney(n.bonus.amount ?? 0, 'EUR') * 100);
        });
        if (row.currency !== 'JPY' && row.money.length) {
          expect(Math.round(row.money[0]!.credit * 100)).to.equal(cents);
          expect(Math.round(row.money[0]!.bonus * 100)).to.equal(bonusCents);
        }
        // Trend: each slot of the first agreement, every agreement in the period starting in it.
        const reference = agreementPeriods(index, agreements[0]!.id);
        const end = reference.indexOf(judged[0]!);
        const slots = reference.slice(Math.max(0, end - 11), end + 1);
        expect(row.trend.map((t) => t.start)).to.deep.equal(slots.map((x) => x.start));
        row.trend.forEach((point, k) => {
          const slot = slots[k]!;
          const members = agreements.map((a) => {
            const own =
              agreementPeriods(index, a.id).find(
                (p) => p.start >= slot.start && p.start < slot.end,
              ) ?? null;
            return { ...agreementPeriodHealth(a, own), weight: 1 };
          });
          const h = rollUp(members);
          expect([point.score, point.status]).to.deep.equal([h.score, h.status]);
        });
        // Exit: the full exitTrigger over every period up to the judged one.
        const states = agreements.map((a, i) => {
          const list = agreementPeriods(index, a.id);
          return exitTrigger(a, list.slice(0, list.indexOf(judged[i]!) + 1));
        });
        const triggered = states.find((x) => x?.triggered);
        if (triggered)
          expect(row.exit).to.deep.include({
            state: 'triggered',
            agreementId: triggered.agreementId,
            misses: triggered.misses,
          });
        else if (row.exit) expect(row.exit.state).to.equal('near');
      }
    }
  });
});

describe('sumMoneyTotals', () => {
  it('adds in minor units: 0.1 + 0.2 is 0.3', () => {
    expect(0.1 + 0.2).to.not.equal(0.3);
    expect(
      sumMoneyTotals([
        { currency: 'EUR', credit: 0.1, bonus: 0.7 },
        { currency: 'EUR', credit: 0.2, bonus: 0.1 },
      ]),
    ).to.deep.equal([{ currency: 'EUR', credit: 0.3, bonus: 0.8, net: 0.5 }]);
  });

  it('rounds each amount to the minor unit of its currency, half away from zero', () => {
    expect(
      sumMoneyTotals([
        { currency: 'JPY', credit: 0.5, bonus: 1.4 },
        { currency: 'EUR', credit: 1.005, bonus: 4979.065 },
        { currency: 'KWD', credit: 0.0005, bonus: 0 },
      ]),
    ).to.deep.equal([
      { currency: 'EUR', credit: 1.01, bonus: 4979.07, net: 4978.06 },
      { currency: 'JPY', credit: 1, bonus: 1, net: 0 },
      { currency: 'KWD', credit: 0.001, bonus: 0, net: -0.001 },
    ]);
  });

  it('never adds across currencies and sorts by code', () => {
    expect(
      sumMoneyTotals([
        { currency: 'USD', credit: 1, bonus: 0 },
        { currency: 'EUR', credit: 2, bonus: 0 },
        { currency: 'USD', credit: 3, bonus: 0 },
      ]).map((t) => [t.currency, t.credit]),
    ).to.deep.equal([
      ['EUR', 2],
      ['USD', 4],
    ]);
  });

  it('makes customerNetPosition totals exact (ten periods of 0.1 are 1)', () => {
    const feed = parseFeed({
      schemaVersion: 1,
      provider: { id: 'p', name: 'P', timeZone: 'UTC' },
      customers: [{ id: 'c', name: 'C', currency: 'EUR' }],
      agreements: [
        {
          id: 'a',
          name: 'A',
          level: 'customer',
          customerId: 'c',
          fee: { amount: 1, currency: 'EUR' },
          objectives: [
            {
              id: 'up',
              name: 'Up',
              unit: 'percent',
              direction: 'higher-is-better',
              minimum: 99,
              target: 99.9,
              creditTiers: [{ threshold: 99, creditPercent: 10 }],
            },
          ],
        },
        {
          id: 'b',
          name: 'B',
          level: 'customer',
          customerId: 'c',
          fee: { amount: 2, currency: 'EUR' },
          objectives: [
            {
              id: 'up',
              name: 'Up',
              unit: 'percent',
              direction: 'higher-is-better',
              minimum: 99,
              target: 99.9,
              creditTiers: [{ threshold: 99, creditPercent: 10 }],
            },
          ],
        },
      ],
      periods: [
        { agreementId: 'a', objectiveId: 'up', ...month(1), value: 98 },
        { agreementId: 'b', objectiveId: 'up', ...month(1), value: 98 },
      ],
    });
    if (!feed.ok) throw new Error('rejected');
    // 0.1 + 0.2 EUR of credits.
    expect(customerNetPosition(indexFeed(feed.feed), 'c')!.totals).to.deep.equal([
      { currency: 'EUR', credit: 0.3, bonus: 0, net: -0.3 },
    ]);
  });
});

describe('portfolio health and the scorecard', () => {
  it('agreementHealth of every agreement of a row is what the row rolls up', () => {
    const index = indexFeed(bookFeed());
    const health = agreementHealth(index, 'acme-portal', NOW)!;
    expect([health.score, health.status]).to.deep.equal([50, 'breached']);
  });
});

/** The book feed as raw JSON (for the incremental parser). */
function rawBook(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    provider: { id: 'prov', name: 'Provider', timeZone: 'UTC' },
    ...bookParts(),
  };
}
