import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import { fullValidatorLoading, isPendingParse, parseFeedLazy } from '../../src/feed/parse-lazy.js';
import minimal from '../fixtures/minimal-feed.json';
import sample from '../fixtures/sample-feed.json';

// The order of these tests matters: the first runs before anything has loaded the full schema
// pass in this page (each test file has a page of its own).
describe('parseFeedLazy (the elements’ parse: valibot only when a feed needs it)', () => {
  it('parses a valid feed at once, as parseFeed does, without loading the full schema pass', () => {
    const lazy = parseFeedLazy(structuredClone(sample));
    expect(isPendingParse(lazy)).to.equal(false);
    expect(lazy.ok).to.equal(true);
    expect(fullValidatorLoading()).to.equal(null);
    const full = parseFeed(structuredClone(sample));
    expect(lazy.ok && lazy.feed).to.deep.equal(full.ok && full.feed);
    expect(lazy.ok && lazy.warnings).to.deep.equal(full.ok && full.warnings);
  });

  it('waits for the full pass on an invalid feed, then gives parseFeed’s issues and paths', async () => {
    const bad = structuredClone(minimal) as Record<string, unknown>;
    (bad.provider as Record<string, unknown>).nmae = (bad.provider as { name: string }).name;
    delete (bad.provider as Record<string, unknown>).name;
    const first = parseFeedLazy(bad);
    expect(isPendingParse(first)).to.equal(true);
    expect(first.ok).to.equal(false);
    expect(fullValidatorLoading()).to.not.equal(null);
    if (isPendingParse(first)) await first.pending;
    expect(fullValidatorLoading()).to.equal(null);
    const again = parseFeedLazy(bad);
    expect(isPendingParse(again)).to.equal(false);
    expect(again).to.deep.equal(parseFeed(bad));
    expect(again.ok === false && again.issues[0]?.message).to.contain('did you mean "name"?');
  });

  it('once loaded, words the unknown-field warnings of a valid feed like parseFeed', () => {
    const extra = { ...structuredClone(minimal), extension: true };
    const lazy = parseFeedLazy(extra);
    expect(isPendingParse(lazy)).to.equal(false);
    expect(lazy).to.deep.equal(parseFeed(extra));
    expect(lazy.ok && lazy.warnings.map((w) => w.code)).to.include('unknown-field');
  });
});
