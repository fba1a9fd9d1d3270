// One source for the rules the parser and the model share (feed/semantics.ts).
import { expect } from '@open-wc/testing';
import { parseFeed, type Agreement } from '../../src/feed/index.js';
import * as semantics from '../../src/feed/semantics.js';
import {
  compareDecimal,
  decimal,
  indexFeed,
  isBetter,
  isWorse,
  periodStatus,
  resolveAgreement,
} from '../../src/model/index.js';
import sample from '../fixtures/sample-feed.json';
import { customerAgreement, UP_OBJECTIVE } from './helpers.js';

function levelsFeed(minimum: number, target: number, levels?: Record<string, number>) {
  return {
    schemaVersion: 1,
    provider: { id: 'p', name: 'P', timeZone: 'UTC' },
    customers: [{ id: 'c', name: 'C' }],
    agreements: [customerAgreement([{ ...UP_OBJECTIVE, minimum, target }])],
    periods: [
      {
        agreementId: 'a',
        objectiveId: 'up',
        start: '2026-10-01T00:00:00Z',
        end: '2026-11-01T00:00:00Z',
        value: 99.9,
        ...(levels ? { levels } : {}),
      },
    ],
  };
}

describe('feed/semantics: rules shared by parser and model', () => {
  it('the model exports the same direction and decimal functions the parser uses', () => {
    expect(isWorse).to.equal(semantics.isWorse);
    expect(isBetter).to.equal(semantics.isBetter);
    expect(compareDecimal).to.equal(semantics.compareDecimal);
    expect(decimal).to.equal(semantics.decimal);
  });

  it('parseFeed judges "minimum better than target" by the decimal rule, as the model reads it', () => {
    // 99.90000000000001 is 99.9 plus binary noise: the model reads the two levels as equal.
    const noisy = 99.90000000000001;
    expect(isBetter('higher-is-better', noisy, 99.9)).to.equal(false);
    const result = parseFeed(levelsFeed(noisy, 99.9));
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    const o = resolveAgreement(indexFeed(result.feed), 'a')!.objectives[0]!;
    expect(periodStatus(o, result.feed.periods[0]!)).to.equal('met');
    // Period levels go through the same rule.
    expect(parseFeed(levelsFeed(99, 99.9, { minimum: noisy, target: 99.9 })).ok).to.equal(true);
    // A real difference is still an error, for both kinds of levels.
    const wrong = parseFeed(levelsFeed(99.95, 99.9));
    expect(wrong.ok).to.equal(false);
    if (!wrong.ok) expect(wrong.issues[0]!.path).to.equal('agreements[0].objectives[0].minimum');
    const wrongPeriod = parseFeed(levelsFeed(99, 99.9, { minimum: 99.99, target: 99.5 }));
    expect(wrongPeriod.ok).to.equal(false);
    if (!wrongPeriod.ok) expect(wrongPeriod.issues[0]!.path).to.equal('periods[0].levels');
  });

  it('inheritObjectives: the nearest agreement sets each field, wording merges per sentence', () => {
    interface Written {
      id: string;
      name?: string;
      target?: number;
      wording?: { promise?: string; remedy?: string };
    }
    const chain: { id: string; objectives: Written[] }[] = [
      { id: 'svc', objectives: [{ id: 'o', target: 99.5, wording: { remedy: 'R2' } }] },
      { id: 'cust', objectives: [{ id: 'x', name: 'X' }] },
      {
        id: 'corp',
        objectives: [{ id: 'o', name: 'O', target: 99.9, wording: { promise: 'P', remedy: 'R1' } }],
      },
    ];
    const merged = semantics.inheritObjectives(chain, ['name', 'target', 'wording'] as const);
    expect([...merged.keys()]).to.deep.equal(['o', 'x']);
    const o = merged.get('o')!;
    expect(o.values).to.deep.equal({
      name: 'O',
      target: 99.5,
      wording: { promise: 'P', remedy: 'R2' },
    });
    expect(o.sources.name).to.deep.equal({ agreement: chain[2], position: 0 });
    expect(o.sources.target).to.deep.equal({ agreement: chain[0], position: 0 });
    expect(o.writtenIn.map((w) => w.agreement.id)).to.deep.equal(['corp', 'svc']);
  });

  it('the parser and the model find the same winning agreement for every field of the sample', () => {
    const parsed = parseFeed(sample);
    if (!parsed.ok) throw new Error('sample rejected');
    const index = indexFeed(parsed.feed);
    const position = new Map<Agreement, number>(parsed.feed.agreements.map((a, i) => [a, i]));
    let compared = 0;
    for (const a of parsed.feed.agreements) {
      const resolved = resolveAgreement(index, a.id)!;
      const fields = semantics.resolveFields(resolved.chain, position);
      for (const o of resolved.objectives) {
        const checked = fields.get(o.id)!;
        for (const key of ['name', 'unit', 'direction', 'minimum', 'target'] as const) {
          expect(checked[key], `${a.id}/${o.id}.${key}`).to.deep.equal(o[key]);
          const at = parsed.feed.agreements.findIndex((x) => x.id === o.fieldSources[key]);
          expect(checked.from[key]).to.match(new RegExp(`^agreements\\[${at}\\]\\.objectives`));
          compared++;
        }
      }
    }
    expect(compared).to.be.greaterThan(50);
  });
});
