import { expect } from '@open-wc/testing';
import { parseFeed, type Feed } from '../../src/feed/index.js';
import sample from '../fixtures/sample-feed.json';
import minimal from '../fixtures/minimal-feed.json';

function parsed(input: unknown): Feed {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues.slice(0, 3))}`);
  expect(result.warnings).to.deep.equal([]);
  return result.feed;
}

let feed: Feed;
const ms = (text: string): number => Date.parse(text);
const periodsOf = (agreementId: string, objectiveId: string) =>
  feed.periods.filter((p) => p.agreementId === agreementId && p.objectiveId === objectiveId);

describe('parseFeed(sample-feed.json)', () => {
  // Parsed before each test, not while the file loads (docs/testing.md, "Static mutants"), so a
  // mutant in the parser is run against the tests that reach it.
  beforeEach(() => {
    feed = parsed(sample);
  });

  it('accepts the sample with no errors and no warnings, as text and as an object', () => {
    const fromText = parsed(JSON.stringify(sample));
    expect(fromText).to.deep.equal(feed);
  });

  it('accepts the minimal feed and fills the defaults', () => {
    const f = parsed(minimal);
    expect(f.customers).to.deep.equal([]);
    expect(f.breaches).to.deep.equal([]);
    expect(f.agreements[0]!.versions).to.deep.equal([]);
    expect(f.periods[0]!.start).to.equal(ms('2026-10-01T00:00:00Z'));
  });

  it('holds five customers in three currencies, one of them white-labelled', () => {
    expect(feed.customers.map((c) => c.currency)).to.deep.equal([
      'EUR',
      'GBP',
      'USD',
      'USD',
      'GBP',
    ]);
    const branded = feed.customers.filter((c) => c.branding?.logoUrl);
    expect(branded.map((c) => c.id)).to.deep.equal(['tailspin']);
  });

  it('has corporate, customer and service agreements chained by parentId', () => {
    const levels = feed.agreements.map((a) => a.level);
    expect(levels.filter((l) => l === 'corporate')).to.have.length(1);
    expect(levels.filter((l) => l === 'customer')).to.have.length(5);
    expect(levels.filter((l) => l === 'service').length).to.be.greaterThan(0);
    // The console customers' agreements (Wingtip, Litware) stand on their own: no corporate parent.
    const standalone = new Set(['wingtip-msa', 'litware-msa']);
    for (const a of feed.agreements.filter(
      (x) => x.level !== 'corporate' && !standalone.has(x.id),
    )) {
      expect(
        feed.agreements.some((p) => p.id === a.parentId),
        a.id,
      ).to.equal(true);
    }
  });

  it('measures every objective for 12 months, 2025-11 to 2026-10', () => {
    const series = new Map<string, number>();
    for (const p of feed.periods) {
      const key = `${p.agreementId}/${p.objectiveId}`;
      series.set(key, (series.get(key) ?? 0) + 1);
    }
    expect([...series.values()].every((n) => n === 12)).to.equal(true);
    // Sorted by instant: Berlin's November starts first, Chicago's October starts last.
    expect(feed.periods[0]!.start).to.equal(ms('2025-11-01T00:00:00+01:00'));
    expect(feed.periods.at(-1)!.start).to.equal(ms('2026-10-01T00:00:00-05:00'));
  });

  it('writes period boundaries with offsets that follow DST', () => {
    const berlin = sample.periods.filter(
      (p) => p.agreementId === 'contoso-msa' && p.objectiveId === 'availability',
    );
    expect(berlin.find((p) => p.start.startsWith('2026-01'))!.start).to.equal(
      '2026-01-01T00:00:00+01:00',
    );
    expect(berlin.find((p) => p.start.startsWith('2026-07'))!.start).to.equal(
      '2026-07-01T00:00:00+02:00',
    );
    const newYork = sample.periods.find(
      (p) => p.agreementId === 'tailspin-msa' && p.start.startsWith('2026-01'),
    )!;
    expect(newYork.start).to.equal('2026-01-01T00:00:00-05:00');
    // March 2026 in Berlin has a 23-hour day: 44,580 minutes.
    const march = periodsOf('contoso-msa', 'availability').find(
      (p) => p.start === ms('2026-03-01T00:00:00+01:00'),
    )!;
    expect((march.end - march.start) / 60_000).to.equal(44_580);
  });

  it('carries the old target on periods before the version that raised it', () => {
    const contoso = feed.agreements.find((a) => a.id === 'contoso-msa')!;
    expect(contoso.versions.map((v) => v.version)).to.deep.equal(['2025.1', '2026.2']);
    const raisedAt = contoso.versions[1]!.effectiveFrom;
    for (const p of periodsOf('contoso-msa', 'availability')) {
      expect(p.levels?.target, new Date(p.start).toISOString()).to.equal(
        p.start < raisedAt ? 99.9 : undefined,
      );
    }
  });

  it('has the stories the other layers test: exact threshold, no data, raw counts', () => {
    const june = periodsOf('fabrikam-msa', 'availability').find(
      (p) => p.start === ms('2026-06-01T00:00:00+01:00'),
    )!;
    expect(june.value).to.equal(99.0);
    expect(june.recordedCredit).to.equal(3500);
    const noData = periodsOf('fabrikam-msa', 'csat').filter((p) => p.value === null);
    expect(noData).to.have.length(1);
    for (const p of feed.periods.filter(
      (x) => x.objectiveId.endsWith('availability') && x.value !== null,
    )) {
      expect(p.counts, `${p.agreementId} ${p.start}`).to.not.equal(undefined);
      expect(p.counts!.good).to.be.at.most(p.counts!.total);
    }
  });

  it('has an overdue review relative to 2026-11-22', () => {
    const now = ms('2026-11-22T09:00:00+01:00');
    const overdue = feed.agreements.filter((a) => a.reviewBy !== undefined && a.reviewBy < now);
    expect(overdue.map((a) => a.id)).to.deep.equal(['fabrikam-msa']);
  });

  it('has breaches of every severity, ongoing, excluded, multi-objective and across midnight', () => {
    const severities = new Set(feed.breaches.map((b) => b.severity));
    expect([...severities].sort()).to.deep.equal(['critical', 'major', 'minor']);
    expect(feed.breaches.filter((b) => b.end === null)).to.have.length(1);
    expect(feed.breaches.filter((b) => b.excluded).map((b) => b.exclusionReason)).to.have.length(2);
    expect(feed.breaches.some((b) => b.objectiveIds.length > 1)).to.equal(true);
    const acrossMidnight = sample.breaches.filter(
      (b) => b.end && b.start.slice(0, 10) !== b.end.slice(0, 10),
    );
    expect(acrossMidnight.length).to.be.greaterThan(2);
    expect(feed.breaches.some((b) => b.recordedCredit !== undefined)).to.equal(true);
  });

  it('sorts periods, breaches and maintenance by start', () => {
    for (const list of [feed.periods, feed.breaches, feed.maintenance]) {
      for (let i = 1; i < list.length; i++)
        expect(list[i - 1]!.start <= list[i]!.start).to.equal(true);
    }
  });

  it('gives objectives plain-language wording', () => {
    const corporate = feed.agreements.find((a) => a.level === 'corporate')!;
    for (const o of corporate.objectives) expect(o.wording?.promise, o.id).to.be.a('string');
  });
});
