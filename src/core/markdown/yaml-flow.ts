// YAML values written inline: flow collections `[a, "b, c"]`, `{a: 1, b: [x]}` (over several lines too), quoted and
// plain scalars, and unquoted wikilinks.
import type { FrontmatterValue } from "./frontmatter";
import { afterBreak, fail, folded, MAX_DEPTH, skipSpace, type Cursor } from "./yaml-cursor";
import { readQuoted } from "./yaml-quoted";
import { duplicateKey, isSpaceOrTab, keyText, resolvePlain, setKey } from "./yaml-scalar";

/** A value in a block (after `key: ` or `- `, with its continuation lines): nothing but a comment may follow it. */
export function parseValue(s: string, line: number, depth: number): FrontmatterValue {
  const c: Cursor = { s, i: 0, line, depth };
  const value = node(c, false);
  return end(c, value);
}

/** A whole frontmatter in braces: JSON, or a YAML flow map. */
export function parseFlowDocument(s: string, line: number): Record<string, FrontmatterValue> {
  const c: Cursor = { s, i: 0, line, depth: 0 };
  skipSpace(c);
  if (s.charCodeAt(c.i) !== 123) fail(c, "expected {");
  return end(c, map(c));
}

function end<T>(c: Cursor, value: T): T {
  skipSpace(c);
  if (c.i < c.s.length) fail(c, `unexpected ${JSON.stringify(c.s.charAt(c.i))} after the value`);
  return value;
}

function node(c: Cursor, flow: boolean): FrontmatterValue {
  const ch = c.s.charCodeAt(c.i);
  if ((ch === 91 || ch === 123) && c.depth >= MAX_DEPTH) fail(c, `collections nested more than ${MAX_DEPTH} deep`);
  if (ch === 91) return link(c) ?? seq(c);
  if (ch === 123) return map(c);
  if (ch === 34 || ch === 39) return readQuoted(c);
  return plain(c, flow);
}

/** `[[Name]]` (no bracket inside): people write links unquoted and mean the link, where YAML would read a list in a list. */
function link(c: Cursor): string | null {
  const s = c.s;
  const from = c.i;
  if (s.charCodeAt(from + 1) !== 91) return null;
  let i = from + 2;
  while (i < s.length) {
    const ch = s.charCodeAt(i);
    if (ch === 91 || ch === 10) return null;
    if (ch === 93) break;
    i++;
  }
  if (i === from + 2 || s.charCodeAt(i + 1) !== 93) return null;
  c.i = i + 2;
  return s.slice(from, c.i);
}

function seq(c: Cursor): FrontmatterValue[] {
  const open = c.i++;
  const out: FrontmatterValue[] = [];
  c.depth++;
  for (;;) {
    skipSpace(c);
    if (c.s.charCodeAt(c.i) === 93) {
      c.i++;
      c.depth--;
      return out;
    }
    entryStart(c, open, "[");
    const keyAt = c.i;
    const v = node(c, true);
    // `[a: b]` is a list holding the map {a: b}.
    out.push(pairColon(c, keyAt) ? pair(c, keyAt, v) : v);
    entryEnd(c, open, "]");
  }
}

function map(c: Cursor): Record<string, FrontmatterValue> {
  const open = c.i++;
  const out: Record<string, FrontmatterValue> = {};
  c.depth++;
  for (;;) {
    skipSpace(c);
    if (c.s.charCodeAt(c.i) === 125) {
      c.i++;
      c.depth--;
      return out;
    }
    entryStart(c, open, "{");
    const keyAt = c.i;
    const first = c.s.charCodeAt(keyAt);
    const k = node(c, true);
    // A collection as a key (`{{date}}`, an unfilled template field) keeps its text, as YAML cannot key a JS object with it.
    const key = first === 91 || first === 123 || (typeof k === "object" && k !== null) ? c.s.slice(keyAt, c.i) : keyText(k);
    skipSpace(c);
    let value: FrontmatterValue = null;
    if (c.s.charCodeAt(c.i) === 58) {
      c.i++;
      skipSpace(c);
      const ch = c.s.charCodeAt(c.i);
      if (ch !== 44 && ch !== 125) value = node(c, true);
    }
    if (!setKey(out, key, value)) fail(c, duplicateKey(key), keyAt);
    entryEnd(c, open, "}");
  }
}

