import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import minimal from '../fixtures/minimal-feed.json';

const COUNT = 200_000;

/** The minimal feed with `COUNT` breaches made by `make`. */
function withBreaches(make: (i: number) => Record<string, unknown>): Record<string, unknown> {
  return {
    ...structuredClone(minimal),
    breaches: Array.from({ length: COUNT }, (_, i) => make(i)),
  };
}
const breach = (i: number): Record<string, unknown> => ({
  id: `B-${i}`,
  agreementId: 'acme-standard',
  objectiveIds: ['availability'],
  start: '2026-10-02T10:00:00Z',
  end: '2026-10-02T11:00:00Z',
  severity: 'minor',
  title: `Incident ${i}`,
});

describe('hostile feeds fail fast', () => {
  it('stops at maxIssues schema errors among 200,000 bad breaches, reading no further', () => {
    const feed = withBreaches((i) => ({ ...breach(i), start: 'yesterday' }));
    // A record after the first hundred that validation must never read.
    let read = false;
    Object.defineProperty((feed.breaches as object[])[COUNT - 1], 'start', {
      enumerable: true,
      get: () => {
        read = true;
        return 'yesterday';
      },
    });
    const result = parseFeed(feed);
    if (result.ok) throw new Error('accepted');
    expect(result.issues.length).to.equal(100);
    expect(result.truncated).to.equal(true);
    expect(result.issues[0]!.path).to.equal('breaches[0].start');
    expect(result.issues[99]!.path).to.equal('breaches[99].start');
    expect(result.issues[0]!.message).to.include('RFC 3339');
    expect(read).to.equal(false);
  });

  it('stops at maxIssues errors across records among 200,000 breaches of no agreement', () => {
    const feed = withBreaches((i) => ({ ...breach(i), agreementId: 'nowhere' }));
    let read = false;
    Object.defineProperty((feed.breaches as object[])[COUNT - 1], 'agreementId', {
      enumerable: true,
      get: () => {
        read = true;
        return 'nowhere';
      },
    });
    const result = parseFeed(feed, { maxIssues: 25 });
    expect(read).to.equal(false);
    if (result.ok) throw new Error('accepted');
    expect(result.truncated).to.equal(true);
    expect(result.issues.map((i) => i.path)).to.deep.equal(
      Array.from({ length: 25 }, (_, i) => `breaches[${i}].agreementId`),
    );
    expect(result.issues[0]!.message).to.equal(
      'names agreement "nowhere", which is not in agreements.',
    );
  });

  it('says nothing about stopping when every issue is listed', () => {
    const feed = { ...structuredClone(minimal), breaches: [{ ...breach(0), start: 'soon' }] };
    const result = parseFeed(feed);
    if (result.ok) throw new Error('accepted');
    expect(result.issues.length).to.equal(1);
    expect(result.truncated).to.equal(undefined);
  });

  it('keeps at most maxIssues warnings among 200,000, and still repairs every record', () => {
    const feed = withBreaches((i) => ({
      ...breach(i),
      severity: 'apocalyptic',
      url: 'javascript:alert(1)',
    }));
    const result = parseFeed(feed);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 2)));
    expect(result.warnings.length).to.equal(100);
    expect(result.feed.breaches.every((b) => b.url === undefined)).to.equal(true);
    expect(result.feed.breaches.every((b) => b.severity === 'unknown')).to.equal(true);
  });

  it('locates unclosed nesting 100,000 levels deep without overflowing the stack', () => {
    for (const [text, column] of [
      ['['.repeat(100_000), 100_001],
      [`{"schemaVersion":1,"provider":${'{"a":'.repeat(50_000)}`, 31 + 5 * 50_000],
    ] as const) {
      const result = parseFeed(text);
      if (result.ok) throw new Error('accepted');
      expect(result.issues[0]!.message).to.equal(
        `The feed is not valid JSON at line 1, column ${column} (the text ends too early).`,
      );
    }
  });

  it('names the line and column of an error at any depth', () => {
    const depth = 30_000;
    const text = `{\n"schemaVersion": 1,\n"provider": ${'['.repeat(depth)}1,]${']'.repeat(depth - 1)}}`;
    const result = parseFeed(text);
    if (result.ok) throw new Error('accepted');
    // line 3: `"provider": ` is 12 characters, then the lists, `1` and `,`; the `]` is wrong.
    expect(result.issues[0]!.message).to.equal(
      `The feed is not valid JSON at line 3, column ${12 + depth + 3} near "]]]]]]]]]]]]".`,
    );
  });

  it('calls a number beyond the double range not a finite number, wherever it is', () => {
    const text = JSON.stringify(minimal).replace('"value":99.93', '"value":1e400');
    const result = parseFeed(text);
    if (result.ok) throw new Error('accepted');
    expect(result.issues.map((i) => [i.path, i.message])).to.deep.equal([
      [
        'periods[0].value',
        'is not a finite number (1e400 and the like are beyond the range of numbers).',
      ],
    ]);
    const version = parseFeed(
      JSON.stringify(minimal).replace('"schemaVersion":1', '"schemaVersion":-1e400'),
    );
    expect(!version.ok && version.issues[0]!.message).to.match(/^is not a finite number, but/);
  });
});
