// Inheritance between agreement levels (docs/feed.md, "Levels and inheritance"), checked against
// an oracle that walks the parent chain level by level for each field, independent of the model's
// top-down merge: the nearest level that writes a field wins, wording merges per sentence, an
// objective is defined where it is first written and overridden by every lower level that writes
// one of its fields.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { indexFeed, resolveAgreement } from '../../src/model/index.js';
import { feedOf } from './helpers.js';

const LEVELS = ['corp', 'cust', 'svc'] as const;
type LevelId = (typeof LEVELS)[number];

interface Written {
  name?: string;
  minimum?: number;
  target?: number;
  weight?: number;
  description?: string;
  promise?: string;
  remedy?: string;
}
const FIELDS = ['name', 'minimum', 'target', 'weight', 'description'] as const;

/** What each level writes for objective `o` (`null`: the level does not mention it). */
type Plan = Record<LevelId, Written | null>;

const arbWritten = (complete: boolean): fc.Arbitrary<Written> =>
  fc.record(
    {
      name: fc.constantFrom('Uptime', 'Availability', 'Service up'),
      minimum: fc.constantFrom(90, 91, 92),
      target: fc.constantFrom(99, 99.5, 99.9),
      weight: fc.constantFrom(1, 2, 3),
      description: fc.constantFrom('All of it', 'The portal'),
      promise: fc.constantFrom('Up all month', 'Up nearly always'),
      remedy: fc.constantFrom('Money back', 'A credit'),
    },
    complete ? { requiredKeys: ['name', 'minimum', 'target'] } : { requiredKeys: [] },
  );

const arbPlan: fc.Arbitrary<Plan> = fc
  .tuple(
    fc.constantFrom<LevelId>('corp', 'cust', 'svc'),
    arbWritten(true),
    fc.option(arbWritten(false), { nil: null }),
    fc.option(arbWritten(false), { nil: null }),
  )
  .map(([first, top, a, b]) => {
    const plan: Plan = { corp: null, cust: null, svc: null };
    const from = LEVELS.indexOf(first);
    plan[first] = top;
    const below = [a, b];
    for (let k = from + 1; k < LEVELS.length; k++) plan[LEVELS[k]!] = below[k - from - 1]!;
    return plan;
  });

function objectiveInput(w: Written): Record<string, unknown> {
  const out: Record<string, unknown> = { id: 'o' };
  for (const f of FIELDS) if (w[f] !== undefined) out[f] = w[f];
  if (w.promise !== undefined || w.remedy !== undefined) {
    out.wording = {
      ...(w.promise === undefined ? {} : { promise: w.promise }),
      ...(w.remedy === undefined ? {} : { remedy: w.remedy }),
    };
  }
  if (w.name !== undefined && w.minimum !== undefined && w.target !== undefined) {
    Object.assign(out, {
      indicator: 'availability',
      unit: 'percent',
      direction: 'higher-is-better',
    });
  }
  return out;
}

function feedFor(plan: Plan) {
  const objectives = (id: LevelId) => (plan[id] ? [objectiveInput(plan[id])] : []);
  return feedOf({
    customers: [{ id: 'acme', name: 'Acme', timeZone: 'UTC' }],
    services: [{ id: 'portal', name: 'Portal' }],
    agreements: [
      { id: 'corp', name: 'Corporate', level: 'corporate', objectives: objectives('corp') },
      {
        id: 'cust',
        name: 'Customer',
        level: 'customer',
        parentId: 'corp',
        customerId: 'acme',
        objectives: objectives('cust'),
      },
      {
        id: 'svc',
        name: 'Service',
        level: 'service',
        parentId: 'cust',
        serviceId: 'portal',
        objectives: objectives('svc'),
      },
    ],
  });
}

