/** Registers `<sla-incentive-view>` (and `<sla-feed>`, which it is usually used with). */
import { SlaIncentiveView } from '../elements/incentive-view/sla-incentive-view.js';
import { ensureContextRoot } from '../elements/shared/context.js';
import './sla-feed.js';

ensureContextRoot();
if (typeof customElements !== 'undefined' && !customElements.get('sla-incentive-view'))
  customElements.define('sla-incentive-view', SlaIncentiveView);

export { SlaIncentiveView };
