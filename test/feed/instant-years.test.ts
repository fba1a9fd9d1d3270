import { expect } from '@open-wc/testing';
import { instantToMs } from '../../src/feed/schema.js';

describe('instantToMs across years', () => {
  it('agrees with Date.parse on every month of every year 0000..9999, in any order of years', () => {
    // Years visited out of order, so that the days kept for the last year are replaced each time.
    let compared = 0;
    for (let k = 0; k < 10_000; k++) {
      const year = (k * 7_919) % 10_000;
      const month = (k % 12) + 1;
      const day = [1, 28, 29, 30, 31][k % 5]!;
      const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T23:59:59.999+01:30`;
      const ms = instantToMs(text);
      if (Number.isNaN(ms)) continue;
      compared++;
      expect(ms, text).to.equal(Date.parse(text));
    }
    expect(compared).to.be.greaterThan(8_000);
  });
});
