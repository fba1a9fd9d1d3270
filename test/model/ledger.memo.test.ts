/**
 * The ledger's memos across feeds (src/model/ledger.ts, `ledgerMemos`): a refreshed feed that
 * keeps an agreement's records keeps its ledger, and one that changes some periods recomputes the
 * rows of their objectives only, with the same figures as a ledger computed from scratch.
 */
import { expect } from '@open-wc/testing';
import { createFeedParser } from '../../src/feed/incremental.js';
import type { Feed } from '../../src/feed/index.js';
import { agreementLedger, indexFeed, resolveAgreement } from '../../src/model/index.js';
import { ledgerMemos } from '../../src/model/ledger.js';
import { manyObjectivesFeed } from '../fixtures/incentive-feeds.js';
import { at, month } from './helpers.js';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const objective = (id: string) => ({
  id,
  name: id,
  unit: 'percent',
  direction: 'higher-is-better',
  minimum: 99,
  target: 99.9,
  creditTiers: [{ threshold: 99.9, creditPercent: 10 }],
  incentiveTiers: [{ threshold: 99.99, bonusPercent: 2 }],
  earnBack: { periods: 1, level: 99.95 },
});

const period = (m: number, objectiveId: string, value: number) => ({
  agreementId: 'a',
  objectiveId,
  ...month(m),
  value,
});

const breach = (id: string, m: number, objectiveId: string, recordedCredit: number) => ({
  id,
  agreementId: 'a',
  objectiveIds: [objectiveId],
  start: month(m).start,
  end: month(m).start,
  severity: 'major',
  title: id,
  recordedCredit,
});

function raw() {
  return {
    schemaVersion: 1,
    provider: { id: 'prov', name: 'Provider', timeZone: 'UTC' },
    customers: [{ id: 'c', name: 'C', currency: 'EUR' }],
    agreements: [
      {
        id: 'a',
        name: 'A',
        level: 'customer',
        customerId: 'c',
        fee: { amount: 10_000, currency: 'EUR', per: 'month' },
        objectives: [objective('up'), objective('api')],
      },
    ],
    periods: [
      period(1, 'up', 99.5),
      period(1, 'api', 99.5),
      period(2, 'up', 99.96),
      period(2, 'api', 99.995),
    ],
    breaches: [breach('b1', 1, 'up', 1000), breach('b2', 1, 'api', 1000)],
  };
}