function entryStart(c: Cursor, open: number, bracket: string): void {
  if (c.i >= c.s.length) fail(c, `unclosed ${bracket}`, open);
  if (c.s.charCodeAt(c.i) === 44) fail(c, 'unexpected ","');
}

function entryEnd(c: Cursor, open: number, close: string): void {
  skipSpace(c);
  const ch = c.s.charAt(c.i);
  if (ch === ",") c.i++;
  else if (ch === "") fail(c, `unclosed ${close === "]" ? "[" : "{"}`, open);
  else if (ch !== close) fail(c, `expected "," or "${close}", found ${JSON.stringify(ch)}`);
}

/** After a flow list entry: the `:` (on the same line) that makes it a key. */
function pairColon(c: Cursor, keyAt: number): boolean {
  let i = c.i;
  while (isSpaceOrTab(c.s.charCodeAt(i))) i++;
  if (c.s.charCodeAt(i) !== 58) return false;
  const quotedOrCollection = "\"'[{".includes(c.s.charAt(keyAt));
  if (!quotedOrCollection && !endsKey(c.s.charCodeAt(i + 1), true)) return false;
  c.i = i + 1;
  return true;
}

function pair(c: Cursor, keyAt: number, k: FrontmatterValue): Record<string, FrontmatterValue> {
  if (typeof k === "object" && k !== null) fail(c, "a collection as a key is not read", keyAt);
  skipSpace(c);
  const ch = c.s.charCodeAt(c.i);
  const out: Record<string, FrontmatterValue> = {};
  setKey(out, keyText(k), ch === 44 || ch === 93 ? null : node(c, true));
  return out;
}

/** `,[]{}`: they end a plain scalar inside a flow collection. */
function isFlowIndicator(ch: number): boolean {
  return ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125;
}

/** Whether a `:` followed by `next` ends a key (rather than being text, as in `10:30` or `http://x`). */
function endsKey(next: number, flow: boolean): boolean {
  return Number.isNaN(next) || next === 32 || next === 9 || next === 10 || (flow && isFlowIndicator(next));
}

/** A plain scalar, over several lines too (folded); in a block it may hold `,[]{}`, in a flow collection they end it. */
function plain(c: Cursor, flow: boolean): FrontmatterValue {
  const s = c.s;
  const start = c.i;
  checkFirst(c, flow);
  let out = "";
  let seg = start;
  let last = start; // after the last character that is not a space or tab
  let i = start;
  while (i < s.length) {
    const ch = s.charCodeAt(i);
    if (ch === 10) {
      const next = afterBreak(s, i);
      if (endsAfterBreak(s, next.at, flow)) break;
      out += s.slice(seg, last) + folded(next.empties);
      seg = last = i = next.at;
      continue;
    }
    if (ch === 32 || ch === 9) {
      i++;
      continue;
    }
    if (ch === 35 && isSpaceOrTab(s.charCodeAt(i - 1))) break;
    if (ch === 58 && endsKey(s.charCodeAt(i + 1), flow)) {
      if (flow) break;
      fail(c, 'a value holds ": " (YAML reads a map there): quote the value', i);
    }
    if (flow && isFlowIndicator(ch)) break;
    last = ++i;
  }
  c.i = i;
  return resolvePlain(out + s.slice(seg, last));
}

function endsAfterBreak(s: string, at: number, flow: boolean): boolean {
  if (at >= s.length) return true;
  const ch = s.charCodeAt(at);
  return ch === 35 || (flow && (isFlowIndicator(ch) || (ch === 58 && endsKey(s.charCodeAt(at + 1), true))));
}

/** YAML's indicators cannot start a plain scalar; `-`, `?` and `:` can when text follows them. */
function checkFirst(c: Cursor, flow: boolean): void {
  const ch = c.s.charAt(c.i);
  if (ch === "-" || ch === "?" || ch === ":") {
    if (endsKey(c.s.charCodeAt(c.i + 1), flow)) fail(c, `a value cannot start with "${ch} ": quote it`);
  } else if (ch === "&" || ch === "*" || ch === "!") fail(c, `anchors (&), aliases (*) and tags (!) are not read: quote a value that starts with "${ch}"`);
  else if (ch === "" || ",[]{}#|>%@`".includes(ch)) fail(c, ch === "" ? "missing value" : `a value cannot start with "${ch}": quote it`);
}
