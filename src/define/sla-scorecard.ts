/** Registers `<sla-scorecard>` (and `<sla-feed>`, which it is usually used with). */
import { SlaScorecard } from '../elements/scorecard/sla-scorecard.js';
import { ensureContextRoot } from '../elements/shared/context.js';
import './sla-feed.js';

ensureContextRoot();
if (typeof customElements !== 'undefined' && !customElements.get('sla-scorecard'))
  customElements.define('sla-scorecard', SlaScorecard);

export { SlaScorecard };
