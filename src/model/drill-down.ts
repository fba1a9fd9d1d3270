/**
 * A customer's agreements as a tree along the agreement levels, for a portfolio's drill-down:
 * corporate -> customer -> service agreements -> objectives. Rules:
 * - the tree holds the customer's agreements (`FeedIndex.agreementsOfCustomer`) and the ancestors
 *   they inherit from (corporate templates). A node's children are the agreements of the tree whose
 *   `parentId` is that node, in feed order. The roots: first the templates (agreements without a
 *   customer of their own), then the customer's agreements whose parent is not in the tree, each in
 *   feed order;
 * - an agreement of the customer has the health the scorecard shows for it (`agreementHealth` in
 *   the period the options name, default its latest complete one), its objectives each objective's
 *   status, score (`statusPoints`) and value in that period, and its money its `netPosition` in
 *   that period, rounded to the minor unit (no fee or currency: none). A template has no health of
 *   its own (score `null`, status `no-data`), no period and no money: it is measured per customer;
 * - terms (`ResolvedAgreement.termSources`): `sets` are the terms whose winning value is written
 *   on the agreement itself, `overrides` those of them that an ancestor also writes, `inherits`
 *   those whose value comes from an ancestor. Objectives carry `definedIn`, `inheritedFrom`,
 *   `overrides` (fields changed below `definedIn`) and `countedIn` (the one agreement whose
 *   credits count its shortfalls) from `resolveAgreement`.
 */
import type { Agreement, Direction, Level, Unit } from '../feed/index.js';
import { agreementPeriods } from './agreement-periods.js';
import type { FeedIndex } from './feed-index.js';
import { agreementPeriodHealth, rollUp, statusPoints, type AgreementHealth } from './health.js';
import { netPosition, sumMoneyTotals, type MoneyTotal } from './net-position.js';
import { selectPeriod } from './period-selection.js';
import type { PortfolioOptions } from './portfolio.js';
import {
  resolveAgreement,
  type AgreementTerm,
  type ObjectiveField,
  type ResolvedAgreement,
} from './resolve.js';
import type { PeriodStatus } from './status.js';

export interface DrillObjective {
  readonly objectiveId: string;
  readonly name: string;
  readonly status: PeriodStatus;
  readonly score: number | null;
  readonly value: number | null;
  readonly unit: Unit;
  readonly direction: Direction;
  readonly minimum: number;
  readonly target: number;
  readonly definedIn: string;
  readonly inheritedFrom: string | undefined;
  /** Fields this agreement (or one below definedIn) changed. */
  readonly overrides: readonly ObjectiveField[];
  /** Where its credit is counted (once). */
  readonly countedIn: string;
}

export interface DrillAgreement {
  readonly agreementId: string;
  readonly name: string;
  readonly level: Level;
  readonly parentId: string | undefined;
  readonly serviceId: string | undefined;
  /** agreementHealth, exactly the scorecard's figure. */
  readonly score: number | null;
  readonly status: PeriodStatus;
  readonly period: { readonly start: number; readonly end: number } | null;
  /** Terms whose value comes from an ancestor. */
  readonly inherits: readonly AgreementTerm[];
  /** Terms set here that an ancestor also sets. */
  readonly overrides: readonly AgreementTerm[];
  /** Terms set here (incl. overrides). */
  readonly sets: readonly AgreementTerm[];
  /** This agreement's counted credits/bonuses for the period (0 or 1 entries). */
  readonly money: readonly MoneyTotal[];
  readonly objectives: readonly DrillObjective[];
  /** Agreements whose parent this is and that belong to the customer. */
  readonly children: readonly DrillAgreement[];
  /** False for a template above the customer's agreements (no health of its own). */
  readonly ofCustomer: boolean;
}

export interface DrillCustomer {
  readonly customerId: string;
  readonly name: string;
  readonly score: number | null;
  readonly status: PeriodStatus;
  /**
   * Corporate agreements above the customer's agreements (templates; no health of their own:
   * score null, status 'no-data'), each with children; then customer agreements without a
   * corporate parent.
   */
  readonly agreements: readonly DrillAgreement[];
}

