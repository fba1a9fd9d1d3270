/** Registers `<sla-scorecard>` (and `<sla-feed>`, which it is usually used with). */
import { SlaScorecard } from '../elements/scorecard/sla-scorecard.js';
// Registers <sla-feed> first, which also attaches the feed context root.
import './sla-feed.js';

if (!customElements.get('sla-scorecard')) customElements.define('sla-scorecard', SlaScorecard);

export { SlaScorecard };
