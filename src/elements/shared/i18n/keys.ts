/**
 * The kit's message keys, gathered by declaration merging: the shared catalogue (en.ts) and each
 * element's catalogue (`src/elements/<element>/i18n/en.ts`) add theirs to {@link KitMessages}.
 */
import type { Message } from './types.js';

/** Every message of the kit by key (extended by each catalogue module). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface KitMessages {}

/** Every message key of the kit. */
export type MessageKey = Extract<keyof KitMessages, string>;

/** A complete catalogue: one message for every key. */
export type Catalogue = { readonly [K in MessageKey]: Message };
