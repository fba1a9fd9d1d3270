/**
 * Finds the offset of the first JSON syntax error in a text. Engines word JSON.parse errors
 * differently and some give no position at all, so the kit scans the text itself (only after
 * JSON.parse has failed, so the happy path pays nothing). Returns -1 when the text is valid JSON.
 *
 * A loop with an explicit stack of open containers, not recursion: hostile text may nest a
 * hundred thousand levels deep, far beyond the call stack, and the offset is right at any depth.
 * The offset is that of the first character that cannot continue valid JSON (`text.length` when
 * the text ends too early).
 */
export function locateJsonError(text: string): number {
  const n = text.length;
  let i = 0;
  /** Open containers, innermost last: 123 `{`, 91 `[`. */
  const open: number[] = [];

  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  /** A string starting at the quote at `i`; on failure `i` is at the offending character. */
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c !== 92) {
        i++;
        continue;
      }
      const e = text[i + 1];
      if (e === 'u') {
        i += 2;
        for (let k = 0; k < 4; k++, i++) if (!isHex(text.charCodeAt(i))) return false;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
      else {
        i++;
        return false;
      }
    }
    return false;
  };
  /** A number at `i`; on failure `i` is at the first character that cannot continue it. */
  const number = (): boolean => {
    if (text.charCodeAt(i) === 45) i++; // '-'
    if (text.charCodeAt(i) === 48)
      i++; // a single leading '0'
    else if (!digits()) return false;
    if (text.charCodeAt(i) === 46) {
      i++;
      if (!digits()) return false;
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      if (!digits()) return false;
    }
    return true;
  };
  const digits = (): boolean => {
    const from = i;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    return i > from;
  };
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };

  /** `"key":` of an object member, up to its value. */
  const member = (): boolean => {
    ws();
    if (text[i] !== '"' || !string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };

  let needValue = true;
  for (;;) {
    if (needValue) {
      ws();
      const c = text.charCodeAt(i);
      if (c === OBJECT || c === ARRAY) {
        i++;
        ws();
        if (text.charCodeAt(i) === c + 2) {
          // '{}' or '[]': '}' and ']' are two code points after '{' and '['.
          i++;
          needValue = false;
        } else {
          open.push(c);
          if (c === OBJECT && !member()) return Math.min(i, n);
        }
        continue;
      }
      if (!scalar()) return Math.min(i, n);
      needValue = false;
      continue;
    }
    // A value has ended: the next element or member, or the end of the innermost container.
    if (open.length === 0) break;
    ws();
    const top = open[open.length - 1]!;
    const c = text.charCodeAt(i);
    if (c === 44) {
      // ','
      i++;
      if (top === OBJECT && !member()) return Math.min(i, n);
      needValue = true;
    } else if (c === top + 2) {
      i++;
      open.pop();
    } else {
      return Math.min(i, n);
    }
  }
  ws();
  return i < n ? i : -1;
}

const OBJECT = 123; // '{'
const ARRAY = 91; // '['

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
