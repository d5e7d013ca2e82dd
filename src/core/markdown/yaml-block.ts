// YAML block structure in frontmatter: `key: value` maps and `- item` lists (of maps and lists too), nested by indentation.
// Read for every note of the vault: a `key: plain value` line takes no regular expression and allocates only its key and value.
import type { FrontmatterValue } from "./frontmatter";
import { blockScalarHeader, readBlockScalar } from "./yaml-block-scalar";
import { MAX_DEPTH } from "./yaml-cursor";
import { parseValue } from "./yaml-flow";
import { readQuoted } from "./yaml-quoted";
import { duplicateKey, isSpaceOrTab, keyText, resolvePlain, setKey } from "./yaml-scalar";

/** The lines of the frontmatter (edited in place: a list item's dash becomes a space) and the next one to read. */
interface Block {
  lines: string[];
  i: number;
  /** Collections open around line i. */
  depth: number;
}

/** The frontmatter's block map; throws "line N: why" (N counting the opening `---` as line 1) on what it cannot read. */
export function parseBlock(lines: string[]): Record<string, FrontmatterValue> {
  const first = skipBlank(lines, 0);
  if (first === lines.length) return {};
  const col = indentOf(lines, first);
  if (isDashAt(lines[first], col)) throw lineError(first, 'frontmatter is a list: properties are "key: value" lines');
  const b: Block = { lines, i: first, depth: 0 };
  const data = readMap(b, col);
  const rest = skipBlank(lines, b.i);
  if (rest < lines.length) throw lineError(rest, "less indented than the first key");
  return data;
}

function lineError(i: number, message: string): Error {
  return new Error(`line ${i + 2}: ${message}`);
}

/** The map whose keys stand at column `n`, from line b.i; stops at a line less indented. */
function readMap(b: Block, n: number): Record<string, FrontmatterValue> {
  const lines = b.lines;
  const map: Record<string, FrontmatterValue> = {};
  b.depth++;
  for (let i = b.i; ; i = b.i) {
    i = skipBlank(lines, i);
    b.i = i;
    const col = i === lines.length ? -1 : indentOf(lines, i);
    if (col < n) {
      b.depth--;
      return map;
    }
    if (col > n) throw lineError(i, "unexpected indentation");
    const key = scanKey(lines[i], col, i);
    if (key === null) throw lineError(i, isDashAt(lines[i], col) ? 'a list item where a "key: value" line was expected' : 'expected "key: value"');
    const value = entryValue(b, i, valueStart, n);
    if (!setKey(map, key, value)) throw lineError(i, duplicateKey(key));
  }
}

/** The list whose dashes stand at column `n`, from line b.i. */
function readSeq(b: Block, n: number): FrontmatterValue[] {
  const lines = b.lines;
  const out: FrontmatterValue[] = [];
  b.depth++;
  for (let i = b.i; ; i = b.i) {
    i = skipBlank(lines, i);
    b.i = i;
    const col = i === lines.length ? -1 : indentOf(lines, i);
    if (col < n || (col === n && !isDashAt(lines[i], col))) {
      b.depth--;
      return out;
    }
    if (col > n) throw lineError(i, "unexpected indentation");
    const line = lines[i];
    let k = col + 1;
    while (k < line.length && isSpaceOrTab(line.charCodeAt(k))) k++;
    if (k === line.length || line.charCodeAt(k) === 35) out.push(nested(b, i + 1, n, false));
    else {
      // The item's text stays at its column: a map or list that starts there goes on at that column on the next lines.
      lines[i] = " ".repeat(k) + line.slice(k);
      out.push(node(b, i, k, n));
    }
  }
}

/** The value after `key:` on line i, whose text starts at `start`; sets b.i to the line after it. */
function entryValue(b: Block, i: number, start: number, n: number): FrontmatterValue {
  const line = b.lines[i];
  if (start === line.length || line.charCodeAt(start) === 35) return nested(b, i + 1, n, true);
  const c = line.charCodeAt(start);
  if (c === 124 || c === 62) return blockScalar(b, i, start, n) ?? inline(b, i, start, n); // | or >
  return inline(b, i, start, n);
}

