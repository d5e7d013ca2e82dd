// `@Name` mentions: where one may start, and how far a bare name reaches.
import { isWhitespace, isWordAt, widthAt } from "./chars";

/** Punctuation after which an `@` still starts a mention (an `@` inside a word, as in an e-mail address, does not). */
const BEFORE = "([{\"'*_~,;\u201c\u2018";

/** Whether the `@` at `i` may start a mention. */
export function isMentionBoundary(line: string, i: number, from: number): boolean {
  if (i === from) return true;
  const p = line.charCodeAt(i - 1);
  return isWhitespace(p) || BEFORE.includes(line[i - 1]);
}

/**
 * End of the bare name after the `@` at `i`: letters and digits of any script, with `-`, `_`, `'`
 * and `.` inside. -1 when no letter or digit follows the `@`.
 */
export function mentionEnd(line: string, i: number, limit: number): number {
  if (i + 1 >= limit || !isWordAt(line, i + 1)) return -1;
  let j = i + 1;
  let last = j;
  while (j < limit) {
    const c = line.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      last = ++j;
    } else if (c >= 128 && isWordAt(line, j)) {
      j += widthAt(line, j);
      last = j;
    } else if (c === 45 || c === 95 || c === 39 || c === 46 || c === 0x2019) j++; // - _ ' . ’
    else break;
  }
  return last;
}
