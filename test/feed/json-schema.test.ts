// The ajv checks of the published schema run under node (test/node/json-schema.test.ts): ajv is
// CommonJS only. Here: the schema can be generated in a browser, and says what docs/feed.md says.
import { expect } from '@open-wc/testing';
import { feedJsonSchema } from '../../src/feed/json-schema.js';

describe('feedJsonSchema()', () => {
  const schema = feedJsonSchema() as {
    $schema: string;
    required: string[];
    properties: Record<
      string,
      { properties?: Record<string, unknown>; items?: { properties: Record<string, unknown> } }
    >;
  };

  it('is draft 2020-12 and requires schemaVersion, provider and agreements', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).to.deep.equal(['schemaVersion', 'provider', 'agreements']);
    expect(schema.properties.schemaVersion).to.deep.equal({ const: 1 });
  });

  it('requires an offset on instants and asserts date-time', () => {
    const start = schema.properties.periods!.items!.properties.start as {
      pattern: string;
      format: string;
    };
    expect(start.format).to.equal('date-time');
    expect(new RegExp(start.pattern).test('2026-10-01T00:00:00+02:00')).to.equal(true);
    expect(new RegExp(start.pattern).test('2026-10-01T00:00:00')).to.equal(false);
  });

  it('leaves unknown fields allowed (forward compatible)', () => {
    expect(JSON.stringify(schema)).to.not.include('additionalProperties');
  });

  it('describes the at-risk pool, earn-back and report-only fields with their ranges', () => {
    const agreement = schema.properties.agreements!.items!.properties;
    const objective = (agreement.objectives as { items: { properties: Record<string, unknown> } })
      .items.properties;
    const earnBack = {
      type: 'object',
      properties: {
        periods: { type: 'integer', minimum: 1 },
        level: { type: 'number' },
        share: { type: 'number', minimum: 0, maximum: 100 },
      },
      required: ['periods', 'level'],
    };
    expect(agreement.atRiskPercent).to.deep.equal({ type: 'number', minimum: 0, maximum: 100 });
    expect(agreement.earnBack).to.deep.equal(earnBack);
    expect(objective.poolAllocationPercent).to.deep.equal({
      type: 'number',
      minimum: 0,
      maximum: 100,
    });
    expect(objective.earnBack).to.deep.equal(earnBack);
    expect(objective.reportOnly).to.deep.equal({ type: 'boolean' });
  });

  it('is a fresh object each time', () => {
    expect(feedJsonSchema()).to.not.equal(feedJsonSchema());
    expect(feedJsonSchema()).to.deep.equal(schema);
  });
});
