// Unknown fields against small schemas of every kind (fields.ts): which fields a schema knows
// follows its object entries through wrappers, lists, pipes and variants, and what the walk looks
// into follows the kind of the value. Each test builds its schemas inside the test, so the shapes
// are read from them there and not from a cache filled earlier.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { closestField, knownFieldsAt, unknownFieldIssues } from '../../src/feed/fields.js';

const pathsOf = (schema: object, value: unknown, limit = 100): string[] =>
  unknownFieldIssues(schema, value, limit).map((w) => w.path);

const inner = () => v.object({ b: v.string() });

describe('unknown field rules on small schemas', () => {
  it('the fields of an object are known through optional, nullable, nullish and exact-optional wrappers', () => {
    const wrapped = {
      optional: v.optional(inner()),
      nullable: v.nullable(inner()),
      nullish: v.nullish(inner()),
      exactOptional: v.exactOptional(inner()),
    };
    for (const [name, a] of Object.entries(wrapped)) {
      const schema = v.object({ a });
      expect(knownFieldsAt(schema, ['a']), name).to.deep.equal(['b']);
      expect(pathsOf(schema, { a: { b: 'x', zz: 1 } }), name).to.deep.equal(['a.zz']);
    }
  });

  it('the fields of loose and strict objects, and of a pipe, are those of their entries', () => {
    const schema = v.object({
      loose: v.looseObject({ b: v.string() }),
      strict: v.strictObject({ b: v.string() }),
      piped: v.pipe(
        inner(),
        v.check(() => true),
      ),
    });
    expect(knownFieldsAt(schema, [])).to.deep.equal(['loose', 'strict', 'piped']);
    for (const key of ['loose', 'strict', 'piped'])
      expect(knownFieldsAt(schema, [key]), key).to.deep.equal(['b']);
    expect(
      pathsOf(schema, { loose: { zz: 1 }, strict: { zz: 2 }, piped: { b: 'x', zz: 3 } }),
    ).to.deep.equal(['loose.zz', 'strict.zz', 'piped.zz']);
  });

  it('a list item is known through the list, and a number steps into it', () => {
    const schema = v.object({ list: v.array(inner()) });
    expect(knownFieldsAt(schema, ['list', 3])).to.deep.equal(['b']);
    expect(knownFieldsAt(schema, ['list', 'b'])).to.deep.equal([]);
    expect(knownFieldsAt(schema, [0])).to.deep.equal([]);
    expect(knownFieldsAt(schema, ['list'])).to.deep.equal([]);
    expect(pathsOf(schema, { list: [{ b: 'x' }, { zz: 1 }, { b: 'y', zy: 1 }] })).to.deep.equal([
      'list[1].zz',
      'list[2].zy',
    ]);
  });

  it('a variant knows the fields of the option its tag names, and nothing for another tag', () => {
    const schema = v.object({
      w: v.variant('kind', [
        v.object({ kind: v.literal('a'), x: v.number() }),
        v.object({ kind: v.literal('b'), y: v.number() }),
      ]),
    });
    expect(pathsOf(schema, { w: { kind: 'a', x: 1, y: 1 } })).to.deep.equal(['w.y']);
    expect(pathsOf(schema, { w: { kind: 'b', x: 1, y: 1 } })).to.deep.equal(['w.x']);
    expect(pathsOf(schema, { w: { kind: 'c', x: 1, zz: 1 } })).to.deep.equal([]);
    expect(pathsOf(schema, { w: { x: 1, zz: 1 } })).to.deep.equal([]);
    expect(pathsOf(schema, { w: [{ kind: 'a', zz: 1 }] })).to.deep.equal([]);
  });

  it('an option of a variant whose tag is no literal has no fields to report', () => {
    const schema = v.object({
      w: v.variant('kind', [
        v.object({ kind: v.picklist(['a', 'b']), x: v.number() }),
        v.object({ kind: v.literal('c'), y: v.number() }),
      ]),
    });
    expect(pathsOf(schema, { w: { kind: 'a', y: 1 } })).to.deep.equal([]);
    expect(pathsOf(schema, { w: { kind: 'c', x: 1 } })).to.deep.equal(['w.x']);
    // a value without the tag matches no option, whatever the options' tags are
    expect(pathsOf(schema, { w: { y: 1, zz: 1 } })).to.deep.equal([]);
  });

  it('an option of a variant that is itself a variant has no fields to report', () => {
    const schema = v.object({
      w: v.variant('kind', [
        v.object({ kind: v.literal('a'), x: v.number() }),
        v.variant('sub', [v.object({ kind: v.literal('b'), sub: v.literal(1) })]),
      ]),
    });
    expect(pathsOf(schema, { w: { kind: 'b', sub: 1, zz: 1 } })).to.deep.equal([]);
    expect(pathsOf(schema, { w: { kind: 'a', x: 1, zz: 1 } })).to.deep.equal(['w.zz']);
  });

  it('a list where an object belongs, and an object where a list belongs, are not looked into', () => {
    const schema = v.object({ one: inner(), list: v.array(inner()) });
    expect(pathsOf(schema, { one: [{ zz: 1 }], list: { length: 1, 0: { zz: 1 } } })).to.deep.equal(
      [],
    );
    expect(pathsOf(schema, { one: 'x', list: 'x' })).to.deep.equal([]);
    expect(pathsOf(schema, [{ zz: 1 }])).to.deep.equal([]);
    expect(pathsOf(schema, null)).to.deep.equal([]);
  });

  it('an unknown field of an object comes before those of the objects inside it, in document order', () => {
    const schema = v.object({ one: inner(), two: inner(), list: v.array(inner()) });
    expect(
      pathsOf(schema, {
        list: [{ zz: 1 }, { zz: 2 }],
        one: { zz: 3 },
        za: 1,
        two: { zz: 4 },
        zb: 1,
      }),
    ).to.deep.equal(['za', 'zb', 'list[0].zz', 'list[1].zz', 'one.zz', 'two.zz']);
    expect(pathsOf(schema, { one: { zz: 3 }, za: 1, zb: 1 }, 2)).to.deep.equal(['za', 'zb']);
    expect(pathsOf(schema, { one: { zz: 3 }, za: 1 }, 1)).to.deep.equal(['za']);
  });

  it('a field name is written as .name when it is an identifier, and quoted in brackets otherwise', () => {
    const schema = v.object({ a: inner() });
    const names = ['zz', '_z', '$z', 'Z9', 'z$_9', '9z', 'z-z', 'z z', '', 'ä', 'z.z'];
    const value = { a: Object.fromEntries(names.map((n) => [n, 1])) };
    expect(pathsOf(schema, value)).to.deep.equal([
      'a.zz',
      'a._z',
      'a.$z',
      'a.Z9',
      'a.z$_9',
      'a["9z"]',
      'a["z-z"]',
      'a["z z"]',
      'a[""]',
      'a["ä"]',
      'a["z.z"]',
    ]);
    expect(pathsOf(v.object({}), { zz: 1, '9z': 1 })).to.deep.equal(['zz', '["9z"]']);
  });

  it('the warning for an unknown field names the closest known field, or says it is ignored', () => {
    const schema = v.object({ value: v.number() });
    const [typo, other] = unknownFieldIssues(schema, { vlaue: 1, zzzzzz: 2 }, 10);
    expect(typo).to.deep.equal({
      path: 'vlaue',
      message: 'is not a field this kit knows, so it is ignored: did you mean "value"?',
      code: 'unknown-field',
      severity: 'warning',
    });
    expect(other!.message).to.equal(
      'is not a field this kit knows, so it is ignored (a typo, or a field of a newer schema version).',
    );
  });

  it('a typo is one edit for a name under six characters, two from six on, whichever is longer', () => {
    // one edit each: insertion, deletion, substitution, swap of neighbours, letter case is free
    expect(closestField('valu', ['value'])).to.equal('value');
    expect(closestField('valuee', ['value'])).to.equal('value');
    expect(closestField('vaxue', ['value'])).to.equal('value');
    expect(closestField('vlaue', ['value'])).to.equal('value');
    expect(closestField('VALUE', ['value'])).to.equal('value');
    // two edits: too many for five characters, enough from six on (either name)
    expect(closestField('vxlxe', ['value'])).to.equal(undefined);
    expect(closestField('vxlxes', ['values'])).to.equal('values');
    expect(closestField('valuexx', ['value'])).to.equal('value');
    expect(closestField('vlue', ['values'])).to.equal('values');
    expect(closestField('vlaeu', ['value'])).to.equal(undefined);
    // three edits are never a typo, also when the lengths differ by two
    expect(closestField('abcdef', ['abXdefgh'])).to.equal(undefined);
    expect(closestField('abcdefgh', ['abXdef'])).to.equal(undefined);
    expect(closestField('targets', ['tx'])).to.equal(undefined);
    // the exact name is no suggestion, and the closest of several wins, the first on a tie
    expect(closestField('value', ['value'])).to.equal(undefined);
    expect(closestField('vale', ['valve', 'value', 'vale2'])).to.equal('valve');
    expect(closestField('tagret', ['target', 'tagre'])).to.equal('target');
    expect(closestField('tagret', ['tagre', 'target'])).to.equal('tagre');
    expect(closestField('x', [])).to.equal(undefined);
  });

  it('the distance counts every kind of edit, at the start, the middle and the end of a name', () => {
    const cases: [string, string, boolean][] = [
      ['xcategory', 'category', true],
      ['categoryx', 'category', true],
      ['ategory', 'category', true],
      ['categor', 'category', true],
      ['acetgory', 'category', true],
      ['categoyr', 'category', true],
      ['xxtegory', 'category', true],
      ['xxxegory', 'category', false],
      ['acetgory', 'category', true],
      ['acetgoyr', 'category', false],
      ['ab', 'ba', true],
      ['ab', 'cd', false],
      // a deleted first letter is one edit; two deletions are two, too many for a short name
      ['ab', 'b', true],
      ['aaa', 'a', false],
      // a swap is of neighbours only: letters moved further apart are more edits
      ['aaaaab', 'aaabca', false],
      ['aaaaab', 'aaabbc', false],
    ];
    for (const [key, known, close] of cases)
      expect(closestField(key, [known]), `${key} ~ ${known}`).to.equal(close ? known : undefined);
  });

  it('the suggestion is the first known field at the least edits, measured by a direct recursion', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A'), maxLength: 7 });
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 3 }), (key, known) => {
        expect(closestField(key, known), `${key} in ${known.join(',')}`).to.equal(
          closestByRecursion(key, known),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * The oracle: edits between two names (insert, delete, substitute, swap two neighbours, letter
 * case free) by the recursive definition of the optimal string alignment distance, and the
 * first known name at the least distance when that distance is small enough for the names.
 */
function closestByRecursion(key: string, known: string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const memo = new Map<string, number>();
    const go = (i: number, j: number): number => {
      if (i === 0) return j;
      if (j === 0) return i;
      const id = `${i},${j}`;
      const hit = memo.get(id);
      if (hit !== undefined) return hit;
      let best = Math.min(
        go(i - 1, j) + 1,
        go(i, j - 1) + 1,
        go(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, go(i - 2, j - 2) + 1);
      memo.set(id, best);
      return best;
    };
    return go(a.length, b.length);
  };
  let best: string | undefined;
  let least = Infinity;
  for (const name of known) {
    const d = distance(key.toLowerCase(), name.toLowerCase());
    if (d < least) [best, least] = [name, d];
  }
  if (best === undefined || best === key) return undefined;
  return least <= (Math.max(key.length, best.length) >= 6 ? 2 : 1) ? best : undefined;
}
