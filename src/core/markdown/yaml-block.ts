// YAML block maps and lists in frontmatter: `key: value` lines, nested maps and `- item` lists below an empty value.
// Read for every note of the vault, so the common paths use char codes rather than regular expressions.
import type { FrontmatterValue } from "./frontmatter";
import { isWhitespace } from "./whitespace";
import { blockScalarHeader, readBlockScalar } from "./yaml-block-scalar";
import { parseScalarOrFlow } from "./yaml-flow";
import { setKey, unquote } from "./yaml-scalar";

/** A block map; throws with the 1-based line of what it cannot read. */
export function parseBlock(lines: readonly string[]): Record<string, FrontmatterValue> {
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
      if (header === null) setKey(data, key, parseScalarOrFlow(rest, i + 1));
      else {
        const scalar = readBlockScalar(lines, i, header);
        setKey(data, key, scalar.text);
        i = scalar.next;
      }
      continue;
    }
    // Block list or nested map below an empty value; blank and `#` lines stay, as they may be text of a block scalar.
    const from = i;
    let content = false;
    for (; i < lines.length && (startsWithSpace(lines[i]) || isDashItem(lines[i]) || isBlank(lines[i])); i++) content ||= !isBlank(lines[i]);
    setKey(data, key, content ? parseNested(lines.slice(from, i), i + 1) : null);
  }
  return data;
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

/** The lines below a key with an empty value, blank and `#` lines included: a list when every other line is an item, else a map. */
function parseNested(lines: readonly string[], at: number): FrontmatterValue {
  const items = lines.filter((l) => !isBlank(l));
  if (items.every((l) => /^\s*-(\s|$)/.test(l))) {
    return items.map((l) => {
      const v = stripComment(l.replace(/^\s*-\s?/, "")).trim();
      return v === "" ? null : parseScalarOrFlow(v, at);
    });
  }
  const indent = /^\s*/.exec(items[0])?.[0].length ?? 0;
  return parseBlock(lines.map((l) => l.slice(Math.min(indent, /^\s*/.exec(l)?.[0].length ?? 0))));
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
