// A \u escape takes exactly four hex digits, in either case (RFC 8259, section 7): the locator
// points at the first character that is not one, and JSON.parse agrees on what is valid.
import { expect } from '@open-wc/testing';
import { locateJsonError } from '../../src/feed/json-locate.js';

const valid = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('JSON escape rules', () => {
  it('every hex digit from 0 to 9, A to F and a to f continues a \\u escape', () => {
    for (const digits of ['0189', 'AaFf', 'BCDE', 'bcde']) {
      const text = `"\\u${digits}"`;
      expect(valid(text), text).to.equal(true);
      expect(locateJsonError(text), text).to.equal(-1);
    }
  });

  it('the letters just outside the hex ranges (@, G, `, g) are an error at that letter', () => {
    for (const c of ['@', 'G', '`', 'g', '/', ':']) {
      const text = `"\\u00${c}0"`;
      expect(valid(text), text).to.equal(false);
      expect(locateJsonError(text), text).to.equal(5);
    }
  });
});
