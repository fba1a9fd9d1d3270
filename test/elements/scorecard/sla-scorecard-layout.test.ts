/**
 * <sla-scorecard> layout on the sample feed at the widths readers use (phone, medium, desktop),
 * in English, German (long words) and Arabic: nothing spills, nothing breaks where it should
 * not, and the error budget next to "At risk" explains itself.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../../src/define/sla-scorecard.js';
import type { SlaScorecard } from '../../../src/elements/scorecard/sla-scorecard.js';
import sample from '../../fixtures/sample-feed.json';
import { shadow, visibleText } from '../shared/harness.js';

const AS_OF = '2026-11-22T12:00:00+01:00';

async function card(
  width: number,
  locale: string,
  agreement = 'contoso-msa',
): Promise<SlaScorecard> {
  const frame = fixtureSync<HTMLDivElement>(
    html`<div>
      <sla-scorecard
        agreement=${agreement}
        locale=${locale}
        theme="light"
        as-of=${AS_OF}
        .feed=${sample}
      ></sla-scorecard>
    </div>`,
  );
  frame.style.width = `${width}px`;
  const el = frame.querySelector<SlaScorecard>('sla-scorecard')!;
  await el.renderComplete;
  return el;
}

/** Lines a piece of text takes on screen. */
function lines(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
  return tops.size;
}

describe('<sla-scorecard> layout', () => {
  it('keeps the health score on one line at phone width (320 px, the narrowest phones), in German', async () => {
    const el = await card(320, 'de');
    const score = shadow(el).querySelector('.health-score')!;
    expect(visibleText(score.textContent ?? '')).to.match(/^\d+ von 100$/);
    expect(lines(score)).to.equal(1);
  });

  it('keeps values and durations on one line in the full table (1040 px, German)', async () => {
    const el = await card(1040, 'de');
    const cells = [...shadow(el).querySelectorAll('td.value')];
    expect(cells.length).to.be.greaterThan(3);
    const durations = cells.filter((c) => /Min\.|Std\.|Sek\./.test(c.textContent ?? ''));
    expect(durations.length, 'the sample has durations').to.be.greaterThan(0);
    for (const c of cells) expect(lines(c), visibleText(c.textContent ?? '')).to.equal(1);
  });

  for (const width of [640, 700, 760, 820]) {
    for (const locale of ['de', 'ar']) {
      it(`fits ${width} px in ${locale} without spilling or scrolling`, async () => {
        const el = await card(width, locale);
        const cardEl = shadow(el).querySelector<HTMLElement>('[part="card"]')!;
        expect(cardEl.scrollWidth).to.be.at.most(cardEl.clientWidth);
        const scroller = shadow(el).querySelector<HTMLElement>('.table-scroll')!;
        expect(scroller.scrollWidth, 'the table needs no sideways scroll').to.be.at.most(
          scroller.clientWidth,
        );
        for (const name of shadow(el).querySelectorAll('[part="objective"] bdi')) {
          expect(lines(name), name.textContent ?? '').to.be.at.most(3);
        }
      });
    }
  }

  it('breaks objective names into at most two lines at 650 px', async () => {
    const el = await card(650, 'en');
    for (const name of shadow(el).querySelectorAll('[part="objective"] bdi')) {
      expect(lines(name), name.textContent ?? '').to.be.at.most(2);
    }
  });

  it('explains an overspent error budget next to "At risk": it is measured against the target', async () => {
    // Fabrikam's availability in October 2026 missed the target but kept the minimum.
    const el = await card(1280, 'en', 'fabrikam-msa');
    const header = [...shadow(el).querySelectorAll('thead th')].find((th) =>
      th.textContent?.includes('Error budget'),
    )!;
    expect(visibleText(header.textContent ?? '')).to.equal('Error budget against the target');
    const row = [...shadow(el).querySelectorAll('tbody tr')].find(
      (tr) =>
        tr.getAttribute('data-status') === 'at-risk' &&
        tr.querySelector('[part="budget"] .overspent'),
    );
    expect(row, 'the sample has an at-risk objective with an overspent budget').to.not.equal(
      undefined,
    );
    const budget = row!.querySelector('[part="budget"]')!;
    expect(visibleText(budget.textContent ?? '')).to.match(
      /^Overspent by \d+% Target missed, minimum met$/,
    );
    expect(budget.querySelector('.overspent')!.getAttribute('title')).to.contain(
      'measured against the target',
    );
  });
});
