import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { parseFeed, type FeedLimits } from '../../src/feed/index.js';
import cases from '../fixtures/invalid/cases.json';

interface Expected {
  path: string;
  code: string;
  messageIncludes: string;
}
interface FeedCase extends Partial<Expected> {
  file: string;
  description: string;
  layer: 'json' | 'schema' | 'parser' | 'limits' | 'warning';
  options?: Partial<FeedLimits>;
  warnings?: Expected[];
}

async function text(file: string): Promise<string> {
  const content = await readFile({ path: `../fixtures/invalid/${file}` });
  if (content === undefined) throw new Error(`cannot read ${file}`);
  return content;
}

const all = cases as FeedCase[];

describe('parseFeed(invalid feeds)', () => {
  it('names, for every case, the message each issue must produce', () => {
    const unworded = all.flatMap((c) =>
      c.layer === 'warning'
        ? c.warnings!.filter((w) => !w.messageIncludes).map((w) => `${c.file} ${w.path}`)
        : c.messageIncludes
          ? []
          : [c.file],
    );
    expect(unworded).to.deep.equal([]);
  });

  for (const c of all.filter((x) => x.layer !== 'warning')) {
    it(`rejects ${c.file} (${c.description}) at ${c.path || '(the whole feed)'} with ${c.code}`, async () => {
      const result = parseFeed(await text(c.file), c.options);
      if (result.ok) throw new Error(`${c.file} was accepted`);
      const hit = result.issues.find((i) => i.path === c.path && i.code === c.code);
      expect(hit, JSON.stringify(result.issues.slice(0, 5))).to.not.equal(undefined);
      expect(hit!.severity).to.equal('error');
      expect(hit!.message).to.include(c.messageIncludes!);
      expect(
        result.issues.every((i) => i.message.length > 0 && !/\bat \w+ \(/.test(i.message)),
      ).to.equal(true);
    });
  }

  for (const c of all.filter((x) => x.layer === 'warning')) {
    it(`accepts ${c.file} (${c.description}) with exactly the expected warnings`, async () => {
      const result = parseFeed(await text(c.file), c.options);
      if (!result.ok) throw new Error(`${c.file} was rejected: ${JSON.stringify(result.issues)}`);
      expect(result.warnings.map((w) => [w.path, w.code, w.severity])).to.deep.equal(
        c.warnings!.map((w) => [w.path, w.code, 'warning']),
      );
      c.warnings!.forEach((w, i) => {
        expect(result.warnings[i]!.message, w.path).to.include(w.messageIncludes);
      });
    });
  }

  it('drops unsafe links and keeps safe ones', async () => {
    const result = parseFeed(await text('warn-javascript-link.json'));
    if (!result.ok) throw new Error('rejected');
    expect(result.feed.provider.supportUrl).to.equal(undefined);
    expect(result.feed.breaches.find((b) => b.id === 'BR-1')!.url).to.equal(undefined);
  });

  it('shows an unknown severity as "unknown"', async () => {
    const result = parseFeed(await text('warn-unknown-severity.json'));
    if (!result.ok) throw new Error('rejected');
    expect(result.feed.breaches.find((b) => b.id === 'BR-2')!.severity).to.equal('unknown');
  });

  it('keeps no trace of __proto__ and constructor keys and leaves Object.prototype alone', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = parseFeed(await text('warn-proto-keys.json'));
    if (!result.ok) throw new Error('rejected');
    const feed = result.feed as unknown as Record<string, unknown>;
    for (const target of [feed, result.feed.provider, result.feed.breaches[0]]) {
      expect(Object.prototype.hasOwnProperty.call(target, '__proto__')).to.equal(false);
      expect(Object.prototype.hasOwnProperty.call(target, 'constructor')).to.equal(false);
      expect(Object.getPrototypeOf(target)).to.equal(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).isAdmin).to.equal(undefined);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
  });

  it('drops fields it does not know', async () => {
    const result = parseFeed(await text('warn-unknown-fields.json'));
    if (!result.ok) throw new Error('rejected');
    expect(result.feed).to.not.have.property('sla_kit_extension');
    expect(result.feed.provider).to.not.have.property('slogan');
    expect(result.feed.periods[0]).to.not.have.property('confidence');
  });
});