function feedFrom(parser: ReturnType<typeof createFeedParser>, input: unknown): Feed {
  const result = parser.parse(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.feed;
}

const YEAR = { start: at('2026-01-01T00:00:00Z'), end: at('2027-01-01T00:00:00Z') };
const AS_OF = at('2026-06-01T00:00:00Z');

function ledgerOf(feed: Feed, range = YEAR, asOf = AS_OF) {
  const index = indexFeed(feed);
  return agreementLedger(index, resolveAgreement(index, 'a')!, range, asOf);
}

/** What the memos computed while `run` ran. */
function counting(run: () => void): { ledgers: number; objectives: number } {
  const ledgers = ledgerMemos.ledgers.computed;
  const objectives = ledgerMemos.objectives.computed;
  run();
  return {
    ledgers: ledgerMemos.ledgers.computed - ledgers,
    objectives: ledgerMemos.objectives.computed - objectives,
  };
}

describe('model/ledger memos', () => {
  it('gives the same ledger for the same records, without computing anything', () => {
    const parser = createFeedParser();
    const first = feedFrom(parser, raw());
    let a = ledgerOf(first);
    expect(counting(() => (a = ledgerOf(first)))).to.deep.equal({ ledgers: 0, objectives: 0 });
    let b = a;
    const refreshed = feedFrom(parser, copy(raw()));
    expect(counting(() => (b = ledgerOf(refreshed)))).to.deep.equal({ ledgers: 0, objectives: 0 });
    expect(b, 'the same records').to.equal(a);
  });

  it('recomputes only the objective whose period changed, and agrees with a fresh ledger', () => {
    const parser = createFeedParser();
    const before = ledgerOf(feedFrom(parser, raw()));
    const next = raw();
    next.periods[3]!.value = 99.5; // api, February
    let after = before;
    expect(counting(() => (after = ledgerOf(feedFrom(parser, next))))).to.deep.equal({
      ledgers: 1,
      objectives: 1,
    });
    expect(after).to.not.equal(before);
    expect(after).to.deep.equal(ledgerOf(feedFrom(createFeedParser(), next)));
    const [jan0, feb0] = before.periods;
    const [jan1, feb1] = after.periods;
    expect(jan1!.rows[0], 'up, January: kept').to.equal(jan0!.rows[0]);
    expect(feb1!.rows[0], 'up, February: kept').to.equal(feb0!.rows[0]);
    expect(jan1!.rows[1], 'api, January: its earn-back window changed').to.not.equal(jan0!.rows[1]);
    expect(jan0!.rows[1]!.earnBack).to.equal('earned');
    expect(jan1!.rows[1]!.earnBack).to.equal('not-earned');
    expect(feb1!.rows[1]!.creditIncurred).to.equal(1000);
    expect(feb0!.rows[1]!.bonus).to.equal(200);
  });

  it('recomputes the objective whose breach record changed', () => {
    const parser = createFeedParser();
    const before = ledgerOf(feedFrom(parser, raw()));
    const next = raw();
    next.breaches[0]!.recordedCredit = 700; // up
    let after = before;
    expect(counting(() => (after = ledgerOf(feedFrom(parser, next))))).to.deep.equal({
      ledgers: 1,
      objectives: 1,
    });
    expect(before.periods[0]!.rows.map((r) => r.recordedCredit)).to.deep.equal([1000, 1000]);
    expect(after.periods[0]!.rows.map((r) => r.recordedCredit)).to.deep.equal([700, 1000]);
    expect(after.periods[0]!.rows[1]).to.equal(before.periods[0]!.rows[1]);
  });

  it('recomputes for another instant, another range or changed terms', () => {
    const parser = createFeedParser();
    const feed = feedFrom(parser, raw());
    const base = ledgerOf(feed);
    let january = base;
    const range = { start: YEAR.start, end: at('2026-02-01T00:00:00Z') };
    expect(counting(() => (january = ledgerOf(feed, range)))).to.deep.equal({
      ledgers: 1,
      objectives: 0,
    });
    expect(january.periods).to.have.length(1);
    const year = ledgerOf(feed);
    expect(year.periods, 'the whole year again').to.have.length(2);
    expect(year).to.deep.equal(base);

    let later = base;
    expect(
      counting(() => (later = ledgerOf(feed, YEAR, at('2026-09-01T00:00:00Z')))),
      'the same periods have ended',
    ).to.deep.equal({ ledgers: 0, objectives: 0 });
    expect(later).to.equal(year);
    let early = base;
    expect(
      counting(() => (early = ledgerOf(feed, YEAR, at('2026-02-15T00:00:00Z')))),
    ).to.deep.equal({ ledgers: 1, objectives: 2 });
    expect(base.periods[0]!.rows[0]!.earnBack).to.equal('earned');
    expect(early.periods[0]!.rows[0]!.earnBack, 'February still running').to.equal('pending');

    const febEnd = at('2026-03-01T00:00:00Z');
    let before = base;
    expect(
      counting(() => (before = ledgerOf(feed, YEAR, febEnd - 1))),
      'February has not ended yet',
    ).to.deep.equal({ ledgers: 0, objectives: 0 });
    expect(before).to.equal(early);
    let atEnd = base;
    expect(counting(() => (atEnd = ledgerOf(feed, YEAR, febEnd)))).to.deep.equal({
      ledgers: 1,
      objectives: 2,
    });
    expect(atEnd.periods[0]!.rows[0]!.earnBack, 'February has ended').to.equal('earned');

    const dearer = raw();
    dearer.agreements[0]!.fee.amount = 20_000;
    let d = base;
    expect(counting(() => (d = ledgerOf(feedFrom(parser, dearer))))).to.deep.equal({
      ledgers: 1,
      objectives: 2,
    });
    expect(d.periods[1]!.bonuses).to.equal(2 * base.periods[1]!.bonuses);
  });

  it('an update of 10 % of the periods of 50 objectives recomputes only their objectives', () => {
    const input = manyObjectivesFeed(50) as { periods: { objectiveId: string; value: number }[] };
    const parser = createFeedParser();
    const before = ledgerOfBig(feedFrom(parser, input));
    const next = copy(input);
    const changed = new Set<string>();
    // The 12 periods of every tenth objective: 10 % of the periods.
    next.periods.forEach((p, i) => {
      if (i % 120 >= 12) return;
      p.value = p.value === 99.8 ? 99.995 : 99.8;
      changed.add(p.objectiveId);
    });
    expect([...changed]).to.deep.equal(['o0', 'o10', 'o20', 'o30', 'o40']);
    let after = before;
    const counts = counting(() => (after = ledgerOfBig(feedFrom(parser, next))));
    expect(counts).to.deep.equal({ ledgers: 1, objectives: changed.size });
    expect(after).to.deep.equal(ledgerOfBig(feedFrom(createFeedParser(), next)));
    expect(after.total).to.not.deep.equal(before.total);
  });
});

function ledgerOfBig(feed: Feed) {
  const index = indexFeed(feed);
  return agreementLedger(
    index,
    resolveAgreement(index, 'big')!,
    { start: -Infinity, end: Infinity },
    at('2026-10-15T00:00:00Z'),
  );
}
