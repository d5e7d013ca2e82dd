// Reading ATX headings and callout openers from one line's content (after the quote prefix).
import type { MarkdownLine } from "./scan-note";
import { isWhitespace } from "./whitespace";

const SPACE = 32;
const TAB = 9;
const HASH = 35;

function runLength(t: string, from: number, end: number, ch: number): number {
  let i = from;
  while (i < end && t.charCodeAt(i) === ch) i++;
  return i - from;
}

/** Reads an ATX heading from a line whose content starts at `start`; null when it is not one. */
export function readHeading(t: string, start: number): MarkdownLine["heading"] {
  const text = headingTextAt(t, start, t.length);
  if (text === null) return null;
  let i = start;
  while (i - start < 3 && t.charCodeAt(i) === SPACE) i++;
  return { level: runLength(t, i, t.length, HASH), text };
}

/** The text of the ATX heading in t[start, end) (start = after the quote prefix), without the closing `#`s; null when it is not a heading. */
export function headingTextAt(t: string, start: number, end: number): string | null {
  let i = start;
  while (i < end && i - start < 3 && t.charCodeAt(i) === SPACE) i++;
  const level = runLength(t, i, end, HASH);
  if (level < 1 || level > 6) return null;
  let a = i + level;
  if (a < end && t.charCodeAt(a) !== SPACE && t.charCodeAt(a) !== TAB) return null;
  let b = end;
  while (a < b && isWhitespace(t.charCodeAt(a))) a++;
  while (b > a && isWhitespace(t.charCodeAt(b - 1))) b--;
  if (b > a && t.charCodeAt(b - 1) === 35) {
    let k = b;
    while (k > a && t.charCodeAt(k - 1) === 35) k--;
    if (k === a) b = a;
    else if (isWhitespace(t.charCodeAt(k - 1))) {
      b = k;
      while (b > a && isWhitespace(t.charCodeAt(b - 1))) b--;
    }
  }
  return t.slice(a, b);
}

const CALLOUT = /^\s*\[!([^\]\s]+)\]([+-]?)\s*(.*)$/;

/** The callout type (lower case) if t[start, end) (start = after the quote prefix) opens one with `[!type]`, else null; same rule as readCallout. */
export function calloutTypeAt(t: string, start: number, end: number): string | null {
  let i = start;
  while (i < end && isWhitespace(t.charCodeAt(i))) i++;
  if (t.charCodeAt(i) !== 91 || t.charCodeAt(i + 1) !== 33 || i + 2 > end) return null; // [!
  const from = i + 2;
  let j = from;
  while (j < end) {
    const c = t.charCodeAt(j);
    if (c === 93 || isWhitespace(c)) break;
    j++;
  }
  if (j === from || j >= end || t.charCodeAt(j) !== 93) return null;
  return t.slice(from, j).toLowerCase();
}

export function readCallout(t: string, start: number): MarkdownLine["callout"] {
  const m = CALLOUT.exec(t.slice(start));
  if (!m) return null;
  return { type: m[1].toLowerCase(), fold: m[2], title: m[3].trim() };
}

/** The end line (exclusive) of the section under the heading on line i: the next unquoted heading at its level or above (the scanner sets headings on text lines only). */
export function sectionEnd(lines: readonly MarkdownLine[], i: number): number {
  const level = lines[i].heading?.level ?? 0;
  let j = i + 1;
  for (; j < lines.length; j++) {
    const h = lines[j].heading;
    if (h && !lines[j].quoteDepth && h.level <= level) break;
  }
  return j;
}
