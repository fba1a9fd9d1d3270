// The portfolio rows against an oracle that does not use the model: on seeded feeds of
// single-level agreements (customer agreements without a parent, so nothing is inherited), each
// customer's score, status, counts, money and trend are recomputed here from the raw feed records
// (the measured values against the objectives' minimum, target and tiers), written out plainly.
import { expect } from '@open-wc/testing';
import { indexFeed, portfolioRows, type MoneyTotal } from '../../src/model/index.js';
import { createRng, type Rng } from '../fixtures/prng.js';
import { feedOf } from './helpers.js';

type Direction = 'higher-is-better' | 'lower-is-better';
type Status = 'breached' | 'at-risk' | 'met' | 'exceeded' | 'no-data';

interface RawObjective {
  id: string;
  name: string;
  indicator: string;
  unit: string;
  direction: Direction;
  minimum: number;
  target: number;
  weight: number;
  creditTiers: { threshold: number; creditPercent: number }[];
  incentiveTiers: { threshold: number; bonusPercent: number }[];
}
interface RawAgreement {
  id: string;
  name: string;
  level: 'customer';
  customerId: string;
  fee?: { amount: number; currency: string; per: 'month' };
  objectives: RawObjective[];
}
interface RawPeriod {
  agreementId: string;
  objectiveId: string;
  start: string;
  end: string;
  value: number;
}
interface RawFeed {
  customers: { id: string; name: string; currency?: string }[];
  agreements: RawAgreement[];
  periods: RawPeriod[];
}

/** Minor-unit digits of the currencies the generator uses (ISO 4217). */
const DIGITS: Record<string, number> = { EUR: 2, USD: 2, JPY: 0, KWD: 3 };
const CURRENCIES = Object.keys(DIGITS);
const MONTHS = 6; // January to June 2026
const NOW = Date.UTC(2026, 6, 10); // 10 July 2026: every month of the feed is complete
const monthStart = (m: number) => new Date(Date.UTC(2026, m, 1)).toISOString();

/** A higher-is-better percentage or a lower-is-better duration, with tiers around its levels. */
function objective(rng: Rng, id: string): RawObjective {
  const up = rng.chance(0.6);
  const direction: Direction = up ? 'higher-is-better' : 'lower-is-better';
  // Levels and thresholds on a grid, so values can equal them exactly.
  const [minimum, target] = up
    ? rng.pick([
        [95, 99],
        [99, 99.5],
        [99, 99.9],
        [99.5, 99.9],
      ])
    : rng.pick([
        [800, 500],
        [500, 200],
        [800, 300],
      ]);
  const worse = (by: number) => (up ? minimum - by : minimum + by * 100);
  const creditTiers = rng.chance(0.8)
    ? [
        { threshold: minimum, creditPercent: rng.int(1, 10) },
        ...(rng.chance(0.5) ? [{ threshold: worse(1), creditPercent: rng.int(11, 25) }] : []),
      ]
    : [];
  const better = up ? 99.95 : target - 50;
  const incentiveTiers = rng.chance(0.5)
    ? [{ threshold: rng.pick([target, better]), bonusPercent: rng.int(1, 5) }]
    : [];
  return {
    id,
    name: `Objective ${id}`,
    indicator: up ? 'availability' : 'latency',
    unit: up ? 'percent' : 'millisecond',
    direction,
    minimum,
    target,
    weight: rng.pick([0, 1, 1, 2, 3]),
    creditTiers,
    incentiveTiers,
  };
}

/** A value near the objective's levels and thresholds, often exactly on one of them. */
function valueFor(rng: Rng, o: RawObjective): number {
  const marks = [
    o.minimum,
    o.target,
    ...o.creditTiers.map((t) => t.threshold),
    ...o.incentiveTiers.map((t) => t.threshold),
  ];
  const step = o.direction === 'higher-is-better' ? 0.01 : 1;
  const mark = rng.pick(marks);
  const offset = rng.pick([-200, -3, -1, 0, 0, 1, 3, 200]) * step;
  const value = Math.round((mark + offset) * 100) / 100;
  return o.unit === 'percent' ? Math.min(100, value) : Math.max(0, value);
}

