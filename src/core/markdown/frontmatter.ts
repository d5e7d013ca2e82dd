// A small YAML subset for frontmatter (the CLI has no metadata cache): scalars, flow and block lists, flow maps, block scalars, quoted links; or JSON.
// Read for every note of the vault, so the common paths use char codes rather than regular expressions.
import { isFrontmatterFence } from "./scanner";
import { isIsoDay } from "./iso-day";
import { isWhitespace } from "./whitespace";

export type FrontmatterValue = string | number | boolean | null | FrontmatterValue[] | { [key: string]: FrontmatterValue };

export interface Frontmatter {
  data: Record<string, FrontmatterValue>;
  /** Why the frontmatter could not be read, or null. Broken frontmatter reads as empty data. */
  error: string | null;
  /** 0-based line of the closing `---`, or -1 when the note has no frontmatter. */
  end: number;
}

const NONE: () => Frontmatter = () => ({ data: {}, error: null, end: -1 });

/** Parses the frontmatter of a note's lines (as split by splitText); never throws. */
export function parseFrontmatterLines(lines: readonly string[]): Frontmatter {
  if (lines.length < 2 || !isFence(lines[0])) return NONE();
  for (let i = 1; i < lines.length; i++) if (isFence(lines[i])) return parseBody(lines.slice(1, i), i);
  return NONE();
}

/** Parses the frontmatter at the start of a note's text, splitting only the lines up to its closing `---`. */
export function parseFrontmatter(text: string): Frontmatter {
  let s = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body: string[] = [];
  for (let line = 0; ; line++) {
    let e = s;
    while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    const fence = isFrontmatterFence(text, s, e);
    if (line === 0) {
      if (!fence || e === text.length) return NONE();
    } else if (fence) return parseBody(body, line);
    else body.push(text.slice(s, e));
    if (e === text.length) return NONE();
    s = text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
  }
}

function isFence(line: string): boolean {
  return isFrontmatterFence(line, 0, line.length);
}

function parseBody(lines: string[], end: number): Frontmatter {
  try {
    return { data: isJsonBody(lines) ? parseJson(lines) : parseBlock(lines), error: null, end };
  } catch (e) {
    return { data: {}, error: e instanceof Error ? e.message : String(e), end };
  }
}

/** What `/^([^\s#:][^:]*?):(?:\s+(.*))?$/` finds in a line without trailing whitespace; null when it does not match. */
function keyValue(t: string): { key: string; value: string | undefined } | null {
  const c = t.charCodeAt(0);
  if (t.length === 0 || isWhitespace(c) || c === 35 || c === 58) return null;
  const colon = t.indexOf(":");
  if (colon === -1) return null;
  if (colon + 1 === t.length) return { key: t.slice(0, colon), value: undefined };
  if (!isWhitespace(t.charCodeAt(colon + 1))) return null;
  let v = colon + 1;
  while (v < t.length && isWhitespace(t.charCodeAt(v))) v++;
  // `.` matches no line terminator.
  for (let i = v; i < t.length; i++) {
    const d = t.charCodeAt(i);
    if (d === 10 || d === 13 || d === 0x2028 || d === 0x2029) return null;
  }
  return { key: t.slice(0, colon), value: t.slice(v) };
}

function parseBlock(lines: string[]): Record<string, FrontmatterValue> {
  const data: Record<string, FrontmatterValue> = {};
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (startsWithSpace(line)) throw new Error(`line ${i + 2}: unexpected indentation`);
    const m = keyValue(trimEnd(line));
    if (!m) throw new Error(`line ${i + 2}: expected "key: value"`);
    const key = unquote(m.key.trim());
    const rest = stripComment(m.value ?? "").trim();
    i++;
    if (rest !== "") {
      const c = rest.charCodeAt(0);
      const header = c === 124 || c === 62 ? blockScalarHeader(rest) : null; // | or >
      if (header === null) data[key] = parseScalarOrFlow(rest, i + 1);
      else i = readBlockScalar(lines, i, header, (v) => (data[key] = v));
      continue;
    }
    // Block list or nested map below an empty value.
    const items: string[] = [];
    while (i < lines.length && (isBlank(lines[i]) || startsWithSpace(lines[i]) || isDashItem(lines[i]))) {
      if (!isBlank(lines[i])) items.push(lines[i]);
      i++;
    }
    data[key] = items.length === 0 ? null : parseNested(items, i + 1);
  }
  return data;
}

/** Obsidian also reads frontmatter written as one JSON object (Properties, "JSON properties"). */
function isJsonBody(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim() !== "");
  return first !== undefined && first.trimStart().startsWith("{");
}

