/**
 * Multi-level resolution. A service agreement inherits from its customer agreement, which inherits
 * from the corporate one. The rules, everywhere:
 * - terms: the nearest agreement that sets a term wins (fee basis, caps, minimum payable, exit
 *   clause, dates, ...);
 * - objectives are merged field by field (a child that only sets `target` keeps everything else
 *   from its parent). The result is complete: every objective has all its fields and defaults;
 * - what an agreement carries: every objective written on it (own or override), and every inherited
 *   one that applies to what it covers. A customer-level agreement covers everything of its
 *   customer; an agreement with a `serviceId` covers that service only, so it carries an inherited
 *   objective only when the objective applies to that service (`appliesTo` is `"all"` or lists the
 *   service; without `appliesTo`, the objective's own service is that service or it has none);
 * - where a shortfall is credited: at the objective's {@link ResolvedObjective.countedIn} agreement,
 *   the nearest agreement of the chain below the corporate level that writes the objective itself,
 *   else the customer-level agreement (corporate objectives are measured per customer). Every other
 *   agreement that carries it shows it, but its credits and bonuses are counted there, never twice.
 */
import { agreementChain } from '../feed/inherit.js';
import { inheritObjectives } from '../feed/semantics.js';
import type {
  Agreement,
  AgreementKind,
  AgreementVersion,
  Category,
  CreditTier,
  Customer,
  EarnBack,
  Direction,
  ExitClause,
  Fee,
  IncentiveTier,
  Indicator,
  Level,
  MeasurementWindow,
  ObjectiveInput,
  Unit,
} from '../feed/index.js';
import type { FeedIndex } from './feed-index.js';
import { IdentityMemo } from './memo.js';
import { findObjective } from './objective-lookup.js';
import { sortCreditTiers, sortIncentiveTiers } from './tiers.js';

/** Fields of an objective that a child agreement may override. */
export type ObjectiveField = Exclude<keyof ObjectiveInput, 'id'>;

/** Agreement terms that a child agreement inherits from its parent unless it sets them itself. */
export type AgreementTerm =
  | 'kind'
  | 'customerId'
  | 'serviceId'
  | 'fee'
  | 'creditCapPercent'
  | 'bonusCapPercent'
  | 'minimumPayable'
  | 'atRiskPercent'
  | 'earnBack'
  | 'exitClause'
  | 'reviewBy'
  | 'validFrom'
  | 'validTo'
  | 'legalUrl'
  | 'summary';

const AGREEMENT_TERMS: readonly AgreementTerm[] = [
  'kind',
  'customerId',
  'serviceId',
  'fee',
  'creditCapPercent',
  'bonusCapPercent',
  'minimumPayable',
  'atRiskPercent',
  'earnBack',
  'exitClause',
  'reviewBy',
  'validFrom',
  'validTo',
  'legalUrl',
  'summary',
];

const OBJECTIVE_FIELDS: readonly ObjectiveField[] = [
  'name',
  'serviceId',
  'category',
  'indicator',
  'unit',
  'direction',
  'window',
  'minimum',
  'target',
  'creditTiers',
  'incentiveTiers',
  'weight',
  'description',
  'wording',
  'appliesTo',
  'errorBudget',
  'reportOnly',
  'poolAllocationPercent',
  'earnBack',
];

/** Plain-language wording of an objective, as written in the feed (merged field by field). */
export interface ObjectiveWording {
  readonly promise?: string | undefined;
  readonly remedy?: string | undefined;
}

/** The measurement window used when no agreement in the chain sets one: a calendar month. */
export const DEFAULT_WINDOW: MeasurementWindow = Object.freeze({ kind: 'calendar', unit: 'month' });

