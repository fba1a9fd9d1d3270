// parseFeed's own steps (parse.ts, docs/feed.md "Validation"): the size cap in UTF-8 bytes, a
// JSON object with a supported schema version, caller caps over the defaults, what is returned
// for errors and warnings at maxIssues, a feed it produced handed back as it is, and never a throw.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { isParsedFeed } from '../../src/feed/parse.js';
import { baseFeed } from '../fixtures/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   raw feeds changed field by field */
type Loose = Record<string, any>;

const bytes = (text: string): number => new TextEncoder().encode(text).length;

describe('parse rules', () => {
  it('a feed text of exactly maxBytes UTF-8 bytes is read, one byte more is too large', () => {
    const feed = baseFeed() as Loose;
    feed.provider.name = 'Nörthwind €';
    const text = JSON.stringify(feed);
    const size = bytes(text);
    expect(size).to.be.greaterThan(text.length);
    expect(parseFeed(text, { maxBytes: size }).ok).to.equal(true);
    const over = parseFeed(text, { maxBytes: size - 1 });
    expect(over).to.deep.equal({
      ok: false,
      issues: [
        {
          path: '',
          message: `The feed is larger than the limit of ${size - 1} bytes. Split it, or raise maxBytes.`,
          code: 'too-large',
          severity: 'error',
        },
      ],
    });
    // an object is not measured: the cap is on text
    expect(parseFeed(feed, { maxBytes: 1 }).ok).to.equal(true);
  });

  it('a feed must be a JSON object: text of another value and other values are rejected', () => {
    for (const input of ['[]', '"feed"', '1', 'null', [], null, undefined, 7, true]) {
      const result = parseFeed(input);
      expect(result, JSON.stringify(input)).to.deep.equal({
        ok: false,
        issues: [
          {
            path: '',
            message: 'The feed must be a JSON object with schemaVersion, provider and agreements.',
            code: 'invalid',
            severity: 'error',
          },
        ],
      });
    }
    const broken = parseFeed('{"schemaVersion": 1,');
    expect(!broken.ok && broken.issues.map((i) => i.code)).to.deep.equal(['json']);
  });

  it('a feed without a schema version, or with one this kit does not read, is rejected first', () => {
    const missing = baseFeed() as Loose;
    delete missing.schemaVersion;
    missing.agreements = 'not even a list';
    expect(parseFeed(missing)).to.deep.equal({
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message: 'is missing: this kit reads feed schema version 1.',
          code: 'schema-version',
          severity: 'error',
        },
      ],
    });
    for (const version of [2, '1', 0, 1.5]) {
      const feed = { ...baseFeed(), schemaVersion: version, agreements: 'x' };
      expect(parseFeed(feed), String(version)).to.deep.equal({
        ok: false,
        issues: [
          {
            path: 'schemaVersion',
            message: `is ${JSON.stringify(version)}, but this version of sla-kit reads feed schema version 1 only. Publish a version-1 feed or upgrade sla-kit.`,
            code: 'schema-version',
            severity: 'error',
          },
        ],
      });
    }
    // an inherited schemaVersion is no schema version
    const inherited = Object.assign(Object.create({ schemaVersion: 1 }) as object, {
      ...baseFeed(),
      schemaVersion: undefined,
    });
    delete (inherited as Loose).schemaVersion;
    expect(!parseFeed(inherited).ok).to.equal(true);
  });

  it('caps given by the caller apply over the defaults, the others keep theirs', () => {
    const feed = baseFeed();
    const n = feed.breaches!.length;
    const over = parseFeed(feed, { maxBreaches: n - 1 });
    expect(!over.ok && over.issues.map((i) => i.message)).to.deep.equal([
      `has ${n} entries, more than the limit of ${n - 1} (raise maxBreaches to accept it).`,
    ]);
    expect(parseFeed(feed, { maxPeriods: 1_000 }).ok).to.equal(true);
  });

  it('errors of the rules stop at maxIssues and say the list is truncated; fewer are not', () => {
    const feed = baseFeed() as Loose;
    feed.services[0].dependsOn = ['ghost-1', 'ghost-2', 'ghost-3'];
    const all = parseFeed(feed);
    expect(!all.ok && all.issues.map((i) => i.path)).to.deep.equal([
      'services[0].dependsOn[0]',
      'services[0].dependsOn[1]',
      'services[0].dependsOn[2]',
    ]);
    expect(!all.ok && 'truncated' in all).to.equal(false);
    const two = parseFeed(feed, { maxIssues: 2 });
    expect(two.ok).to.equal(false);
    if (two.ok) return;
    expect(two.issues.map((i) => i.path)).to.deep.equal([
      'services[0].dependsOn[0]',
      'services[0].dependsOn[1]',
    ]);
    expect(two.truncated).to.equal(true);
  });

  it('a feed with errors returns the errors only, without its warnings', () => {
    const feed = baseFeed() as Loose;
    feed.provider.zz = 1;
    feed.services[0].dependsOn = ['ghost'];
    const result = parseFeed(feed);
    expect(!result.ok && result.issues.map((i) => [i.path, i.severity])).to.deep.equal([
      ['services[0].dependsOn[0]', 'error'],
    ]);
  });

  it('a valid feed returns its warnings, at most maxIssues of them', () => {
    const feed = baseFeed() as Loose;
    feed.za = 1;
    feed.zb = 1;
    feed.zc = 1;
    const result = parseFeed(feed, { maxIssues: 2 });
    expect(result.ok).to.equal(true);
    expect(result.ok && result.warnings.map((w) => w.path)).to.deep.equal(['za', 'zb']);
    const all = parseFeed(feed);
    expect(all.ok && all.warnings.map((w) => w.path)).to.deep.equal(['za', 'zb', 'zc']);
  });

  it('a feed parseFeed returned is handed back as it is, and known as parsed; nothing else is', () => {
    const first = parseFeed(baseFeed());
    expect(first.ok).to.equal(true);
    if (!first.ok) return;
    expect(isParsedFeed(first.feed)).to.equal(true);
    const again = parseFeed(first.feed, { maxBreaches: 0 });
    expect(again).to.deep.equal({ ok: true, feed: first.feed, warnings: [] });
    expect(again.ok && again.feed).to.equal(first.feed);
    expect(isParsedFeed(structuredClone(first.feed))).to.equal(false);
    expect(isParsedFeed(baseFeed())).to.equal(false);
    expect(isParsedFeed(null)).to.equal(false);
    expect(isParsedFeed('feed')).to.equal(false);
    const rejected = parseFeed({ schemaVersion: 1 });
    expect(rejected.ok).to.equal(false);
  });

  it('a hostile value that throws while read is an issue, never an exception', () => {
    const feed = baseFeed() as Loose;
    Object.defineProperty(feed, 'provider', {
      enumerable: true,
      get() {
        throw new Error('no provider today');
      },
    });
    expect(parseFeed(feed)).to.deep.equal({
      ok: false,
      issues: [
        {
          path: '',
          message: 'The feed could not be read: no provider today',
          code: 'invalid',
          severity: 'error',
        },
      ],
    });
    // a value that throws only when read a second time, by the rules after the schema
    const late = baseFeed() as Loose;
    const provider = late.provider as unknown;
    let reads = 0;
    Object.defineProperty(late, 'provider', {
      enumerable: true,
      get() {
        reads += 1;
        if (reads > 1) throw new Error('gone');
        return provider;
      },
    });
    late.zz = 1; // an unknown field: the rules walk the raw feed to find it
    expect(parseFeed(late)).to.deep.equal({
      ok: false,
      issues: [
        {
          path: '',
          message: 'The feed could not be read: gone',
          code: 'invalid',
          severity: 'error',
        },
      ],
    });
    expect(reads).to.equal(2);
    const odd = baseFeed() as Loose;
    Object.defineProperty(odd, 'provider', {
      enumerable: true,
      get() {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a hostile getter may do
        throw 'a text';
      },
    });
    const result = parseFeed(odd);
    expect(!result.ok && result.issues[0]!.message).to.equal('The feed could not be read: a text');
  });
});
