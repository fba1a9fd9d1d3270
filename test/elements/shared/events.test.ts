import { expect } from '@open-wc/testing';
import {
  slaFilterChangeEvent,
  slaRangeChangeEvent,
  slaSelectEvent,
  slaSortChangeEvent,
  type SlaEventMap,
  type SlaSelectDetail,
} from '../../../src/elements/shared/events.js';

/** What a listener on `document` receives when `event` is dispatched inside a shadow root. */
function throughShadowRoot<K extends keyof SlaEventMap>(
  type: K,
  event: SlaEventMap[K],
): SlaEventMap[K][] {
  const host = document.createElement('div');
  const inner = document.createElement('button');
  host.attachShadow({ mode: 'open' }).append(inner);
  document.body.append(host);
  const seen: SlaEventMap[K][] = [];
  const listener = (e: SlaEventMap[K]): void => void seen.push(e);
  document.addEventListener(type, listener);
  try {
    inner.dispatchEvent(event);
  } finally {
    document.removeEventListener(type, listener);
    host.remove();
  }
  return seen;
}

/** Routes a selection the way a portal would; TypeScript narrows each case on `kind`. */
function route(detail: SlaSelectDetail): string {
  switch (detail.kind) {
    case 'customer':
      return `/customers/${detail.customer}`;
    case 'agreement':
      return `/agreements/${detail.agreement}`;
    case 'objective':
      return `/agreements/${detail.agreement}/objectives/${detail.objective}@${detail.period.start}`;
    case 'period':
      return `/agreements/${detail.agreement}@${detail.period.start}`;
    case 'breach':
      return `/agreements/${detail.agreement}/breaches/${detail.breach}`;
    case 'service':
      return `/agreements/${detail.agreement}/services/${detail.service}`;
  }
}

describe('events', () => {
  it('sla-select carries a tagged detail that a portal can route on', () => {
    const period = { start: Date.UTC(2026, 9, 1), end: Date.UTC(2026, 10, 1) };
    const details: SlaSelectDetail[] = [
      { kind: 'customer', customer: 'contoso' },
      { kind: 'agreement', agreement: 'gold' },
      { kind: 'objective', agreement: 'gold', objective: 'avail', period },
      { kind: 'period', agreement: 'gold', period },
      { kind: 'breach', agreement: 'gold', breach: 'b-1', objectives: ['avail'] },
      {
        kind: 'service',
        service: 'svc-erp',
        agreement: 'gold',
        path: { customer: 'contoso', agreements: ['nw-corporate', 'gold'], service: 'svc-erp' },
      },
    ];
    const routes = details.map((d) => {
      const [event] = throughShadowRoot('sla-select', slaSelectEvent(d));
      return route(event!.detail);
    });
    expect(routes).to.deep.equal([
      '/customers/contoso',
      '/agreements/gold',
      `/agreements/gold/objectives/avail@${period.start}`,
      `/agreements/gold@${period.start}`,
      '/agreements/gold/breaches/b-1',
      '/agreements/gold/services/svc-erp',
    ]);
    // @ts-expect-error an objective selection names its objective
    slaSelectEvent({ kind: 'objective', agreement: 'gold', period });
    // @ts-expect-error a customer selection has no agreement
    slaSelectEvent({ kind: 'customer', agreement: 'gold' });
  });

  it('sla-range-change and sla-sort-change reach the document, typed', () => {
    const [range] = throughShadowRoot(
      'sla-range-change',
      slaRangeChangeEvent({ start: 1, end: 2, agreement: 'gold' }),
    );
    const [sort] = throughShadowRoot(
      'sla-sort-change',
      slaSortChangeEvent({ key: 'health', direction: 'descending' }),
    );
    expect(range!.detail.end - range!.detail.start).to.equal(1);
    expect(range!.detail.agreement).to.equal('gold');
    expect(sort!.detail).to.deep.equal({ key: 'health', direction: 'descending' });
    expect([range!.type, sort!.type]).to.deep.equal(['sla-range-change', 'sla-sort-change']);
    // @ts-expect-error the direction is ascending or descending
    slaSortChangeEvent({ key: 'health', direction: 'up' });
  });

  it('sla-filter-change reaches the document with the statuses and the search text', () => {
    const [filter] = throughShadowRoot(
      'sla-filter-change',
      slaFilterChangeEvent({ status: ['breached', 'at-risk'], search: 'fabrik' }),
    );
    expect(filter!.type).to.equal('sla-filter-change');
    expect(filter!.detail).to.deep.equal({ status: ['breached', 'at-risk'], search: 'fabrik' });
    expect(filter!.bubbles && filter!.composed).to.equal(true);
  });
});