/** An objective with every field known, after inheritance and defaults. */
export interface ResolvedObjective {
  readonly id: string;
  /** The agreement this objective was resolved for (periods are recorded against it). */
  readonly agreementId: string;
  readonly name: string;
  /** The objective's service, else the agreement's (inherited) service. */
  readonly serviceId: string | undefined;
  /** As set in the chain; default `critical` when there are credit tiers, else `key`. */
  readonly category: Category;
  /** As set in the chain; default `other`. */
  readonly indicator: Indicator;
  readonly unit: Unit;
  readonly direction: Direction;
  /** As set in the chain; default a calendar month. */
  readonly window: MeasurementWindow;
  /** Contractual floor: a value worse than this is a breach. */
  readonly minimum: number;
  /** Committed level: a value worse than this (and not worse than minimum) is at risk. */
  readonly target: number;
  /** Credit tiers from least to most severe (see {@link sortCreditTiers}). */
  readonly creditTiers: readonly CreditTier[];
  /** Incentive tiers from least to most demanding (see {@link sortIncentiveTiers}). */
  readonly incentiveTiers: readonly IncentiveTier[];
  /** Weight in the agreement's health score; default 1. */
  readonly weight: number;
  readonly description: string | undefined;
  readonly wording: ObjectiveWording;
  /** Id of the top-most agreement in the chain that defines this objective (where it comes from). */
  readonly definedIn: string;
  /** Id of the nearest ancestor that also has this objective; `undefined` when only this agreement does. */
  readonly inheritedFrom: string | undefined;
  /** For each field set somewhere in the chain, the id of the agreement whose value won. */
  readonly fieldSources: Readonly<Partial<Record<ObjectiveField, string>>>;
  /** Fields whose winning value was set below `definedIn` (overrides by a child agreement). */
  readonly overrides: readonly ObjectiveField[];
  /** Services the objective applies to, or `'all'` (see the module rule). */
  readonly appliesTo: 'all' | readonly string[];
  /**
   * Whether the objective has an error budget: percentage objectives do, unless they measure
   * compliance or the feed says `errorBudget: false`; other units (and pass-fail) never do.
   */
  readonly errorBudget: boolean;
  /**
   * Reported only: it earns no credit and no bonus, whatever its tiers. True when the feed says
   * `reportOnly: true`, or sets the category `key` and does not say `reportOnly: false`. An
   * objective with incentive tiers and no credit tiers (a bonus-only objective) earns its bonus.
   */
  readonly reportOnly: boolean;
  /** Its share of the agreement's at-risk pool in %, `undefined` when the feed sets none. */
  readonly poolAllocationPercent: number | undefined;
  /** Its earn-back terms: its own, else the agreement's default, else `undefined`. */
  readonly earnBack: EarnBack | undefined;
  /**
   * The agreement whose credits and bonuses count this objective's shortfalls (the level that owns
   * the measurement, see the module rule). Equal to `agreementId` when they count here.
   */
  readonly countedIn: string;
}

/** An agreement with its inherited terms, its customer, its chain and its complete objectives. */
export interface ResolvedAgreement {
  readonly id: string;
  /** The agreement record as written in the feed. */
  readonly agreement: Agreement;
  readonly name: string;
  readonly level: Level;
  readonly parentId: string | undefined;
  readonly kind: AgreementKind | undefined;
  readonly customerId: string | undefined;
  readonly customer: Customer | undefined;
  readonly serviceId: string | undefined;
  /** Version label of this agreement (not inherited). */
  readonly version: string | undefined;
  /** Version history of this agreement (not inherited), oldest first. */
  readonly versions: readonly AgreementVersion[];
  readonly validFrom: number | undefined;
  readonly validTo: number | undefined;
  readonly reviewBy: number | undefined;
  readonly summary: string | undefined;
  readonly legalUrl: string | undefined;
  readonly fee: Fee | undefined;
  /** The fee's currency, else the customer's currency. */
  readonly currency: string | undefined;
  readonly creditCapPercent: number | undefined;
  readonly bonusCapPercent: number | undefined;
  readonly minimumPayable: number | undefined;
  /** Share of the fee at risk in an at-risk pool, in %; `undefined` without a pool. */
  readonly atRiskPercent: number | undefined;
  /** Default earn-back terms of the agreement's objectives. */
  readonly earnBack: EarnBack | undefined;
  readonly exitClause: ExitClause | undefined;
  /** Display and calendar time zone: the customer's, else the provider's, else UTC. */
  readonly timeZone: string;
  /** This agreement followed by its ancestors, nearest first: `[service, customer, corporate]`. */
  readonly chain: readonly Agreement[];
  /** For each inherited term set somewhere in the chain, the id of the agreement whose value won. */
  readonly termSources: Readonly<Partial<Record<AgreementTerm, string>>>;
  /** Complete objectives: the parents' first (top-most agreement first), then those added below. */
  readonly objectives: readonly ResolvedObjective[];
}

const cache = new WeakMap<FeedIndex, Map<string, ResolvedAgreement | null>>();

/**
 * Resolves an agreement through its parent chain: every term is taken from the nearest agreement
 * that sets it (the agreement itself, then its parent, ...), and objectives are merged field by
 * field with the child winning. Returns `null` for an unknown id or a parent cycle.
 * Memoised per index.
 */
