/**
 * Cheap refreshes, as a reader and an embedding page see them: a `.feed` (or inline feed text)
 * equal to the one shown changes nothing (no new feed, no sla-load, no render); a changed one is
 * shown, with the normalised records that did not change kept as they were.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sla-scorecard.js';
import type { SlaScorecard } from '../../../src/elements/scorecard/sla-scorecard.js';
import type { Feed } from '../../../src/feed/index.js';
import { scorecard } from '../scorecard/harness.js';
import { AS_OF, goldFeed } from '../scorecard/scorecard-feed.js';
import { collect, shadow } from './harness.js';

/** Counts the element's renders from now on. */
function countRenders(el: SlaScorecard): { readonly count: number } {
  const counter = { count: 0 };
  const host = el as unknown as { render: () => unknown };
  const render = host.render.bind(el);
  host.render = () => {
    counter.count++;
    return render();
  };
  return counter;
}

/** The feed the element shows (its controller's state). */
function shownFeed(el: SlaScorecard): Feed | undefined {
  return (el as unknown as { feedState: { feed?: Feed } }).feedState.feed;
}

type RawPeriod = { objectiveId: string; start: string; value: number | null };
function periodsOf(feed: Record<string, unknown>): RawPeriod[] {
  return feed.periods as RawPeriod[];
}

describe('cheap refreshes', () => {
  it('an equal .feed (a new object with the same data) changes nothing: no sla-load, no render', async () => {
    const sc = await scorecard();
    const el = sc.element;
    const before = shownFeed(el);
    const text = sc.rowOf('avail').value;
    const loads = collect(el, 'sla-load');
    const renders = countRenders(el);

    el.feed = JSON.parse(JSON.stringify(goldFeed())) as unknown;
    await sc.settle();
    el.feed = goldFeed();
    await sc.settle();

    expect(shownFeed(el), 'the same normalised feed').to.equal(before);
    expect(loads, 'no sla-load: nothing new').to.have.length(0);
    expect(renders.count, 'no render').to.equal(0);
    expect(sc.rowOf('avail').value).to.equal(text);
  });

  it('a changed .feed is shown and announced, keeping the records that did not change', async () => {
    const sc = await scorecard();
    const el = sc.element;
    const before = shownFeed(el)!;
    const loads = collect(el, 'sla-load');
    const renders = countRenders(el);
    expect(sc.rowOf('avail').value).to.equal('99.99%');

    const next = goldFeed();
    const october = periodsOf(next).find(
      (p) => p.objectiveId === 'avail' && p.start.startsWith('2026-10'),
    )!;
    october.value = 99.5;
    el.feed = next;
    await sc.settle();

    expect(sc.rowOf('avail').value).to.equal('99.50%');
    expect(loads, 'one sla-load for the new data').to.have.length(1);
    expect(loads[0]!.detail.unchanged).to.equal(false);
    expect(renders.count).to.be.greaterThan(0);
    const after = shownFeed(el)!;
    expect(after).to.not.equal(before);
    expect(after.agreements[0], 'the unchanged agreement is the same object').to.equal(
      before.agreements[0],
    );
    const changed = after.periods.filter((p) => !before.periods.includes(p));
    expect(
      changed.map((p) => [p.objectiveId, p.value]),
      'only the edited period is new',
    ).to.deep.equal([['avail', 99.5]]);
  });

  it('equal inline feed text, written again in another layout, gives the same feed and no sla-load', async () => {
    const text = JSON.stringify(goldFeed());
    const el = await fixture<SlaScorecard>(
      html`<sla-scorecard agreement="gold" locale="en-GB" as-of=${AS_OF}
        ><script type="application/json">
          ${text}
        </script></sla-scorecard
      >`,
    );
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('Availability');
    const before = shownFeed(el);
    const loads = collect(el, 'sla-load');

    // The same data, formatted differently: a new text with equal JSON.
    el.querySelector('script')!.textContent = JSON.stringify(goldFeed(), null, 2);
    await Promise.resolve();
    await el.updateComplete;

    expect(shownFeed(el)).to.equal(before);
    expect(loads).to.have.length(0);
    expect(shadow(el).textContent).to.contain('99.99%');
  });
});
