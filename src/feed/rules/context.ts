/**
 * What the rules across records share: the validated feed and its raw form, where they report,
 * and what several of them need, computed once (the ids of each list, each agreement's parent
 * chain and its objectives' fields after inheritance, the objective each period measures).
 */
import { agreementChain } from '../inherit.js';
import { issue, own, type IssueSink } from '../issues.js';
import type { FeedOutput } from '../schema.js';
import { resolveFields, type ResolvedFields } from '../semantics.js';

// The direction and inheritance rules are the ones the model applies (one leaf module).
export { isBetter, resolveFields, type ResolvedFields } from '../semantics.js';

export type FeedAgreement = FeedOutput['agreements'][number];

export class RuleContext {
  /** Ids of each list that other records refer to. */
  readonly customerIds: ReadonlySet<string>;
  readonly serviceIds: ReadonlySet<string>;
  readonly agreementIds: ReadonlySet<string>;
  /**
   * Per agreement (by index): its chain, agreement first, and its objectives' fields after
   * inheritance; `null` for an agreement in a parent cycle (nothing of it can be resolved).
   */
  readonly chainAt: readonly (readonly FeedAgreement[] | null)[];
  readonly fieldsAt: readonly (ReadonlyMap<string, ResolvedFields> | undefined)[];
  /** Per agreement id, its chain and resolved fields (absent for agreements in a cycle). */
  readonly chains: ReadonlyMap<string, readonly FeedAgreement[]>;
  readonly resolvable: ReadonlyMap<string, ReadonlyMap<string, ResolvedFields>>;
  #periodObjectives: (ResolvedFields | undefined)[] | undefined;

  constructor(
    readonly feed: FeedOutput,
    readonly raw: Record<string, unknown>,
    readonly out: IssueSink,
    /** The schema to look for unknown fields against; absent when the feed has none. */
    readonly schema?: object,
    /**
     * Per big list, 1 for each record reused unchanged from the previous feed of an incremental
     * parse (src/feed/incremental.ts): its links were checked then and found safe.
     */
    readonly reused?: ReadonlyMap<string, Uint8Array>,
  ) {
    this.customerIds = new Set(feed.customers.map((x) => x.id));
    this.serviceIds = new Set(feed.services.map((x) => x.id));
    this.agreementIds = new Set(feed.agreements.map((x) => x.id));
    const byId = new Map(feed.agreements.map((a) => [a.id, a]));
    const indexOf = new Map(feed.agreements.map((a, i) => [a, i]));
    const chains = new Map<string, readonly FeedAgreement[]>();
    const resolvable = new Map<string, Map<string, ResolvedFields>>();
    const chainAt: (readonly FeedAgreement[] | null)[] = [];
    const fieldsAt: (Map<string, ResolvedFields> | undefined)[] = [];
    for (const a of feed.agreements) {
      const chain = agreementChain(byId, a.id);
      chainAt.push(chain);
      if (chain === null) {
        fieldsAt.push(undefined);
        continue;
      }
      const fields = resolveFields(chain, indexOf);
      fieldsAt.push(fields);
      resolvable.set(a.id, fields);
      chains.set(a.id, chain);
    }
    this.chainAt = chainAt;
    this.fieldsAt = fieldsAt;
    this.chains = chains;
    this.resolvable = resolvable;
  }

  /** The raw record `raw[key][i]` (for quoting a value as the feed wrote it). */
  rawList(key: string, i: number): unknown {
    const list = own(this.raw, key);
    return Array.isArray(list) ? (list as unknown[])[i] : undefined;
  }

  /** The fields of objective `objectiveId` of agreement `agreementId` after inheritance. */
  objectiveOf(agreementId: string, objectiveId: string): ResolvedFields | undefined {
    return this.resolvable.get(agreementId)?.get(objectiveId);
  }

  /**
   * The objective period `i` measures; `undefined` when its agreement or objective is unknown
   * (the references rule reports that) or its agreement is in a cycle (the cycles rule does).
   * Period rules check only periods whose objective resolves.
   */
  periodObjective(i: number): ResolvedFields | undefined {
    if (!this.#periodObjectives) {
      const periods = this.feed.periods;
      const list = new Array<ResolvedFields | undefined>(periods.length);
      for (let k = 0; k < periods.length; k++) {
        const p = periods[k]!;
        list[k] = this.resolvable.get(p.agreementId)?.get(p.objectiveId);
      }
      this.#periodObjectives = list;
    }
    return this.#periodObjectives[i];
  }

  /** Reports a value of an open vocabulary the kit does not know (shown as unknown). */
  unknownValue(path: string, rawValue: unknown, what: string): void {
    if (this.out.warningsFull) return;
    this.out.push(
      issue(
        path,
        `${JSON.stringify(rawValue)} is not a ${what} value this kit knows; it is shown as unknown.`,
        'unknown-value',
        'warning',
      ),
    );
  }
}
