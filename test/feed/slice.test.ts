import { expect } from '@open-wc/testing';
import {
  FeedSchema,
  parseFeed,
  SliceError,
  sliceFeed,
  type Feed,
  type FeedInput,
} from '../../src/feed/index.js';
import { SLICE_FIELDS } from '../../src/feed/slice.js';
import { generateFeed } from '../fixtures/generate.js';
import sample from '../fixtures/sample-feed.json';

function parsed(input: unknown): Feed {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.feed;
}

/** The customer an agreement belongs to: its own customerId or its nearest parent's. */
function ownerOf(feed: Feed, agreementId: string): string | undefined {
  for (let a = feed.agreements.find((x) => x.id === agreementId); a;) {
    if (a.customerId !== undefined) return a.customerId;
    a = feed.agreements.find((x) => x.id === a!.parentId);
  }
  return undefined;
}

/** Every text that identifies a customer or its records: names, ids, titles, links, notes. */
function textsOf(feed: Feed, customerId: string): Set<string> {
  const out = new Set<string>();
  const add = (x: string | undefined | null): void => {
    if (x) out.add(x);
  };
  const c = feed.customers.find((x) => x.id === customerId)!;
  add(c.id);
  add(c.name);
  add(c.branding?.logoUrl);
  const own = new Set(
    feed.agreements.filter((a) => ownerOf(feed, a.id) === customerId).map((a) => a.id),
  );
  for (const a of feed.agreements.filter((x) => own.has(x.id))) {
    [a.id, a.name, a.summary, a.legalUrl, a.exitClause?.description].forEach(add);
    for (const o of a.objectives) [o.name, o.description, o.wording?.promise].forEach(add);
  }
  for (const b of feed.breaches.filter((x) => own.has(x.agreementId)))
    [b.id, b.title, b.summary, b.url, b.exclusionReason].forEach(add);
  for (const p of feed.periods.filter((x) => own.has(x.agreementId))) add(p.note);
  for (const m of feed.maintenance.filter(
    (x) => x.agreementIds.length > 0 && x.agreementIds.every((id) => own.has(id)),
  ))
    [m.id, m.title, m.summary, m.url].forEach(add);
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `text` as a whole token: `c-1` is not found inside `c-10` or `a-1-s1`. */
const token = (text: string): RegExp => new RegExp(`(?<![\\w-])${escape(text)}(?![\\w-])`);

/** Slices every customer and looks for every other customer's texts in the serialised slice. */
function leaks(feed: Feed): string[] {
  const found: string[] = [];
  const texts = new Map(feed.customers.map((c) => [c.id, textsOf(feed, c.id)]));
  // A text that two customers share ("Up at least 99.9 % of every month") identifies neither.
  const owners = new Map<string, number>();
  for (const set of texts.values()) for (const t of set) owners.set(t, (owners.get(t) ?? 0) + 1);
  for (const c of feed.customers) {
    const text = JSON.stringify(sliceFeed(feed, c.id));
    for (const [other, theirs] of texts) {
      if (other === c.id) continue;
      for (const t of theirs)
        if (owners.get(t) === 1 && token(t).test(text))
          found.push(`${c.id} slice holds ${other}'s "${t}"`);
    }
  }
  return found;
}

/** Structural check: the slice holds this customer's records and nothing else. */
function checkShape(feed: Feed, customerId: string, slice: FeedInput): void {
  expect(slice.customers!.map((c) => c.id)).to.deep.equal([customerId]);
  const own = feed.agreements.filter((a) => ownerOf(feed, a.id) === customerId).map((a) => a.id);
  for (const a of slice.agreements)
    expect([customerId, undefined], a.id).to.include(ownerOf(feed, a.id));
  const sliced = parsed(JSON.parse(JSON.stringify(slice)));
  // Figures: exactly the customer's own periods and breaches, value for value.
  expect(sliced.periods).to.deep.equal(feed.periods.filter((p) => own.includes(p.agreementId)));
  expect(sliced.breaches).to.deep.equal(feed.breaches.filter((b) => own.includes(b.agreementId)));
}

describe('sliceFeed', () => {
  const feed = parsed(sample);

  it('gives each sample customer its agreements, the corporate terms above them and its records', () => {
    const slice = sliceFeed(feed, 'contoso');
    expect(slice.provider.name).to.equal('Northwind Managed Services');
    expect(slice.agreements.map((a) => a.id)).to.deep.equal([
      'nw-corporate',
      'contoso-msa',
      'contoso-erp',
      'contoso-servicedesk',
    ]);
    expect(slice.periods!.length).to.equal(72 + 84 + 96);
    expect(new Set(slice.breaches!.map((b) => b.agreementId))).to.deep.equal(
      new Set(['contoso-msa', 'contoso-erp']),
    );
    // Services its agreements and objectives name, with what they depend on; not Fabrikam's backup.
    expect(slice.services!.map((s) => s.id)).to.include.members(['svc-erp', 'svc-cloud', 'svc-dc']);
    expect(slice.services!.map((s) => s.id)).to.not.include('svc-backup');
    for (const c of feed.customers) checkShape(feed, c.id, sliceFeed(feed, c.id));
  });

  it('re-parses cleanly, with the same records', () => {
    for (const c of feed.customers) {
      const result = parseFeed(JSON.stringify(sliceFeed(feed, c.id)));
      if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
      expect(result.warnings, c.id).to.deep.equal([]);
      expect(result.feed.customers).to.deep.equal(feed.customers.filter((x) => x.id === c.id));
      // The same agreements, but for appliesTo lists cut to the slice's services.
      const kept = new Set(result.feed.services.map((s) => s.id));
      const cut = (a: Feed['agreements'][number]) => ({
        ...a,
        objectives: a.objectives.map((o) =>
          typeof o.appliesTo === 'object'
            ? { ...o, appliesTo: o.appliesTo.filter((id) => kept.has(id)) }
            : o,
        ),
      });
      expect(result.feed.agreements).to.deep.equal(
        feed.agreements.filter((a) => result.feed.agreements.some((b) => b.id === a.id)).map(cut),
      );
    }
  });

  it('leaves nothing of another customer in a sample slice: names, ids, titles, links', () => {
    const texts = textsOf(feed, 'tailspin');
    expect(texts.size).to.be.greaterThan(20);
    expect(texts).to.include('Tailspin Health Inc.');
    expect(texts).to.include('https://assets.tailspin-health.example/logo.svg');
    expect(leaks(feed)).to.deep.equal([]);
    // The scan can fail: the whole feed holds every customer's texts.
    expect(token('tailspin-soc').test(JSON.stringify(sample))).to.equal(true);
  });

  it('leaves nothing of another customer in a slice of a generated feed of 12 customers', () => {
    const generated = parsed(
      generateFeed({ seed: 3, customers: 12, serviceAgreementsPerCustomer: 2, breaches: 400 }),
    );
    const texts = textsOf(generated, 'c-7');
    expect(texts).to.include('Customer 7');
    expect([...texts].filter((t) => t.startsWith('Incident ')).length).to.be.greaterThan(10);
    expect(leaks(generated)).to.deep.equal([]);
    for (const c of generated.customers) checkShape(generated, c.id, sliceFeed(generated, c.id));
  });

  it('drops periods and breaches of the shared corporate agreement (they name no customer)', () => {
    type Records = Record<string, unknown>[];
    const raw = structuredClone(sample) as unknown as { periods: Records; breaches: Records };
    raw.periods.push({
      ...raw.periods.find((p) => p.objectiveId === 'availability'),
      agreementId: 'nw-corporate',
      value: 97.5,
      note: 'Portfolio-wide availability',
    });
    raw.breaches.push({
      ...raw.breaches[0]!,
      id: 'BR-corporate',
      agreementId: 'nw-corporate',
      objectiveIds: ['availability'],
      title: 'Tailspin data centre fire',
    });
    const withShared = parsed(raw);
    const slice = JSON.stringify(sliceFeed(withShared, 'contoso'));
    expect(slice).to.not.include('Portfolio-wide availability');
    expect(slice).to.not.include('Tailspin data centre fire');
    expect(slice).to.include('"nw-corporate"');
  });

  it('keeps maintenance that names its agreements, or only services it uses; cuts the lists', () => {
    const contoso = sliceFeed(feed, 'contoso');
    const ids = contoso.maintenance!.map((m) => m.id);
    expect(ids).to.include('mw-contoso-erp-2026-07');
    expect(ids).to.include('mw-platform-2026-10');
    // Fabrikam's WAN window is scoped to Fabrikam's agreement, though Contoso uses the network too.
    expect(contoso.services!.map((s) => s.id)).to.include('svc-network');
    expect(ids).to.not.include('mw-fabrikam-wan-2026-02');
    const platform = contoso.maintenance!.find((m) => m.id === 'mw-platform-2026-10')!;
    expect(platform.agreementIds).to.deep.equal(['contoso-msa']);
  });

  it("cuts a shared objective's appliesTo down to the slice's services", () => {
    const availability = (slice: FeedInput) =>
      slice.agreements
        .find((a) => a.id === 'nw-corporate')!
        .objectives!.find((o) => o.id === 'availability')!.appliesTo;
    // The corporate availability names Contoso's ERP system, which Fabrikam does not use.
    expect(availability(sliceFeed(feed, 'contoso'))).to.deep.equal([
      'svc-cloud',
      'svc-portal',
      'svc-erp',
    ]);
    const fabrikam = sliceFeed(feed, 'fabrikam');
    expect(availability(fabrikam)).to.not.include('svc-erp');
    expect(JSON.stringify(fabrikam)).to.not.include('svc-erp');
    expect(parseFeed(fabrikam).ok).to.equal(true);
  });

  it('throws a SliceError for a customer that is not in the feed', () => {
    expect(() => sliceFeed(feed, 'initech')).to.throw(
      SliceError,
      'customer "initech" is not in the feed',
    );
  });

  it("refuses an agreement that inherits from another customer's agreement", () => {
    const raw = structuredClone(sample);
    const erp = raw.agreements.find((a) => a.id === 'contoso-erp')! as Record<string, unknown>;
    erp.parentId = 'fabrikam-msa';
    erp.customerId = 'contoso';
    expect(() => sliceFeed(parsed(raw), 'contoso')).to.throw(
      SliceError,
      'agreement "contoso-erp" of customer "contoso" inherits from agreement "fabrikam-msa" of customer "fabrikam"',
    );
  });

  it('decides for every top-level field of the schema how it is sliced', () => {
    expect(Object.keys(FeedSchema.entries).sort()).to.deep.equal([...SLICE_FIELDS].sort());
  });

  it('writes instants back as RFC 3339 text that parses to the same instant', () => {
    const slice = sliceFeed(feed, 'fabrikam');
    expect(slice.periods![0]!.start).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(slice.periods![0]!.start)).to.equal(
      feed.periods.find((p) => p.agreementId.startsWith('fabrikam'))!.start,
    );
  });
});
