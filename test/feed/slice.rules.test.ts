// Writing a parsed feed back as a backend would write it (toFeedInput, slice.ts): instants back to
// RFC 3339 text in UTC, everything else as parsed. The writer is derived from the schema once per
// module instance, so each test imports the module afresh (a new URL is a new instance): the writer
// is then built inside the test, and a wrong build step is seen here and not hidden by a writer
// built earlier.
import { expect } from '@open-wc/testing';
import { parseFeed, type Feed, type FeedInput } from '../../src/feed/index.js';
import sample from '../fixtures/sample-feed.json';

type SliceModule = typeof import('../../src/feed/slice.js');
let instances = 0;
/** slice.ts as a new module instance, with a writer not built yet. */
async function cold(): Promise<SliceModule> {
  instances += 1;
  return (await import(`../../src/feed/slice.ts?instance=${instances}`)) as SliceModule;
}

function parsed(input: unknown): Feed {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.feed;
}

const UTC_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** The instant fields of a written feed, by the path they sit at. */
function instantsOf(feed: FeedInput): [string, unknown][] {
  const out: [string, unknown][] = [['generatedAt', feed.generatedAt]];
  feed.agreements.forEach((a, i) => {
    for (const key of ['validFrom', 'validTo', 'reviewBy'] as const)
      if (a[key] !== undefined) out.push([`agreements[${i}].${key}`, a[key]]);
    (a.versions ?? []).forEach((v, j) =>
      out.push([`agreements[${i}].versions[${j}].effectiveFrom`, v.effectiveFrom]),
    );
  });
  for (const key of ['periods', 'breaches', 'maintenance'] as const)
    (feed[key] ?? []).forEach((r, i) => {
      out.push([`${key}[${i}].start`, r.start]);
      if (r.end !== null) out.push([`${key}[${i}].end`, r.end]);
    });
  return out;
}

describe('feed writer rules', () => {
  it('every instant is written back as RFC 3339 text in UTC, to the millisecond, at the same instant', async () => {
    const { toFeedInput } = await cold();
    const feed = parsed(sample);
    const written = toFeedInput(feed);
    const instants = instantsOf(written);
    expect(instants.length).to.be.greaterThan(20);
    for (const [path, text] of instants) expect(text, path).to.match(UTC_MS);
    // the same instants as the parsed feed holds (epoch milliseconds), path by path
    expect(instants.map(([p, t]) => [p, Date.parse(t as string)])).to.deep.equal(
      instantsOf(feed as unknown as FeedInput),
    );
    expect(written.generatedAt).to.equal('2026-11-22T05:00:00.000Z');
  });

  it('the written feed parses back to the same feed', async () => {
    const { toFeedInput } = await cold();
    const feed = parsed(sample);
    expect(parsed(JSON.parse(JSON.stringify(toFeedInput(feed))))).to.deep.equal(feed);
  });

  it('an ongoing breach keeps its null end, and a field the feed leaves out stays out', async () => {
    const { toFeedInput } = await cold();
    const feed = parsed(sample);
    const ongoing = feed.breaches.findIndex((b) => b.end === null);
    expect(ongoing).to.be.at.least(0);
    const written = toFeedInput(feed);
    expect(written.breaches![ongoing]!.end).to.equal(null);
    const open = feed.agreements.findIndex((a) => a.validTo === undefined);
    expect(open).to.be.at.least(0);
    expect(Object.keys(written.agreements[open]!)).to.not.include('validTo');
    expect(Object.keys(written.agreements[open]!).sort()).to.deep.equal(
      Object.keys(feed.agreements[open]!)
        .filter((k) => feed.agreements[open]![k as keyof Feed['agreements'][number]] !== undefined)
        .sort(),
    );
  });

  it('records without instants are shared with the parsed feed, not copied', async () => {
    const { toFeedInput } = await cold();
    const feed = parsed(sample);
    const written = toFeedInput(feed);
    expect(written.provider).to.equal(feed.provider);
    expect(written.customers).to.equal(feed.customers);
    expect(written.services).to.equal(feed.services);
    expect(written.agreements[0]!.objectives).to.equal(feed.agreements[0]!.objectives);
    // and records with instants are new ones
    expect(written.agreements[0]).to.not.equal(feed.agreements[0]);
    expect(written.periods![0]).to.not.equal(feed.periods[0]);
  });

  it('numbers and texts that are no instants are written as parsed', async () => {
    const { toFeedInput } = await cold();
    const feed = parsed(sample);
    const written = toFeedInput(feed);
    expect(written.periods!.map((p) => [p.agreementId, p.objectiveId, p.value])).to.deep.equal(
      feed.periods.map((p) => [p.agreementId, p.objectiveId, p.value]),
    );
    expect(written.breaches!.map((b) => [b.id, b.severity, b.objectiveIds])).to.deep.equal(
      feed.breaches.map((b) => [b.id, b.severity, b.objectiveIds]),
    );
  });

  it('a value already written (text instants) or of another kind is written as it is', async () => {
    const { toFeedInput } = await cold();
    const asWritten = structuredClone(sample) as unknown as Feed;
    const written = toFeedInput(asWritten) as unknown as typeof sample;
    expect(written.periods[0]!.start).to.equal(sample.periods[0]!.start);
    expect(written.generatedAt).to.equal(sample.generatedAt);
    const odd = { ...parsed(sample), periods: ['x', null], breaches: 'none' } as unknown as Feed;
    const out = toFeedInput(odd) as unknown as Record<string, unknown>;
    expect(out.periods).to.deep.equal(['x', null]);
    expect(out.breaches).to.equal('none');
    expect(toFeedInput(null as unknown as Feed)).to.equal(null);
  });
});
