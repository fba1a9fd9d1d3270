/** Registers `<sla-incentive-view>` (and `<sla-feed>`, which it is usually used with). */
import { SlaIncentiveView } from '../elements/incentive-view/sla-incentive-view.js';
// Registers <sla-feed> first, which also attaches the feed context root.
import './sla-feed.js';

if (!customElements.get('sla-incentive-view'))
  customElements.define('sla-incentive-view', SlaIncentiveView);

export { SlaIncentiveView };
