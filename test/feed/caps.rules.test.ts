// Caps before the schema (caps.ts, docs/feed.md "Limits"): a list may hold exactly its cap, one
// more is rejected; objectives count over all agreements; and periods and breaches that name
// missing agreements at least maxIssues times reject the feed before the schema runs.
import { expect } from '@open-wc/testing';
import { checkListCaps, danglingAgreementReferences } from '../../src/feed/caps.js';
import { DEFAULT_LIMITS, parseFeed, type FeedLimits } from '../../src/feed/index.js';
import { baseFeed } from '../fixtures/base-feed.js';

const caps = (over: Partial<FeedLimits>): FeedLimits => ({ ...DEFAULT_LIMITS, ...over });
const list = (n: number): unknown[] => Array.from({ length: n }, (_, i) => ({ id: `x${i}` }));

describe('cap rules', () => {
  it('each list may hold exactly its cap, and one more is rejected with the name of the cap', () => {
    const names: [string, keyof FeedLimits][] = [
      ['breaches', 'maxBreaches'],
      ['periods', 'maxPeriods'],
      ['agreements', 'maxAgreements'],
      ['customers', 'maxCustomers'],
      ['services', 'maxServices'],
      ['maintenance', 'maxMaintenance'],
    ];
    for (const [key, name] of names) {
      expect(checkListCaps({ [key]: list(3) }, caps({ [name]: 3 })), key).to.deep.equal([]);
      expect(checkListCaps({ [key]: list(4) }, caps({ [name]: 3 })), key).to.deep.equal([
        {
          path: key,
          message: `has 4 entries, more than the limit of 3 (raise ${name} to accept it).`,
          code: 'too-large',
          severity: 'error',
        },
      ]);
    }
  });

  it('every list over its cap is reported, in a fixed order, and a value that is no list is not counted', () => {
    const raw = { maintenance: list(2), breaches: list(2), periods: list(2), customers: 'xx' };
    const limits = caps({ maxBreaches: 1, maxPeriods: 1, maxMaintenance: 1, maxCustomers: 0 });
    expect(checkListCaps(raw, limits).map((i) => i.path)).to.deep.equal([
      'breaches',
      'periods',
      'maintenance',
    ]);
    expect(
      checkListCaps(Object.create({ breaches: list(2) }) as Record<string, unknown>, limits),
    ).to.deep.equal([]);
  });

  it('objectives are counted over all agreements, up to and over their cap', () => {
    const agreements = [
      { objectives: list(2) },
      { objectives: list(1) },
      { objectives: 'none' },
      'not an agreement',
      {},
    ];
    expect(checkListCaps({ agreements }, caps({ maxObjectives: 3 }))).to.deep.equal([]);
    expect(checkListCaps({ agreements }, caps({ maxObjectives: 2 }))).to.deep.equal([
      {
        path: 'agreements',
        message:
          'define 3 objectives, more than the limit of 2 (raise maxObjectives to accept it).',
        code: 'too-large',
        severity: 'error',
      },
    ]);
    // the objectives are not counted once a list is over its cap already
    expect(
      checkListCaps({ agreements, breaches: list(2) }, caps({ maxObjectives: 2, maxBreaches: 1 }))
        .length,
    ).to.equal(1);
    expect(checkListCaps({ agreements: 'x' }, caps({ maxObjectives: 0 }))).to.deep.equal([]);
  });

  it('periods and breaches that name a missing agreement maxIssues times are rejected before the schema', () => {
    const raw = {
      agreements: [{ id: 'a' }, { id: 'b' }],
      periods: [{ agreementId: 'a' }, { agreementId: 'ghost' }, null, 'x', { agreementId: 7 }],
      breaches: [{ agreementId: 'ghost2' }, { agreementId: 'b' }, { agreementId: 'ghost3' }],
    };
    expect(danglingAgreementReferences(raw, 4)).to.equal(undefined);
    expect(danglingAgreementReferences(raw, 3)).to.deep.equal([
      {
        path: 'periods[1].agreementId',
        message: 'names agreement "ghost", which is not in agreements.',
        code: 'unknown-reference',
        severity: 'error',
      },
      {
        path: 'breaches[0].agreementId',
        message: 'names agreement "ghost2", which is not in agreements.',
        code: 'unknown-reference',
        severity: 'error',
      },
      {
        path: 'breaches[2].agreementId',
        message: 'names agreement "ghost3", which is not in agreements.',
        code: 'unknown-reference',
        severity: 'error',
      },
    ]);
    expect(danglingAgreementReferences(raw, 2)!.map((i) => i.path)).to.deep.equal([
      'periods[1].agreementId',
      'breaches[0].agreementId',
    ]);
    expect(danglingAgreementReferences(raw, 0)).to.equal(undefined);
    expect(danglingAgreementReferences({ ...raw, agreements: 'x' }, 1)).to.equal(undefined);
    expect(
      danglingAgreementReferences({ ...raw, periods: 'x' }, 2)!.map((i) => i.path),
    ).to.deep.equal(['breaches[0].agreementId', 'breaches[2].agreementId']);
  });

  it('a feed with too many references to missing agreements is rejected with just those, and marked truncated', () => {
    const feed = baseFeed();
    for (const p of feed.periods!) p.agreementId = 'ghost';
    const n = feed.periods!.length;
    const result = parseFeed(feed, { maxIssues: n });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.truncated).to.equal(true);
    expect(result.issues.map((i) => i.path)).to.deep.equal(
      feed.periods!.map((_, i) => `periods[${i}].agreementId`),
    );
    // before the schema and the other rules: their errors are not looked for
    const worse = baseFeed();
    for (const p of worse.periods!) p.agreementId = 'ghost';
    (worse.provider as Record<string, unknown>).name = 5;
    worse.services![1]!.id = worse.services![0]!.id;
    const early = parseFeed(worse, { maxIssues: n });
    expect(!early.ok && early.issues.map((i) => i.code)).to.deep.equal(
      worse.periods!.map(() => 'unknown-reference'),
    );
    // below the threshold the rules across records report them, without the mark
    const fewer = parseFeed(feed, { maxIssues: n + 1 });
    expect(!fewer.ok && fewer.truncated).to.equal(undefined);
  });

  it('a feed over a list cap is rejected with the caps alone', () => {
    const feed = baseFeed();
    const result = parseFeed(feed, { maxBreaches: feed.breaches!.length - 1 });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).to.deep.equal([
      ['breaches', 'too-large'],
    ]);
    expect(parseFeed(feed, { maxBreaches: feed.breaches!.length }).ok).to.equal(true);
  });
});
