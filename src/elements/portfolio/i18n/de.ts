/** German messages of `<sla-portfolio>` (loaded on first use). Keys and placeholders as in en.ts. */
import type { PortfolioCatalogue } from './en.js';

export const de: PortfolioCatalogue = {
  'portfolio.pickAgreement': 'Wählen Sie eine Vereinbarung aus.',
  'portfolio.intro': 'Wie der Anbieter bei dieser Vereinbarung abschneidet.',
};