/** What stands below an empty value: a more indented node, a list at the key's own column, or nothing (null). */
function nested(b: Block, from: number, n: number, inMap: boolean): FrontmatterValue {
  const lines = b.lines;
  const j = skipBlank(lines, from);
  b.i = j;
  if (j === lines.length) return null;
  const col = indentOf(lines, j);
  if (col > n) return node(b, j, col, n);
  if (col === n && inMap && isDashAt(lines[j], col)) return readSeq(b, n);
  return null;
}

/** The node whose text starts at column `col` of line j, inside a collection at column `n`. */
function node(b: Block, j: number, col: number, n: number): FrontmatterValue {
  const line = b.lines[j];
  b.i = j;
  if (b.depth >= MAX_DEPTH) throw lineError(j, `collections nested more than ${MAX_DEPTH} deep`);
  if (isDashAt(line, col)) return readSeq(b, col);
  if (scanKey(line, col, j) !== null) return readMap(b, col);
  const c = line.charCodeAt(col);
  if (c === 124 || c === 62) return blockScalar(b, j, col, n) ?? inline(b, j, col, n);
  return inline(b, j, col, n);
}

/** A block scalar whose header (`|`, `>-`, `|2 # note`) starts at `start` of line i; null when that is no header. */
function blockScalar(b: Block, i: number, start: number, n: number): string | null {
  const line = b.lines[i];
  let end = start + 1;
  while (end < line.length && !(line.charCodeAt(end) === 35 && isSpaceOrTab(line.charCodeAt(end - 1)))) end++;
  while (isSpaceOrTab(line.charCodeAt(end - 1))) end--;
  const header = blockScalarHeader(line.slice(start, end));
  if (header === null) return null;
  const scalar = readBlockScalar(b.lines, i + 1, header, n);
  b.i = scalar.next;
  return scalar.text;
}

/** A value written inline from `start` of line i, with the lines below it that are more indented than `n` (its continuation). */
function inline(b: Block, i: number, start: number, n: number): FrontmatterValue {
  const lines = b.lines;
  const line = lines[i];
  // A flow collection may close at the left, as JSON is often written: `tags: [` … `]`.
  const flow = line.charCodeAt(start) === 91 || line.charCodeAt(start) === 123;
  let last = i;
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    let k = 0;
    while (k < l.length && l.charCodeAt(k) === 32) k++;
    const c = l.charCodeAt(k);
    if ((k > n && k < l.length && !isSpaceOrTab(c)) || (flow && (c === 93 || c === 125))) last = j;
    else if (!isWhitespaceOnly(l, k)) break;
  }
  b.i = last + 1;
  if (last === i) {
    const value = plainLine(line, start);
    return value !== undefined ? value : parseValue(line.slice(start), i + 2, b.depth);
  }
  return parseValue([line.slice(start), ...lines.slice(i + 1, last + 1)].join("\n"), i + 2, b.depth);
}

/** The common case, a plain value alone on its line (`one-on-one`, `2025-05-20`), read in place; undefined for anything else. */
function plainLine(line: string, start: number): FrontmatterValue | undefined {
  if (isIndicator(line.charCodeAt(start))) return undefined;
  let last = start;
  for (let i = start; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (line.charCodeAt(i + 1) === 35) break;
      continue;
    }
    if (c === 58 && (i + 1 === line.length || isSpaceOrTab(line.charCodeAt(i + 1)))) return undefined;
    last = i + 1;
  }
  return resolvePlain(line.slice(start, last));
}

/** YAML's indicator characters, `-?:,[]{}#&*!|>'"%@` and the backquote: a value starting with one takes the full reader. */
const INDICATORS = new Uint8Array(128);
for (const ch of "-?:,[]{}#&*!|>'\"%@`") INDICATORS[ch.charCodeAt(0)] = 1;
function isIndicator(c: number): boolean {
  return c < 128 && INDICATORS[c] === 1;
}

