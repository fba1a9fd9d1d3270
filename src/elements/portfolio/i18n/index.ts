/**
 * The message bundle of `<sla-portfolio>`: English inline, German and Arabic as chunks of their own
 * that load when the element first shows that language.
 */
import { defineMessages } from '../../shared/i18n/index.js';
import { en } from './en.js';

export const portfolioMessages = defineMessages('sla-portfolio', en, {
  de: () => import('./de.js').then((m) => m.de),
  ar: () => import('./ar.js').then((m) => m.ar),
});
