/** Registers `<sla-breach-timeline>` (and `<sla-feed>`, which it is usually used with). */
import { SlaBreachTimeline } from '../elements/breach-timeline/sla-breach-timeline.js';
import { ensureContextRoot } from '../elements/shared/context.js';
import './sla-feed.js';

ensureContextRoot();
if (typeof customElements !== 'undefined' && !customElements.get('sla-breach-timeline'))
  customElements.define('sla-breach-timeline', SlaBreachTimeline);

export { SlaBreachTimeline };
