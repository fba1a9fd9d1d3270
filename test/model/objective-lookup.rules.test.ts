/**
 * Finding an objective by id (src/model/objective-lookup.ts): the answer of
 * `objectives.find((o) => o.id === id)` always; a frozen list (a resolved agreement's) is indexed
 * once, so later lookups read no objective; any other list is searched each time, so a change to
 * it is seen.
 */
import { expect } from '@open-wc/testing';
import { findObjective } from '../../src/model/objective-lookup.js';
import { indexFeed, resolveAgreement } from '../../src/model/index.js';
import { threeLevelFeed } from './helpers.js';

/** Objectives whose `id` reads are counted. */
function counted(ids: readonly string[]): {
  list: { readonly id: string; n: number }[];
  reads: () => number;
} {
  let reads = 0;
  const list = ids.map((id, n) => ({
    n,
    get id() {
      reads++;
      return id;
    },
  }));
  return { list, reads: () => reads };
}

describe('findObjective', () => {
  it('answers as find does: the first objective of the id, undefined for none', () => {
    for (const freeze of [false, true]) {
      const { list } = counted(['a', 'b', 'a', 'c']);
      const objectives = freeze ? Object.freeze(list) : list;
      expect(findObjective(objectives, 'a')?.n).to.equal(0);
      expect(findObjective(objectives, 'b')?.n).to.equal(1);
      expect(findObjective(objectives, 'c')?.n).to.equal(3);
      expect(findObjective(objectives, 'x')).to.equal(undefined);
      expect(findObjective(objectives, undefined)).to.equal(undefined);
      expect(findObjective(freeze ? Object.freeze([]) : [], 'a')).to.equal(undefined);
    }
  });

  it('indexes a frozen list once: later lookups read no objective', () => {
    const { list, reads } = counted(['a', 'b', 'c']);
    const objectives = Object.freeze(list);
    expect(findObjective(objectives, 'c')?.n).to.equal(2);
    const afterIndex = reads();
    expect(afterIndex).to.be.greaterThan(0);
    expect(findObjective(objectives, 'a')?.n).to.equal(0);
    expect(findObjective(objectives, 'c')?.n).to.equal(2);
    expect(findObjective(objectives, 'x')).to.equal(undefined);
    expect(reads()).to.equal(afterIndex);
  });

  it('searches a list that is not frozen each time, so a change to it is seen', () => {
    const list: { id: string; n: number }[] = [{ id: 'a', n: 0 }];
    expect(findObjective(list, 'b')).to.equal(undefined);
    list.unshift({ id: 'b', n: 1 }, { id: 'a', n: 2 });
    expect(findObjective(list, 'b')?.n).to.equal(1);
    expect(findObjective(list, 'a')?.n).to.equal(2);
  });

  it("indexes a resolved agreement's objectives (frozen)", () => {
    const index = indexFeed(threeLevelFeed());
    const agreement = resolveAgreement(index, 'acme-portal')!;
    expect(agreement.objectives.length).to.be.greaterThan(1);
    expect(Object.isFrozen(agreement.objectives)).to.equal(true);
    for (const o of agreement.objectives)
      expect(findObjective(agreement.objectives, o.id)).to.equal(o);
  });
});
