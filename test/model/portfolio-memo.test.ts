// The portfolio's memos (each agreement period judged once, agreement periods kept across refreshed
// feeds, local dates of period starts remembered) against a straightforward recomputation: every
// row field, for several options, on a generated book and on refreshed copies of it.
import { expect } from '@open-wc/testing';
import type { Period } from '../../src/feed/index.js';
import { createFeedParser } from '../../src/feed/incremental.js';
import {
  agreementPeriodHealth,
  agreementPeriods,
  exitTrigger,
  indexFeed,
  netPosition,
  portfolioRows,
  resolveAgreement,
  rollUp,
  selectPeriod,
  sumMoneyTotals,
  type AgreementPeriod,
  type FeedIndex,
  type PortfolioOptions,
  type PortfolioRow,
  type ResolvedAgreement,
} from '../../src/model/index.js';
import { shortfall } from '../../src/model/portfolio.js';
import { compareStatus } from '../../src/model/status.js';
import { PORTFOLIO_NOW, portfolioFeed } from '../fixtures/portfolio-feeds.js';

/** An agreement's periods grouped by start with a plain map and sort (the first of an objective counts). */
function groupsOf(index: FeedIndex, agreementId: string): AgreementPeriod[] {
  const byStart = new Map<number, { start: number; end: number; periods: Period[] }>();
  for (const p of index.periodsByAgreement.get(agreementId) ?? []) {
    const g = byStart.get(p.start) ?? { start: p.start, end: p.end, periods: [] };
    byStart.set(p.start, g);
    if (g.periods.some((q) => q.objectiveId === p.objectiveId)) continue;
    g.periods.push(p);
    g.end = Math.max(g.end, p.end);
  }
  return [...byStart.values()]
    .sort((a, b) => a.start - b.start)
    .map((g) => ({ agreementId, ...g }));
}

const DAY_MS = 86_400_000;

