// Inline Markdown inside one line: code spans and HTML comments (which hide fields), wikilinks, Dataview fields.
import { isWhitespace } from "./chars";

/** [start, end) pairs of code spans and HTML comments in line[from, to), flattened; empty when there are none. */
export function maskedRanges(line: string, from: number, to: number): number[] {
  const out: number[] = [];
  const tick = line.indexOf("`", from);
  const html = line.indexOf("<!--", from);
  if ((tick === -1 || tick >= to) && (html === -1 || html >= to)) return out;
  let i = from;
  while (i < to) {
    const c = line.charCodeAt(i);
    if (c === 96) {
      let n = 1;
      while (i + n < to && line.charCodeAt(i + n) === 96) n++;
      const close = closingTicks(line, i + n, to, n);
      if (close === -1) i += n;
      else {
        out.push(i, close + n);
        i = close + n;
      }
    } else if (c === 60 && line.startsWith("<!--", i)) {
      const close = line.indexOf("-->", i + 4);
      if (close === -1 || close + 3 > to) i += 4;
      else {
        out.push(i, close + 3);
        i = close + 3;
      }
    } else i++;
  }
  return out;
}

/** Start of the next run of exactly n backticks in line[from, to), or -1. */
function closingTicks(line: string, from: number, to: number, n: number): number {
  let i = from;
  while (i < to) {
    if (line.charCodeAt(i) !== 96) {
      i++;
      continue;
    }
    let m = 1;
    while (i + m < to && line.charCodeAt(i + m) === 96) m++;
    if (m === n) return i;
    i += m;
  }
  return -1;
}

/** End (after `]]`) of a wikilink opening at `i` with `[[`, or -1. */
export function wikilinkEnd(line: string, i: number, to: number): number {
  const close = line.indexOf("]]", i + 2);
  if (close === -1 || close + 2 > to) return -1;
  const open = line.indexOf("[[", i + 2);
  if (open !== -1 && open < close) return -1;
  return close + 2;
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
  if (t.toLowerCase().endsWith(".md")) t = t.slice(0, -3);
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

/** A Dataview inline field `[key:: value]` or `(key:: value)` opening at `i`, or null. */
export function inlineFieldAt(line: string, i: number, to: number): InlineField | null {
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
  for (let k = j + 2; k < to; k++) {
    const c = line.charCodeAt(k);
    if (c === 92) k++; // a backslash escapes the next character
    else if (c === open) depth++;
    else if (c === close) {
      if (depth === 0) return field(line, key, j + 2, k);
      depth--;
    }
  }
  return null;
}
