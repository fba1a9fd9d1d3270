/**
 * Message shapes of the kit's small typed catalogue. A message is either plain text with `{name}`
 * placeholders, or a plural message: one text per CLDR plural category, chosen with
 * `Intl.PluralRules` from the number passed under the `count` parameter (or the parameter named by
 * `param`). `other` is required; a missing category falls back to `other`.
 */
export interface PluralMessage {
  /** Name of the numeric parameter that selects the form; default `count`. */
  readonly param?: string;
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** One catalogue entry. */
export type Message = string | PluralMessage;

/** Values interpolated into a message. Numbers are formatted for the locale; text stays text. */
export type MessageParams = Readonly<Record<string, string | number>>;
