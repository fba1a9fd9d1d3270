/** Arabic messages of `<sla-breach-timeline>` (loaded on first use). Keys and placeholders as in en.ts. */
import type { BreachTimelineCatalogue } from './en.js';

export const ar: BreachTimelineCatalogue = {
  'breachTimeline.pickAgreement': 'اختر اتفاقية لعرضها.',
  'breachTimeline.intro': 'أداء مقدّم الخدمة في هذه الاتفاقية.',
};
