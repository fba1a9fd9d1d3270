// Unknown fields (docs/feed.md, "Unknown fields"): each field the schema does not know is a warning
// at its path, with the closest known field when it looks like a typo. Each test builds its own
// schema (buildFeedSchema), so the field shapes are read from the schema inside the test.
import { expect } from '@open-wc/testing';
import { buildFeedSchema } from '../../src/feed/index.js';
import { knownFieldsAt, unknownFieldIssues } from '../../src/feed/fields.js';
import { baseFeed } from '../fixtures/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   a raw feed changed field by field, wrong kinds of values included */
type Loose = Record<string, any>;

const pathsOf = (feed: unknown, limit = 100) =>
  unknownFieldIssues(buildFeedSchema(), feed, limit).map((w) => w.path);

describe('unknown field rules', () => {
  it('a valid feed has no unknown fields', () => {
    expect(pathsOf(baseFeed())).to.deep.equal([]);
  });

  it('an unknown field is reported at its path at the top, in objects, lists and optional objects', () => {
    const feed = baseFeed() as Loose;
    feed.zz = 1;
    feed.provider.zz = 1;
    feed.customers[0].zz = 1;
    feed.agreements[0].objectives[0].zz = 1;
    feed.agreements[0].objectives[0].window.zz = 1;
    feed.agreements[0].objectives[0].creditTiers[0].zz = 1;
    expect(pathsOf(feed)).to.deep.equal([
      'zz',
      'provider.zz',
      'customers[0].zz',
      'agreements[0].objectives[0].zz',
      'agreements[0].objectives[0].window.zz',
      'agreements[0].objectives[0].creditTiers[0].zz',
    ]);
  });

  it('the fields of a measurement window depend on its kind', () => {
    const feed = baseFeed() as Loose;
    feed.agreements[0].objectives[0].window = { kind: 'rolling', days: 30, unit: 'month' };
    expect(pathsOf(feed)).to.deep.equal(['agreements[0].objectives[0].window.unit']);
    feed.agreements[0].objectives[0].window = { kind: 'hourly', zz: 1 };
    expect(pathsOf(feed)).to.deep.equal([]);
  });

  it('a name that is no identifier is quoted in the path, and what is under an unknown field is not looked into', () => {
    const feed = baseFeed() as Loose;
    feed.provider['my field'] = { deeper: { zz: 1 } };
    expect(pathsOf(feed)).to.deep.equal(['provider["my field"]']);
  });

  it('a value of the wrong kind where an object or list belongs has no fields to report', () => {
    const feed = baseFeed() as Loose;
    feed.provider = 'northwind';
    feed.customers = { zz: 1 };
    feed.services = [1, null, 'x'];
    expect(pathsOf(feed)).to.deep.equal([]);
  });

  it('at most the limit of them are reported, none for a limit of 0', () => {
    const feed = baseFeed() as Loose;
    feed.za = 1;
    feed.zb = 1;
    feed.zc = 1;
    expect(pathsOf(feed, 2)).to.deep.equal(['za', 'zb']);
    expect(pathsOf(feed, 0)).to.deep.equal([]);
  });

  it('a typo is a warning that names the field it is probably meant to be', () => {
    const feed = baseFeed() as Loose;
    feed.breachs = [];
    feed.sla_kit_extension = 1;
    const issues = unknownFieldIssues(buildFeedSchema(), feed, 10);
    expect(issues.map((w) => [w.path, w.code, w.severity])).to.deep.equal([
      ['breachs', 'unknown-field', 'warning'],
      ['sla_kit_extension', 'unknown-field', 'warning'],
    ]);
    expect(issues[0]!.message).to.contain('did you mean "breaches"?');
    expect(issues[1]!.message).to.not.contain('did you mean');
  });

  it('the known fields at a path come from the schema: objects, list items and nothing for a leaf', () => {
    const schema = buildFeedSchema();
    expect(knownFieldsAt(schema, ['customers', 0])).to.include.members(['id', 'name', 'currency']);
    expect(knownFieldsAt(schema, ['periods', 0, 'counts'])).to.deep.equal([
      'good',
      'total',
      'excluded',
    ]);
    expect(knownFieldsAt(schema, ['customers', 'x'])).to.deep.equal([]);
    expect(knownFieldsAt(schema, ['customers', 0, 'name'])).to.deep.equal([]);
    expect(knownFieldsAt(schema, ['schemaVersion', 0])).to.deep.equal([]);
  });
});