function generate(seed: number): RawFeed {
  const rng = createRng(seed);
  const feed: RawFeed = { customers: [], agreements: [], periods: [] };
  const customers = rng.int(1, 6);
  for (let c = 0; c < customers; c++) {
    const id = `c${c}`;
    const currency = rng.chance(0.8) ? rng.pick(CURRENCIES) : undefined;
    feed.customers.push({ id, name: `Customer ${c}`, ...(currency ? { currency } : {}) });
    for (let a = rng.int(0, 3); a > 0; a--) {
      const agreementId = `${id}-a${a}`;
      const objectives = Array.from({ length: rng.int(1, 4) }, (_, k) => objective(rng, `o${k}`));
      const feeCurrency = rng.pick([currency ?? 'EUR', ...CURRENCIES]);
      const agreement: RawAgreement = {
        id: agreementId,
        name: `Agreement ${agreementId}`,
        level: 'customer',
        customerId: id,
        objectives,
      };
      if (rng.chance(0.75)) {
        // A whole number of minor units, odd ones included (half-unit credits to round).
        const minor = rng.int(1, 500_000) * rng.pick([1, 1, 7]);
        agreement.fee = {
          amount: minor / 10 ** DIGITS[feeCurrency]!,
          currency: feeCurrency,
          per: 'month',
        };
      }
      feed.agreements.push(agreement);
      // Some agreements stop reporting before June, some objectives are never measured.
      const lastMonth = rng.chance(0.7) ? MONTHS - 1 : rng.int(0, MONTHS - 1);
      for (const o of objectives) {
        if (rng.chance(0.1)) continue;
        for (let m = 0; m <= lastMonth; m++) {
          if (!rng.chance(0.8)) continue;
          feed.periods.push({
            agreementId,
            objectiveId: o.id,
            start: monthStart(m),
            end: monthStart(m + 1),
            value: valueFor(rng, o),
          });
        }
      }
    }
  }
  // Agreements in an order of their own, not grouped by customer.
  for (let i = feed.agreements.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [feed.agreements[i], feed.agreements[j]] = [feed.agreements[j]!, feed.agreements[i]!];
  }
  return feed;
}

// ---- The oracle: plain rules over the raw records. ----

/** a is worse than b in the direction. */
const worse = (d: Direction, a: number, b: number) => (d === 'higher-is-better' ? a < b : a > b);

function statusOf(o: RawObjective, value: number | undefined): Status {
  if (value === undefined) return 'no-data';
  if (worse(o.direction, value, o.minimum)) return 'breached';
  if (worse(o.direction, value, o.target)) return 'at-risk';
  // Exceeded: at least as good as the least demanding incentive threshold.
  const reached = o.incentiveTiers.some((t) => !worse(o.direction, value, t.threshold));
  return reached ? 'exceeded' : 'met';
}

const POINTS: Record<Exclude<Status, 'no-data'>, number> = {
  exceeded: 100,
  met: 100,
  'at-risk': 50,
  breached: 0,
};
const RANK: Status[] = ['breached', 'at-risk', 'met', 'exceeded'];

/** Mean (weighted when the weights add up to more than 0) and worst status of members with data. */
function combine(members: { score: number; status: Status; weight: number }[]): {
  score: number | null;
  status: Status;
} {
  if (members.length === 0) return { score: null, status: 'no-data' };
  const total = members.reduce((s, m) => s + m.weight, 0);
  const score =
    total > 0
      ? members.reduce((s, m) => s + m.score * m.weight, 0) / total
      : members.reduce((s, m) => s + m.score, 0) / members.length;
  const status = members.map((m) => m.status).sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b))[0]!;
  return { score, status };
}

