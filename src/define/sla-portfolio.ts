/** Registers `<sla-portfolio>` (and `<sla-feed>`, which it is usually used with). */
import { SlaPortfolio } from '../elements/portfolio/sla-portfolio.js';
// Registers <sla-feed> first, which also attaches the feed context root.
import './sla-feed.js';

if (!customElements.get('sla-portfolio')) customElements.define('sla-portfolio', SlaPortfolio);

export { SlaPortfolio };
