// The schema pass (schema-pass.ts, docs/feed.md "Validation"): a feed the fast path rejects is
// worded in valibot's words, the top-level fields first and then the big lists record by record,
// each issue once, at most maxIssues of them. Each test asks for a text cap not asked before in
// the process, so the schema and its checkers are built inside the test, not taken from a cache.
import { expect } from '@open-wc/testing';
import { parseFeed, type FeedLimits } from '../../src/feed/index.js';
import { baseFeed } from '../fixtures/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   raw feeds changed field by field, wrong kinds of values included */
type Loose = Record<string, any>;

let cap = 20_000;
/** parseFeed with a schema of its own (a text cap not used before). */
const parse = (feed: unknown, limits: Partial<FeedLimits> = {}) =>
  parseFeed(feed, { maxStringLength: ++cap, ...limits });
const paths = (feed: unknown, limits: Partial<FeedLimits> = {}) => {
  const result = parse(feed, limits);
  return result.ok ? [] : result.issues.map((i) => i.path);
};

describe('schema pass rules', () => {
  it('the top-level fields are worded first, then the lists record by record in feed order', () => {
    const feed = baseFeed() as Loose;
    feed.breaches[1].severity = 7;
    feed.periods[0].value = 'high';
    feed.provider.name = 5;
    feed.maintenance[0].title = null;
    feed.breaches[0].title = 1;
    expect(paths(feed)).to.deep.equal([
      'provider.name',
      'periods[0].value',
      'breaches[0].title',
      'breaches[1].severity',
      'maintenance[0].title',
    ]);
  });

  it('at most maxIssues issues are worded, and then the list says it is truncated', () => {
    const feed = baseFeed() as Loose;
    feed.provider.name = 5;
    for (const b of feed.breaches) b.title = 1;
    const three = parse(feed, { maxIssues: 3 });
    expect(three.ok).to.equal(false);
    if (three.ok) return;
    expect(three.issues.map((i) => i.path)).to.deep.equal([
      'provider.name',
      'breaches[0].title',
      'breaches[1].title',
    ]);
    expect(three.truncated).to.equal(true);
    const one = parse(feed, { maxIssues: 1 });
    expect(!one.ok && [one.issues.map((i) => i.path), one.truncated]).to.deep.equal([
      ['provider.name'],
      true,
    ]);
    const all = parse(feed, { maxIssues: 4 });
    expect(!all.ok && all.issues.length).to.equal(4);
    const roomy = parse(feed, { maxIssues: 5 });
    expect(!roomy.ok && [roomy.issues.length, 'truncated' in roomy]).to.deep.equal([4, false]);
  });

  it('a list that is no list is worded at its own path, and its records are not looked into', () => {
    const feed = baseFeed() as Loose;
    feed.breaches = { 0: { title: 1 } };
    feed.periods = 'none';
    expect(paths(feed)).to.deep.equal(['periods', 'breaches']);
  });

  it('a missing required field is said plainly, with the field the feed has instead when it looks like a typo', () => {
    const feed = baseFeed() as Loose;
    delete feed.breaches[0].title;
    feed.breaches[0].titel = 'Load balancer failover';
    delete feed.breaches[1].title;
    delete feed.provider.name;
    const result = parse(feed);
    expect(!result.ok && result.issues.map((i) => [i.path, i.message])).to.deep.equal([
      ['provider.name', 'is required but missing'],
      [
        'breaches[0].title',
        'is required but missing: the feed has "titel" here; did you mean "title"?',
      ],
      ['breaches[1].title', 'is required but missing'],
    ]);
  });

  it('a missing top-level field is worded too, and a typo hint is looked for in the record it is missing from', () => {
    const feed = baseFeed() as Loose;
    delete feed.agreements[1].name;
    feed.agreements[1].nme = 'x';
    delete feed.provider;
    const result = parse(feed);
    expect(!result.ok && result.issues.map((i) => [i.path, i.message])).to.deep.equal([
      ['provider', 'is required but missing'],
      [
        'agreements[1].name',
        'is required but missing: the feed has "nme" here; did you mean "name"?',
      ],
    ]);
    // the same typo in another record is no hint for this one
    const elsewhere = baseFeed() as Loose;
    delete elsewhere.breaches[0].title;
    elsewhere.breaches[1].titel = 'x';
    const plain = parse(elsewhere);
    expect(!plain.ok && plain.issues[0]!.message).to.equal('is required but missing');
    // an unknown field that is no typo of the missing one is no hint either
    const unrelated = baseFeed() as Loose;
    delete unrelated.breaches[0].title;
    unrelated.breaches[0].zz = 'x';
    const hintless = parse(unrelated);
    expect(!hintless.ok && hintless.issues[0]!.message).to.equal('is required but missing');
  });

  it('a number beyond the range of numbers is called so, other wrong values get the schema message', () => {
    const text = JSON.stringify(baseFeed()).replace('"value":99.93', '"value":1e400');
    const result = parse(text);
    expect(!result.ok && result.issues.map((i) => [i.path, i.message])).to.deep.equal([
      [
        'periods[0].value',
        'is not a finite number (1e400 and the like are beyond the range of numbers).',
      ],
    ]);
    const feed = baseFeed() as Loose;
    feed.periods[0].value = 'high';
    const wrong = parse(feed);
    expect(!wrong.ok && wrong.issues[0]!.message).to.not.contain('finite number (1e400');
  });

  it('the same issue found twice is worded once', () => {
    // an instant that is no text fails both its check and its type: one issue per path and message
    const feed = baseFeed() as Loose;
    feed.generatedAt = 5;
    const issues = parse(feed);
    expect(issues.ok).to.equal(false);
    if (issues.ok) return;
    const keys = issues.issues.map((i) => `${i.path} ${i.message}`);
    expect(new Set(keys).size).to.equal(keys.length);
    expect(issues.issues.map((i) => i.path)).to.deep.equal(['generatedAt']);
  });

  it('a value is worded by the first step of its pipe that fails, not by every step', () => {
    // an instant that is text but none: the pattern fails, and so would the calendar check after it
    const feed = baseFeed() as Loose;
    feed.generatedAt = 'yesterday';
    feed.breaches[0].start = '2026-02-30T00:00:00Z';
    const result = parse(feed);
    expect(!result.ok && result.issues.map((i) => i.path)).to.deep.equal([
      'generatedAt',
      'breaches[0].start',
    ]);
  });

  it('a text over the caller cap is rejected and one at the cap is not', () => {
    const feed = baseFeed() as Loose;
    feed.provider.name = 'x'.repeat(40);
    expect(parseFeed(feed, { maxStringLength: 40 }).ok).to.equal(true);
    const over = parseFeed(feed, { maxStringLength: 39 });
    expect(!over.ok && over.issues.map((i) => i.path)).to.deep.equal(['provider.name']);
    expect(parseFeed(feed, { maxStringLength: 40 }).ok).to.equal(true);
  });

  it('unknown fields are warned about when the fast path saw one, and also after valibot had to check', () => {
    const feed = baseFeed() as Loose;
    feed.provider.zz = 1;
    const fast = parse(feed);
    expect(fast.ok && fast.warnings.map((w) => w.path)).to.deep.equal(['provider.zz']);
    const clean = parse(baseFeed());
    expect(clean.ok && clean.warnings).to.deep.equal([]);
  });
});