/** The oracle: for `agreement`, walk up its chain (itself, then each parent) field by field. */
function walk(plan: Plan, agreement: LevelId) {
  const up = LEVELS.slice(0, LEVELS.indexOf(agreement) + 1).reverse();
  const mentioning = up.filter((l) => plan[l] !== null);
  if (mentioning.length === 0) return null;
  const definedIn = mentioning[mentioning.length - 1]!;
  const nearest = <K extends keyof Written>(key: K) => {
    for (const l of up) {
      const w = plan[l];
      if (w && w[key] !== undefined) return { value: w[key], source: l };
    }
    return undefined;
  };
  const fields: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  for (const f of FIELDS) {
    const n = nearest(f);
    if (n) {
      fields[f] = n.value;
      sources[f] = n.source;
    }
  }
  const promise = nearest('promise');
  const remedy = nearest('remedy');
  // The wording's source is the nearest level that writes any sentence of it.
  const wordingSource = up.find(
    (l) => plan[l] && (plan[l].promise !== undefined || plan[l].remedy !== undefined),
  );
  if (wordingSource) sources.wording = wordingSource;
  const overrides = Object.keys(sources).filter((f) => sources[f] !== definedIn);
  const ancestors = mentioning.filter((l) => l !== agreement);
  return {
    name: fields.name,
    minimum: fields.minimum,
    target: fields.target,
    weight: fields.weight ?? 1,
    description: fields.description,
    wording: {
      ...(promise ? { promise: promise.value } : {}),
      ...(remedy ? { remedy: remedy.value } : {}),
    },
    definedIn,
    inheritedFrom: ancestors[0],
    overridden: overrides.sort(),
    sources: Object.fromEntries(
      Object.entries(sources).filter(([f]) => [...FIELDS, 'wording'].includes(f)),
    ),
  };
}

describe('inheritance rules', () => {
  it('every level resolves each field from the nearest level of its chain that writes it', () => {
    fc.assert(
      fc.property(arbPlan, (plan) => {
        const index = indexFeed(feedFor(plan));
        for (const agreement of LEVELS) {
          const expected = walk(plan, agreement);
          const o = resolveAgreement(index, agreement)!.objectives.find((x) => x.id === 'o');
          if (expected === null) {
            expect(o, agreement).to.equal(undefined);
            continue;
          }
          expect(o, agreement).to.not.equal(undefined);
          const sources = Object.fromEntries(
            Object.entries(o!.fieldSources).filter(([f]) => [...FIELDS, 'wording'].includes(f)),
          );
          expect(
            {
              name: o!.name,
              minimum: o!.minimum,
              target: o!.target,
              weight: o!.weight,
              description: o!.description,
              wording: Object.fromEntries(
                Object.entries(o!.wording).filter(([, text]) => text !== undefined),
              ),
              definedIn: o!.definedIn,
              inheritedFrom: o!.inheritedFrom,
              overridden: o!.overrides.filter((f) => [...FIELDS, 'wording'].includes(f)).sort(),
              sources,
            },
            agreement,
          ).to.deep.equal(expected);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('resolved objective defaults', () => {
  const base = {
    id: 'o',
    name: 'Latency',
    indicator: 'latency',
    unit: 'millisecond',
    direction: 'lower-is-better',
    minimum: 800,
    target: 300,
  };

  it('an objective without credit tiers or a category is a key objective; a latency one has no error budget', () => {
    const feed = feedOf({
      customers: [{ id: 'acme', name: 'Acme' }],
      agreements: [
        {
          id: 'a',
          name: 'A',
          level: 'customer',
          customerId: 'acme',
          objectives: [{ ...base, errorBudget: true }],
        },
      ],
    });
    const o = resolveAgreement(indexFeed(feed), 'a')!.objectives[0]!;
    expect(o.category).to.equal('key');
    expect(o.creditTiers).to.deep.equal([]);
    expect(o.incentiveTiers).to.deep.equal([]);
    expect(o.errorBudget).to.equal(false);
    expect(o.appliesTo).to.equal('all');
  });

  it('without a customer or provider time zone an agreement keeps time in UTC', () => {
    const parsed = feedOf({
      customers: [{ id: 'acme', name: 'Acme' }],
      agreements: [
        { id: 'a', name: 'A', level: 'customer', customerId: 'acme', objectives: [base] },
      ],
    });
    const feed = { ...parsed, provider: { ...parsed.provider, timeZone: undefined } };
    expect(resolveAgreement(indexFeed(feed), 'a')!.timeZone).to.equal('UTC');
  });

  it('a hand-built feed with an incomplete objective skips it, whatever field is missing', () => {
    for (const missing of ['name', 'unit', 'direction', 'minimum', 'target'] as const) {
      const parsed = feedOf({
        customers: [{ id: 'acme', name: 'Acme', timeZone: 'UTC' }],
        agreements: [
          {
            id: 'a',
            name: 'A',
            level: 'customer',
            customerId: 'acme',
            objectives: [base, { ...base, id: 'p' }],
          },
        ],
      });
      const feed = structuredClone(parsed);
      delete (feed.agreements[0]!.objectives[1] as unknown as Record<string, unknown>)[missing];
      const ids = resolveAgreement(indexFeed(feed), 'a')!.objectives.map((o) => o.id);
      expect(ids, missing).to.deep.equal(['o']);
    }
  });
});
