// Sparkline geometry: the vertical scale spans every value, minimum and target drawn; level lines
// are steps centred on each period; no data and non-finite values are gaps. Expected paths are
// worked out by hand on a 100 x 100 box without padding, so every coordinate is a round number.
import { expect } from '@open-wc/testing';
import { sparklineLayout } from '../../src/layout/sparkline.js';

const BOX = { width: 100, height: 100, padding: 0 };
// Values 10 and 20 between a minimum of 5 and a target of 30: y = 100 - 4 (v - 5).
const POINTS = [
  { value: 10, minimum: 5, target: 30 },
  { value: 20, minimum: 5, target: 30 },
  { value: null, minimum: 5, target: 30 },
];

describe('sparkline geometry rules', () => {
  it('the scale runs from the lowest of values, minima and targets at the bottom to the highest at the top', () => {
    const l = sparklineLayout(POINTS, BOX);
    expect(l.points).to.deep.equal([
      { x: 0, y: 80 },
      { x: 50, y: 40 },
      { x: 100, y: null },
    ]);
    expect(l.valuePath).to.equal('M0,80L50,40');
    expect(l.last).to.deep.equal({ x: 50, y: 40 });
  });

  it('a value beyond the minimum and the target stretches the scale to fit it', () => {
    const l = sparklineLayout(
      [
        { value: 0, minimum: 5, target: 30 },
        { value: 50, minimum: 5, target: 30 },
      ],
      BOX,
    );
    // y = 100 - 2 v: the values, not the levels, are the ends of the scale.
    expect(l.points).to.deep.equal([
      { x: 0, y: 100 },
      { x: 100, y: 0 },
    ]);
    expect(l.valuePath).to.equal('M0,100L100,0');
    expect(l.minimumPath).to.equal('M0,90H50L50,90H100');
  });

  it('a level line is a step per period, each step reaching halfway to its neighbours', () => {
    const l = sparklineLayout(POINTS, BOX);
    expect(l.minimumPath).to.equal('M0,100H25L25,100H75L75,100H100');
    expect(l.targetPath).to.equal('M0,0H25L25,0H75L75,0H100');
  });

  it('right to left, the steps run from the right edge to the left one', () => {
    const l = sparklineLayout(POINTS, { ...BOX, rtl: true });
    expect(l.minimumPath).to.equal('M100,100H75L75,100H25L25,100H0');
    expect(l.valuePath).to.equal('M100,80L50,40');
  });

  it('a raised target steps up at the boundary between two periods', () => {
    const l = sparklineLayout(
      [
        { value: 10, minimum: 0, target: 50 },
        { value: 10, minimum: 0, target: 100 },
      ],
      BOX,
    );
    // y = 100 - v; two periods at x = 0 and 100, boundary at 50.
    expect(l.targetPath).to.equal('M0,50H50L50,0H100');
  });

  it('padding keeps the lowest and highest levels off the edges', () => {
    const l = sparklineLayout(
      [
        { value: 5, minimum: 5, target: 30 },
        { value: 30, minimum: 5, target: 30 },
      ],
      { width: 100, height: 100, padding: 10 },
    );
    expect(l.points).to.deep.equal([
      { x: 10, y: 90 },
      { x: 90, y: 10 },
    ]);
  });

  it('a flat series sits in the middle of the height', () => {
    const l = sparklineLayout(
      [
        { value: 50, minimum: 50, target: 50 },
        { value: 50, minimum: 50, target: 50 },
      ],
      BOX,
    );
    expect(l.points.map((p) => p.y)).to.deep.equal([50, 50]);
  });

  it('a single period is drawn at the centre with a zero-width step', () => {
    const l = sparklineLayout([{ value: 10, minimum: 5, target: 30 }], BOX);
    expect(l.points).to.deep.equal([{ x: 50, y: 80 }]);
    expect(l.minimumPath).to.equal('M50,100H50');
  });

  it('a value that is not finite is a gap and does not stretch the scale', () => {
    const l = sparklineLayout(
      [
        { value: 10, minimum: 5, target: 30 },
        { value: Number.NaN, minimum: 5, target: 30 },
        { value: Infinity, minimum: 5, target: 30 },
        { value: 20, minimum: 5, target: 30 },
      ],
      { width: 90, height: 100, padding: 0 },
    );
    expect(l.points.map((p) => p.y)).to.deep.equal([80, null, null, 40]);
    expect(l.valuePath.match(/M/g)).to.have.length(2);
  });

  it('a level that is not finite leaves its step out and does not stretch the scale', () => {
    const l = sparklineLayout(
      [
        { value: 10, minimum: 5, target: 30 },
        { value: 20, minimum: Number.NaN, target: 30 },
        { value: null, minimum: 5, target: Infinity },
      ],
      BOX,
    );
    expect(l.minimumPath).to.equal('M0,100H25L75,100H100');
    expect(l.targetPath).to.equal('M0,0H25L25,0H75');
    expect(l.points.map((p) => p.y)).to.deep.equal([80, 40, null]);
  });

  it('no period draws nothing, and no data draws no value line and no last point', () => {
    const empty = sparklineLayout([], BOX);
    expect([empty.valuePath, empty.minimumPath, empty.targetPath]).to.deep.equal(['', '', '']);
    const noData = sparklineLayout(
      POINTS.map((p) => ({ ...p, value: null })),
      BOX,
    );
    expect(noData.valuePath).to.equal('');
    expect(noData.last).to.equal(null);
    expect(noData.minimumPath).to.equal('M0,100H25L25,100H75L75,100H100');
  });
});
