/** Registers `<sla-breach-timeline>` (and `<sla-feed>`, which it is usually used with). */
import { SlaBreachTimeline } from '../elements/breach-timeline/sla-breach-timeline.js';
// Registers <sla-feed> first, which also attaches the feed context root.
import './sla-feed.js';

if (!customElements.get('sla-breach-timeline'))
  customElements.define('sla-breach-timeline', SlaBreachTimeline);

export { SlaBreachTimeline };
