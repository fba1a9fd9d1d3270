/**
 * Large agreements (more than 100 objectives) keep only the rows near the visible part of the
 * page in the DOM. What a reader gets is checked: the worst rows first, the whole list named to
 * screen readers (aria-rowcount, aria-rowindex), scrolling or pressing End shows the last rows,
 * Tab walks every row in order (none is skipped because it was not in the DOM), the viewport is
 * never blank, in the narrow card layout and in Arabic too. And an update that changes a few rows
 * redraws only those: the other rows keep their DOM nodes, untouched.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { scorecard, type ScorecardHarness } from './harness.js';
import { goldFeed } from './scorecard-feed.js';

/**
 * The gold agreement with `extra` more latency objectives (200 ms: met) in October; the
 * objective at `breached` (if any) measured 900 ms, a breach.
 */
function largeFeed(
  extra: number,
  values: (i: number) => number = () => 200,
): Record<string, unknown> {
  const feed = goldFeed();
  const gold = (feed.agreements as Record<string, unknown>[])[0]!;
  const base = (gold.objectives as Record<string, unknown>[])[1]!;
  const more = Array.from({ length: extra }, (_, i) => ({
    ...base,
    id: `o${i}`,
    name: `Objective ${i}`,
  }));
  gold.objectives = [...(gold.objectives as unknown[]), ...more];
  (feed.periods as Record<string, unknown>[]).push(
    ...more.map((o, i) => ({
      agreementId: 'gold',
      objectiveId: o.id,
      start: '2026-10-01T00:00:00Z',
      end: '2026-11-01T00:00:00Z',
      value: values(i),
    })),
  );
  return feed;
}

const TOTAL = 302; // 300 extra objectives and the gold agreement's own two

/** Resolves after the page's next `scroll` event and the update it may start. */
async function scrolled(sc: ScorecardHarness, scroll: () => unknown): Promise<void> {
  const seen = new Promise((resolve) =>
    document.addEventListener('scroll', resolve, { once: true, capture: true }),
  );
  await scroll();
  await seen;
  await sc.settle();
}

/** aria-rowindex of each rendered objective row, in DOM order. */
function rowIndices(sc: ScorecardHarness): number[] {
  return sc.rows().map((r) => Number(r.element.getAttribute('aria-rowindex')));
}

/** The parts of the viewport that no rendered row covers (px), between the table's edges. */
function blank(sc: ScorecardHarness): number {
  const table = sc.part('table')!.getBoundingClientRect();
  const top = Math.max(0, sc.part('table')!.querySelector('thead')!.getBoundingClientRect().bottom);
  const bottom = Math.min(window.innerHeight, table.bottom);
  let covered = 0;
  for (const r of sc.rows()) {
    const box = r.element.getBoundingClientRect();
    covered += Math.max(0, Math.min(bottom, box.bottom) - Math.max(top, box.top));
  }
  return Math.max(0, bottom - top - covered);
}

