/**
 * Registers `<sla-feed>` (side effect). Import once: `import 'sla-kit/define/sla-feed'`.
 * A portal that registers tags under its own rules imports `SlaFeed` from the package instead.
 */
import { SlaFeed } from '../elements/feed/sla-feed.js';
import { ensureContextRoot } from '../elements/shared/context.js';

// Lets elements that asked for the feed before <sla-feed> was defined receive it once it is.
ensureContextRoot();

if (!customElements.get('sla-feed')) customElements.define('sla-feed', SlaFeed);

declare global {
  interface HTMLElementTagNameMap {
    'sla-feed': SlaFeed;
  }
}

export { SlaFeed };
