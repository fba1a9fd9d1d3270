import { expect } from '@open-wc/testing';
import { scorecard } from './harness.js';

/** True when this page has requested the module whose URL ends with `name`. */
const requested = (name: string): boolean =>
  performance.getEntriesByType('resource').some((e) => e.name.split('?')[0]!.endsWith(name));

// The order matters: the first test runs before anything in this page asked for plain mode.
describe('<sla-scorecard> plain mode, loaded on first use', () => {
  it('is not loaded by a scorecard that shows the table', async () => {
    const sc = await scorecard({ agreement: 'gold' });
    expect(sc.rows().length).to.be.greaterThan(0);
    expect(requested('/sla-scorecard.plain.ts')).to.equal(false);
  });

  it('loads when `plain` is set; renderComplete waits for the sentences', async () => {
    const sc = await scorecard({ agreement: 'gold' });
    sc.element.plain = true;
    await sc.element.renderComplete;
    expect(requested('/sla-scorecard.plain.ts')).to.equal(true);
    const list = sc.parts('plain')[0]!;
    expect(list.hasAttribute('aria-busy')).to.equal(false);
    expect(sc.sentences().length).to.be.greaterThan(0);
    expect(sc.sentences()[0]!.text.length).to.be.greaterThan(20);
  });
});
