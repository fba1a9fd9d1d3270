/** German messages of `<sla-breach-timeline>` (loaded on first use). Keys and placeholders as in en.ts. */
import type { BreachTimelineCatalogue } from './en.js';

export const de: BreachTimelineCatalogue = {
  'breachTimeline.pickAgreement': 'Wählen Sie eine Vereinbarung aus.',
  'breachTimeline.intro': 'Wie der Anbieter bei dieser Vereinbarung abschneidet.',
};
