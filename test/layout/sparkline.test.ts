import { expect } from '@open-wc/testing';
import { linePath, sparklineLayout } from '../../src/layout/sparkline.js';

const pts = (values: (number | null)[], minimum = 99, target = 99.9) =>
  values.map((value) => ({ value, minimum, target }));

describe('sparklineLayout', () => {
  it('sparklineLayout places the first point at the left and the last at the right', () => {
    const l = sparklineLayout(pts([99.5, 99.95, 99.99]), { width: 100, height: 20, padding: 2 });
    expect(l.points[0]!.x).to.equal(2);
    expect(l.points[2]!.x).to.equal(98);
    expect(l.last).to.deep.equal({ x: 98, y: l.points[2]!.y });
  });

  it('sparklineLayout mirrors time for right-to-left layouts', () => {
    const l = sparklineLayout(pts([99.5, 99.95]), {
      width: 100,
      height: 20,
      padding: 2,
      rtl: true,
    });
    expect(l.points[0]!.x).to.equal(98);
    expect(l.points[1]!.x).to.equal(2);
  });

  it('sparklineLayout draws higher values nearer the top', () => {
    const l = sparklineLayout(pts([99.0, 99.99]), { width: 100, height: 20 });
    expect(l.points[1]!.y!).to.be.lessThan(l.points[0]!.y!);
  });

  it('sparklineLayout leaves a gap for a period with no data', () => {
    const l = sparklineLayout(pts([99.5, null, 99.9]), { width: 100, height: 20 });
    expect(l.points[1]!.y).to.equal(null);
    // Two separate sub-paths: the line restarts after the gap.
    expect(l.valuePath.match(/M/g)).to.have.length(2);
  });

  it('sparklineLayout draws a step where the target was raised', () => {
    const points = [
      { value: 99.9, minimum: 99, target: 99.5 },
      { value: 99.9, minimum: 99, target: 99.9 },
    ];
    const l = sparklineLayout(points, { width: 100, height: 20 });
    const ys = [...l.targetPath.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(new Set(ys).size).to.equal(2);
  });

  it('sparklineLayout returns an empty value path and no last point without data', () => {
    const l = sparklineLayout(pts([null, null]), { width: 100, height: 20 });
    expect(l.valuePath).to.equal('');
    expect(l.last).to.equal(null);
    expect(l.minimumPath).to.not.equal('');
  });

  it('sparklineLayout never produces NaN for a flat series or a single point', () => {
    for (const l of [
      sparklineLayout(pts([5, 5, 5], 5, 5), { width: 60, height: 16 }),
      sparklineLayout(pts([5]), { width: 60, height: 16 }),
      sparklineLayout([], { width: 0, height: 0 }),
    ]) {
      // Every coordinate, in the points and in the SVG paths, is a finite number.
      const numbers = [
        l.width,
        l.height,
        ...l.points.flatMap((p) => [p.x, ...(p.y === null ? [] : [p.y])]),
        ...(l.last ? [l.last.x, l.last.y] : []),
        ...[l.valuePath, l.minimumPath, l.targetPath].flatMap((d) =>
          (d.match(/[^MLHVZmlhvz,\s]+/g) ?? []).map(Number),
        ),
      ];
      expect(numbers.filter((n) => !Number.isFinite(n))).to.deep.equal([]);
    }
  });
});

describe('linear', () => {
  it('linear maps the domain ends onto the range ends and interpolates between them', async () => {
    const { linear } = await import('../../src/layout/sparkline.js');
    const f = linear([0, 10], [100, 0]);
    expect([f(0), f(5), f(10)]).to.deep.equal([100, 50, 0]);
    expect(linear([3, 3], [0, 10])(3)).to.equal(5);
  });
});

describe('sparklineLayout with one period', () => {
  it('sparklineLayout centres a single period', () => {
    const l = sparklineLayout(pts([99.5]), { width: 60, height: 16 });
    expect(l.last!.x).to.equal(30);
  });

  it('linePath writes the path data d3-shape line().defined() wrote, gaps and lone points included', () => {
    // Strings recorded from d3-shape 3.2 (linear curve) before the kit dropped it.
    expect(linePath([])).to.equal('');
    expect(
      linePath([
        { x: 3, y: 17 },
        { x: 50, y: 2.5 },
        { x: 97, y: 10.25 },
      ]),
    ).to.equal('M3,17L50,2.5L97,10.25');
    expect(
      linePath([
        { x: 3, y: 17 },
        { x: 26.5, y: null },
        { x: 50, y: 2.5 },
        { x: 73.5, y: 4 },
        { x: 97, y: null },
      ]),
    ).to.equal('M3,17ZM50,2.5L73.5,4');
    expect(linePath([{ x: -1.5, y: 0 }])).to.equal('M-1.5,0Z');
  });
});
