// Minor units of a currency from docs/feed.md ("Money"): ISO 4217 digits (JPY 0, EUR 2, KWD 3),
// currency codes read in any letter case, 2 for a code the runtime does not accept.
// minorUnitDigits keeps a cache per code, so an answer checked once is served from it afterwards:
// each run of these tests asks a spelling not asked before in the process (letter case varies),
// so the computation behind the cache is what is checked, not an earlier answer.
import { expect } from '@open-wc/testing';
import { minorUnitDigits } from '../../src/model/index.js';

const DIGITS: Readonly<Record<string, number>> = {
  JPY: 0,
  KRW: 0,
  KWD: 3,
  BHD: 3,
  JOD: 3,
  OMR: 3,
  TND: 3,
};

/** Every letter-case spelling of a code but the upper-case one (other suites ask that): jPY, JpY, ... */
function spellings(code: string): string[] {
  const out: string[] = [];
  for (let bits = 1; bits < 2 ** code.length; bits++) {
    out.push(
      [...code].map((c, i) => (bits & (1 << i) ? c.toLowerCase() : c.toUpperCase())).join(''),
    );
  }
  return out;
}

const fresh = Object.entries(DIGITS).flatMap(([code, digits]) =>
  spellings(code).map((spelling) => ({ spelling, digits })),
);
let next = 0;
let refused = 0;

describe('model/currency digits rules', () => {
  it('a currency code in any letter case gets its ISO 4217 minor unit, the first time it is asked too', () => {
    // Two spellings per run: one with no minor unit, one with three.
    const zero = fresh.filter((f) => f.digits === 0);
    const three = fresh.filter((f) => f.digits === 3);
    const a = zero[next % zero.length]!;
    const b = three[next % three.length]!;
    next += 1;
    expect(minorUnitDigits(a.spelling), a.spelling).to.equal(0);
    expect(minorUnitDigits(b.spelling), b.spelling).to.equal(3);
    // Asked again: the same answer.
    expect(minorUnitDigits(a.spelling)).to.equal(0);
    expect(minorUnitDigits(b.spelling)).to.equal(3);
  });

  it('a code the runtime does not accept as a currency gets 2 digits, the first time it is asked too', () => {
    refused += 1;
    const code = `not-a-currency-${refused}`;
    expect(minorUnitDigits(code)).to.equal(2);
    expect(minorUnitDigits(code)).to.equal(2);
    expect(minorUnitDigits(undefined)).to.equal(2);
  });
});
