// Tooltip placement (src/layout/tooltip.ts): above the anchor when it fits, else below, centred
// on it and kept inside the bounds; then a property over random anchors anywhere in a viewport.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { placeTooltip, type Box } from '../../src/layout/tooltip.js';

const viewport: Box = { x: 0, y: 0, width: 800, height: 600 };
const size = { width: 200, height: 80 };
const at = (x: number, y: number, width = 10, height = 10): Box => ({ x, y, width, height });

describe('placeTooltip', () => {
  it('goes above the anchor, centred on it, 8 px away by default', () => {
    expect(placeTooltip(at(395, 300), size, viewport)).to.deep.equal({
      x: 300,
      y: 212,
      side: 'above',
    });
  });

  it('takes another gap', () => {
    expect(placeTooltip(at(395, 300), size, viewport, 2).y).to.equal(218);
  });

  it('goes below when there is no room above', () => {
    expect(placeTooltip(at(395, 50), size, viewport)).to.deep.equal({
      x: 300,
      y: 68,
      side: 'below',
    });
  });

  it('goes above when it exactly fits', () => {
    expect(placeTooltip(at(395, 88), size, viewport)).to.deep.equal({
      x: 300,
      y: 0,
      side: 'above',
    });
    expect(placeTooltip(at(395, 87), size, viewport).side).to.equal('below');
  });

  it('shifts right at the left edge and left at the right edge', () => {
    expect(placeTooltip(at(0, 300), size, viewport).x).to.equal(0);
    expect(placeTooltip(at(790, 300), size, viewport).x).to.equal(600);
  });

  it('stays in bounds that do not start at 0', () => {
    const bounds: Box = { x: 100, y: 50, width: 400, height: 300 };
    expect(placeTooltip(at(100, 100), size, bounds)).to.deep.equal({
      x: 100,
      y: 118,
      side: 'below',
    });
    expect(placeTooltip(at(490, 340), size, bounds)).to.deep.equal({
      x: 300,
      y: 252,
      side: 'above',
    });
  });

  it('with room on neither side takes the roomier side, moved inside the bounds', () => {
    const tall = { width: 100, height: 500 };
    expect(placeTooltip(at(50, 100, 10, 10), tall, viewport)).to.deep.equal({
      x: 5,
      y: 100,
      side: 'below',
    });
    expect(placeTooltip(at(50, 490, 10, 10), tall, viewport)).to.deep.equal({
      x: 5,
      y: 0,
      side: 'above',
    });
  });

  it('measures the room on each side from the bounds, not from 0', () => {
    const bounds: Box = { x: 0, y: 100, width: 800, height: 300 };
    expect(placeTooltip(at(50, 150), { width: 100, height: 250 }, bounds)).to.deep.equal({
      x: 5,
      y: 150,
      side: 'below',
    });
  });

  it('counts the anchor height when it compares the room above and below', () => {
    const tall = { width: 100, height: 300 };
    // 280 px above, 220 px below the 100 px anchor
    expect(placeTooltip(at(50, 280, 10, 100), tall, viewport)).to.deep.equal({
      x: 5,
      y: 0,
      side: 'above',
    });
    // 250 px on each side: below
    expect(placeTooltip(at(50, 250, 10, 100), tall, viewport)).to.deep.equal({
      x: 5,
      y: 300,
      side: 'below',
    });
  });

  it('an anchor above the bounds puts the tooltip at their top', () => {
    const bounds: Box = { x: 0, y: 100, width: 800, height: 300 };
    expect(placeTooltip(at(50, 10), { width: 100, height: 50 }, bounds)).to.deep.equal({
      x: 5,
      y: 100,
      side: 'below',
    });
  });

  it('a tooltip wider than the bounds keeps its start edge inside', () => {
    expect(placeTooltip(at(400, 300), { width: 1000, height: 50 }, viewport).x).to.equal(0);
  });

  it('centres on a wide anchor such as a focused bar', () => {
    expect(placeTooltip(at(100, 300, 400, 20), size, viewport).x).to.equal(200);
  });
});

describe('placeTooltip property', () => {
  it('a tooltip that fits the viewport stays inside it for an anchor anywhere, and never covers an anchor it has room beside', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 250 }),
        (x, y, w, h, width, height) => {
          const anchor = at(x, y, w, h);
          const p = placeTooltip(anchor, { width, height }, viewport);
          expect(p.x).to.be.at.least(0);
          expect(p.y).to.be.at.least(0);
          expect(p.x + width).to.be.at.most(800);
          expect(p.y + height).to.be.at.most(600);
          const fitsAbove = y - 8 - height >= 0;
          const fitsBelow = y + h + 8 + height <= 600;
          if (fitsAbove || fitsBelow) {
            const clear = p.y + height <= y - 8 || p.y >= y + h + 8;
            expect(clear, 'clear of the anchor').to.equal(true);
          }
          if (fitsAbove) expect(p.side).to.equal('above');
        },
      ),
      { numRuns: 500 },
    );
  });
});
