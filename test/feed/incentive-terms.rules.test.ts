// The at-risk pool and earn-back rules (src/feed/rules: pool-allocation, earn-back-level;
// docs/feed.md "Validation"): what is reported, where, in which words, and what is not.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import { baseFeed } from '../fixtures/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   raw feeds changed field by field */
/* eslint-disable @typescript-eslint/no-unsafe-call -- pushing onto raw lists */
type Loose = Record<string, any>;

/** [path, message, severity] of every issue (errors, else warnings) of a changed base feed. */
function issuesOf(change: (f: Loose) => unknown): [string, string, string][] {
  const feed = baseFeed() as Loose;
  change(feed);
  const result = parseFeed(feed, { maxIssues: 100 });
  const list = result.ok ? result.warnings : result.issues;
  return list.map((i) => [i.path, i.message, i.severity]);
}

const SERVICE_AGREEMENT = {
  id: 'contoso-web',
  name: 'Contoso web shop',
  level: 'service',
  parentId: 'contoso-msa',
  serviceId: 'svc-web',
};

const TICKETS = {
  id: 'tickets',
  name: 'Tickets',
  unit: 'percent',
  direction: 'higher-is-better',
  minimum: 90,
  target: 95,
};

describe('pool allocation rule', () => {
  it('accepts allocations that sum to exactly 100 %, also as decimals that do not add up in binary', () => {
    expect(
      issuesOf((f) => {
        f.agreements[0].objectives[0].poolAllocationPercent = 33.3;
        f.agreements[0].objectives[1].poolAllocationPercent = 33.3;
        f.agreements[0].objectives.push({ ...TICKETS, poolAllocationPercent: 33.4 });
      }),
    ).to.deep.equal([]);
  });

  it('rejects a sum over 100 % after inheritance, where an allocation is written, naming the objectives', () => {
    expect(
      issuesOf((f) => {
        f.agreements[0].objectives[0].poolAllocationPercent = 70;
        f.agreements[1].objectives = [{ id: 'latency', poolAllocationPercent: 30.5 }];
        f.agreements.push({ ...SERVICE_AGREEMENT, objectives: [] });
      }),
    ).to.deep.equal([
      [
        'agreements[1].objectives',
        'allocate 100.5 % of the at-risk pool (poolAllocationPercent of availability, latency); the allocations of an agreement sum to at most 100 %.',
        'error',
      ],
    ]);
  });

  it('counts a child override instead of the parent value, and leaves out zero shares by name', () => {
    expect(
      issuesOf((f) => {
        f.agreements[0].objectives[0].poolAllocationPercent = 100;
        f.agreements[0].objectives[1].poolAllocationPercent = 0;
        f.agreements[1].objectives = [{ id: 'availability', poolAllocationPercent: 60 }];
      }),
    ).to.deep.equal([]);
    expect(
      issuesOf((f) => {
        f.agreements[0].objectives[0].poolAllocationPercent = 60;
        f.agreements[0].objectives[1].poolAllocationPercent = 0;
        f.agreements[1].objectives = [
          { id: 'availability', poolAllocationPercent: 99 },
          { ...TICKETS, poolAllocationPercent: 1.5 },
        ];
      }),
    ).to.deep.equal([
      [
        'agreements[1].objectives',
        'allocate 100.5 % of the at-risk pool (poolAllocationPercent of availability, tickets); the allocations of an agreement sum to at most 100 %.',
        'error',
      ],
    ]);
  });

  it('warns where a pool is set about objectives with credit tiers and no share, not elsewhere', () => {
    expect(
      issuesOf((f) => {
        f.agreements[1].atRiskPercent = 15;
        f.agreements[0].objectives[1].creditTiers = [{ threshold: 800, creditPercent: 5 }];
        f.agreements.push({ ...SERVICE_AGREEMENT, objectives: [] });
      }),
    ).to.deep.equal([
      [
        'agreements[1].atRiskPercent',
        'puts part of the fee at risk, but availability, latency have credit tiers and no poolAllocationPercent, so they earn no credit.',
        'warning',
      ],
    ]);
    expect(
      issuesOf((f) => {
        f.agreements[1].atRiskPercent = 15;
        f.agreements[0].objectives[0].poolAllocationPercent = 0;
      }),
    ).to.deep.equal([]);
    expect(
      issuesOf((f) => {
        f.agreements[1].atRiskPercent = 15;
        f.agreements[0].objectives[0].creditTiers = [];
      }),
    ).to.deep.equal([]);
  });
});

