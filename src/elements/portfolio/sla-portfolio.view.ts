/**
 * The portfolio's view: the tree of what is expanded, flattened into the rows of the treegrid
 * (customer rows, then, under an expanded customer, its agreements by level, their objectives and
 * service nodes, a service's dependency chain, and the host's detail slot under the selected node).
 * Figures come from the model (`portfolioRows`, `drillDown`, `serviceChain`); this module only
 * decides which rows are visible and in which order.
 */
import type { Feed } from '../../feed/types.js';
import type { FeedIndex } from '../../model/feed-index.js';
import {
  drillDown,
  serviceChain,
  type DrillAgreement,
  type DrillCustomer,
  type DrillObjective,
  type PortfolioOptions,
  type PortfolioRow,
  type ServiceChain,
} from '../../model/index.js';
import type { PortfolioSortKey } from '../../layout/portfolio-sort.js';
import type { SlaSelectPath } from '../shared/events.js';
import type { Formatter, Translate } from '../shared/index.js';

/** The columns of a customer row, in order; `sort` is the key its header sorts by. */
export interface Column {
  readonly id: ColumnId;
  readonly sort: PortfolioSortKey | undefined;
  readonly numeric: boolean;
}

export type ColumnId =
  | 'name'
  | 'health'
  | 'met'
  | 'atRisk'
  | 'breached'
  | 'credit'
  | 'bonus'
  | 'net'
  | 'worst'
  | 'review'
  | 'exit'
  | 'trend';

export const COLUMNS: readonly Column[] = [
  { id: 'name', sort: 'name', numeric: false },
  { id: 'health', sort: 'health', numeric: true },
  { id: 'met', sort: 'met', numeric: true },
  { id: 'atRisk', sort: 'atRisk', numeric: true },
  { id: 'breached', sort: 'breached', numeric: true },
  { id: 'credit', sort: 'credit', numeric: true },
  { id: 'bonus', sort: 'bonus', numeric: true },
  { id: 'net', sort: 'net', numeric: true },
  { id: 'worst', sort: 'worst', numeric: false },
  { id: 'review', sort: 'review', numeric: false },
  { id: 'exit', sort: 'exit', numeric: false },
  { id: 'trend', sort: undefined, numeric: false },
];

/** One row of the treegrid. `key` is stable across renders (it keys the DOM and the focus). */
export type GridRow =
  | {
      readonly kind: 'customer';
      readonly key: string;
      readonly level: 1;
      readonly row: PortfolioRow;
      readonly expanded: boolean;
      readonly path: SlaSelectPath;
    }
  | {
      readonly kind: 'agreement';
      readonly key: string;
      readonly level: number;
      readonly agreement: DrillAgreement;
      readonly expanded: boolean;
      readonly expandable: boolean;
      readonly path: SlaSelectPath;
    }
  | {
      readonly kind: 'objective';
      readonly key: string;
      readonly level: number;
      readonly agreement: DrillAgreement;
      readonly objective: DrillObjective;
      readonly path: SlaSelectPath;
    }
  | {
      readonly kind: 'service';
      readonly key: string;
      readonly level: number;
      readonly agreement: DrillAgreement;
      readonly serviceId: string;
      readonly serviceName: string;
      readonly chain: ServiceChain | null;
      readonly expanded: boolean;
      readonly path: SlaSelectPath;
    }
  | {
      readonly kind: 'chain';
      readonly key: string;
      readonly level: number;
      readonly chain: ServiceChain;
      readonly path: SlaSelectPath;
    }
  | { readonly kind: 'detail'; readonly key: string; readonly level: number };

export type ExpandableRow = Extract<GridRow, { expanded: boolean }>;

/** What the render helpers get: text, formatting and the element's choices for this render. */
export interface PortfolioContext {
  readonly t: Translate;
  readonly fmt: Formatter;
  readonly now: number;
  readonly rtl: boolean;
  /** The focus position of the roving tabindex: a row key ('header' for the header row) and a column. */
  readonly focus: { readonly key: string; readonly col: number };
  /** The selected node's key, if any. */
  readonly selected: string | undefined;
  /** The name of an agreement by id (for "inherits ... from X"). */
  readonly agreementName: (id: string) => string | undefined;
}

/** The customer's node key, and the keys below it. */
export const customerKey = (id: string): string => `c:${id}`;
const childKey = (parent: string, kind: string, id: string): string => `${parent}/${kind}:${id}`;

