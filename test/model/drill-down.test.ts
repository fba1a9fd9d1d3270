// The drill-down tree: corporate -> customer -> service agreements, with the scorecard's figures.
import { expect } from '@open-wc/testing';
import {
  customerHealth,
  drillDown,
  indexFeed,
  portfolioRow,
  type DrillAgreement,
} from '../../src/model/index.js';
import { scorecardData } from '../../src/elements/scorecard/scorecard-data.js';
import { at, month, threeLevelFeed } from './helpers.js';
import { bookFeed, bookParts, NOW } from './portfolio-helpers.js';
import { feedOf } from './helpers.js';

function flatten(nodes: readonly DrillAgreement[]): DrillAgreement[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

describe('drillDown', () => {
  it('puts the corporate template first with the customer agreement and its services below', () => {
    const tree = drillDown(indexFeed(bookFeed()), 'acme', { now: NOW })!;
    expect(tree.agreements.map((a) => a.agreementId)).to.deep.equal(['corp']);
    const corp = tree.agreements[0]!;
    expect(corp).to.deep.include({
      level: 'corporate',
      score: null,
      status: 'no-data',
      period: null,
    });
    expect(corp.ofCustomer).to.equal(false);
    expect(corp.money).to.deep.equal([]);
    expect(corp.objectives.map((o) => [o.objectiveId, o.status, o.score])).to.deep.equal([
      ['avail', 'no-data', null],
    ]);
    expect(corp.children.map((a) => a.agreementId)).to.deep.equal(['acme-msa']);
    expect(corp.children[0]!.children.map((a) => [a.agreementId, a.level])).to.deep.equal([
      ['acme-portal', 'service'],
      ['acme-cloud', 'service'],
      ['acme-network', 'service'],
      ['acme-dc', 'service'],
    ]);
  });

  it('lists a customer agreement without a parent as a root, and nothing of other customers', () => {
    const tree = drillDown(indexFeed(bookFeed()), 'beta', { now: NOW })!;
    expect(flatten(tree.agreements).map((a) => a.agreementId)).to.deep.equal(['beta-main']);
    expect(tree.agreements[0]!.parentId).to.equal(undefined);
    const gamma = drillDown(indexFeed(bookFeed()), 'gamma', { now: NOW })!;
    expect(gamma.agreements).to.deep.equal([]);
    expect([gamma.score, gamma.status]).to.deep.equal([null, 'no-data']);
  });

  it('shows exactly the scorecard health for every agreement and period', () => {
    const feed = bookFeed();
    const index = indexFeed(feed);
    for (const period of [undefined, '2026-02', '2026-03', '2026-04']) {
      const tree = drillDown(index, 'acme', { now: NOW, period })!;
      const health = customerHealth(index, 'acme', NOW, period)!;
      expect([tree.score, tree.status]).to.deep.equal([health.score, health.status]);
      expect(tree.score).to.equal(portfolioRow(index, 'acme', { now: NOW, period })!.score);
      for (const node of flatten(tree.agreements).filter((a) => a.ofCustomer)) {
        const scorecard = scorecardData(feed, { agreementId: node.agreementId, now: NOW, period });
        if (!('health' in scorecard)) throw new Error(`no scorecard for ${node.agreementId}`);
        expect([node.score, node.status], `${node.agreementId} ${period}`).to.deep.equal([
          scorecard.health.score,
          scorecard.health.status,
        ]);
        const rows = new Map(scorecard.rows.map((r) => [r.objective.id, r]));
        for (const o of node.objectives) {
          expect([o.status, o.value]).to.deep.equal([
            rows.get(o.objectiveId)!.status,
            rows.get(o.objectiveId)!.value,
          ]);
        }
      }
    }
  });

  it('gives each objective its status, score and value in the period', () => {
    const tree = drillDown(indexFeed(bookFeed()), 'acme', { now: NOW })!;
    const portal = flatten(tree.agreements).find((a) => a.agreementId === 'acme-portal')!;
    expect(portal.period).to.deep.equal({ start: at(month(4).start), end: at(month(4).end) });
    expect(portal.objectives.map((o) => [o.objectiveId, o.status, o.score, o.value])).to.deep.equal(
      [
        ['avail', 'no-data', null, null],
        ['portal-avail', 'breached', 0, 98.5],
        ['p95', 'met', 100, 250],
      ],
    );
  });

  it('tells what each level inherits, overrides and sets', () => {
    const tree = drillDown(indexFeed(threeLevelFeed()), 'acme', { now: NOW })!;
    const [corp] = tree.agreements;
    const msa = corp!.children[0]!;
    const portal = msa.children[0]!;
    expect(corp!.sets).to.deep.equal([
      'creditCapPercent',
      'minimumPayable',
      'exitClause',
      'legalUrl',
      'summary',
    ]);
    expect(corp!.inherits).to.deep.equal([]);
    expect(corp!.overrides).to.deep.equal([]);
    expect(msa.sets).to.include.members(['customerId', 'fee']);
    expect(msa.inherits).to.include.members([
      'creditCapPercent',
      'minimumPayable',
      'exitClause',
      'legalUrl',
      'summary',
    ]);
    expect(msa.overrides).to.deep.equal([]);
    expect(portal.sets).to.include.members(['serviceId']);
    expect(portal.inherits).to.include.members(['customerId', 'fee', 'creditCapPercent']);
    // The portal's objectives: p95 loosened here, availability's target overridden by the msa.
    const byId = new Map(portal.objectives.map((o) => [o.objectiveId, o]));
    expect(byId.get('p95')).to.deep.include({ definedIn: 'corp', inheritedFrom: 'corp' });
    expect(byId.get('p95')!.overrides).to.include('minimum');
    expect(byId.get('avail')).to.deep.include({ definedIn: 'corp', countedIn: 'acme-msa' });
    expect(byId.get('avail')!.overrides).to.include('target');
    expect(byId.get('csat')).to.deep.include({
      definedIn: 'acme-portal',
      inheritedFrom: undefined,
    });
  });

  it('names a term set on a child that an ancestor also sets as an override', () => {
    const tree = drillDown(indexFeed(bookFeed()), 'acme', { now: NOW })!;
    const msa = tree.agreements[0]!.children[0]!;
    expect(msa.overrides).to.deep.equal(['creditCapPercent']);
    expect(msa.sets).to.include.members(['creditCapPercent', 'customerId', 'fee', 'reviewBy']);
    expect(msa.inherits).to.deep.equal(['exitClause']);
    const portal = msa.children[0]!;
    expect(portal.overrides).to.deep.equal(['fee']);
  });

  it("counts each agreement's credits and bonuses once, in its currency", () => {
    const tree = drillDown(indexFeed(bookFeed()), 'acme', { now: NOW })!;
    const money = new Map(flatten(tree.agreements).map((a) => [a.agreementId, a.money]));
    expect(money.get('acme-portal')).to.deep.equal([
      { currency: 'EUR', credit: 50.01, bonus: 0, net: -50.01 },
    ]);
    expect(money.get('acme-network')).to.deep.equal([
      { currency: 'EUR', credit: 0, bonus: 30, net: 30 },
    ]);
    expect(money.get('corp')).to.deep.equal([]);
    expect(
      drillDown(indexFeed(bookFeed()), 'emile', { now: NOW })!.agreements[0]!.money,
    ).to.deep.equal([]);
  });

  it("marks the customer's own agreements, not the template above them", () => {
    const tree = drillDown(indexFeed(bookFeed()), 'acme', { now: NOW })!;
    expect(flatten(tree.agreements).map((a) => [a.agreementId, a.ofCustomer])).to.deep.equal([
      ['corp', false],
      ['acme-msa', true],
      ['acme-portal', true],
      ['acme-cloud', true],
      ['acme-network', true],
      ['acme-dc', true],
    ]);
  });

  it("shows under a shared template only the customer's own agreements, templates first", () => {
    const parts = bookParts();
    const agreements = parts.agreements as Record<string, unknown>[];
    parts.agreements = [
      // Earlier in the feed than the template, still listed after it.
      { id: 'acme-extra', name: 'Acme extra', level: 'customer', customerId: 'acme' },
      ...agreements,
      {
        id: 'gamma-msa',
        name: 'Gamma master agreement',
        level: 'customer',
        parentId: 'corp',
        customerId: 'gamma',
      },
    ];
    const index = indexFeed(feedOf(parts));
    const acme = drillDown(index, 'acme', { now: NOW })!;
    expect(acme.agreements.map((a) => a.agreementId)).to.deep.equal(['corp', 'acme-extra']);
    expect(acme.agreements[0]!.children.map((a) => a.agreementId)).to.deep.equal(['acme-msa']);
    expect(flatten(acme.agreements).map((a) => a.agreementId)).to.not.include('gamma-msa');
    const gamma = drillDown(index, 'gamma', { now: NOW })!;
    expect(flatten(gamma.agreements).map((a) => a.agreementId)).to.deep.equal([
      'corp',
      'gamma-msa',
    ]);
  });

  it('is null for an unknown customer', () => {
    expect(drillDown(indexFeed(bookFeed()), 'nobody', { now: NOW })).to.equal(null);
  });
});
