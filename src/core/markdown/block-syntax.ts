// Block-level syntax the line scanner tests at the start of a line: HTML and math blocks, list and quote prefixes, frontmatter fences.
import { isWhitespace } from "./whitespace";

export const QUOTE = 62; // >
export const SPACE = 32;
export const TAB = 9;
export const NO_BLOCK = 0;
/** CommonMark HTML block type 1 (`<pre>`, `<script>`, `<style>`, `<textarea>`): ends at its closing tag. */
const RAW_HTML = 1;
/** CommonMark HTML block type 6 (`<div>`, `<table>`, `<details>`, …): ends at a blank line. */
export const HTML_UNTIL_BLANK = 6;
/** Obsidian's `$$` display math: ends at the next `$$`. */
export const MATH = 36;
export const RAW_HTML_END = /<\/(?:pre|script|style|textarea)>/i;
const RAW_TAGS = new Set(["pre", "script", "style", "textarea"]);
const BLOCK_TAGS = new Set(
  ("address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset " +
    "figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu " +
    "menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul").split(" "),
);

/** The HTML block a line opens at `lead` (`<div …`, `</table>`, `<pre>`), or NO_BLOCK. */
export function htmlBlockStart(t: string, lead: number, end: number): number {
  const closing = t.charCodeAt(lead + 1) === 47; // </
  const from = lead + (closing ? 2 : 1);
  let j = from;
  while (j < end && j - from < 12 && isAsciiAlnum(t.charCodeAt(j))) j++;
  if (j === from) return NO_BLOCK;
  const after = j < end ? t.charCodeAt(j) : -1;
  if (!(after === -1 || after === SPACE || after === TAB || after === 62 || (after === 47 && t.charCodeAt(j + 1) === 62))) return NO_BLOCK;
  const name = t.slice(from, j).toLowerCase();
  if (!closing && RAW_TAGS.has(name)) return RAW_HTML;
  return BLOCK_TAGS.has(name) ? HTML_UNTIL_BLANK : NO_BLOCK;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** Columns from `from` to `to` (spaces and tabs, tab stops of 4). */
export function columns(t: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) col = t.charCodeAt(i) === TAB ? col + 4 - (col % 4) : col + 1;
  return col;
}

/** Content column of a list item whose marker (`-`, `*`, `+`, `1.`, `1)`) is at `lead`, column `ind`; -1 when there is none. */
export function listContentColumn(t: string, lead: number, end: number, ind: number): number {
  let i = lead;
  const c = t.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    while (i < end && i - lead < 9 && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
    const d = t.charCodeAt(i);
    if (i === lead || (d !== 46 && d !== 41)) return -1;
    i++;
  }
  const marker = ind + (i - lead);
  if (i === end) return marker + 1;
  if (t.charCodeAt(i) !== SPACE && t.charCodeAt(i) !== TAB) return -1;
  let j = i;
  while (j < end && t.charCodeAt(j) === SPACE) j++;
  return j === end || j - i > 4 ? marker + 1 : marker + (j - i);
}

/** Reads `>`, `> >`, `>>` prefixes (each may be preceded by up to 3 spaces and followed by one space). */
export function quotePrefix(t: string): { depth: number; start: number } {
  let depth = 0;
  let i = 0;
  for (;;) {
    let j = i;
    while (j < t.length && j - i < 3 && t.charCodeAt(j) === SPACE) j++;
    if (t.charCodeAt(j) !== QUOTE) break;
    depth++;
    i = j + 1;
    const c = t.charCodeAt(i);
    if (c === SPACE || c === TAB) i++;
  }
  return { depth, start: i };
}

export function findFrontmatterEnd(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith("---", start)) return -1;
  let line = 0;
  let pos = start;
  for (;;) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    for (let i = pos; i < end; i++) {
      if (text.charCodeAt(i) === 13) {
        end = i; // a CR ends the line first
        break;
      }
    }
    if (isFrontmatterFence(text, pos, end)) {
      if (line > 0) return line;
    } else if (line === 0) return -1;
    if (end === text.length) return -1;
    pos = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    line++;
  }
}

/** `---` followed only by whitespace (what `trimEnd() === "---"` means) in t[start, end). */
export function isFrontmatterFence(t: string, start: number, end: number): boolean {
  if (end - start < 3 || !t.startsWith("---", start)) return false;
  for (let i = start + 3; i < end; i++) if (!isWhitespace(t.charCodeAt(i))) return false;
  return true;
}

export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || isWhitespace(c);
}

export function skipSpaces(t: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const c = t.charCodeAt(i);
    if (c !== SPACE && c !== TAB) break;
    i++;
  }
  return i;
}

export function runLength(t: string, from: number, end: number, ch: number): number {
  let i = from;
  while (i < end && t.charCodeAt(i) === ch) i++;
  return i - from;
}
