/**
 * Feed text (names, notes) inside the kit's sentences: a first-strong isolate, so an English name
 * keeps its order in Arabic text and an Arabic name in English text. In the DOM, put feed text in
 * `<bdi>` instead; this is for strings (summaries, labels, `aria-label`).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
