import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_LIMITS, parseFeed, type ParseResult } from '../../src/feed/index.js';
import { generateFeed } from '../fixtures/generate.js';
import minimal from '../fixtures/minimal-feed.json';
import sample from '../fixtures/sample-feed.json';

/**
 * Property runs are fixed (a seed and a number of runs per property, values of bounded size), so
 * that every run checks the same inputs and the whole file takes about a second: well inside the
 * 10 s test timeout even on a loaded two-core machine.
 */
const SEED = 20_261_201;
const runs = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, seed: SEED });
const utf16Unit = fc.nat(0xffff).map((c) => String.fromCharCode(c));

/** parseFeed must return a result, never throw; a rejection always names at least one issue. */
function wellFormed(result: ParseResult): boolean {
  if (result.ok) return Array.isArray(result.warnings);
  return (
    result.issues.length > 0 &&
    result.issues.every(
      (i) => typeof i.path === 'string' && typeof i.message === 'string' && i.message.length > 0,
    )
  );
}

/** Sets `value` at a random place of a deep copy of `feed` (paths drawn by fast-check). */
function mutate(feed: unknown, choices: number[], value: unknown): unknown {
  const copy = structuredClone(feed) as Record<string, unknown>;
  let node: unknown = copy;
  for (let depth = 0; depth < choices.length; depth++) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choices[depth]! % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    const last = depth === choices.length - 1 || child === null || typeof child !== 'object';
    if (last) {
      (node as Record<string, unknown>)[key] = value;
      break;
    }
    node = child;
  }
  return copy;
}

describe('parseFeed on hostile input', () => {
  it('never throws on any value (fc.anything)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
        }),
        (x) => wellFormed(parseFeed(x)),
      ),
      runs(500),
    );
  });

  it('never throws on any JSON text or any string (fc.json, fc.string)', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => wellFormed(parseFeed(text))),
      runs(400),
    );
    fc.assert(
      // Any UTF-16 code units, lone surrogates included (cheaper to draw than unit: 'binary').
      fc.property(fc.string({ unit: utf16Unit, maxLength: 400 }), (text) =>
        wellFormed(parseFeed(text)),
      ),
      runs(300),
    );
  });

  it('never throws on feeds with one value anywhere replaced by anything', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.anything({ maxDepth: 3 }),
        (path, value) =>
          wellFormed(parseFeed(mutate(minimal, path, value))) &&
          wellFormed(parseFeed(JSON.stringify(mutate(sample, path, value)) ?? '')),
      ),
      runs(200),
    );
  });

  it('never throws on objects with throwing getters or proxies', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        has: () => true,
        ownKeys: () => {
          throw new Error('keys');
        },
      },
    );
    const getter = Object.defineProperty({ schemaVersion: 1 }, 'provider', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    for (const input of [trap, getter]) {
      const result = parseFeed(input);
      expect(result.ok).to.equal(false);
      expect(wellFormed(result)).to.equal(true);
    }
  });

  it('never changes Object.prototype, whatever the keys (__proto__, constructor, prototype)', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const key = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
      'valueOf',
    );
    fc.assert(
      fc.property(key, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), (k, path) => {
        const poison = `{"${k}": {"polluted": true, "prototype": {"polluted": true}}, "polluted2": 1}`;
        const text = JSON.stringify(mutate(minimal, path, 0))
          .replace(/^\{/, `{"${k}": ${poison},`)
          .replace('"provider":{', `"provider":{"${k}": ${poison},`);
        parseFeed(text);
        return ({} as Record<string, unknown>).polluted === undefined;
      }),
      runs(200),
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
  });

  it('reports at most maxIssues issues', () => {
    const feed = generateFeed({ breaches: 300 });
    for (const b of feed.breaches!) b.start = 'yesterday';
    const result = parseFeed(JSON.stringify(feed), { maxIssues: 5 });
    if (result.ok) throw new Error('accepted');
    expect(result.issues.length).to.be.at.most(5);
  });
});

describe('parseFeed caps', () => {
  it('rejects a 100k-breach feed with small caps before validating it', function () {
    this.timeout(30_000);
    const feed = generateFeed({ breaches: 100_000, customers: 2 });
    // A broken record deep inside: had the parser validated, it would report it too.
    (feed.breaches![99_999] as { start: unknown }).start = 'not a date';
    const result = parseFeed(JSON.stringify(feed), { maxBreaches: 1_000 });
    if (result.ok) throw new Error('accepted');
    expect(result.issues).to.deep.equal([
      {
        path: 'breaches',
        message:
          'has 100000 entries, more than the limit of 1000 (raise maxBreaches to accept it).',
        code: 'too-large',
        severity: 'error',
      },
    ]);
  });

  it('rejects text over maxBytes without parsing it', () => {
    // Not even valid JSON (unterminated): had it been parsed, the issue would be about the syntax.
    const text = `{"schemaVersion":1,"x":"${'a'.repeat(2_000_000)}`;
    const result = parseFeed(text, { maxBytes: 1_000_000 });
    expect(!result.ok && result.issues.map((i) => i.code)).to.deep.equal(['too-large']);
  });

  it('counts UTF-8 bytes, not characters, against maxBytes', () => {
    const euro = '\u20ac'; // 3 bytes in UTF-8
    const text = JSON.stringify({ ...minimal, provider: { id: 'p', name: euro.repeat(400) } });
    expect(parseFeed(text, { maxBytes: text.length + 10 }).ok).to.equal(false);
    expect(parseFeed(text, { maxBytes: text.length + 800 }).ok).to.equal(true);
    const emoji = '\u{1F600}'; // 2 UTF-16 units, 4 bytes
    const text2 = JSON.stringify({ ...minimal, provider: { id: 'p', name: emoji.repeat(300) } });
    expect(parseFeed(text2, { maxBytes: text2.length + 600 }).ok).to.equal(true);
    expect(parseFeed(text2, { maxBytes: text2.length + 599 }).ok).to.equal(false);
  });

  it('caps every list, and objectives over all agreements', () => {
    const feed = generateFeed({ customers: 4, breaches: 5, maintenance: 3, services: 3 });
    const cases: [Partial<typeof DEFAULT_LIMITS>, string][] = [
      [{ maxPeriods: 10 }, 'periods'],
      [{ maxAgreements: 2 }, 'agreements'],
      [{ maxCustomers: 2 }, 'customers'],
      [{ maxServices: 2 }, 'services'],
      [{ maxMaintenance: 2 }, 'maintenance'],
      [{ maxObjectives: 5 }, 'agreements'],
    ];
    for (const [limits, path] of cases) {
      const result = parseFeed(feed, limits);
      expect(!result.ok && result.issues[0]!.path, JSON.stringify(limits)).to.equal(path);
      expect(!result.ok && result.issues[0]!.code).to.equal('too-large');
    }
    expect(parseFeed(feed).ok).to.equal(true);
  });

  it('has documented defaults', () => {
    expect(DEFAULT_LIMITS.maxBytes).to.equal(32 * 1024 * 1024);
    expect(Object.isFrozen(DEFAULT_LIMITS)).to.equal(true);
  });
});