/** One row recomputed from the model's public rules, nothing memoised. */
function expectedRow(index: FeedIndex, customerId: string, options: PortfolioOptions) {
  const customer = index.customers.get(customerId)!;
  const agreements = (index.agreementsOfCustomer.get(customerId) ?? []).map((a) =>
    resolveAgreement(index, a.id)!,
  );
  const lists = agreements.map((a) => groupsOf(index, a.id));
  const judged = agreements.map((a, i) =>
    selectPeriod(lists[i]!, options.period, a.timeZone, options.now),
  );
  const healths = agreements.map((a, i) => agreementPeriodHealth(a, judged[i]!));
  const health = rollUp(healths.map((h) => ({ score: h.score, status: h.status, weight: 1 })));
  const statuses = healths.flatMap((h) => h.objectives.map((o) => o.status));
  const count = (...s: string[]) => statuses.filter((x) => s.includes(x)).length;
  const money = sumMoneyTotals(
    agreements.flatMap((a, i) => {
      const p = judged[i];
      if (!p || a.currency === undefined) return [];
      const n = netPosition(a, p);
      if (n.credit.amount === null || n.bonus.amount === null) return [];
      return [{ currency: a.currency, credit: n.credit.amount, bonus: n.bonus.amount }];
    }),
  );
  // Worst: by status, then the larger shortfall, then feed order.
  let worst: { a: ResolvedAgreement; k: number; s: number; status: string } | null = null;
  agreements.forEach((a, i) =>
    healths[i]!.objectives.forEach((h, k) => {
      const s = shortfall(h.value, a.objectives[k]!);
      const by = worst ? compareStatus(h.status, worst.status as never) : -1;
      if (!worst || by < 0 || (by === 0 && s > worst.s)) worst = { a, k, s, status: h.status };
    }),
  );
  // Review: the earliest reviewBy.
  const reviews = agreements.filter((a) => a.reviewBy !== undefined);
  const first = reviews.reduce<ResolvedAgreement | null>(
    (b, a) => (b === null || a.reviewBy! < b.reviewBy! ? a : b),
    null,
  );
  const soon = (options.reviewSoonDays ?? 30) * DAY_MS;
  // Exit: exitTrigger over the periods up to the judged one, and with a window of M - 1.
  const warnings = agreements.flatMap((a, i) => {
    const clause = a.exitClause;
    const p = judged[i];
    if (!clause || !p) return [];
    const upTo = lists[i]!.slice(0, lists[i]!.findIndex((x) => x.start === p.start) + 1);
    const state = exitTrigger(a, upTo)!;
    const shorter =
      clause.withinPeriods > 1
        ? exitTrigger(
            { ...a, exitClause: { ...clause, withinPeriods: clause.withinPeriods - 1 } },
            upTo,
          )!.misses
        : 0;
    const near =
      state.misses > 0 && state.misses + 1 >= clause.misses && shorter + 1 >= clause.misses;
    const kind = state.triggered ? 'triggered' : near ? 'near' : null;
    if (!kind) return [];
    const w = {
      agreementId: a.id,
      state: kind,
      misses: state.misses,
      allowed: clause.misses,
      window: clause.withinPeriods,
    };
    return [w];
  });
  const exit = warnings.find((w) => w.state === 'triggered') ?? warnings[0] ?? null;
  // Trend: the reference agreement's periods; each agreement judged in its period starting in the slot.
  const ref = judged.findIndex((p) => p !== null);
  const trend: { start: number; end: number; score: number | null; status: string }[] = [];
  const count12 = options.trendPeriods ?? 12;
  if (ref >= 0 && count12 > 0) {
    const list = lists[ref]!;
    const end = list.findIndex((x) => x.start === judged[ref]!.start);
    for (const slot of list.slice(Math.max(0, end - count12 + 1), end + 1)) {
      const h = rollUp(
        agreements.map((a, i) => {
          const own = lists[i]!.find((p) => p.start >= slot.start && p.start < slot.end) ?? null;
          const x = agreementPeriodHealth(a, own);
          return { score: x.score, status: x.status, weight: 1 };
        }),
      );
      trend.push({ start: slot.start, end: slot.end, score: h.score, status: h.status });
    }
  }
  const w = worst as { a: ResolvedAgreement; k: number; status: string } | null;
  return {
    customerId,
    name: customer.name,
    score: health.score,
    status: health.status,
    counts: {
      met: count('met', 'exceeded'),
      atRisk: count('at-risk'),
      breached: count('breached'),
      noData: count('no-data'),
      total: statuses.length,
    },
    money,
    worst: w && {
      agreementId: w.a.id,
      objectiveId: w.a.objectives[w.k]!.id,
      name: w.a.objectives[w.k]!.name,
      status: w.status,
      value: healths[agreements.indexOf(w.a)]!.objectives[w.k]!.value,
      unit: w.a.objectives[w.k]!.unit,
      direction: w.a.objectives[w.k]!.direction,
      minimum: w.a.objectives[w.k]!.minimum,
      target: w.a.objectives[w.k]!.target,
    },
    reviewDue: first && {
      agreementId: first.id,
      reviewBy: first.reviewBy!,
      state:
        first.reviewBy! <= options.now
          ? 'overdue'
          : first.reviewBy! - options.now <= soon
            ? 'soon'
            : 'later',
    },
    exit,
    trend,
    period: ref >= 0 ? { start: judged[ref]!.start, end: judged[ref]!.end } : null,
    currency: customer.currency,
  };
}

const OPTIONS: PortfolioOptions[] = [
  { now: PORTFOLIO_NOW },
  { now: PORTFOLIO_NOW, period: '2026-06' },
  { now: PORTFOLIO_NOW, period: '2026-09-15', trendPeriods: 4 },
  { now: PORTFOLIO_NOW, trendPeriods: 0, reviewSoonDays: 90 },
  { now: Date.UTC(2026, 7, 3) },
];

function expectSame(index: FeedIndex, label: string): PortfolioRow[][] {
  const all: PortfolioRow[][] = [];
  for (const options of OPTIONS) {
    const rows = portfolioRows(index, options);
    const expected = [...index.customers.keys()].map((id) => expectedRow(index, id, options));
    expect(JSON.parse(JSON.stringify(rows)), `${label} ${JSON.stringify(options)}`).to.deep.equal(
      JSON.parse(JSON.stringify(expected)),
    );
    all.push(rows);
  }
  return all;
}

type RawPeriod = { agreementId: string; objectiveId: string; start: string; value: number };
type RawFeed = { periods: RawPeriod[]; customers: { id: string }[] };

