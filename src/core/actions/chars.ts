// Character classes shared by the task-line readers (char codes, no regex per character).
import { isWhitespace } from "../markdown/whitespace";

export { isWhitespace };

/** ASCII characters allowed in a tag: letters, digits, `-`, `_` and `/` (other punctuation ends it). */
const TAG_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  TAG_ASCII[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95 || c === 47 ? 1 : 0;
}

/** Whether `c` may be part of a tag, as Obsidian reads tags. */
export function isTagChar(c: number): boolean {
  if (c < 128) return TAG_ASCII[c] === 1;
  if (isWhitespace(c)) return false;
  return !((c >= 0x2000 && c <= 0x206f) || (c >= 0x2e00 && c <= 0x2e7f) || c === 0x3000);
}

const WORD = /^[\p{L}\p{N}\p{M}]/u;

/** Whether the code point at `i` is a letter, digit or combining mark (any script). */
export function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(s.slice(i, i + 2));
}

/** Width in UTF-16 units of the code point at `i`. */
export function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}

/** Whether the block id character class (`^id`: letters, digits, `-`) holds for `c`. */
export function isBlockIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/** Whether line[start, end) holds whitespace that collapsing would change (a double space, a tab, a non-breaking space). */
export function hasOddSpace(line: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 ? line.charCodeAt(i + 1) === 32 : isWhitespace(c)) return true;
  }
  return false;
}
