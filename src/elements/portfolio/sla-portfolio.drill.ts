/**
 * The portfolio's drill-down, loaded the first time a customer is expanded (most views of the
 * grid never open one): the model's `drillDown` and `serviceChain` memoised per feed index and
 * options, the agreement, objective, service and chain rows below an expanded customer, and
 * their templates (what an agreement inherits and overrides, an objective's figures, a service's
 * dependency chain and what it allows end to end).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/types.js';
import type { FeedIndex } from '../../model/feed-index.js';
import { drillDown } from '../../model/drill-down.js';
import { serviceChain } from '../../model/service-chain.js';
import type {
  AgreementTerm,
  DrillAgreement,
  DrillCustomer,
  ObjectiveField,
  PortfolioOptions,
  ServiceChain,
} from '../../model/index.js';
import type { SlaSelectPath } from '../shared/events.js';
import { renderStatus } from '../shared/index.js';
import { isolate } from '../shared/internal/bidi.js';
import { health, nameCell, tab, type DrillRowRenderer } from './sla-portfolio.rows.js';
import {
  childKey,
  type Expander,
  type GridRow,
  type PortfolioContext,
} from './sla-portfolio.view.js';

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

export type DrillCache = ReturnType<typeof modelCache>;

/**
 * The rows below an expanded customer: its agreements by level (open until the reader closes
 * them), their objectives, a service node (closed until opened) with its chain, and the detail
 * row under the selected node.
 */
