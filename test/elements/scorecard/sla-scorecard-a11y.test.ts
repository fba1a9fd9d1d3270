/**
 * <sla-scorecard> accessibility details a screen reader user meets: several cards on one page,
 * what is read once, and the table alternative (forced colours: test/node/forced-colors.test.ts).
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../src/define/sla-scorecard.js';
import type { SlaScorecard } from '../../../src/elements/scorecard/sla-scorecard.js';
import { shadow, visibleText } from '../shared/harness.js';
import { ScorecardHarness } from './harness.js';
import { AS_OF, goldFeed } from './scorecard-feed.js';

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

/** Every accessible name in the page's accessibility tree, in order. */
async function accessibleNames(): Promise<string[]> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  const out: string[] = [];
  const walk = (node: AxNode): void => {
    if (node.name) out.push(visibleText(node.name));
    node.children?.forEach(walk);
  };
  walk(tree);
  return out;
}

/** A customer with two agreements (gold and a copy named silver). */
function twoAgreements(): unknown {
  const feed = goldFeed() as {
    agreements: Record<string, unknown>[];
    periods: Record<string, unknown>[];
  };
  feed.agreements.push({ ...feed.agreements[0], id: 'silver', name: 'Silver SLA' });
  feed.periods.push(...feed.periods.map((p) => ({ ...p, agreementId: 'silver' })));
  return feed;
}

async function card(width: number, attrs: { customer?: string } = {}, feed = goldFeed()) {
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div class="frame">
      <sla-scorecard
        agreement=${attrs.customer ? '' : 'gold'}
        customer=${attrs.customer ?? ''}
        locale="en-GB"
        theme="light"
        as-of=${AS_OF}
        .feed=${feed}
      ></sla-scorecard>
    </div>`,
  );
  wrapper.style.width = `${width}px`;
  const el = wrapper.querySelector<SlaScorecard>('sla-scorecard')!;
  await el.updateComplete;
  return el;
}

/** Every card's chart switched to its table alternative, as a user does it. */
async function showTable(el: SlaScorecard): Promise<void> {
  await new ScorecardHarness(el).showTable();
}

describe('<sla-scorecard> accessibility details', () => {
  it('names each card’s table region after its agreement (unique on the page)', async () => {
    const el = await card(1000, { customer: 'globex' }, twoAgreements() as never);
    await showTable(el);
    const names = [...shadow(el).querySelectorAll('[role="region"]')].map((r) =>
      visibleText(r.getAttribute('aria-label') ?? ''),
    );
    expect(names).to.have.length(2);
    expect(new Set(names).size).to.equal(2);
    expect(names[0]).to.contain('Gold SLA');
    await expect(el).to.be.accessible();
  });

  it('reads the summary once: as the chart’s name, not also as page text', async () => {
    const el = await card(1000);
    const summaryEl = shadow(el).querySelector('[part="summary"]')!;
    const summary = visibleText(summaryEl.textContent ?? '');
    expect(summary).to.contain('overall health');
    // Read as text of the page (the browser's accessibility tree)...
    const asText = (await accessibleNames()).filter((n) => n === summary).length;
    // ...and as the name of the chart it describes.
    const asName = shadow(el).querySelectorAll(`[aria-labelledby="${summaryEl.id}"]`).length;
    expect(asName).to.equal(1);
    expect(asText + asName, 'times the summary is read').to.equal(1);
  });

  it('reads each column name once in the narrow card layout', async () => {
    const el = await card(400);
    const rows = shadow(el).querySelectorAll('tbody tr').length;
    expect(rows).to.be.greaterThan(1);
    const names = await accessibleNames();
    // The column header only, not the label drawn before each value.
    expect(names.filter((n) => n === 'Minimum')).to.have.length(1);
  });

  it('opens the table scrolled to the newest period, says it scrolls, keeps the row buttons', async () => {
    const feed = goldFeed() as { periods: Record<string, unknown>[] };
    const el = await card(360, {}, feed);
    await showTable(el);
    const scroller = shadow(el).querySelector<HTMLElement>('[part="table-scroll"]')!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    const box = scroller.getBoundingClientRect();
    const headers = [...scroller.querySelectorAll('thead th')];
    const newest = headers[headers.length - 1]!.getBoundingClientRect();
    expect(newest.right, 'newest column in view').to.be.at.most(box.right + 1);
    expect(newest.left).to.be.at.least(box.left - 1);
    const hint = shadow(el).querySelector<HTMLElement>('[part="scroll-hint"]')!;
    expect(getComputedStyle(hint).display).to.not.equal('none');
    expect(visibleText(hint.textContent ?? '')).to.equal('Scroll sideways for earlier periods');
    const button = scroller.querySelector<HTMLButtonElement>('tbody th [part="objective"]')!;
    const b = button.getBoundingClientRect();
    expect(b.left, 'row button in view').to.be.at.least(box.left - 1);
    expect(b.right).to.be.at.most(box.right + 1);
    expect(document.elementFromPoint(b.left + 4, b.top + b.height / 2)).to.equal(el);
    expect(
      shadow(el)
        .elementFromPoint(b.left + 4, b.top + b.height / 2)
        ?.closest('button'),
    ).to.equal(button);
  });
});