function parseJson(lines: readonly string[]): Record<string, FrontmatterValue> {
  let value: unknown;
  try {
    value = JSON.parse(lines.join("\n"));
  } catch (e) {
    throw new Error(`frontmatter in braces is read as JSON, and this is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("frontmatter in braces must be one JSON object");
  return value as Record<string, FrontmatterValue>;
}

interface BlockScalarHeader {
  folded: boolean;
  chomp: "clip" | "strip" | "keep";
  /** Explicit indentation indicator, or 0 to take the first content line's. */
  indent: number;
}

/** `|`, `>-`, `|+`, `>2`, `|-2`, `|2-`: the header of a YAML block scalar, or null. */
function blockScalarHeader(v: string): BlockScalarHeader | null {
  const m = /^([|>])(?:([1-9])?([+-])?|([+-])([1-9]))$/.exec(v);
  if (!m) return null;
  const chomp = m[3] ?? m[4];
  return { folded: m[1] === ">", chomp: chomp === "-" ? "strip" : chomp === "+" ? "keep" : "clip", indent: Number(m[2] ?? m[5] ?? 0) };
}

/** Leading U+0020 spaces: YAML indents with spaces only. */
function spacesBefore(l: string): number {
  let n = 0;
  while (n < l.length && l.charCodeAt(n) === 32) n++;
  return n;
}

/**
 * Reads the block scalar whose header ends line `from - 1`: the lines after it that are blank or indented.
 * Passes the text to `set` and returns the index of the first line after it.
 */
function readBlockScalar(lines: string[], from: number, header: BlockScalarHeader, set: (v: string) => void): number {
  let i = from;
  let indent = header.indent;
  const content: string[] = [];
  for (; i < lines.length; i++) {
    const l = lines[i];
    const spaces = spacesBefore(l);
    const blank = l.trim() === "";
    if (!blank && spaces === 0) break;
    if (indent === 0 && !blank) indent = spaces;
    if (blank) content.push(indent > 0 && l.length > indent ? l.slice(indent) : "");
    else if (spaces < indent) throw new Error(`line ${i + 2}: unexpected indentation`);
    else content.push(l.slice(indent));
  }
  let trailing = 0;
  while (trailing < content.length && content[content.length - 1 - trailing] === "") trailing++;
  const body = content.slice(0, content.length - trailing);
  const text = header.folded ? fold(body) : body.join("\n");
  if (header.chomp === "strip" || (body.length === 0 && header.chomp === "clip")) set(text);
  else set(text + "\n".repeat(header.chomp === "keep" ? trailing + (body.length ? 1 : 0) : 1));
  return i;
}

/** YAML folding: a break between two plain lines is a space, n empty lines are n breaks; breaks around more-indented lines stay. */
function fold(lines: readonly string[]): string {
  let out = "";
  let prev: "none" | "plain" | "more" = "none";
  let empties = 0;
  for (const l of lines) {
    if (l === "") {
      empties++;
      continue;
    }
    const more = isWhitespace(l.charCodeAt(0));
    if (prev === "none") out += "\n".repeat(empties);
    else if (prev === "plain" && !more) out += empties > 0 ? "\n".repeat(empties) : " ";
    else out += "\n".repeat(empties + 1);
    out += l;
    prev = more ? "more" : "plain";
    empties = 0;
  }
  return out;
}

function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && isWhitespace(s.charCodeAt(e - 1))) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** `/^\s/` */
function startsWithSpace(l: string): boolean {
  return l.length > 0 && isWhitespace(l.charCodeAt(0));
}

/** `/^-(\s|$)/` */
function isDashItem(l: string): boolean {
  return l.charCodeAt(0) === 45 && (l.length === 1 || isWhitespace(l.charCodeAt(1)));
}

function parseNested(items: string[], at: number): FrontmatterValue {
  if (items.every((l) => /^\s*-(\s|$)/.test(l))) {
    return items.map((l) => {
      const v = stripComment(l.replace(/^\s*-\s?/, "")).trim();
      return v === "" ? null : parseScalarOrFlow(v, at);
    });
  }
  const indent = /^\s*/.exec(items[0])?.[0].length ?? 0;
  return parseBlock(items.map((l) => l.slice(Math.min(indent, /^\s*/.exec(l)?.[0].length ?? 0))));
}

/** Empty, only whitespace, or a `#` comment line. */
function isBlank(l: string): boolean {
  let i = 0;
  while (i < l.length && isWhitespace(l.charCodeAt(i))) i++;
  return i === l.length || l.charCodeAt(i) === 35;
}

/** Cuts a ` # comment` (whitespace then `#`) off an unquoted value. */
function stripComment(v: string): string {
  if (v.startsWith('"') || v.startsWith("'")) return v;
  for (let i = v.indexOf("#", 1); i > 0; i = v.indexOf("#", i + 1)) {
    if (isWhitespace(v.charCodeAt(i - 1))) return v.slice(0, i - 1);
  }
  return v;
}

function parseScalarOrFlow(v: string, at: number): FrontmatterValue {
  // An unquoted wikilink is what people write; YAML would read it as a nested list.
  if (v.startsWith("[[") && v.endsWith("]]") && !v.slice(2, -2).includes("]]")) return v;
  if (v.startsWith("[")) {
    if (!v.endsWith("]")) throw new Error(`line ${at}: unclosed [`);
    const inner = v.slice(1, -1).trim();
    if (inner === "") return [];
    return splitFlow(inner).map((x) => parseScalarOrFlow(x.trim(), at));
  }
  if (v.startsWith("{")) return flowMap(v, at);
  return scalar(v, at);
}

/** `{a: 1, "b": [x], c}`: a map (an entry without a value is null). */
function flowMap(v: string, at: number): Record<string, FrontmatterValue> {
  if (!v.endsWith("}")) throw new Error(`line ${at}: unclosed {`);
  const map: Record<string, FrontmatterValue> = {};
  for (const entry of splitFlow(v.slice(1, -1).trim())) {
    const e = entry.trim();
    if (e === "") continue;
    const colon = entryColon(e);
    const value = colon === -1 ? "" : e.slice(colon + 1).trim();
    map[unquote((colon === -1 ? e : e.slice(0, colon)).trim())] = value === "" ? null : parseScalarOrFlow(value, at);
  }
  return map;
}

/** The colon that ends a flow map entry's key: outside quotes and brackets, then a space or the end, or right after a quoted key. */
function entryColon(e: string): number {
  let quote = "";
  let depth = 0;
  for (let i = 0; i < e.length; i++) {
    const c = e[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
    else if (c === ":" && depth === 0 && (i + 1 === e.length || isWhitespace(e.charCodeAt(i + 1)) || e[i - 1] === '"' || e[i - 1] === "'")) return i;
  }
  return -1;
}

function splitFlow(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

function scalar(v: string, at: number): FrontmatterValue {
  if (v.startsWith('"')) {
    if (!v.endsWith('"') || v.length < 2) throw new Error(`line ${at}: unclosed quote`);
    const inner = v.slice(1, -1);
    return inner.includes("\\") ? inner.replace(/\\(["\\nt])/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c)) : inner;
  }
  if (v.startsWith("'")) {
    if (!v.endsWith("'") || v.length < 2) throw new Error(`line ${at}: unclosed quote`);
    return v.slice(1, -1).replace(/''/g, "'");
  }
  if (v === "true" || v === "false") return v === "true";
  if (v === "null" || v === "~") return null;
  if (isDecimal(v)) return Number(v);
  return v;
}

/** `/^-?\d+(\.\d+)?$/` */
function isDecimal(v: string): boolean {
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  const digitsFrom = i;
  while (i < v.length && isDigit(v.charCodeAt(i))) i++;
  if (i === digitsFrom) return false;
  if (i === v.length) return true;
  if (v.charCodeAt(i) !== 46) return false;
  const fraction = ++i;
  while (i < v.length && isDigit(v.charCodeAt(i))) i++;
  return i > fraction && i === v.length;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function unquote(k: string): string {
  if ((k.startsWith('"') && k.endsWith('"')) || (k.startsWith("'") && k.endsWith("'"))) return k.slice(1, -1);
  return k;
}

/** A frontmatter value as a list of strings (a single string becomes one item). */
export function stringList(v: FrontmatterValue | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.filter((x): x is string | number => typeof x === "string" || typeof x === "number").map(String);
  if (typeof v === "string" || typeof v === "number") return [String(v)];
  return [];
}

/** `[[Name]]`, `[[Name|alias]]`, `[[folder/Name#h]]` or plain `Name` → "Name"; null when empty. */
export function linkTarget(v: FrontmatterValue | undefined): string | null {
  if (typeof v !== "string") return null;
  let s = v.trim();
  // `[[inner]]` with no `]` inside.
  if (s.length >= 4 && s.startsWith("[[") && s.endsWith("]]") && s.indexOf("]", 2) === s.length - 2) s = s.slice(2, -2);
  const bar = s.indexOf("|");
  if (bar !== -1) s = s.slice(0, bar);
  const hash = s.indexOf("#");
  if (hash !== -1) s = s.slice(0, hash);
  s = s.trim();
  const slash = s.lastIndexOf("/");
  if (slash !== -1) s = s.slice(slash + 1);
  const n = s.length;
  if (n >= 3 && s.charCodeAt(n - 3) === 46 && (s.charCodeAt(n - 2) | 32) === 109 && (s.charCodeAt(n - 1) | 32) === 100) s = s.slice(0, -3);
  return s === "" ? null : s;
}

/** A frontmatter date (`2024-05-01`, `2024-05-01T09:30`, `2024-05-01 09:30`) as YYYY-MM-DD, or null. */
export function frontmatterDate(v: FrontmatterValue | undefined): string | null {
  if (typeof v !== "string") return null;
  const s = v.trim();
  const day = s.slice(0, 10);
  if (s.length > 10 && s[10] !== "T" && s[10] !== " ") return null;
  return isIsoDay(day) ? day : null;
}
