/**
 * The report's message bundle: English inline, German and Arabic loaded on first use (in the
 * CLI's bundle they are inside the file).
 */
import { defineMessages } from '../../elements/shared/i18n/index.js';
import { en } from './en.js';

export const reportMessages = defineMessages('sla-report', en, {
  de: () => import('./de.js').then((m) => m.de),
  ar: () => import('./ar.js').then((m) => m.ar),
});