describe('pool allocation rule, across levels', () => {
  it('warns only about objectives whose credits the pool agreement counts', () => {
    const tiered = { ...TICKETS, creditTiers: [{ threshold: 90, creditPercent: 10 }] };
    expect(
      issuesOf((f) => {
        // The corporate availability is shown on the service agreement but counted by the
        // customer agreement; tickets is written (and counted) here.
        f.agreements.push({ ...SERVICE_AGREEMENT, atRiskPercent: 10, objectives: [tiered] });
      }),
    ).to.deep.equal([
      [
        'agreements[2].atRiskPercent',
        'puts part of the fee at risk, but tickets has credit tiers and no poolAllocationPercent, so it earns no credit.',
        'warning',
      ],
    ]);
    expect(
      issuesOf((f) => {
        f.agreements.push({
          ...SERVICE_AGREEMENT,
          atRiskPercent: 10,
          objectives: [{ ...tiered, poolAllocationPercent: 100 }],
        });
      }),
    ).to.deep.equal([]);
    expect(
      issuesOf((f) => {
        f.agreements[0].atRiskPercent = 10;
      }),
    ).to.deep.equal([
      [
        'agreements[0].atRiskPercent',
        'puts part of the fee at risk, but availability has credit tiers and no poolAllocationPercent, so it earns no credit.',
        'warning',
      ],
    ]);
  });
});

describe('earn-back level rule', () => {
  it('warns at an objective earn-back level worse than the minimum; equal or better is fine', () => {
    const at = (level: number) =>
      issuesOf((f) => {
        f.agreements[0].objectives[0].earnBack = { periods: 2, level };
      });
    expect(at(99.5)).to.deep.equal([]);
    expect(at(99.9)).to.deep.equal([]);
    expect(at(99.4)).to.deep.equal([
      [
        'agreements[0].objectives[0].earnBack.level',
        'earn-back level 99.4 of availability is worse than its minimum 99.5 (higher-is-better), so a period that breaches the minimum still earns a credit back.',
        'warning',
      ],
    ]);
  });

  it('reads lower-is-better levels the other way round', () => {
    const at = (level: number) =>
      issuesOf((f) => {
        f.agreements[0].objectives[1].earnBack = { periods: 1, level };
      });
    expect(at(700)).to.deep.equal([]);
    expect(at(800)).to.deep.equal([]);
    expect(at(801)).to.deep.equal([
      [
        'agreements[0].objectives[1].earnBack.level',
        'earn-back level 801 of latency is worse than its minimum 800 (lower-is-better), so a period that breaches the minimum still earns a credit back.',
        'warning',
      ],
    ]);
  });

  it('reports an inherited level at the child that moves the minimum past it, once', () => {
    expect(
      issuesOf((f) => {
        f.agreements[0].objectives[0].earnBack = { periods: 2, level: 99.6 };
        f.agreements[1].objectives = [{ id: 'availability', minimum: 99.7, target: 99.95 }];
        f.agreements.push({ ...SERVICE_AGREEMENT, objectives: [] });
      }),
    ).to.deep.equal([
      [
        'agreements[1].objectives[0].minimum',
        'earn-back level 99.6 of availability is worse than its minimum 99.7 (higher-is-better), so a period that breaches the minimum still earns a credit back.',
        'warning',
      ],
    ]);
  });

  it("checks the agreement's default against each objective without its own terms", () => {
    expect(
      issuesOf((f) => {
        f.agreements[1].earnBack = { periods: 3, level: 99 };
        f.agreements[0].objectives[0].earnBack = { periods: 3, level: 99.9 };
      }),
    ).to.deep.equal([]);
    expect(
      issuesOf((f) => {
        f.agreements[0].earnBack = { periods: 3, level: 99 };
        f.agreements[1].objectives = [{ id: 'availability', minimum: 99.2, target: 99.95 }];
        f.agreements.push({ ...SERVICE_AGREEMENT, objectives: [] });
      }),
    ).to.deep.equal([
      [
        'agreements[0].earnBack.level',
        'earn-back level 99 of availability is worse than its minimum 99.5 (higher-is-better), so a period that breaches the minimum still earns a credit back.',
        'warning',
      ],
      [
        'agreements[1].objectives[0].minimum',
        'earn-back level 99 of availability is worse than its minimum 99.2 (higher-is-better), so a period that breaches the minimum still earns a credit back.',
        'warning',
      ],
    ]);
  });
});
