/**
 * Memos across feeds (src/model/memo.ts) and where the model uses them: a refreshed feed that
 * keeps a record keeps what the model derived from it (the resolved agreement, the agreement
 * periods), and a changed record gives a new one.
 */
import { expect } from '@open-wc/testing';
import { createFeedParser } from '../../src/feed/incremental.js';
import type { Feed } from '../../src/feed/index.js';
import { IdentityMemo, SlottedMemo, sameInputs, shallowSame } from '../../src/model/memo.js';
import { agreementPeriods, indexFeed, resolveAgreement } from '../../src/model/index.js';
import { customerAgreement, UP_OBJECTIVE } from './helpers.js';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const period = (start: string, end: string, value: number, objectiveId = 'up') => ({
  agreementId: 'a',
  objectiveId,
  start,
  end,
  value,
});

function raw() {
  return {
    schemaVersion: 1,
    provider: { id: 'prov', name: 'Provider', timeZone: 'UTC' },
    customers: [{ id: 'c', name: 'C', currency: 'EUR' }],
    agreements: [
      customerAgreement([UP_OBJECTIVE, { ...UP_OBJECTIVE, id: 'up2', name: 'Up 2' }]),
      { id: 'b', name: 'B', level: 'customer', customerId: 'c', objectives: [UP_OBJECTIVE] },
    ],
    periods: [
      period('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', 99.5),
      period('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', 99.5, 'up2'),
      period('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z', 99.95),
      period('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z', 98, 'up2'),
    ],
  };
}