/** The customer's drill-down tree (see the module rules); `null` for an unknown customer. */
export function drillDown(
  index: FeedIndex,
  customerId: string,
  options: PortfolioOptions,
): DrillCustomer | null {
  const customer = index.customers.get(customerId);
  if (!customer) return null;
  const own = index.agreementsOfCustomer.get(customerId) ?? [];
  const ownIds = new Set(own.map((a) => a.id));
  // The tree: the customer's agreements and their ancestors.
  const inTree = new Set<string>();
  for (const a of own) {
    const resolved = resolveAgreement(index, a.id);
    for (const x of resolved?.chain ?? [a]) inTree.add(x.id);
  }
  const nodes = index.feed.agreements.filter((a) => inTree.has(a.id));
  const healths = new Map<string, AgreementHealth>();
  for (const a of own) {
    const resolved = resolveAgreement(index, a.id);
    if (!resolved) continue;
    const periods = agreementPeriods(index, a.id);
    const judged = selectPeriod(periods, options.period, resolved.timeZone, options.now);
    healths.set(a.id, agreementPeriodHealth(resolved, judged));
  }

  const build = (a: Agreement, seen: ReadonlySet<string>): DrillAgreement | null => {
    const resolved = resolveAgreement(index, a.id);
    if (!resolved) return null;
    const below = new Set(seen).add(a.id);
    const children: DrillAgreement[] = [];
    for (const c of index.childrenOf.get(a.id) ?? []) {
      // Guard: a cycle never passes validation, but a tree never loops.
      if (!inTree.has(c.id) || below.has(c.id)) continue;
      const node = build(c, below);
      if (node) children.push(node);
    }
    return drillAgreement(
      resolved,
      ownIds.has(a.id) ? (healths.get(a.id) ?? null) : null,
      children,
    );
  };

  const isRoot = (a: Agreement) => a.parentId === undefined || !inTree.has(a.parentId);
  const roots: DrillAgreement[] = [];
  for (const template of [true, false])
    for (const a of nodes) {
      if (!isRoot(a) || ownIds.has(a.id) === template) continue;
      const node = build(a, new Set());
      if (node) roots.push(node);
    }

  const health = rollUp(
    [...healths.values()].map((h) => ({ score: h.score, status: h.status, weight: 1 })),
  );
  return Object.freeze({
    customerId,
    name: customer.name,
    score: health.score,
    status: health.status,
    agreements: Object.freeze(roots),
  });
}

function drillAgreement(
  agreement: ResolvedAgreement,
  health: AgreementHealth | null,
  children: readonly DrillAgreement[],
): DrillAgreement {
  const sets: AgreementTerm[] = [];
  const overrides: AgreementTerm[] = [];
  const inherits: AgreementTerm[] = [];
  const ancestors = agreement.chain.slice(1);
  for (const [term, source] of Object.entries(agreement.termSources) as [AgreementTerm, string][]) {
    if (source !== agreement.id) {
      inherits.push(term);
      continue;
    }
    sets.push(term);
    if (ancestors.some((a) => a[term] !== undefined)) overrides.push(term);
  }
  const period = health?.period ?? null;
  let money: MoneyTotal[] = [];
  if (period && agreement.currency !== undefined) {
    const n = netPosition(agreement, period);
    if (n.credit.amount !== null && n.bonus.amount !== null)
      money = sumMoneyTotals([
        { currency: agreement.currency, credit: n.credit.amount, bonus: n.bonus.amount },
      ]);
  }
  const objectives = agreement.objectives.map((o, i): DrillObjective => {
    const h = health?.objectives[i];
    const status = h?.status ?? 'no-data';
    return Object.freeze({
      objectiveId: o.id,
      name: o.name,
      status,
      score: statusPoints(status),
      value: h?.value ?? null,
      unit: o.unit,
      direction: o.direction,
      minimum: o.minimum,
      target: o.target,
      definedIn: o.definedIn,
      inheritedFrom: o.inheritedFrom,
      overrides: o.overrides,
      countedIn: o.countedIn,
    });
  });
  return Object.freeze({
    agreementId: agreement.id,
    name: agreement.name,
    level: agreement.level,
    parentId: agreement.parentId,
    serviceId: agreement.serviceId,
    score: health?.score ?? null,
    status: health?.status ?? 'no-data',
    period: period ? Object.freeze({ start: period.start, end: period.end }) : null,
    inherits: Object.freeze(inherits),
    overrides: Object.freeze(overrides),
    sets: Object.freeze(sets),
    money: Object.freeze(money),
    objectives: Object.freeze(objectives),
    children: Object.freeze([...children]),
    ofCustomer: health !== null,
  });
}
