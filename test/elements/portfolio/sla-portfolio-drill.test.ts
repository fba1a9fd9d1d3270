/**
 * `<sla-portfolio>` drill-down: customer -> agreements by level (what each inherits and
 * overrides) -> objectives, with the scorecard's figures; a service's dependency chain; the
 * `sla-select` path; and the host's `detail` slot under the selected node.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sla-scorecard.js';
import type { SlaScorecard } from '../../../src/elements/scorecard/sla-scorecard.js';
import { parseFeed } from '../../../src/feed/index.js';
import { indexFeed, serviceChain } from '../../../src/model/index.js';
import { rawFeed } from '../shared/harness.js';
import sample from '../../fixtures/sample-feed.json';
import { ScorecardHarness } from '../scorecard/harness.js';
import { portfolio, SAMPLE_NOW } from './harness.js';

const CORPORATE = 'Northwind Master Services Agreement: corporate service levels';

/** A customer whose portal depends on a network that depends on a data centre, each measured. */
function chainFeed(): Record<string, unknown> {
  const objective = (id: string, serviceId: string, minimum = 99, target = 99.5) => ({
    id,
    name: `${serviceId} availability`,
    serviceId,
    indicator: 'availability',
    unit: 'percent',
    direction: 'higher-is-better',
    minimum,
    target,
  });
  const period = (agreementId: string, objectiveId: string, value: number) => ({
    agreementId,
    objectiveId,
    start: '2026-10-01T00:00:00Z',
    end: '2026-11-01T00:00:00Z',
    value,
  });
  return rawFeed({
    customers: [{ id: 'globex', name: 'Globex', currency: 'EUR' }],
    services: [
      { id: 'dc', name: 'Data centre' },
      { id: 'net', name: 'Network', dependsOn: ['dc'] },
      { id: 'portal', name: 'Portal', dependsOn: ['net'] },
    ],
    agreements: [
      {
        id: 'msa',
        name: 'Globex MSA',
        level: 'customer',
        customerId: 'globex',
        objectives: [objective('dc-a', 'dc'), objective('net-a', 'net')],
      },
      {
        id: 'portal-sla',
        name: 'Globex portal',
        level: 'service',
        parentId: 'msa',
        serviceId: 'portal',
        objectives: [objective('portal-a', 'portal', 99, 99.3)],
      },
    ],
    periods: [
      period('msa', 'dc-a', 99.9),
      period('msa', 'net-a', 99.8),
      period('portal-sla', 'portal-a', 99.6),
    ],
    breaches: [
      {
        id: 'BR-1',
        agreementId: 'msa',
        objectiveIds: ['net-a'],
        serviceId: 'net',
        severity: 'major',
        title: 'Core switch failure',
        start: '2026-10-10T08:00:00Z',
        end: '2026-10-10T09:00:00Z',
      },
    ],
  });
}

