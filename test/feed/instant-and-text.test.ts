import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  agreementChain,
  formatPath,
  instantToMs,
  isSafeLink,
  parseJsonText,
} from '../../src/feed/index.js';
import { RFC3339 } from '../../src/feed/schema.js';
import { lineColumn } from '../../src/feed/parse.js';
import { locateJsonError } from '../../src/feed/json-locate.js';

describe('instantToMs(text)', () => {
  it('reads RFC 3339 instants with Z or an offset, to the millisecond', () => {
    expect(instantToMs('2026-10-01T00:00:00+02:00')).to.equal(Date.UTC(2026, 8, 30, 22));
    expect(instantToMs('2026-10-01t00:00:00z')).to.equal(Date.UTC(2026, 9, 1));
    expect(instantToMs('2024-02-29T23:59:59.999-05:30')).to.equal(
      Date.parse('2024-02-29T23:59:59.999-05:30'),
    );
    expect(instantToMs('2026-01-01T00:00:00.123456789Z')).to.equal(
      Date.UTC(2026, 0, 1, 0, 0, 0, 123),
    );
    expect(instantToMs('0001-01-01T00:00:00Z')).to.equal(Date.parse('0001-01-01T00:00:00Z'));
  });

  it('rejects local times, impossible dates and malformed text with NaN', () => {
    for (const bad of [
      '2026-10-01T00:00:00',
      '2026-10-01 00:00:00Z',
      '2026-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-00-01T00:00:00Z',
      '2026-01-00T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T00:60:00Z',
      '2026-01-01T00:00:60Z',
      '2026-01-01T00:00:00+24:00',
      '2026-01-01T00:00:00+02:60',
      '2026-01-01T00:00:00+0200',
      '2026-01-01T00:00:00.Z',
      '2026-01-01T00:00:00.1234567890Z',
      '26-01-01T00:00:00Z',
      '2026-1-01T00:00:00Z',
      '２０２６-01-01T00:00:00Z',
      '2026-01-01T00:00:00Zx',
      '',
    ]) {
      expect(Number.isNaN(instantToMs(bad)), bad).to.equal(true);
    }
  });

  it('agrees with the RFC3339 pattern and Date.parse on generated instants', () => {
    const instant = fc
      .record({
        ms: fc.integer({ min: -62_000_000_000_000, max: 250_000_000_000_000 }),
        offset: fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        fraction: fc.constantFrom('', '.5', '.25', '.123', '.123456', '.999999999'),
        z: fc.constantFrom('Z', 'z'),
      })
      .map(({ ms, offset, fraction, z }) => {
        const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? '-' : '+';
        const a = Math.abs(offset);
        const zone =
          offset === 0
            ? z
            : `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
        return `${local}${fraction}${zone}`;
      });
    fc.assert(
      fc.property(instant, (text) => {
        expect(RFC3339.test(text), text).to.equal(true);
        return instantToMs(text) === Date.parse(text.toUpperCase().replace(/(\.\d{3})\d+/, '$1'));
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts what the RFC3339 pattern rejects', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9T:.+\-Zz]{18,36}$/),
        (text) => RFC3339.test(text) || Number.isNaN(instantToMs(text)),
      ),
      { numRuns: 2000 },
    );
  });
});

describe('parseJsonText(text)', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonText('{"a":[1,2]}')).to.deep.equal({ ok: true, value: { a: [1, 2] } });
  });

  it('names line and column of the first syntax error', () => {
    const result = parseJsonText('{\n  "a": 1,\n  "b": tru\n}');
    // The column of the first character that cannot continue the JSON text.
    expect(!result.ok && result.issue.message).to.include('line 3, column 11');
  });

  it('says when the text ends too early, and when it is HTML', () => {
    const cut = parseJsonText('{"a": [1, 2');
    expect(!cut.ok && cut.issue.message).to.include('ends too early');
    const html = parseJsonText('  <html><body>Not found</body></html>');
    expect(!html.ok && html.issue.message).to.include('looks like HTML');
  });

  it('locates errors the way JSON.parse finds them, never past the text', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', '}', ']', ',', ':', 'x', '"', '\\', '\n', '01', '-', '1e', '"\\u12'),
        (json, at, junk) => {
          const cut = at % (json.length + 1);
          const text = json.slice(0, cut) + junk + json.slice(cut);
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          const offset = locateJsonError(text);
          return valid ? offset === -1 : offset >= 0 && offset <= text.length;
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 4)).to.deep.equal({ line: 2, column: 2 });
    expect(lineColumn('abc', 0)).to.deep.equal({ line: 1, column: 1 });
  });
});

describe('formatPath(keys)', () => {
  it('writes paths the way a reader types them', () => {
    expect(formatPath(['agreements', 2, 'objectives', 0, 'target'])).to.equal(
      'agreements[2].objectives[0].target',
    );
    expect(formatPath([])).to.equal('');
    expect(formatPath(['a b', 0])).to.equal('["a b"][0]');
  });
});

describe('isSafeLink(url)', () => {
  it('keeps https, http and mailto only', () => {
    for (const ok of [
      'https://x.example/a',
      'http://x.example',
      'mailto:a@x.example',
      'HTTPS://X.EXAMPLE',
    ])
      expect(isSafeLink(ok), ok).to.equal(true);
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<b>',
      'ftp://x',
      '/relative',
      'https://',
      '',
    ])
      expect(isSafeLink(bad), bad).to.equal(false);
  });
});

describe('agreementChain(byId, id)', () => {
  const byId = new Map([
    ['s', { id: 's', parentId: 'c' }],
    ['c', { id: 'c', parentId: 'k' }],
    ['k', { id: 'k' }],
    ['x', { id: 'x', parentId: 'y' }],
    ['y', { id: 'y', parentId: 'x' }],
    ['o', { id: 'o', parentId: 'missing' }],
  ]);
  it('lists the agreement and its ancestors, nearest first', () => {
    expect(agreementChain(byId, 's')!.map((a) => a.id)).to.deep.equal(['s', 'c', 'k']);
  });
  it('returns null for a cycle and stops at a missing parent', () => {
    expect(agreementChain(byId, 'x')).to.equal(null);
    expect(agreementChain(byId, 'o')!.map((a) => a.id)).to.deep.equal(['o']);
  });
});