describe('<sla-scorecard> with a large agreement', () => {
  before(() => setViewport({ width: 1200, height: 800 }));
  afterEach(() => window.scrollTo(0, 0));

  it('shows the worst rows first and names the whole list to screen readers', async () => {
    const sc = await scorecard(
      { agreement: 'gold' },
      largeFeed(300, (i) => (i === 250 ? 900 : 200)),
    );
    const rows = sc.rowIds();
    // Worst first: the one breached objective leads although it is far down the feed.
    expect(rows[0]).to.equal('o250');
    // The rows near the viewport are drawn, not all 302.
    expect(rows.length).to.be.within(10, 60);
    expect(sc.part('table')!.getAttribute('aria-rowcount')).to.equal(String(TOTAL + 1));
    const indices = rowIndices(sc);
    expect(indices).to.deep.equal(indices.map((_, i) => i + 2));
    // The summary counts every objective, drawn or not.
    expect(sc.card().summary).to.include('Breached: 1');
    expect(sc.card().summary).to.include('Met: 299');
    expect(blank(sc)).to.be.below(2);
    await expect(sc.element).to.be.accessible();
  });

  it('shows the last rows when the reader scrolls to the end, and the middle ones on the way', async () => {
    const sc = await scorecard({ agreement: 'gold' }, largeFeed(300));
    const table = sc.part('table')!;
    await scrolled(sc, () => window.scrollTo(0, table.getBoundingClientRect().top + 150 * 64));
    expect(blank(sc)).to.be.below(2);
    const middle = rowIndices(sc);
    expect(middle[0]).to.be.greaterThan(50);
    expect(middle).to.deep.equal(middle.map((_, i) => middle[0]! + i));
    // End on the keyboard (focus on a row's button on screen) scrolls the page to its end.
    await scrolled(sc, () => window.scrollTo(0, 0));
    sc.objectiveButtons()[0]!.focus();
    await sendKeys({ press: 'End' });
    // The key scrolls smoothly: wait for the scroll to end at the bottom of the page.
    const root = document.documentElement;
    for (let i = 0; i < 20 && window.scrollY + window.innerHeight < root.scrollHeight - 1; i++)
      await new Promise((r) => document.addEventListener('scrollend', r, { once: true }));
    await new Promise(requestAnimationFrame);
    await sc.settle();
    expect(rowIndices(sc)).to.include(TOTAL + 1);
    // Exceeded sorts last: the agreement's availability.
    expect(sc.rows().at(-1)!.name).to.equal('Availability');
    expect(blank(sc)).to.be.below(2);
  });

  it('lets Tab walk every row in order, drawing the next one before it is reached', async () => {
    const sc = await scorecard({ agreement: 'gold' }, largeFeed(300));
    const first = sc.objectiveButtons()[0]!;
    first.focus();
    const steps = 45;
    for (let i = 0; i < steps; i++) {
      await sendKeys({ press: 'Tab' });
      await sc.settle();
    }
    const focused = sc.root.activeElement!;
    expect(focused.getAttribute('part')).to.equal('objective');
    const row = focused.closest('tr')!;
    expect(row.getAttribute('aria-rowindex')).to.equal(String(steps + 2));
    // It is on screen: the page scrolled to it as focus moved.
    const box = row.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
  });

  it('keeps the focused row while the reader scrolls away from it', async () => {
    const sc = await scorecard({ agreement: 'gold' }, largeFeed(300));
    const button = sc.objectiveButtons()[3]!;
    button.focus();
    await scrolled(sc, () => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(sc.root.activeElement).to.equal(button);
    expect(button.isConnected).to.equal(true);
    expect(rowIndices(sc)).to.include(TOTAL + 1);
  });

  it('works in the narrow card layout and in Arabic', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
    wrapper.style.width = '360px';
    const sc = await scorecard({ agreement: 'gold', locale: 'ar' }, largeFeed(300));
    wrapper.append(sc.element);
    await sc.settle();
    expect(getComputedStyle(sc.rows()[0]!.element).display).to.equal('grid');
    expect(sc.element.getBoundingClientRect().width).to.be.at.most(360);
    // Card rows are taller than table rows: measured, so the list still reaches every row.
    const table = sc.part('table')!;
    await scrolled(sc, () => window.scrollTo(0, table.getBoundingClientRect().top + 100 * 150));
    expect(blank(sc)).to.be.below(2);
    const indices = rowIndices(sc);
    expect(indices).to.deep.equal(indices.map((_, i) => indices[0]! + i));
    expect(indices[0]).to.be.greaterThan(40);
    await scrolled(sc, () => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(rowIndices(sc)).to.include(TOTAL + 1);
  });
});

describe('<sla-scorecard> updates', () => {
  it('redraws only the rows whose data changed; the others keep their DOM nodes', async () => {
    // 60 objectives: all in the DOM. The update changes 6 of them (10 %), one to a breach.
    const before = largeFeed(58);
    const after = largeFeed(58, (i) => (i % 10 === 0 ? (i === 20 ? 900 : 250) : 200));
    const sc = await scorecard({ agreement: 'gold' }, before);
    const changed = new Set(['o0', 'o10', 'o20', 'o30', 'o40', 'o50']);
    const nodes = new Map(sc.rows().map((r) => [r.objective, r.element]));
    const cells = new Map(sc.rows().map((r) => [r.objective, r.element.querySelector('td')!]));
    expect(sc.rowOf('o10').value).to.equal('200 ms');
    const touched = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const m of records) {
        const row = (m.target instanceof Element ? m.target : m.target.parentElement)?.closest(
          'tr[data-objective]',
        );
        if (row && m.type !== 'attributes') touched.add(row.getAttribute('data-objective')!);
      }
    });
    observer.observe(sc.root, { subtree: true, childList: true, characterData: true });
    sc.element.feed = after;
    await sc.settle();
    observer.disconnect();
    // The changed rows show their new values; the breach moved to the top.
    expect(sc.rowIds()[0]).to.equal('o20');
    expect(sc.rowOf('o20').statusWord).to.equal('Breached');
    expect(sc.rowOf('o10').value).to.equal('250 ms');
    // Every row is the same node as before (keyed by objective), its cells too...
    for (const r of sc.rows()) {
      expect(r.element, r.objective).to.equal(nodes.get(r.objective));
      expect(r.element.querySelector('td'), r.objective).to.equal(cells.get(r.objective));
    }
    // ...and only the changed rows' contents were written to.
    expect([...touched].filter((id) => !changed.has(id))).to.deep.equal([]);
    expect(touched.size).to.be.greaterThan(0);
  });
});