describe('<sla-portfolio> drill-down', () => {
  it('shows the agreements by level under an expanded customer, with what each inherits and overrides', async () => {
    const el = await portfolio({ expanded: 'contoso' }, sample);
    const rows = el.rows();
    const agreements = rows.filter((r) => r.kind === 'agreement');
    expect(agreements.map((r) => [r.key.split('/a:').pop(), r.level])).to.deep.equal([
      ['nw-corporate', 2],
      ['contoso-msa', 3],
      ['contoso-erp', 4],
      ['contoso-servicedesk', 4],
    ]);
    const corporate = agreements[0]!;
    expect(corporate.text).to.include('Corporate agreement');
    expect(corporate.text).to.include('Terms template');
    const msa = agreements[1]!;
    expect(msa.text).to.include('Customer agreement');
    const terms = el.partText('inheritance', msa.element);
    expect(terms).to.match(new RegExp(`^Inherits .+ from ${CORPORATE}`));
    expect(terms).to.include('overrides');
    expect(terms).to.match(/overrides .*, target and wording of Platform availability, /);
    const erp = agreements[2]!;
    expect(erp.text).to.include('Service agreement');
    expect(el.partText('inheritance', erp.element)).to.include(
      'from Contoso Retail: managed services agreement',
    );
    // Objectives sit one level below their agreement, with status and value.
    const objectives = rows.filter(
      (r) => r.kind === 'objective' && r.key.includes('/a:contoso-msa/o:'),
    );
    expect(objectives.length).to.be.greaterThan(0);
    expect(objectives.every((o) => o.level === 4)).to.equal(true);
    const availability = objectives.find((o) => o.name === 'Platform availability')!;
    expect(availability.text).to.match(/Met.*99\.97%.*minimum 99\.50%, target 99\.95%/);
  });

  it('shows the same health for an agreement as the scorecard does', async () => {
    const el = await portfolio({ expanded: 'contoso' }, sample);
    for (const id of ['contoso-msa', 'contoso-erp', 'contoso-servicedesk']) {
      const row = el.rows().find((r) => r.key.endsWith(`/a:${id}`))!;
      const card = await fixture<SlaScorecard>(
        html`<sla-scorecard
          agreement=${id}
          locale="en-GB"
          as-of=${SAMPLE_NOW}
          .feed=${sample}
        ></sla-scorecard>`,
      );
      await card.renderComplete;
      const health = new ScorecardHarness(card).partText('health');
      const shown = row.cells[1]!.textContent ?? '';
      const number = /\d+/.exec(shown)?.[0];
      expect(number, id).to.not.equal(undefined);
      expect(health, id).to.match(new RegExp(`\\b${number} of 100\\b`));
      const status =
        row.status === 'at-risk' ? 'At risk' : row.status === 'met' ? 'Met' : row.status;
      expect(health, id).to.include(status!);
    }
  });

  it('fires sla-select with the full path, top-most agreement first', async () => {
    const el = await portfolio({ expanded: 'contoso' }, sample);
    const selects = el.events('sla-select');
    const erpKey = el.rows().find((r) => r.key.endsWith('/a:contoso-erp'))!.key;
    const objective = el.rows().find((r) => r.key.startsWith(`${erpKey}/o:`))!;
    await el.activate(objective.key);
    await el.activate(erpKey);
    expect(selects.map((e) => e.detail)).to.deep.equal([
      {
        kind: 'objective',
        agreement: 'contoso-erp',
        objective: objective.key.split('/o:').pop(),
        period: selects[0]!.detail.kind === 'objective' ? selects[0]!.detail.period : null,
        path: {
          customer: 'contoso',
          agreements: ['nw-corporate', 'contoso-msa', 'contoso-erp'],
          objective: objective.key.split('/o:').pop(),
        },
      },
      {
        kind: 'agreement',
        agreement: 'contoso-erp',
        path: { customer: 'contoso', agreements: ['nw-corporate', 'contoso-msa', 'contoso-erp'] },
      },
    ]);
    const first = selects[0]!.detail;
    expect(first.kind === 'objective' && first.period.start).to.equal(
      Date.parse('2026-10-01T00:00:00+02:00'),
    );
    // The agreement closed: its objectives are gone, it says so.
    expect(el.row(erpKey)!.expanded).to.equal('false');
    expect(el.rows().some((r) => r.key.startsWith(`${erpKey}/`))).to.equal(false);
  });

  it('shows the host’s detail content right under the selected node', async () => {
    const el = await portfolio({ expanded: 'contoso' }, sample);
    el.element.addEventListener('sla-select', () => {
      el.element.querySelector('[slot="detail"]')?.remove();
      const detail = document.createElement('p');
      detail.slot = 'detail';
      detail.textContent = 'Host detail';
      el.element.append(detail);
    });
    const msa = el.rows().find((r) => r.key.endsWith('/a:contoso-msa'))!;
    await el.activate(msa.key);
    await el.settle();
    const rows = el.rows();
    const at = rows.findIndex((r) => r.key === msa.key);
    expect(rows[at + 1]!.kind).to.equal('detail');
    const slot = rows[at + 1]!.element.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Host detail']);
    expect(rows[at + 1]!.element.getBoundingClientRect().height).to.be.greaterThan(10);
  });

  describe('a service’s chain', () => {
    it('lists each link with its attainment and what its dependencies give end to end, next to the objective', async () => {
      const feed = chainFeed();
      const el = await portfolio({ expanded: 'globex', asOf: '2026-11-20T00:00:00Z' }, feed);
      const selects = el.events('sla-select');
      const service = el.rows().find((r) => r.kind === 'service')!;
      expect(service.name).to.equal('End to end: Portal');
      expect(service.expanded).to.equal('false');
      const parsed = parseFeed(feed);
      if (!parsed.ok) throw new Error('chain feed does not parse');
      const chain = serviceChain(indexFeed(parsed.feed), 'globex', 'portal', {
        start: Date.parse('2026-10-01T00:00:00Z'),
        end: Date.parse('2026-11-01T00:00:00Z'),
      })!;
      // The portal's own 99.6 % is the end-to-end figure; what it depends on: 99.8 % x 99.9 %.
      expect(chain.allowed).to.be.closeTo((99.8 * 99.9) / 100, 1e-9);
      expect(el.partText('allows', service.element)).to.equal(
        'The services it depends on give 99.70% end to end if they fail independently (the product of their availabilities).',
      );
      expect(el.partText('end-to-end', service.element)).to.equal(
        'End-to-end objective: 99.60%, minimum 99.00%, target 99.30%',
      );
      await el.activate(service.key);
      expect(el.row(service.key)!.expanded).to.equal('true');
      const links = el.parts('chain-link');
      expect(links.map((l) => l.getAttribute('data-service'))).to.deep.equal([
        'portal',
        'net',
        'dc',
      ]);
      expect((links[0] as HTMLElement).innerText).to.match(/Portal: 99\.60%/);
      // The network's breach is marked as affecting the portal above it.
      expect(links[1]!.getAttribute('data-affects')).to.equal('true');
      expect(el.partText('chain-affects', links[1])).to.equal('1 breach here affects Portal');
      expect(links[2]!.getAttribute('data-affects')).to.equal('false');
      expect(selects.at(-1)!.detail).to.deep.include({
        kind: 'service',
        service: 'portal',
        agreement: 'portal-sla',
      });
      const picked = selects.at(-1)!.detail;
      expect(picked.kind === 'service' && picked.path).to.deep.equal({
        customer: 'globex',
        agreements: ['msa', 'portal-sla'],
        service: 'portal',
      });
    });

    it('says which links lack data when the end-to-end figure cannot be known', async () => {
      const el = await portfolio({ expanded: 'contoso' }, sample);
      const service = el.rows().find((r) => r.key.endsWith('/s:svc-erp'))!;
      expect(el.partText('allows', service.element)).to.equal(
        'What the services it depends on give end to end is unknown: Managed WAN and Frankfurt data centres (FRA1, FRA2) without availability data.',
      );
    });

    it('says so when a service depends on no other', async () => {
      const el = await portfolio({ expanded: 'wingtip' }, sample);
      const service = el.rows().find((r) => r.key.endsWith('/s:svc-dc'))!;
      expect(el.partText('allows', service.element)).to.equal('It depends on no other service.');
    });
  });
});