describe('portfolio rows from the memoised figures equal a straightforward recomputation', () => {
  it('for every option, on a book and on refreshed copies of it (breaches added, periods dropped)', () => {
    const raw = portfolioFeed({ customers: 30, seed: 5 }) as unknown as RawFeed;
    const parser = createFeedParser();
    const first = parser.parse(structuredClone(raw));
    if (!first.ok) throw new Error('rejected');
    const rows = expectSame(indexFeed(first.feed), 'first');
    // The book has rows of every kind the memos could get wrong.
    const flat = rows.flat();
    expect(flat.some((r) => r.exit?.state === 'near')).to.equal(true);
    expect(flat.some((r) => r.exit?.state === 'triggered')).to.equal(true);
    expect(flat.some((r) => r.status === 'breached')).to.equal(true);

    // Refresh: the last three periods of every third customer's master agreement breached (an
    // exit clause triggers), and the oldest month of another customer's service agreement dropped.
    const changed = structuredClone(raw);
    const picked = new Set(
      changed.customers.filter((_, i) => i % 3 === 0).map((c) => `${c.id}-msa`),
    );
    const own = changed.periods.filter(
      (p) => picked.has(p.agreementId) && p.objectiveId === 'avail',
    );
    for (const p of own.slice(-3 * picked.size)) p.value = 90;
    const dropped = changed.periods.find(
      (p) => p.agreementId.startsWith(changed.customers[1]!.id) && !p.agreementId.endsWith('-msa'),
    );
    if (dropped)
      changed.periods = changed.periods.filter(
        (p) => !(p.agreementId === dropped.agreementId && p.start === dropped.start),
      );
    const second = parser.parse(changed);
    if (!second.ok) throw new Error(`rejected: ${second.issues[0]?.message}`);
    const next = expectSame(indexFeed(second.feed), 'refreshed');
    expect(next.flat().filter((r) => r.exit?.state === 'triggered').length).to.be.greaterThan(
      flat.filter((r) => r.exit?.state === 'triggered').length,
    );
    // And back: the first feed's records again.
    const third = parser.parse(structuredClone(raw));
    if (!third.ok) throw new Error('rejected');
    expectSame(indexFeed(third.feed), 'restored');
    // The corporate template's minimum raised: the same period records, judged anew.
    const stricter = structuredClone(raw) as unknown as {
      agreements: { id: string; objectives: { id: string; minimum?: number }[] }[];
    };
    stricter.agreements
      .find((x) => x.id === 'corp')!
      .objectives.find((o) => o.id === 'avail')!.minimum = 99.8;
    const fourth = parser.parse(stricter);
    if (!fourth.ok) throw new Error(`rejected: ${fourth.issues[0]?.message}`);
    const strict = expectSame(indexFeed(fourth.feed), 'stricter minimum');
    const breached = (list: readonly PortfolioRow[]) =>
      list.reduce((n, r) => n + r.counts.breached, 0);
    expect(breached(strict[0]!)).to.be.greaterThan(breached(rows[0]!));
  });

  it("keeps an agreement's periods across a refresh while its records are the same, and the unchanged groups of a changed one", () => {
    const raw = portfolioFeed({ customers: 3, seed: 2 }) as unknown as RawFeed;
    const parser = createFeedParser();
    const a = parser.parse(structuredClone(raw));
    if (!a.ok) throw new Error('rejected');
    const ia = indexFeed(a.feed);
    const id = raw.customers[0]!.id;
    const msa = `${id}-msa`;
    const other = `${raw.customers[1]!.id}-msa`;
    const before = agreementPeriods(ia, msa);
    const otherBefore = agreementPeriods(ia, other);
    const changed = structuredClone(raw);
    const last = changed.periods.filter((p) => p.agreementId === msa).at(-1)!;
    last.value = last.value > 99 ? 98 : 99.99;
    const b = parser.parse(changed);
    if (!b.ok) throw new Error('rejected');
    const ib = indexFeed(b.feed);
    expect(agreementPeriods(ib, other), 'unchanged agreement: the same list').to.equal(otherBefore);
    const after = agreementPeriods(ib, msa);
    expect(after).to.not.equal(before);
    expect(after.length).to.equal(before.length);
    const changedStart = Date.parse(last.start);
    after.forEach((g, k) => {
      if (g.start === changedStart) expect(g, 'the changed month').to.not.equal(before[k]);
      else expect(g, `month ${k} kept`).to.equal(before[k]);
    });
  });
});