/** Credit % of a value: the tier with the worst threshold the value is worse than. */
function creditPercent(o: RawObjective, value: number): number {
  let found: { threshold: number; creditPercent: number } | null = null;
  for (const t of o.creditTiers)
    if (worse(o.direction, value, t.threshold))
      if (!found || worse(o.direction, t.threshold, found.threshold)) found = t;
  return found?.creditPercent ?? 0;
}

/** Bonus % of a value: the tier with the best threshold the value reaches. */
function bonusPercent(o: RawObjective, value: number): number {
  let found: { threshold: number; bonusPercent: number } | null = null;
  for (const t of o.incentiveTiers)
    if (!worse(o.direction, value, t.threshold))
      if (!found || worse(o.direction, found.threshold, t.threshold)) found = t;
  return found?.bonusPercent ?? 0;
}

interface Expected {
  customerId: string;
  score: number | null;
  status: Status;
  counts: { met: number; atRisk: number; breached: number; noData: number; total: number };
  money: MoneyTotal[];
  trend: { start: number; end: number; score: number | null; status: Status }[];
}

const records = new WeakMap<RawFeed, Map<string, RawPeriod>>();
/** The feed's period records by agreement, objective and start. */
function recordsOf(feed: RawFeed): Map<string, RawPeriod> {
  let map = records.get(feed);
  if (!map) {
    map = new Map(feed.periods.map((p) => [`${p.agreementId} ${p.objectiveId} ${p.start}`, p]));
    records.set(feed, map);
  }
  return map;
}

/** An agreement's score and status in the month starting at `start` (ISO), from its records. */
function monthHealth(feed: RawFeed, a: RawAgreement, start: string | undefined) {
  const members: { score: number; status: Status; weight: number }[] = [];
  for (const o of a.objectives) {
    const record = recordsOf(feed).get(`${a.id} ${o.id} ${start}`);
    const status = statusOf(o, record?.value);
    if (status !== 'no-data') members.push({ score: POINTS[status], status, weight: o.weight });
  }
  return combine(members);
}

function expectedRow(feed: RawFeed, customerId: string, month: number | undefined): Expected {
  const counts = { met: 0, atRisk: 0, breached: 0, noData: 0, total: 0 };
  const agreementHealths: { score: number; status: Status; weight: number }[] = [];
  const minor = new Map<string, { credit: number; bonus: number }>();
  for (const a of feed.agreements.filter((x) => x.customerId === customerId)) {
    const own = feed.periods.filter((p) => p.agreementId === a.id);
    // The judged month: the one asked for, else the latest with a measurement (all are complete).
    const months = own.map((p) => p.start).sort();
    const judged =
      month === undefined ? months.at(-1) : months.find((s) => s === monthStart(month));
    const values = new Map(
      own.filter((p) => p.start === judged).map((p) => [p.objectiveId, p.value]),
    );
    const members: { score: number; status: Status; weight: number }[] = [];
    let creditPct = 0;
    let bonusPct = 0;
    for (const o of a.objectives) {
      const value = values.get(o.id);
      const status = statusOf(o, value);
      counts.total++;
      if (status === 'met' || status === 'exceeded') counts.met++;
      else if (status === 'at-risk') counts.atRisk++;
      else if (status === 'breached') counts.breached++;
      else counts.noData++;
      if (value === undefined || status === 'no-data') continue;
      members.push({ score: POINTS[status], status, weight: o.weight });
      creditPct += creditPercent(o, value);
      bonusPct += bonusPercent(o, value);
    }
    const health = combine(members);
    if (health.score !== null) agreementHealths.push({ ...health, score: health.score, weight: 1 });
    if (a.fee && judged !== undefined) {
      // In whole minor units: fee x % / 100, rounded half up (amounts are never negative).
      const scale = 10 ** DIGITS[a.fee.currency]!;
      const feeMinor = Math.round(a.fee.amount * scale);
      const t = minor.get(a.fee.currency) ?? { credit: 0, bonus: 0 };
      t.credit += Math.floor((feeMinor * creditPct + 50) / 100);
      t.bonus += Math.floor((feeMinor * bonusPct + 50) / 100);
      minor.set(a.fee.currency, t);
    }
  }
  const { score, status } = combine(agreementHealths);
  // Trend: the months of the first agreement (feed order) with a judged month, up to that month
  // (at most 12), each agreement judged in the same month, rolled up with equal weights.
  const agreements = feed.agreements.filter((x) => x.customerId === customerId);
  const monthsOf = (a: RawAgreement) =>
    [...new Set(feed.periods.filter((p) => p.agreementId === a.id).map((p) => p.start))].sort();
  const judgedOf = (a: RawAgreement) =>
    month === undefined ? monthsOf(a).at(-1) : monthsOf(a).find((s) => s === monthStart(month));
  const reference = agreements.find((a) => judgedOf(a) !== undefined);
  const trend: Expected['trend'] = [];
  if (reference) {
    const months = monthsOf(reference);
    const last = months.indexOf(judgedOf(reference)!);
    for (const start of months.slice(Math.max(0, last - 11), last + 1)) {
      const members = agreements
        .map((a) => monthHealth(feed, a, start))
        .filter((h) => h.score !== null)
        .map((h) => ({ score: h.score!, status: h.status, weight: 1 }));
      const end = new Date(start);
      end.setUTCMonth(end.getUTCMonth() + 1);
      trend.push({ start: Date.parse(start), end: end.getTime(), ...combine(members) });
    }
  }
  const money = [...minor.keys()].sort().map((currency) => {
    const t = minor.get(currency)!;
    const scale = 10 ** DIGITS[currency]!;
    return {
      currency,
      credit: t.credit / scale,
      bonus: t.bonus / scale,
      net: (t.bonus - t.credit) / scale,
    };
  });
  return { customerId, score, status, counts, money, trend };
}

