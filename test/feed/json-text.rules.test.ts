// JSON text (json-text.ts): the size a feed has in UTF-8 bytes, against TextEncoder as the
// oracle, the line and column of an offset, against splitting the text into lines, and the
// wording of a syntax error.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { lineColumn, parseJsonText, utf8Length } from '../../src/feed/json-text.js';

const bytes = (text: string): number => new TextEncoder().encode(text).length;

/** Texts of every UTF-8 length per character (1 to 4 bytes), well-formed. */
const mixed = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', '~', '\n', '\u007f', '\u0080', 'é', '\u07ff', '\u0800', '€', '\uffff'),
    fc.constantFrom('😀', '\u{10000}', '\u{10ffff}'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('JSON text rules', () => {
  it('the size is above a limit exactly when the UTF-8 bytes are, and exact up to the limit', () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: -3, max: 3 }), fc.nat(200), (text, off, any) => {
        const exact = bytes(text);
        for (const limit of [exact + off, any, exact, exact - 1, text.length, text.length * 3]) {
          const size = utf8Length(text, limit);
          expect(size > limit, `${JSON.stringify(text)} against ${limit}`).to.equal(exact > limit);
          if (exact <= limit && limit < text.length * 3) expect(size).to.equal(exact);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('each character counts 1, 2, 3 or 4 bytes by its code point, at the edges of each range', () => {
    const cases: [string, number][] = [
      ['\u007f', 1],
      ['\u0080', 2],
      ['\u07ff', 2],
      ['\u0800', 3],
      ['\ud7ff', 3],
      ['\ue000', 3],
      ['\uffff', 3],
      ['\u{10000}', 4],
      ['\u{10ffff}', 4],
    ];
    for (const [c, n] of cases) {
      // after ASCII, with a limit that forces counting: 3 ASCII bytes plus the character
      const text = `abc${c}`;
      expect(utf8Length(text, text.length), JSON.stringify(c)).to.equal(
        n === 1 ? text.length : 3 + n,
      );
      expect(bytes(text)).to.equal(3 + n);
    }
  });

  it('a text at the limit is not above it, one more byte is, wherever the wide characters are', () => {
    for (const text of ['€€', 'a€', '€a', 'ab€€cd', '😀', 'a😀', '😀a']) {
      const exact = bytes(text);
      expect(utf8Length(text, exact) > exact, text).to.equal(false);
      expect(utf8Length(text, exact - 1) > exact - 1, text).to.equal(true);
    }
    // a long ASCII run after a wide character is counted to its end
    expect(utf8Length(`€${'a'.repeat(10)}`, 12)).to.equal(13);
    expect(utf8Length(`€${'a'.repeat(10)}`, 13)).to.equal(13);
    // a text longer than the limit in characters is above it, in any script
    expect(utf8Length('abcd', 3) > 3).to.equal(true);
    expect(utf8Length('éé', 2)).to.equal(4);
  });

  it('lines and columns count from 1, a line starting after each line feed', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' ') }),
        fc.nat(40),
        (text, at) => {
          const offset = Math.min(at, text.length);
          const before = text.slice(0, offset).split('\n');
          expect(lineColumn(text, at)).to.deep.equal({
            line: before.length,
            column: before[before.length - 1]!.length + 1,
          });
        },
      ),
      { numRuns: 300 },
    );
    expect(lineColumn('ab\ncd', 4)).to.deep.equal({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd', 99)).to.deep.equal({ line: 2, column: 3 });
  });

  it('a syntax error names its line and column and the text there, or says the text ends too early', () => {
    expect(parseJsonText('{"a": 1}')).to.deep.equal({ ok: true, value: { a: 1 } });
    const wrong = parseJsonText('{\n  "a": x1234567890123}');
    expect(wrong.ok).to.equal(false);
    if (wrong.ok) return;
    expect(wrong.issue).to.deep.equal({
      path: '',
      message: 'The feed is not valid JSON at line 2, column 8 near "x12345678901".',
      code: 'json',
      severity: 'error',
    });
    const early = parseJsonText('{"a": [1,');
    expect(!early.ok && early.issue.message).to.equal(
      'The feed is not valid JSON at line 1, column 10 (the text ends too early).',
    );
    // an error at the very first character is there, not at the end
    const first = parseJsonText('x1');
    expect(!first.ok && first.issue.message).to.equal(
      'The feed is not valid JSON at line 1, column 1 near "x1".',
    );
    const empty = parseJsonText('');
    expect(!empty.ok && empty.issue.message).to.equal(
      'The feed is not valid JSON at line 1, column 1 (the text ends too early).',
    );
  });

  it('a response that looks like HTML says so, also after white space', () => {
    for (const text of ['<!doctype html><p>', '  \n<html>']) {
      const result = parseJsonText(text);
      expect(!result.ok && result.issue.message, text).to.contain(
        ' The response looks like HTML, not JSON: check the feed URL.',
      );
    }
    const other = parseJsonText('x<html>');
    expect(!other.ok && other.issue.message).to.not.contain('HTML');
  });
});
