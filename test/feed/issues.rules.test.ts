// How the parser words and collects issues (issues.ts): paths, values in messages, own fields
// only, and the sink that stops at maxIssues errors and keeps at most maxIssues warnings.
import { expect } from '@open-wc/testing';
import {
  ENOUGH,
  formatPath,
  isRecord,
  issue,
  IssueSink,
  own,
  shown,
} from '../../src/feed/issues.js';

const error = (path: string) => issue(path, 'is wrong', 'invalid');
const warning = (path: string) => issue(path, 'is odd', 'unknown-value', 'warning');

describe('issue rules', () => {
  it('an issue is an error unless it says it is a warning', () => {
    expect(issue('a', 'm', 'invalid')).to.deep.equal({
      path: 'a',
      message: 'm',
      code: 'invalid',
      severity: 'error',
    });
    expect(warning('b').severity).to.equal('warning');
  });

  it('a path writes identifiers with dots, list positions in brackets and other names quoted', () => {
    expect(formatPath([])).to.equal('');
    expect(formatPath(['agreements', 2, 'objectives', 0, 'target'])).to.equal(
      'agreements[2].objectives[0].target',
    );
    expect(formatPath([0, 'a'])).to.equal('[0].a');
    expect(formatPath(['_a', '$b', 'c9'])).to.equal('_a.$b.c9');
    expect(formatPath(['a', '9b', 'c-d', 'e f', '', 'ä'])).to.equal(
      'a["9b"]["c-d"]["e f"][""]["ä"]',
    );
    expect(formatPath(['x.y'])).to.equal('["x.y"]');
  });

  it('a value in a message reads as JSON, a number that is not finite as words', () => {
    expect(shown('x')).to.equal('"x"');
    expect(shown(2)).to.equal('2');
    expect(shown(null)).to.equal('null');
    expect(shown({ a: [1] })).to.equal('{"a":[1]}');
    expect(shown(Number.POSITIVE_INFINITY)).to.equal('not a finite number');
    expect(shown(Number.NEGATIVE_INFINITY)).to.equal('not a finite number');
    expect(shown(Number.NaN)).to.equal('not a finite number');
    expect(shown(undefined)).to.equal('undefined');
  });

  it('only an own field of a record is read, never an inherited one, a list index or a key of a non-record', () => {
    expect(own({ a: 1 }, 'a')).to.equal(1);
    expect(own(Object.create({ a: 1 }) as object, 'a')).to.equal(undefined);
    expect(own({ a: 1 }, 'toString')).to.equal(undefined);
    expect(own(JSON.parse('{"__proto__": 5}'), '__proto__')).to.equal(5);
    expect(own([7], '0')).to.equal(undefined);
    expect(own(null, 'a')).to.equal(undefined);
    expect(own('abc', 'length')).to.equal(undefined);
    expect([isRecord({}), isRecord([]), isRecord(null), isRecord('x')]).to.deep.equal([
      true,
      false,
      false,
      false,
    ]);
  });

  it('the sink stops at the max-th error, and keeps at most max warnings beside them', () => {
    const sink = new IssueSink(2);
    sink.push(warning('w1'));
    sink.push(warning('w2'));
    expect(sink.warningsFull).to.equal(true);
    sink.push(warning('w3'));
    sink.push(error('e1'));
    expect(() => sink.push(error('e2'))).to.throw(Error, 'maxIssues reached');
    expect(sink.list.map((i) => i.path)).to.deep.equal(['w1', 'w2', 'e1', 'e2']);
    let thrown: unknown;
    try {
      new IssueSink(1).push(error('e'));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).to.equal(ENOUGH);
  });

  it('warnings found before the rules count against the same maximum', () => {
    const sink = new IssueSink(3, 2);
    expect(sink.warningsFull).to.equal(false);
    sink.push(warning('w3'));
    expect(sink.warningsFull).to.equal(true);
    sink.push(warning('w4'));
    expect(sink.list.map((i) => i.path)).to.deep.equal(['w3']);
    const fresh = new IssueSink(1);
    expect(fresh.warningsFull).to.equal(false);
    expect(new IssueSink(0).warningsFull).to.equal(true);
  });
});
