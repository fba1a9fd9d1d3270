import { expect } from '@open-wc/testing';
import { timelineFeed } from '../../fixtures/timeline-feed.js';
import { breachTimeline } from './harness.js';

/** True when this page has requested the module whose URL ends with `name`. */
const requested = (name: string): boolean =>
  performance.getEntriesByType('resource').some((e) => e.name.split('?')[0]!.endsWith(name));

// The order matters: the first test runs before anything in this page showed the strip.
describe('<sla-breach-timeline> strip variant, loaded on first use', () => {
  it('is not loaded by a timeline that shows the lanes', async () => {
    const el = await breachTimeline({ agreement: 'gold' }, timelineFeed());
    expect(el.part('plot-area')).to.not.equal(null);
    expect(requested('/sla-breach-timeline.strip.ts')).to.equal(false);
  });

  it('loads for variant="strip"; renderComplete waits for its days', async () => {
    const el = await breachTimeline(
      { agreement: 'gold', variant: 'strip', days: '30' },
      timelineFeed(),
    );
    expect(requested('/sla-breach-timeline.strip.ts')).to.equal(true);
    expect(el.stripRows.length).to.be.greaterThan(0);
    expect(el.stripRows[0]!.days.length).to.equal(30);
    expect(el.part('day')).to.not.equal(null);
  });
});
