/**
 * English messages of `<sla-portfolio>`: the source of truth for its keys (`portfolio.*`). Shared
 * strings (states, status words, labels) are in `../../shared/i18n/en.ts`.
 */
import type { Message } from '../../shared/i18n/types.js';

export const en = {
  'portfolio.pickAgreement': 'Choose an agreement to show.',
  'portfolio.intro': 'How the provider is doing against this agreement.',
} as const satisfies Readonly<Record<string, Message>>;

type PortfolioKey = keyof typeof en;
export type PortfolioCatalogue = { readonly [K in PortfolioKey]: Message };

declare module '../../shared/i18n/keys.js' {
  // Adds this element's keys to MessageKey wherever it is compiled in.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KitMessages extends PortfolioCatalogue {}
}
