/**
 * The scorecard's message bundle: English inline, German and Arabic as chunks of their own that
 * load when a scorecard first shows that language.
 */
import { defineMessages } from '../../shared/i18n/index.js';
import { en } from './en.js';

export const scorecardMessages = defineMessages('sla-scorecard', en, {
  de: () => import('./de.js').then((m) => m.de),
  ar: () => import('./ar.js').then((m) => m.ar),
});
