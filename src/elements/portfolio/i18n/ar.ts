/** Arabic messages of `<sla-portfolio>` (loaded on first use). Keys and placeholders as in en.ts. */
import type { PortfolioCatalogue } from './en.js';

export const ar: PortfolioCatalogue = {
  'portfolio.pickAgreement': 'اختر اتفاقية لعرضها.',
  'portfolio.intro': 'أداء مقدّم الخدمة في هذه الاتفاقية.',
};