export function resolveAgreement(index: FeedIndex, agreementId: string): ResolvedAgreement | null {
  let perIndex = cache.get(index);
  if (!perIndex) {
    perIndex = new Map();
    cache.set(index, perIndex);
  }
  const hit = perIndex.get(agreementId);
  if (hit !== undefined) return hit;
  const chain = agreementChain(index.agreements, agreementId);
  let resolved: ResolvedAgreement | null = null;
  if (chain && chain.length > 0) {
    // Across feeds: the same records of the chain, customer and provider time zone resolve to
    // the same object (a refreshed feed keeps the records that did not change).
    const customerId = chain.find((a) => a.customerId !== undefined)?.customerId;
    const customer = customerId === undefined ? undefined : index.customers.get(customerId);
    resolved = acrossFeeds.get(chain[0]!, [...chain, customer, index.feed.provider.timeZone], () =>
      resolveUncached(index, chain),
    );
  }
  perIndex.set(agreementId, resolved);
  return resolved;
}

const acrossFeeds = new IdentityMemo<Agreement, ResolvedAgreement>();

/** The resolved objective `objectiveId` of an agreement, or `undefined`. */
export function resolveObjective(
  index: FeedIndex,
  agreementId: string,
  objectiveId: string,
): ResolvedObjective | undefined {
  const agreement = resolveAgreement(index, agreementId);
  return agreement ? findObjective(agreement.objectives, objectiveId) : undefined;
}

/** The objective `objectiveId` of a resolved agreement, or `undefined`. */
export function objectiveOf(
  agreement: ResolvedAgreement,
  objectiveId: string,
): ResolvedObjective | undefined {
  return findObjective(agreement.objectives, objectiveId);
}

function resolveUncached(index: FeedIndex, chain: readonly Agreement[]): ResolvedAgreement {
  const agreement = chain[0]!;

  const terms: Partial<Record<AgreementTerm, unknown>> = {};
  const termSources: Partial<Record<AgreementTerm, string>> = {};
  for (const key of AGREEMENT_TERMS) {
    const source = chain.find((a) => a[key] !== undefined);
    if (source) {
      terms[key] = source[key];
      termSources[key] = source.id;
    }
  }
  const fee = terms.fee as Fee | undefined;
  const customerId = terms.customerId as string | undefined;
  const customer = customerId === undefined ? undefined : index.customers.get(customerId);
  const serviceId = terms.serviceId as string | undefined;

  const resolved: ResolvedAgreement = {
    id: agreement.id,
    agreement,
    name: agreement.name,
    level: agreement.level,
    parentId: agreement.parentId,
    kind: terms.kind as AgreementKind | undefined,
    customerId,
    customer,
    serviceId,
    version: agreement.version,
    versions: agreement.versions,
    validFrom: terms.validFrom as number | undefined,
    validTo: terms.validTo as number | undefined,
    reviewBy: terms.reviewBy as number | undefined,
    summary: terms.summary as string | undefined,
    legalUrl: terms.legalUrl as string | undefined,
    fee,
    currency: fee?.currency ?? customer?.currency,
    creditCapPercent: terms.creditCapPercent as number | undefined,
    bonusCapPercent: terms.bonusCapPercent as number | undefined,
    minimumPayable: terms.minimumPayable as number | undefined,
    atRiskPercent: terms.atRiskPercent as number | undefined,
    earnBack: terms.earnBack as EarnBack | undefined,
    exitClause: terms.exitClause as ExitClause | undefined,
    timeZone: customer?.timeZone ?? index.feed.provider.timeZone ?? 'UTC',
    chain,
    termSources,
    // Frozen, so lookups by id may index it (objective-lookup.ts).
    objectives: Object.freeze(
      resolveObjectives(chain, agreement.id, serviceId, terms.earnBack as EarnBack | undefined),
    ),
  };
  return Object.freeze(resolved);
}

interface Draft {
  values: Partial<Record<ObjectiveField, unknown>>;
  sources: Partial<Record<ObjectiveField, string>>;
  definedIn: string;
  /** Agreements (top-most first) that mention this objective. */
  mentionedBy: string[];
}

