import { expect } from '@open-wc/testing';
import { FeedSchema, parseFeed } from '../../src/feed/index.js';
import { compileChecker, FAIL, lastRunSawUnknownField } from '../../src/feed/fast.js';
import { closestField, knownFieldsAt, unknownFieldIssues } from '../../src/feed/fields.js';
import { baseFeed } from '../fixtures/base-feed.js';

/** Paths of every object in a JSON value, as parseFeed words them. */
function objectPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((x, i) => objectPaths(x, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return [
    path,
    ...Object.entries(value).flatMap(([k, x]) => objectPaths(x, path ? `${path}.${k}` : k)),
  ];
}

function at(root: unknown, path: string): Record<string, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path.match(/[^.[\]]+/g) ?? [])
    node = node[/^\d+$/.test(key) ? Number(key) : key] as Record<string | number, unknown>;
  return node;
}

describe('unknown fields', () => {
  const check = compileChecker(FeedSchema);
  const paths = objectPaths(baseFeed());

  it('are reported at every nesting level of the feed, noticed by the fast path', () => {
    expect(paths).to.include('agreements[0].objectives[0].window');
    expect(paths).to.include('periods[0].counts');
    expect(paths.length).to.be.greaterThan(20);
    expect(check(baseFeed())).to.not.equal(FAIL);
    expect(lastRunSawUnknownField()).to.equal(false);
    for (const path of paths) {
      const feed = baseFeed();
      at(feed, path).zzUnknown = 1;
      const fast = parseFeed(feed);
      if (!fast.ok) throw new Error(`${path}: ${JSON.stringify(fast.issues)}`);
      const where = path ? `${path}.zzUnknown` : 'zzUnknown';
      expect(
        fast.warnings.map((w) => [w.path, w.code]),
        path,
      ).to.deep.equal([[where, 'unknown-field']]);
      // The fast path only notices that some field is unknown; the walker finds which.
      expect(check(feed), path).to.not.equal(FAIL);
      expect(lastRunSawUnknownField(), path).to.equal(true);
      expect(
        unknownFieldIssues(FeedSchema, feed, 100).map((w) => w.path),
        path,
      ).to.deep.equal([where]);
    }
  });

  it('are dropped from the parsed feed', () => {
    const feed = baseFeed();
    at(feed, 'periods[0]').vlaue = 99;
    const result = parseFeed(feed);
    expect(result.ok && result.feed.periods[0]).to.not.have.property('vlaue');
  });

  it('reports no more than maxIssues of them, and stops looking', () => {
    const feed = baseFeed();
    const breach = at(feed, 'breaches[0]');
    (feed as { breaches: unknown[] }).breaches = Array.from({ length: 5000 }, (_, i) => ({
      ...breach,
      id: `B-${i}`,
      sumary: 'x',
    }));
    const result = parseFeed(feed, { maxIssues: 7 });
    if (!result.ok) throw new Error('rejected');
    expect(result.warnings.length).to.equal(7);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(
      Array.from({ length: 7 }, (_, i) => `breaches[${i}].sumary`),
    );
  });

  it('are known from the schema itself, not from a list kept by hand', () => {
    expect(knownFieldsAt(FeedSchema, [])).to.deep.equal(Object.keys(FeedSchema.entries));
    expect(knownFieldsAt(FeedSchema, ['periods', 0, 'counts'])).to.deep.equal([
      'good',
      'total',
      'excluded',
    ]);
  });

  it('suggest the closest known field for typical typos, and nothing for other names', () => {
    const top = knownFieldsAt(FeedSchema, []);
    const period = knownFieldsAt(FeedSchema, ['periods', 0]);
    const objective = knownFieldsAt(FeedSchema, ['agreements', 0, 'objectives', 0]);
    expect(closestField('breachs', top)).to.equal('breaches');
    expect(closestField('maintenances', top)).to.equal('maintenance');
    expect(closestField('vlaue', period)).to.equal('value');
    expect(closestField('agreementid', period)).to.equal('agreementId');
    expect(closestField('objective_id', period)).to.equal('objectiveId');
    expect(closestField('traget', objective)).to.equal('target');
    expect(closestField('minimun', objective)).to.equal('minimum');
    expect(closestField('credittiers', objective)).to.equal('creditTiers');
    expect(closestField('confidence', period)).to.equal(undefined);
    expect(closestField('sla_kit_extension', top)).to.equal(undefined);
    expect(closestField('x', period)).to.equal(undefined);
  });
});
