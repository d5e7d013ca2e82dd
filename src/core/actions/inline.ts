// Inline Markdown inside one line: code spans and HTML comments (which hide fields), wikilinks, Dataview fields.
import { isBlockIdChar, isTagChar, isWhitespace, widthAt } from "./chars";
import { emojiCode } from "./field-kinds";

/** End of the code span opening with the backtick run at `i`, or -1 when the run is never closed before `to`. */
export function codeSpanEnd(line: string, i: number, to: number): number {
  let n = 1;
  while (i + n < to && line.charCodeAt(i + n) === 96) n++;
  let j = i + n;
  while (j < to) {
    if (line.charCodeAt(j) !== 96) {
      j++;
      continue;
    }
    let m = 1;
    while (j + m < to && line.charCodeAt(j + m) === 96) m++;
    if (m === n) return j + m;
    j += m;
  }
  return -1;
}

/** End of the HTML comment `<!-- … -->` opening at `i`, or -1 when there is none before `to`. */
export function commentEnd(line: string, i: number, to: number): number {
  if (!line.startsWith("<!--", i)) return -1;
  for (let j = i + 4; j + 3 <= to; j++) {
    if (line.charCodeAt(j) === 45 && line.charCodeAt(j + 1) === 45 && line.charCodeAt(j + 2) === 62) return j + 3;
  }
  return -1;
}

/** End (after `]]`) of a wikilink opening at `i` with `[[`, or -1 (also when another `[[` opens first). */
export function wikilinkEnd(line: string, i: number, to: number): number {
  for (let j = i + 2; j + 2 <= to; j++) {
    const c = line.charCodeAt(j);
    if (c === 93 && line.charCodeAt(j + 1) === 93) return j + 2;
    if (c === 91 && line.charCodeAt(j + 1) === 91) return -1;
  }
  return -1;
}

/** The note a wikilink's inner text points to, without alias, heading, block, folder or `.md`; "" for none. */
export function linkTarget(inner: string): string {
  let t = inner;
  const bar = t.indexOf("|");
  if (bar !== -1) t = t.slice(0, bar);
  const hash = t.indexOf("#");
  if (hash !== -1) t = t.slice(0, hash);
  const slash = t.lastIndexOf("/");
  if (slash !== -1) t = t.slice(slash + 1);
  const n = t.length;
  if (n > 3 && t.charCodeAt(n - 3) === 46 && (t.charCodeAt(n - 2) | 32) === 109 && (t.charCodeAt(n - 1) | 32) === 100) t = t.slice(0, -3); // .md
  return t.trim();
}

export interface InlineField {
  /** Key lower-cased, as Dataview matches keys. */
  key: string;
  value: string;
  /** Offsets of the value, without surrounding whitespace. */
  valueStart: number;
  valueEnd: number;
  /** Offset just after the closing bracket. */
  end: number;
}

function field(line: string, key: string, from: number, close: number): InlineField {
  let vs = from;
  let ve = close;
  while (vs < ve && isWhitespace(line.charCodeAt(vs))) vs++;
  while (ve > vs && isWhitespace(line.charCodeAt(ve - 1))) ve--;
  return { key: key.toLowerCase(), value: line.slice(vs, ve), valueStart: vs, valueEnd: ve, end: close + 1 };
}

/**
 * The brackets of one line that are never closed, so that an inline field's value stops looking for its
 * close at the first of them (past it, depth can never come back to 0): `[due:: ` repeated 50,000 times
 * is then read in one pass instead of one pass per `[`. Read once per line, after the first value left open.
 */
export class FieldStops {
  private known = false;
  /** Unclosed `[` and `(` positions, ascending, and how far queries have got in each. */
  private readonly square: number[] = [];
  private readonly round: number[] = [];
  private squareAt = 0;
  private roundAt = 0;

  reset(): void {
    this.known = false;
  }

  /** The first never-closed bracket of the kind `open` at or after `from`, or `to` (before any failure: `to`). */
  stopAfter(open: number, from: number, to: number): number {
    if (!this.known) return to;
    const list = open === 91 ? this.square : this.round;
    let k = open === 91 ? this.squareAt : this.roundAt;
    while (k < list.length && list[k] < from) k++;
    if (open === 91) this.squareAt = k;
    else this.roundAt = k;
    return k < list.length ? list[k] : to;
  }

  /** Reads the never-closed brackets of line[from, to), with the backslash escapes the value scan uses. */
  learn(line: string, from: number, to: number): void {
    if (this.known) return;
    this.known = true;
    this.square.length = 0;
    this.round.length = 0;
    this.squareAt = 0;
    this.roundAt = 0;
    let squareOpen = 0;
    let roundOpen = 0;
    for (let k = from; k < to; k++) {
      const c = line.charCodeAt(k);
      if (c === 92) k++;
      else if (c === 91) this.square[squareOpen++] = k;
      else if (c === 40) this.round[roundOpen++] = k;
      else if (c === 93 && squareOpen > 0) squareOpen--;
      else if (c === 41 && roundOpen > 0) roundOpen--;
    }
    // What is left on each stack is what never closed, in order.
    this.square.length = squareOpen;
    this.round.length = roundOpen;
  }
}

/** A Dataview inline field `[key:: value]` or `(key:: value)` opening at `i`, or null. */
export function inlineFieldAt(line: string, i: number, to: number, stops?: FieldStops): InlineField | null {
  const open = line.charCodeAt(i);
  const close = open === 91 ? 93 : 41;
  let j = i + 1;
  for (; j + 1 < to; j++) {
    const c = line.charCodeAt(j);
    if (c === 91 || c === 93 || c === 40 || c === 41) return null;
    if (c === 58 && line.charCodeAt(j + 1) === 58) break;
  }
  if (j + 1 >= to) return null;
  const key = line.slice(i + 1, j).trim();
  if (key === "") return null;
  let depth = 0;
  const stop = stops ? stops.stopAfter(open, j + 2, to) : to;
  for (let k = j + 2; k < stop; k++) {
    const c = line.charCodeAt(k);
    if (c === 92) k++; // a backslash escapes the next character
    else if (c === open) depth++;
    else if (c === close) {
      if (depth === 0) return field(line, key, j + 2, k);
      depth--;
    }
  }
  // Left open: from now on, stop at the brackets that never close (j + 1 is a colon, so escapes agree from j + 2).
  stops?.learn(line, i, to);
  return null;
}

/** Offset of the `^` of a block id ` ^id` ending line[from, to) (trailing whitespace allowed), or -1. */
export function blockIdAt(line: string, from: number, to: number): number {
  let end = to;
  while (end > from && isWhitespace(line.charCodeAt(end - 1))) end--;
  let k = end;
  while (k > from && isBlockIdChar(line.charCodeAt(k - 1))) k--;
  if (k === end || k - 2 < from || line.charCodeAt(k - 1) !== 94 || !isWhitespace(line.charCodeAt(k - 2))) return -1;
  return k - 1;
}

/**
 * End of the tag whose `#` is at `i` (letters, digits, `-`, `_`, `/`, not only digits, ended by a field emoji);
 * negative (minus where reading stopped) when it is not a tag.
 */
export function tagEnd(line: string, i: number, to: number): number {
  let j = i + 1;
  let digitsOnly = true;
  while (j < to) {
    const c = line.charCodeAt(j);
    if (!isTagChar(c)) break;
    if (c >= 0x2300 && emojiCode(line.codePointAt(j) ?? c) !== -1) break;
    if (c < 48 || c > 57) digitsOnly = false;
    j += widthAt(line, j);
  }
  return j > i + 1 && !digitsOnly ? j : -j;
}