function resolveObjectives(
  chain: readonly Agreement[],
  agreementId: string,
  agreementServiceId: string | undefined,
  earnBack: EarnBack | undefined,
): ResolvedObjective[] {
  // Field by field, the nearest agreement wins (the rule the parser validates with).
  const drafts = new Map<string, Draft>();
  for (const [id, merged] of inheritObjectives(chain, OBJECTIVE_FIELDS)) {
    const sources: Partial<Record<ObjectiveField, string>> = {};
    for (const field of OBJECTIVE_FIELDS) {
      const at = merged.sources[field];
      if (at) sources[field] = at.agreement.id;
    }
    drafts.set(id, {
      values: merged.values,
      sources,
      definedIn: merged.writtenIn[0]!.agreement.id,
      mentionedBy: merged.writtenIn.map((w) => w.agreement.id),
    });
  }

  const out: ResolvedObjective[] = [];
  for (const [id, draft] of drafts) {
    const o = complete(
      id,
      draft,
      agreementId,
      agreementServiceId,
      countedIn(chain, draft),
      earnBack,
    );
    if (o && carries(o, agreementId, draft, agreementServiceId)) out.push(o);
  }
  return out;
}

/**
 * The agreement that counts an objective's shortfalls: the nearest non-corporate agreement of the
 * chain that writes the objective, else the customer-level one, else the agreement itself.
 */
function countedIn(chain: readonly Agreement[], draft: Draft): string {
  for (const a of chain) {
    if (a.level !== 'corporate' && draft.mentionedBy.includes(a.id)) return a.id;
  }
  return (chain.find((a) => a.level === 'customer') ?? chain[0]!).id;
}

/** Whether an agreement covering `service` (all of its customer when undefined) carries `o`. */
function carries(
  o: ResolvedObjective,
  agreementId: string,
  draft: Draft,
  service: string | undefined,
): boolean {
  if (service === undefined) return true;
  if (draft.mentionedBy[draft.mentionedBy.length - 1] === agreementId) return true;
  return appliesToService(o, service);
}

/** True when an objective applies to a service (see the module rule). */
export function appliesToService(
  o: Pick<ResolvedObjective, 'appliesTo'>,
  serviceId: string,
): boolean {
  return o.appliesTo === 'all' || o.appliesTo.includes(serviceId);
}

function complete(
  id: string,
  draft: Draft,
  agreementId: string,
  agreementServiceId: string | undefined,
  counted: string,
  earnBack: EarnBack | undefined,
): ResolvedObjective | null {
  const v = draft.values;
  const name = v.name as string | undefined;
  const unit = v.unit as Unit | undefined;
  const direction = v.direction as Direction | undefined;
  const minimum = v.minimum as number | undefined;
  const target = v.target as number | undefined;
  // parseFeed rejects incomplete objectives; a hand-built feed with one is skipped, never guessed.
  if (
    name === undefined ||
    unit === undefined ||
    direction === undefined ||
    minimum === undefined ||
    target === undefined
  ) {
    return null;
  }
  const creditTiers = sortCreditTiers(direction, (v.creditTiers as CreditTier[] | undefined) ?? []);
  const incentiveTiers = sortIncentiveTiers(
    direction,
    (v.incentiveTiers as IncentiveTier[] | undefined) ?? [],
  );
  const own = draft.mentionedBy[draft.mentionedBy.length - 1] === agreementId;
  const ancestors = own ? draft.mentionedBy.slice(0, -1) : draft.mentionedBy;
  const overrides = OBJECTIVE_FIELDS.filter(
    (f) => draft.sources[f] !== undefined && draft.sources[f] !== draft.definedIn,
  );
  const serviceId = (v.serviceId as string | undefined) ?? agreementServiceId;
  const indicator = (v.indicator as Indicator | undefined) ?? 'other';
  const appliesTo =
    (v.appliesTo as 'all' | readonly string[] | undefined) ??
    (serviceId === undefined ? 'all' : [serviceId]);
  const category = v.category as Category | undefined;
  return Object.freeze({
    id,
    agreementId,
    name,
    serviceId,
    category: category ?? (creditTiers.length > 0 ? 'critical' : 'key'),
    indicator,
    unit,
    direction,
    window: (v.window as MeasurementWindow | undefined) ?? DEFAULT_WINDOW,
    minimum,
    target,
    creditTiers,
    incentiveTiers,
    weight: (v.weight as number | undefined) ?? 1,
    description: v.description as string | undefined,
    wording: (v.wording as ObjectiveWording | undefined) ?? {},
    definedIn: draft.definedIn,
    inheritedFrom: ancestors[ancestors.length - 1],
    fieldSources: draft.sources,
    overrides,
    appliesTo,
    errorBudget:
      unit === 'percent' && ((v.errorBudget as boolean | undefined) ?? indicator !== 'compliance'),
    reportOnly: (v.reportOnly as boolean | undefined) ?? category === 'key',
    poolAllocationPercent: v.poolAllocationPercent as number | undefined,
    earnBack: (v.earnBack as EarnBack | undefined) ?? earnBack,
    countedIn: counted,
  });
}
