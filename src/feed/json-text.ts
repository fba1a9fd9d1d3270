/**
 * JSON text: its size in bytes (for the `maxBytes` cap) and `JSON.parse` with a syntax error
 * turned into an issue that names the line and column (located by json-locate.ts).
 */
import { issue } from './issues.js';
import { locateJsonError } from './json-locate.js';
import type { FeedIssue } from './types.js';

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(textIn: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, textIn.length);
  for (let i = 0; i < end; i++) {
    if (textIn.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

const NON_ASCII = /[\u0080-\uffff]/;

/** UTF-8 length of `text`, counted exactly only as far as needed to compare it with `stopAbove`. */
export function utf8Length(text: string, stopAbove: number): number {
  // Cheap bounds first: every UTF-16 unit is 1..3 UTF-8 bytes.
  if (text.length * 3 <= stopAbove) return text.length;
  if (text.length > stopAbove) return text.length;
  // Most feeds are ASCII up to some point: a native search finds it, the loop counts the rest.
  const first = text.search(NON_ASCII);
  if (first < 0) return text.length;
  let bytes = first;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
    if (bytes > stopAbove) return bytes;
  }
  return bytes;
}

/** Parses JSON text, turning a syntax error into an issue with line and column. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; issue: FeedIssue } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const offset = locateJsonError(text);
    const { line, column } = lineColumn(text, offset < 0 ? text.length : offset);
    const where =
      offset >= text.length || offset < 0
        ? ` at line ${line}, column ${column} (the text ends too early)`
        : ` at line ${line}, column ${column}`;
    const trimmed = text.trimStart();
    const hint = trimmed.startsWith('<')
      ? ' The response looks like HTML, not JSON: check the feed URL.'
      : '';
    const near =
      offset >= 0 && offset < text.length
        ? ` near ${JSON.stringify(text.slice(offset, offset + 12))}`
        : '';
    return {
      ok: false,
      issue: issue('', `The feed is not valid JSON${where}${near}.${hint}`, 'json'),
    };
  }
}