export interface FlattenInput {
  readonly feed: Feed;
  readonly index: FeedIndex;
  readonly rows: readonly PortfolioRow[];
  readonly options: PortfolioOptions;
  /** Expanded customers (ids). */
  readonly customers: ReadonlySet<string>;
  /**
   * Nodes below the customers whose state the reader toggled (node keys): agreements are open
   * until toggled, services closed until toggled.
   */
  readonly toggled: ReadonlySet<string>;
  readonly selected: string | undefined;
  /** The host has content for the `detail` slot. */
  readonly hasDetail: boolean;
  /** The drill-down of a customer, memoised by the element. */
  readonly drill: (customerId: string) => DrillCustomer | null;
  /** The chain of a service, memoised by the element. */
  readonly chain: (
    customerId: string,
    serviceId: string,
    period: { start: number; end: number },
  ) => ServiceChain | null;
}

/** Memoised model calls for one feed index and one set of options. */
export function modelCache(index: FeedIndex, options: PortfolioOptions) {
  const drills = new Map<string, DrillCustomer | null>();
  const chains = new Map<string, ServiceChain | null>();
  return {
    drill(customerId: string): DrillCustomer | null {
      if (!drills.has(customerId)) drills.set(customerId, drillDown(index, customerId, options));
      return drills.get(customerId)!;
    },
    chain(customerId: string, serviceId: string, period: { start: number; end: number }) {
      const key = `${customerId}\u0000${serviceId}\u0000${period.start}\u0000${period.end}`;
      if (!chains.has(key)) chains.set(key, serviceChain(index, customerId, serviceId, period));
      return chains.get(key)!;
    },
  };
}

/** The visible rows, in order: each customer, and under an expanded one its drill-down. */
export function flattenRows(input: FlattenInput): GridRow[] {
  const out: GridRow[] = [];
  const detail = (key: string, level: number): void => {
    if (input.hasDetail && input.selected === key)
      out.push({ kind: 'detail', key: `${key}#detail`, level: level + 1 });
  };
  const services = new Map(input.feed.services.map((s) => [s.id, s.name] as const));
  for (const row of input.rows) {
    const key = customerKey(row.customerId);
    const expanded = input.customers.has(row.customerId);
    const path: SlaSelectPath = { customer: row.customerId, agreements: [] };
    out.push({ kind: 'customer', key, level: 1, row, expanded, path });
    detail(key, 1);
    if (!expanded) continue;
    const drill = input.drill(row.customerId);
    if (!drill) continue;
    const visit = (a: DrillAgreement, parent: string, level: number, above: string[]): void => {
      const aKey = childKey(parent, 'a', a.agreementId);
      const agreements = [...above, a.agreementId];
      const aPath: SlaSelectPath = { customer: row.customerId, agreements };
      const open = !input.toggled.has(aKey);
      const serviceName = a.serviceId ? services.get(a.serviceId) : undefined;
      const expandable =
        (a.level !== 'corporate' && a.objectives.length > 0) ||
        a.children.length > 0 ||
        serviceName !== undefined;
      out.push({
        kind: 'agreement',
        key: aKey,
        level,
        agreement: a,
        expanded: open && expandable,
        expandable,
        path: aPath,
      });
      detail(aKey, level);
      if (!open || !expandable) return;
      if (a.serviceId && serviceName !== undefined) {
        const sKey = childKey(aKey, 's', a.serviceId);
        const sOpen = input.toggled.has(sKey);
        const period = a.period ?? row.period;
        const chain = period ? input.chain(row.customerId, a.serviceId, period) : null;
        const sPath: SlaSelectPath = { ...aPath, service: a.serviceId };
        out.push({
          kind: 'service',
          key: sKey,
          level: level + 1,
          agreement: a,
          serviceId: a.serviceId,
          serviceName,
          chain,
          expanded: sOpen && chain !== null,
          path: sPath,
        });
        detail(sKey, level + 1);
        if (sOpen && chain)
          out.push({ kind: 'chain', key: `${sKey}/chain`, level: level + 2, chain, path: sPath });
      }
      // A corporate template's objectives have no health of their own: they show, with what
      // each customer changed, under the customer's agreements that inherit them.
      for (const o of a.level === 'corporate' ? [] : a.objectives) {
        const oKey = childKey(aKey, 'o', o.objectiveId);
        out.push({
          kind: 'objective',
          key: oKey,
          level: level + 1,
          agreement: a,
          objective: o,
          path: { ...aPath, objective: o.objectiveId },
        });
        detail(oKey, level + 1);
      }
      for (const child of a.children) visit(child, aKey, level + 1, agreements);
    };
    for (const a of drill.agreements) visit(a, key, 2, []);
  }
  return out;
}

/** Whether a row opens and closes (Enter, Space, a click on its name). */
export function isExpandable(row: GridRow): row is ExpandableRow {
  if (row.kind === 'customer') return true;
  if (row.kind === 'agreement') return row.expandable;
  if (row.kind === 'service') return row.chain !== null;
  return false;
}
