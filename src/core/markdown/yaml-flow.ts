// YAML flow collections in frontmatter values: `[a, "b, c"]`, `{a: 1, "b": [x], c}`, and unquoted wikilinks.
import type { FrontmatterValue } from "./frontmatter";
import { isWhitespace } from "./whitespace";
import { scalar, setKey, unquote } from "./yaml-scalar";

/** A scalar, a flow list or a flow map; `at` is the 1-based line for errors. */
export function parseScalarOrFlow(v: string, at: number): FrontmatterValue {
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
export function flowMap(v: string, at: number): Record<string, FrontmatterValue> {
  if (!v.endsWith("}")) throw new Error(`line ${at}: unclosed {`);
  const map: Record<string, FrontmatterValue> = {};
  for (const entry of splitFlow(v.slice(1, -1).trim())) {
    const e = entry.trim();
    if (e === "") continue;
    const colon = nextTopLevel(e, 0, COLON);
    const value = colon === -1 ? "" : e.slice(colon + 1).trim();
    setKey(map, unquote((colon === -1 ? e : e.slice(0, colon)).trim()), value === "" ? null : parseScalarOrFlow(value, at));
  }
  return map;
}

/** The entries of a flow collection's inside, split at its own commas. */
export function splitFlow(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let comma = nextTopLevel(s, 0, COMMA); comma !== -1; comma = nextTopLevel(s, start, COMMA)) {
    out.push(s.slice(start, comma));
    start = comma + 1;
  }
  out.push(s.slice(start));
  return out;
}

const COMMA = 44;
const COLON = 58;

/**
 * The first `,` (COMMA) or key-ending `:` (COLON: then a space or the end, or right after a quoted key) at or after `from`,
 * outside quotes and brackets; -1 when none. A stray closing bracket is ignored.
 */
function nextTopLevel(s: string, from: number, stop: typeof COMMA | typeof COLON): number {
  let quote = 0;
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
    else if (c === stop && depth === 0) {
      if (stop === COMMA) return i;
      const prev = s.charCodeAt(i - 1);
      if (i + 1 === s.length || isWhitespace(s.charCodeAt(i + 1)) || prev === 34 || prev === 39) return i;
    }
  }
  return -1;
}