function feedFrom(parser: ReturnType<typeof createFeedParser>, input: unknown): Feed {
  const result = parser.parse(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.feed;
}

describe('memos across feeds', () => {
  it('sameInputs compares item by item with Object.is', () => {
    const o = {};
    expect(sameInputs([1, 'a', o, Number.NaN], [1, 'a', o, Number.NaN])).to.equal(true);
    expect(sameInputs([], [])).to.equal(true);
    expect(sameInputs([o], [{}])).to.equal(false);
    expect(sameInputs([1], [1, 2])).to.equal(false);
    expect(sameInputs([1, 2], [1])).to.equal(false);
    expect(sameInputs([1, undefined], [1])).to.equal(false);
    expect(sameInputs([0], [-0])).to.equal(false);
  });

  it('shallowSame compares own fields, arrays item by item', () => {
    const tier = { threshold: 1 };
    expect(shallowSame({ a: 1, t: tier, l: [tier] }, { l: [tier], t: tier, a: 1 })).to.equal(true);
    expect(shallowSame(null, null)).to.equal(true);
    expect(shallowSame({ a: 1 }, null)).to.equal(false);
    expect(shallowSame(null, { a: 1 })).to.equal(false);
    expect(shallowSame({ a: 1 }, { a: 2 })).to.equal(false);
    expect(shallowSame({ a: 1 }, { a: 1, b: 2 })).to.equal(false);
    expect(shallowSame({ a: 1, b: 2 }, { a: 1, c: 2 })).to.equal(false);
    expect(shallowSame({ t: tier }, { t: { threshold: 1 } })).to.equal(false);
    expect(shallowSame({ l: [tier] }, { l: [{ threshold: 1 }] })).to.equal(false);
    expect(shallowSame({ l: [tier] }, { l: tier })).to.equal(false);
    expect(shallowSame({ l: tier }, { l: [tier] })).to.equal(false);
    expect(shallowSame({ l: [tier] }, { l: [tier, tier] })).to.equal(false);
    expect(shallowSame({ a: undefined }, { b: undefined })).to.equal(false);
  });

  it('IdentityMemo recomputes when the inputs or the keep test say so, and counts it', () => {
    const memo = new IdentityMemo<object, { n: number }>();
    const owner = {};
    let n = 0;
    const compute = () => ({ n: ++n });
    const first = memo.get(owner, [1], compute);
    expect(memo.get(owner, [1], compute)).to.equal(first);
    expect(memo.computed).to.equal(1);
    const second = memo.get(owner, [2], compute);
    expect(second.n).to.equal(2);
    expect(memo.get(owner, [2], compute, () => true)).to.equal(second);
    expect(memo.get(owner, [2], compute, () => false).n).to.equal(3);
    expect(memo.get({}, [2], compute).n, 'another owner').to.equal(4);
    expect(memo.computed).to.equal(4);
  });

  it('SlottedMemo keeps one value per owner and slot', () => {
    const memo = new SlottedMemo<object, { n: number }>();
    const owner = {};
    let n = 0;
    const compute = () => ({ n: ++n });
    const a = memo.get(owner, 'a', [1], compute);
    const b = memo.get(owner, 'b', [1], compute);
    expect(b, 'another slot').to.not.equal(a);
    expect(memo.get(owner, 'a', [1], compute)).to.equal(a);
    expect(memo.get(owner, 'b', [1], compute)).to.equal(b);
    expect(memo.get(owner, 'a', [2], compute).n, 'new inputs').to.equal(3);
    expect(memo.get(owner, 'b', [1], compute), 'the other slot is kept').to.equal(b);
    expect(memo.get({}, 'a', [2], compute).n, 'another owner').to.equal(4);
  });

  it('a refreshed feed keeps the resolved agreement and agreement periods of unchanged records', () => {
    const parser = createFeedParser();
    const first = indexFeed(feedFrom(parser, raw()));
    const next = raw();
    next.periods[3]!.value = 97;
    const second = indexFeed(feedFrom(parser, next));
    expect(second).to.not.equal(first);
    expect(resolveAgreement(second, 'a')).to.equal(resolveAgreement(first, 'a'));
    expect(resolveAgreement(second, 'b')).to.equal(resolveAgreement(first, 'b'));
    const [jan1, feb1] = agreementPeriods(first, 'a');
    const [jan2, feb2] = agreementPeriods(second, 'a');
    expect(jan2, 'January did not change').to.equal(jan1);
    expect(feb2, 'February did').to.not.equal(feb1);
    expect(feb2!.periods.map((p) => p.value)).to.deep.equal([99.95, 97]);
  });

  it('a changed agreement, customer or provider time zone resolves anew', () => {
    const parser = createFeedParser();
    const base = indexFeed(feedFrom(parser, raw()));
    const a = resolveAgreement(base, 'a');
    const renamed = raw();
    renamed.agreements[0]!.name = 'A renamed';
    const r1 = indexFeed(feedFrom(parser, renamed));
    expect(resolveAgreement(r1, 'a')?.name).to.equal('A renamed');
    expect(resolveAgreement(r1, 'b'), 'the other agreement is kept').to.equal(
      resolveAgreement(base, 'b'),
    );
    const customer = copy(renamed);
    customer.customers[0]!.currency = 'USD';
    const r2 = indexFeed(feedFrom(parser, customer));
    expect(resolveAgreement(r2, 'a')?.currency).to.equal('USD');
    const zone = copy(customer);
    zone.provider.timeZone = 'Europe/Berlin';
    const r3 = indexFeed(feedFrom(parser, zone));
    expect(resolveAgreement(r3, 'a')?.timeZone).to.equal('Europe/Berlin');
    expect(resolveAgreement(r3, 'a')).to.not.equal(a);
    expect(resolveAgreement(r3, 'nope')).to.equal(null);
  });

  it('periods with the same start but another member give a new agreement period', () => {
    const parser = createFeedParser();
    const first = indexFeed(feedFrom(parser, raw()));
    const next = raw();
    next.periods.splice(1, 1);
    const second = indexFeed(feedFrom(parser, next));
    const jan = agreementPeriods(second, 'a')[0]!;
    expect(jan).to.not.equal(agreementPeriods(first, 'a')[0]);
    expect(jan.periods.map((p) => p.objectiveId)).to.deep.equal(['up']);
  });
});
