/**
 * The portfolio's view: the tree of what is expanded, flattened into the rows of the treegrid
 * (customer rows, then, under an expanded customer, its agreements by level, their objectives and
 * service nodes, a service's dependency chain, and the host's detail slot under the selected node).
 * Figures come from the model (`portfolioRows`; `drillDown` and `serviceChain` through the drill
 * module, loaded on first expand); this module only decides which rows are visible and in which
 * order.
 */
import type {
  DrillAgreement,
  DrillObjective,
  PortfolioRow,
  ServiceChain,
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
export const childKey = (parent: string, kind: string, id: string): string =>
  `${parent}/${kind}:${id}`;

/** Adds an expanded customer's drill-down rows (`push`) and detail rows (`detail`) below its row. */
export type Expander = (
  row: PortfolioRow,
  key: string,
  push: (row: GridRow) => void,
  detail: (key: string, level: number) => void,
) => void;

export interface FlattenInput {
  readonly rows: readonly PortfolioRow[];
  /** Expanded customers (ids). */
  readonly customers: ReadonlySet<string>;
  readonly selected: string | undefined;
  /** The host has content for the `detail` slot. */
  readonly hasDetail: boolean;
  /**
   * The drill-down of an expanded customer, from the drill module (`sla-portfolio.drill.ts`);
   * undefined while that module loads (expanded customers then show their row alone).
   */
  readonly expand: Expander | undefined;
}

/** The visible rows, in order: each customer, and under an expanded one its drill-down. */
export function flattenRows(input: FlattenInput): GridRow[] {
  const out: GridRow[] = [];
  const detail = (key: string, level: number): void => {
    if (input.hasDetail && input.selected === key)
      out.push({ kind: 'detail', key: `${key}#detail`, level: level + 1 });
  };
  for (const row of input.rows) {
    const key = customerKey(row.customerId);
    const expanded = input.customers.has(row.customerId);
    const path: SlaSelectPath = { customer: row.customerId, agreements: [] };
    out.push({ kind: 'customer', key, level: 1, row, expanded, path });
    detail(key, 1);
    if (!expanded) continue;
    input.expand?.(row, key, (r) => out.push(r), detail);
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
