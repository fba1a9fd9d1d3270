/** Registers `<sla-portfolio>` (and `<sla-feed>`, which it is usually used with). */
import { SlaPortfolio } from '../elements/portfolio/sla-portfolio.js';
import { ensureContextRoot } from '../elements/shared/context.js';
import './sla-feed.js';

ensureContextRoot();
if (!customElements.get('sla-portfolio')) customElements.define('sla-portfolio', SlaPortfolio);

export { SlaPortfolio };