export function drillExpander(
  feed: Feed,
  cache: DrillCache,
  toggled: ReadonlySet<string>,
): Expander {
  const services = new Map(feed.services.map((s) => [s.id, s.name] as const));
  return (row, key, push, detail) => {
    const drill = cache.drill(row.customerId);
    if (!drill) return;
    const visit = (a: DrillAgreement, parent: string, level: number, above: string[]): void => {
      const aKey = childKey(parent, 'a', a.agreementId);
      const agreements = [...above, a.agreementId];
      const aPath: SlaSelectPath = { customer: row.customerId, agreements };
      const open = !toggled.has(aKey);
      const serviceName = a.serviceId ? services.get(a.serviceId) : undefined;
      const expandable =
        (a.level !== 'corporate' && a.objectives.length > 0) ||
        a.children.length > 0 ||
        serviceName !== undefined;
      push({
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
        const sOpen = toggled.has(sKey);
        const period = a.period ?? row.period;
        const chain = period ? cache.chain(row.customerId, a.serviceId, period) : null;
        const sPath: SlaSelectPath = { ...aPath, service: a.serviceId };
        push({
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
          push({ kind: 'chain', key: `${sKey}/chain`, level: level + 2, chain, path: sPath });
      }
      // A corporate template's objectives have no health of their own: they show, with what
      // each customer changed, under the customer's agreements that inherit them.
      for (const o of a.level === 'corporate' ? [] : a.objectives) {
        const oKey = childKey(aKey, 'o', o.objectiveId);
        push({
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
  };
}

/** An agreement, objective, service or chain row (the drill-down's rows). */
export const renderDrillRow: DrillRowRenderer = (ctx, row, rowIndex, common) => {
  const { selected, expanded } = common;
  switch (row.kind) {
    case 'agreement': {
      const a = row.agreement;
      const template = a.level === 'corporate';
      return html`<div
        role="row"
        class=${common.cls}
        part="row drill"
        data-key=${row.key}
        data-kind="agreement"
        data-level=${a.level}
        data-health=${a.status}
        aria-rowindex=${rowIndex}
        aria-level=${common.level}
        aria-expanded=${expanded}
        aria-selected=${selected ? 'true' : 'false'}
      >
        ${nameCell(
          ctx,
          row,
          html`<span class="label"
            ><bdi>${a.name}</bdi>
            <span class="level" part="level">${ctx.t(`portfolio.level.${a.level}`)}</span></span
          >`,
          2,
        )}
        <div
          role="gridcell"
          class="cell health"
          part="cell col-health"
          data-col="1"
          tabindex=${tab(ctx, row.key, 1, 2)}
        >
          ${template ? nothing : health(ctx, a.score, a.status)}
        </div>
        <div
          role="gridcell"
          class="cell about"
          part="cell about"
          data-col="2"
          aria-colspan="10"
          tabindex=${tab(ctx, row.key, 2, 2)}
        >
          ${
            template
              ? html`<span class="line muted">${ctx.t('portfolio.template')}</span>`
              : nothing
          }${termsLines(ctx, row)}
        </div>
      </div>`;
    }
    case 'objective': {
      const o = row.objective;
      const v = (n: number | null) =>
        n === null ? ctx.t('status.no-data') : ctx.fmt.value(n, o.unit);
      const origin: string[] = [];
      if (o.inheritedFrom)
        origin.push(ctx.t('portfolio.definedIn', { agreement: name(ctx, o.definedIn) }));
      if (o.overrides.length)
        origin.push(ctx.t('portfolio.changedHere', { fields: fields(ctx, o.overrides) }));
      if (o.countedIn !== row.agreement.agreementId)
        origin.push(ctx.t('portfolio.countedIn', { agreement: name(ctx, o.countedIn) }));
      return html`<div
        role="row"
        class=${common.cls}
        part="row drill"
        data-key=${row.key}
        data-kind="objective"
        data-health=${o.status}
        aria-rowindex=${rowIndex}
        aria-level=${common.level}
        aria-selected=${selected ? 'true' : 'false'}
      >
        ${nameCell(ctx, row, html`<bdi class="label" part="objective">${o.name}</bdi>`, 2)}
        <div
          role="gridcell"
          class="cell health"
          part="cell col-health"
          data-col="1"
          tabindex=${tab(ctx, row.key, 1, 2)}
        >
          ${renderStatus(o.status, ctx.t)}
        </div>
        <div
          role="gridcell"
          class="cell about"
          part="cell about"
          data-col="2"
          aria-colspan="10"
          tabindex=${tab(ctx, row.key, 2, 2)}
        >
          <span class="line"
            >${ctx.t('portfolio.objective', {
              value: v(o.value),
              minimum: ctx.fmt.value(o.minimum, o.unit),
              target: ctx.fmt.value(o.target, o.unit),
            })}</span
          >
          ${origin.length ? html`<span class="line muted">${origin.join('; ')}</span>` : nothing}
        </div>
      </div>`;
    }
    case 'service': {
      const chain = row.chain;
      return html`<div
        role="row"
        class=${common.cls}
        part="row drill"
        data-key=${row.key}
        data-kind="service"
        data-health=${chain?.objective?.status ?? 'no-data'}
        aria-rowindex=${rowIndex}
        aria-level=${common.level}
        aria-expanded=${expanded}
        aria-selected=${selected ? 'true' : 'false'}
      >
        ${nameCell(
          ctx,
          row,
          html`<span class="label"
            >${ctx.t('portfolio.service', { service: isolate(row.serviceName) })}</span
          >`,
          2,
        )}
        <div
          role="gridcell"
          class="cell health"
          part="cell col-health"
          data-col="1"
          tabindex=${tab(ctx, row.key, 1, 2)}
        >
          ${chain?.objective ? renderStatus(chain.objective.status, ctx.t) : nothing}
        </div>
        <div
          role="gridcell"
          class="cell about"
          part="cell about"
          data-col="2"
          aria-colspan="10"
          tabindex=${tab(ctx, row.key, 2, 2)}
        >
          ${chain ? chainFigures(ctx, chain) : nothing}
        </div>
      </div>`;
    }
    case 'chain':
      return html`<div
        role="row"
        class=${common.cls}
        part="row"
        data-key=${row.key}
        data-kind="chain"
        aria-rowindex=${rowIndex}
        aria-level=${common.level}
      >
        <div
          role="gridcell"
          class="cell wide"
          part="cell about"
          data-col="0"
          aria-colspan="12"
          tabindex=${tab(ctx, row.key, 0, 0)}
        >
          ${renderChain(ctx, row.chain)}
        </div>
      </div>`;
  }
};

const name = (ctx: PortfolioContext, id: string): string => ctx.agreementName(id) ?? id;

/** Terms that say nothing to a reader about money, dates or rules (shown elsewhere or implied). */
const QUIET_TERMS: ReadonlySet<AgreementTerm> = new Set([
  'kind',
  'summary',
  'customerId',
  'serviceId',
]);

// Its own cache, not the kit's `listFormat` (format/intl-cache.ts): importing that from this lazy
// chunk makes the bundler split the shared formatting code into one more chunk, which every view
// then loads (about 0.5 kB gzip more for each).
const lists = new Map<string, Intl.ListFormat>();
/**
 * "fee, credit cap and exit clause" in the reader's language; `unit` lists without a
 * conjunction ("a, b, c"), for a list of lists.
 */
function listOf(
  locale: string,
  items: readonly string[],
  type: 'conjunction' | 'unit' = 'conjunction',
): string {
  const key = `${locale}\u0000${type}`;
  let format = lists.get(key);
  if (!format) lists.set(key, (format = new Intl.ListFormat(locale, { type, style: 'long' })));
  return format.format(items);
}

function terms(ctx: PortfolioContext, list: readonly AgreementTerm[]): string {
  return listOf(
    ctx.fmt.locale,
    list.filter((x) => !QUIET_TERMS.has(x)).map((x) => ctx.t(`portfolio.term.${x}`)),
  );
}

const loud = (list: readonly AgreementTerm[]) => list.filter((x) => !QUIET_TERMS.has(x));

function fields(ctx: PortfolioContext, list: readonly ObjectiveField[]): string {
  return listOf(
    ctx.fmt.locale,
    list.map((x) => ctx.t(`portfolio.field.${x}`)),
  );
}

/**
 * "Inherits fee, credit cap from Northwind corporate terms; overrides target of Availability",
 * then the agreement's own money for the period.
 */
function termsLines(ctx: PortfolioContext, row: Extract<GridRow, { kind: 'agreement' }>) {
  const a = row.agreement;
  const { t, fmt } = ctx;
  const parts: string[] = [];
  // Terms inherited through the context of parents that are not this customer's own rows are
  // still named: the template's name is feed text of the provider.
  if (loud(a.inherits).length && a.parentId)
    parts.push(
      t('portfolio.inherits', { terms: terms(ctx, a.inherits), agreement: name(ctx, a.parentId) }),
    );
  const overridden: string[] = [];
  if (loud(a.overrides).length) overridden.push(terms(ctx, a.overrides));
  for (const o of a.objectives)
    if (o.overrides.length && o.inheritedFrom)
      overridden.push(
        t('portfolio.fieldOf', { fields: fields(ctx, o.overrides), objective: o.name }),
      );
  if (overridden.length) {
    const text = t('portfolio.overrides', { terms: listOf(fmt.locale, overridden, 'unit') });
    parts.push(parts.length ? text : text.charAt(0).toLocaleUpperCase(fmt.locale) + text.slice(1));
  }
  const own = a.sets.filter((x) => !a.overrides.includes(x));
  if (!parts.length && loud(own).length)
    parts.push(t('portfolio.sets', { terms: terms(ctx, own) }));
  const money = a.money.map((m) =>
    t('portfolio.money', {
      credit: fmt.money(m.credit, m.currency),
      bonus: fmt.money(m.bonus, m.currency),
      net: fmt.signedMoney(m.net, m.currency),
    }),
  );
  return html`${
    parts.length ? html`<span class="line" part="inheritance">${parts.join('; ')}</span>` : nothing
  }${money.map((m) => html`<span class="line money-line">${m}</span>`)}`;
}

/**
 * "The services it depends on give 99.28 % end to end if they fail independently ..." next to
 * the end-to-end objective (the service's own; see `serviceChain`).
 */
function chainFigures(ctx: PortfolioContext, c: ServiceChain): TemplateResult {
  const { t, fmt } = ctx;
  const allows =
    c.links.length < 2
      ? t('portfolio.chainNone')
      : c.allowed === null
        ? t('portfolio.chainUnknown', {
            services: listOf(
              fmt.locale,
              c.links.filter((l) => c.missing.includes(l.serviceId)).map((l) => l.name),
            ),
          })
        : t('portfolio.chainAllows', { value: fmt.value(c.allowed, 'percent') });
  const o = c.objective;
  return html`<span class="line" part="allows">${allows}</span>
    <span class="line" part="end-to-end"
      >${
        o
          ? t('portfolio.chainObjective', {
              value: o.value === null ? t('status.no-data') : fmt.value(o.value, 'percent'),
              minimum: fmt.value(o.minimum, 'percent'),
              target: fmt.value(o.target, 'percent'),
            })
          : t('portfolio.chainNoObjective')
      }</span
    >`;
}

/** The chain as a list: each link with its attainment, what it depends on, whom its breaches affect. */
function renderChain(ctx: PortfolioContext, chain: ServiceChain): TemplateResult {
  const { t, fmt } = ctx;
  const names = new Map(chain.links.map((l) => [l.serviceId, l.name] as const));
  const list = (ids: readonly string[]) =>
    listOf(
      fmt.locale,
      ids.map((id) => names.get(id) ?? id),
    );
  const head = chain.links[0];
  return html`<ol
    class="chain"
    part="chain"
    aria-label=${t('portfolio.chainLabel', { service: head?.name ?? chain.serviceId })}
  >
    ${chain.links.map(
      (l) =>
        html`<li
          class="link"
          part="chain-link"
          data-service=${l.serviceId}
          data-depth=${l.depth}
          data-health=${l.status}
          data-affects=${l.breaches.length && l.affects.length ? 'true' : 'false'}
        >
          <span class="line"
            ><bdi>${l.name}</bdi>:
            ${l.value === null ? t('portfolio.noAvailability') : fmt.value(l.value, 'percent')}
            ${renderStatus(l.status, t)}</span
          >
          ${
            l.dependsOn.length
              ? html`<span class="line muted"
                  >${t('portfolio.dependsOn', { services: list(l.dependsOn) })}</span
                >`
              : nothing
          }
          ${
            l.breaches.length
              ? html`<span class="line affects" part="chain-affects"
                  >${
                    l.affects.length
                      ? t('portfolio.affects', {
                          count: l.breaches.length,
                          services: list(l.affects),
                        })
                      : t('portfolio.breachesHere', { count: l.breaches.length })
                  }</span
                >`
              : nothing
          }
        </li>`,
    )}
  </ol>`;
}