describe('portfolio rows against an oracle of their own', () => {
  it('property: score, status, counts, money per currency and trend from the raw records', () => {
    let customers = 0;
    let withMoney = 0;
    let trends = 0;
    const statuses = new Set<Status>();
    for (let seed = 1; seed <= 60; seed++) {
      const raw = generate(seed);
      const index = indexFeed(feedOf(raw as unknown as Record<string, unknown>));
      const rng = createRng(1000 + seed);
      for (const month of [undefined, rng.int(0, MONTHS - 1)]) {
        const period = month === undefined ? undefined : monthStart(month).slice(0, 7);
        const rows = portfolioRows(index, { now: NOW, period });
        expect(rows.map((r) => r.customerId)).to.deep.equal(raw.customers.map((c) => c.id));
        for (const row of rows) {
          const expected = expectedRow(raw, row.customerId, month);
          const label = `seed ${seed}, ${row.customerId}, ${period ?? 'latest'}`;
          if (expected.score === null) expect(row.score, label).to.equal(null);
          else expect(row.score, label).to.be.closeTo(expected.score, 1e-9);
          expect(row.status, label).to.equal(expected.status);
          expect(row.counts, label).to.deep.equal(expected.counts);
          expect(row.money, label).to.deep.equal(expected.money);
          expect(
            row.trend.map((p) => [p.start, p.end, p.status]),
            label,
          ).to.deep.equal(expected.trend.map((p) => [p.start, p.end, p.status]));
          row.trend.forEach((p, k) => {
            const score = expected.trend[k]!.score;
            if (score === null) expect(p.score, label).to.equal(null);
            else expect(p.score, label).to.be.closeTo(score, 1e-9);
          });
          if (row.trend.length > 1) trends++;
          customers++;
          if (row.money.length) withMoney++;
          statuses.add(row.status);
        }
      }
    }
    // The generator reaches every case it is meant to.
    expect(customers).to.be.greaterThan(300);
    expect(withMoney).to.be.greaterThan(100);
    expect(trends).to.be.greaterThan(100);
    expect([...statuses].sort()).to.deep.equal(
      ['at-risk', 'breached', 'exceeded', 'met', 'no-data'].sort(),
    );
  });
});
