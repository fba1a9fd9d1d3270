/**
 * The feed index (src/model/feed-index.ts): periods by agreement, and periods by objective of an
 * agreement (built on first use, then the same table for the life of the index), each sorted by
 * start.
 */
import { expect } from '@open-wc/testing';
import { indexFeed, periodsOf } from '../../src/model/index.js';
import { month, threeLevelFeed } from './helpers.js';

const period = (objectiveId: string, m: number, value: number) => ({
  agreementId: 'acme-portal',
  objectiveId,
  ...month(m),
  value,
});

describe('indexFeed: periods by objective', () => {
  const feed = threeLevelFeed({
    periods: [period('avail', 3, 99.5), period('p95', 1, 800), period('avail', 1, 99.1)],
  });

  it("lists each objective's periods of an agreement, sorted by start", () => {
    const index = indexFeed(feed);
    expect(periodsOf(index, 'acme-portal', 'avail').map((p) => p.value)).to.deep.equal([
      99.1, 99.5,
    ]);
    expect(periodsOf(index, 'acme-portal', 'p95').map((p) => p.value)).to.deep.equal([800]);
    expect(periodsOf(index, 'acme-portal', 'csat')).to.deep.equal([]);
    expect(periodsOf(index, 'acme-msa', 'avail')).to.deep.equal([]);
    // By start; the two January periods in feed order.
    expect(index.periodsByAgreement.get('acme-portal')?.map((p) => p.value)).to.deep.equal([
      800, 99.1, 99.5,
    ]);
  });

  it('is one table for the life of the index, holding the feed records', () => {
    const index = indexFeed(feed);
    const table = index.periodsByObjective;
    expect(index.periodsByObjective).to.equal(table);
    expect([...table.keys()]).to.have.length(2);
    const avail = periodsOf(index, 'acme-portal', 'avail');
    expect(periodsOf(index, 'acme-portal', 'avail')).to.equal(avail);
    for (const p of avail) expect(feed.periods).to.include(p);
  });
});
