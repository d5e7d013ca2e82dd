// The start of a list-item line: indentation, list markers, and the `[c]` checkbox that makes it a task.

/** What readListPrefix found; one object is reused for every line, so non-task lines allocate nothing. */
export interface ListPrefix {
  /** Column of the first marker after the quote prefix (tabs stop every 4 columns). */
  indent: number;
  /** Number of list markers on the line (`- 1. [ ] x` has 2). */
  markers: number;
  /** Content column of each marker's item, outermost first; only the first `markers` entries are meaningful. */
  cols: number[];
  /** Offset of `[` when the line is a task, else -1. */
  box: number;
  /** The status character (one code point) when the line is a task. */
  status: string;
  /** Offset just after `]` when the line is a task. */
  bodyStart: number;
  /** True when the innermost item has no content on this line. */
  empty: boolean;
}

export function newListPrefix(): ListPrefix {
  return { indent: 0, markers: 0, cols: [], box: -1, status: "", bodyStart: -1, empty: false };
}

const SPACE = 32;
const TAB = 9;
const OPEN = 91; // [
const CLOSE = 93; // ]

/** Column after `c` at column `col`. */
function advance(c: number, col: number): number {
  return c === TAB ? col + 4 - (col % 4) : col + 1;
}

/** Column of the first non-space character of text[start, end), or -1 when the line is blank there. */
export function indentOf(text: string, start: number, end: number): number {
  let col = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return col;
    col = advance(c, col);
  }
  return -1;
}

/**
 * Reads the list markers and checkbox of text[start, end) (start = after the quote prefix) into `out`.
 * Returns false when the line is not a list item. A list item is a task when its content starts with
 * `[`, one character, `]`, then a space, a tab or the end of the line (CommonMark + GFM, as Obsidian).
 */
export function readListPrefix(text: string, start: number, end: number, out: ListPrefix): boolean {
  let i = start;
  let col = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) break;
    col = advance(c, col);
    i++;
  }
  out.indent = col;
  out.markers = 0;
  out.box = -1;
  out.empty = false;
  if (isThematicBreak(text, i, end)) return false;
  for (;;) {
    const markerEnd = markerEndAt(text, i, end);
    if (markerEnd === -1) return out.markers > 0;
    const markerCol = col + (markerEnd - i);
    if (markerEnd === end) {
      out.cols[out.markers++] = markerCol + 1;
      out.empty = true;
      return true;
    }
    let j = markerEnd;
    let c = markerCol;
    while (j < end) {
      const ch = text.charCodeAt(j);
      if (ch !== SPACE && ch !== TAB) break;
      c = advance(ch, c);
      j++;
    }
    if (j === end || c - markerCol > 4) {
      // Blank after the marker, or content that is indented code: the content column is one past the marker.
      out.cols[out.markers++] = markerCol + 1;
      out.empty = j === end;
      return true;
    }
    out.cols[out.markers++] = c;
    i = j;
    col = c;
    if (text.charCodeAt(i) === OPEN) {
      readBox(text, i, end, out);
      return true;
    }
  }
}

/** End of a list marker at `i` (`-`, `*`, `+`, 1–9 digits and `.` or `)`) that is followed by a space, tab or the end; else -1. */
function markerEndAt(text: string, i: number, end: number): number {
  if (i >= end) return -1;
  const c = text.charCodeAt(i);
  let m: number;
  if (c === 45 || c === 42 || c === 43) m = i + 1;
  else if (c >= 48 && c <= 57) {
    let j = i + 1;
    while (j < end && j - i < 10) {
      const d = text.charCodeAt(j);
      if (d < 48 || d > 57) break;
      j++;
    }
    if (j - i > 9 || j >= end) return -1;
    const p = text.charCodeAt(j);
    if (p !== 46 && p !== 41) return -1;
    m = j + 1;
  } else return -1;
  if (m === end) return m;
  const after = text.charCodeAt(m);
  return after === SPACE || after === TAB ? m : -1;
}

/** `---`, `* * *`: a thematic break wins over a list item. */
function isThematicBreak(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 42) return false;
  let n = 0;
  for (let j = i; j < end; j++) {
    const d = text.charCodeAt(j);
    if (d === c) n++;
    else if (d !== SPACE && d !== TAB) return false;
  }
  return n >= 3;
}

function readBox(text: string, i: number, end: number, out: ListPrefix): void {
  let s = i + 1;
  if (s >= end) return;
  const c = text.charCodeAt(s);
  const width = c >= 0xd800 && c <= 0xdbff && s + 1 < end && isLowSurrogate(text.charCodeAt(s + 1)) ? 2 : 1;
  s += width;
  if (s >= end || text.charCodeAt(s) !== CLOSE) return;
  const after = s + 1;
  if (after < end) {
    const a = text.charCodeAt(after);
    if (a !== SPACE && a !== TAB) return;
  }
  out.box = i;
  out.status = text.slice(i + 1, s);
  out.bodyStart = after;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
