// Locating a JSON syntax error (docs/feed.md, "Validation": the `json` issue gives line and
// column). The offset points at the offending character. JSON.parse is the independent oracle
// for what is valid: the locator must find an error exactly when JSON.parse throws.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { locateJsonError } from '../../src/feed/json-locate.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('JSON error location rules', () => {
  it('valid JSON with every kind of whitespace, escape and literal has no error', () => {
    const text =
      ' \t\r\n{"a": [1, -2.5e3, 0.5E-2, true, false, null, "\\u00e9\\n\\"\\\\\\/\\b\\f\\r\\t"]}\r\n';
    expect(parses(text)).to.equal(true);
    expect(locateJsonError(text)).to.equal(-1);
  });

  it('a \\u escape without four hex digits is located at the first character that is not one', () => {
    expect(locateJsonError('{"a":"\\u12G4"}')).to.equal(10);
    expect(locateJsonError('["\\u00"]')).to.equal(6);
  });

  it('a bad \\u escape is an error even when what follows would complete the value', () => {
    expect(locateJsonError('["\\u,1]')).to.equal(4);
  });

  it('a control character inside a string is located where it stands', () => {
    expect(locateJsonError('["a\nb"]')).to.equal(3);
    expect(locateJsonError('["a\tb"]')).to.equal(3);
  });

  it('an unknown escape is located at the character after the backslash', () => {
    expect(locateJsonError('["\\x"]')).to.equal(3);
  });

  it('a minus sign without digits is located where its first digit should be', () => {
    expect(locateJsonError('[-]')).to.equal(2);
    expect(locateJsonError('[-x]')).to.equal(2);
    expect(locateJsonError('-')).to.equal(1);
  });

  it('whitespace before the error is skipped, tabs and carriage returns included', () => {
    expect(locateJsonError(' \t\r\n[1,]')).to.equal(7);
  });

  it('text after a complete value is located where it starts', () => {
    expect(locateJsonError('[1] x')).to.equal(4);
    expect(locateJsonError('[1]\t\r\n')).to.equal(-1);
  });

  it('an unterminated string is located at the end of the text', () => {
    expect(locateJsonError('["abc')).to.equal(5);
    expect(locateJsonError('"ab\\')).to.equal(4);
  });

  it('a misspelt literal is located at the first wrong letter', () => {
    expect(locateJsonError('[trve]')).to.equal(3);
    expect(locateJsonError('[nul]')).to.equal(4);
  });

  it('finds an error exactly when JSON.parse throws, on valid JSON and on one-character edits of it', () => {
    const alphabet = fc.constantFrom(...'{}[]":,-.0123456789eEtfnu\\ \t\nabx'.split(''));
    fc.assert(
      fc.property(
        fc.json({ maxDepth: 3 }),
        fc.nat(),
        fc.constantFrom('insert', 'delete', 'replace', 'none'),
        alphabet,
        (json, at, edit, c) => {
          const k = json.length === 0 ? 0 : at % (json.length + 1);
          const text =
            edit === 'insert'
              ? json.slice(0, k) + c + json.slice(k)
              : edit === 'delete'
                ? json.slice(0, k) + json.slice(k + 1)
                : edit === 'replace'
                  ? json.slice(0, k) + c + json.slice(k + 1)
                  : json;
          const offset = locateJsonError(text);
          expect(offset === -1, JSON.stringify(text)).to.equal(parses(text));
          expect(offset).to.be.at.most(text.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
