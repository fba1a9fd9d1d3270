// History strip cells: up to the wanted days, newest last, whole-pixel cells at least `minCell`
// wide and `gap` apart that fill the width; fewer days when the width is narrow, never none.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { stripLayout } from '../../src/layout/strip.js';

describe('history strip layout', () => {
  it('all wanted days fit when the width allows: cells and gaps fill it exactly', () => {
    const l = stripLayout(899, 90);
    // 90 cells of 9 px and 89 gaps of 1 px
    expect([l.days, l.cellWidth, l.gap]).to.deep.equal([90, 9, 1]);
    expect(l.cells[0]).to.deep.equal({ index: 0, x: 0, width: 9 });
    expect(l.cells[89]).to.deep.equal({ index: 89, x: 890, width: 9 });
  });

  it('leftover pixels are spread: cell widths differ by at most one pixel', () => {
    const l = stripLayout(100, 7, { gap: 2 });
    expect(l.cells.map((c) => c.x)).to.deep.equal([0, 15, 29, 44, 58, 73, 87]);
    expect(l.cells.map((c) => c.width)).to.deep.equal([13, 12, 13, 12, 13, 12, 13]);
    expect(l.cellWidth).to.be.closeTo(102 / 7 - 2, 1e-9);
  });

  it('a narrow strip shows fewer days rather than cells below the minimum', () => {
    // (200 + 1) / (4 + 1) = 40 days at most
    expect(stripLayout(200, 90).days).to.equal(40);
    expect(stripLayout(198, 90).days).to.equal(39);
    expect(stripLayout(200, 90, { minCell: 9 }).days).to.equal(20);
    expect(stripLayout(200, 90, { minCell: 4, gap: 0 }).days).to.equal(50);
  });

  it('never fewer than one day: a single cell as wide as the strip', () => {
    expect(stripLayout(3, 90).cells).to.deep.equal([{ index: 0, x: 0, width: 3 }]);
    expect(stripLayout(0, 90).cells).to.deep.equal([{ index: 0, x: 0, width: 0 }]);
    expect(stripLayout(-5, 90).days).to.equal(1);
    expect(stripLayout(Number.NaN, 90).days).to.equal(1);
    expect(stripLayout(Infinity, 90).cells).to.deep.equal([{ index: 0, x: 0, width: 0 }]);
    expect(stripLayout(500, 0).days).to.equal(1);
    expect(stripLayout(500, Number.NaN).days).to.equal(1);
  });

  it('fractional widths and wanted days are rounded down; minCell is at least 1 px, gap at least 0', () => {
    expect(stripLayout(99.9, 90).days).to.equal(stripLayout(99, 90).days);
    expect(stripLayout(1000, 7.9).days).to.equal(7);
    expect(stripLayout(10, 90, { minCell: 0, gap: 0 }).days).to.equal(10);
    expect(stripLayout(10, 90, { minCell: 1, gap: -3 }).gap).to.equal(0);
  });

  it('cells are in order, whole pixels, at least minCell wide, exactly gap apart, inside the width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 4 }),
        (width, wanted, minCell, gap) => {
          const l = stripLayout(width, wanted, { minCell, gap });
          expect(l.days).to.equal(
            Math.max(1, Math.min(wanted, Math.floor((width + gap) / (minCell + gap)))),
          );
          expect(l.cells).to.have.length(l.days);
          for (const c of l.cells) {
            expect(l.cells[c.index]).to.equal(c);
            expect(Number.isInteger(c.x) && Number.isInteger(c.width)).to.equal(true);
            if (l.days > 1) expect(c.width).to.be.at.least(minCell);
          }
          for (let i = 1; i < l.cells.length; i++) {
            expect(l.cells[i]!.x - (l.cells[i - 1]!.x + l.cells[i - 1]!.width)).to.equal(gap);
          }
          const last = l.cells[l.cells.length - 1]!;
          expect(last.x + last.width).to.equal(width);
        },
      ),
      { numRuns: 150 },
    );
  });
});