/**
 * The key a top-level `key: value` line sets, as the reader reads it (quotes and escapes resolved), and where its value
 * starts; null for any other line (indented, a list item, a comment, no key). For callers that look at single lines.
 */
export function topLevelKey(line: string): { key: string; valueAt: number } | null {
  const c = line.charCodeAt(0);
  if (Number.isNaN(c) || isSpaceOrTab(c) || c === 35) return null;
  try {
    const key = scanKey(line, 0, 0);
    return key === null ? null : { key, valueAt: valueStart };
  } catch {
    return null; // a quoted key with a bad escape
  }
}

/** Set by scanKey: where the value starts on the line, after the `:` and its spaces. */
let valueStart = 0;

/** The key of a `key: value` line whose text starts at `col` (plain or quoted, on this line), or null when it is none. */
function scanKey(line: string, col: number, i: number): string | null {
  const c = line.charCodeAt(col);
  let colon: number;
  let key: string;
  if (c === 34 || c === 39) {
    const close = closingQuote(line, col);
    if (close === -1) return null;
    colon = close + 1;
    while (colon < line.length && isSpaceOrTab(line.charCodeAt(colon))) colon++;
    if (line.charCodeAt(colon) !== 58) return null;
    key = readQuoted({ s: line, i: col, line: i + 2, depth: 0 });
  } else {
    if (isIndicator(c) && !((c === 45 || c === 63 || c === 58) && col + 1 < line.length && !isSpaceOrTab(line.charCodeAt(col + 1)))) return null;
    colon = col;
    for (;;) {
      colon = line.indexOf(":", colon + 1);
      if (colon === -1) return null;
      const next = line.charCodeAt(colon + 1);
      if (Number.isNaN(next) || isSpaceOrTab(next)) break;
    }
    let end = colon;
    while (end > col && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
    for (let h = line.indexOf("#", col); h !== -1 && h < end; h = line.indexOf("#", h + 1)) if (isSpaceOrTab(line.charCodeAt(h - 1))) return null;
    key = keyText(resolvePlain(line.slice(col, end)));
  }
  const after = colon + 1;
  if (after < line.length && !isSpaceOrTab(line.charCodeAt(after))) return null;
  let v = after;
  while (v < line.length && isSpaceOrTab(line.charCodeAt(v))) v++;
  valueStart = v;
  return key;
}

/** The closing quote of the quoted scalar opening at `from`, on this line; -1 when it does not close here. */
function closingQuote(line: string, from: number): number {
  const q = line.charCodeAt(from);
  for (let i = from + 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (q === 34 && c === 92) i++;
    else if (c === q) {
      if (q === 39 && line.charCodeAt(i + 1) === 39) i++;
      else return i;
    }
  }
  return -1;
}

/** The column of line i's text (its leading spaces); a tab there is an error, as in YAML. */
function indentOf(lines: readonly string[], i: number): number {
  const l = lines[i];
  let k = 0;
  while (l.charCodeAt(k) === 32) k++;
  if (l.charCodeAt(k) === 9) throw lineError(i, "a tab in the indentation (YAML indents with spaces)");
  return k;
}

/** `-` at `col` then a space, a tab or the end of the line: a list item. */
function isDashAt(l: string, col: number): boolean {
  return l.charCodeAt(col) === 45 && (col + 1 === l.length || isSpaceOrTab(l.charCodeAt(col + 1)));
}

/** The first line from `i` that is neither empty, nor spaces and tabs, nor a `#` comment. */
function skipBlank(lines: readonly string[], i: number): number {
  for (; i < lines.length; i++) {
    const l = lines[i];
    let k = 0;
    while (k < l.length && isSpaceOrTab(l.charCodeAt(k))) k++;
    if (k < l.length && l.charCodeAt(k) !== 35) return i;
  }
  return i;
}

function isWhitespaceOnly(l: string, from: number): boolean {
  for (let k = from; k < l.length; k++) if (!isSpaceOrTab(l.charCodeAt(k))) return false;
  return true;
}
