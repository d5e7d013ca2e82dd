// YAML scalars as frontmatter holds them (quoted, booleans, null, plain decimals, text) and the keys of the maps they go in.

import type { FrontmatterValue } from "./frontmatter";

/** A plain or quoted scalar; `at` is the 1-based line for errors. */
export function scalar(v: string, at: number): FrontmatterValue {
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

/** A key without its surrounding quotes. */
export function unquote(k: string): string {
  if ((k.startsWith('"') && k.endsWith('"')) || (k.startsWith("'") && k.endsWith("'"))) return k.slice(1, -1);
  return k;
}

/** Sets an own key; assigning `__proto__` would instead replace the map's prototype and lend it keys it does not have. */
export function setKey(map: Record<string, FrontmatterValue>, key: string, value: FrontmatterValue): void {
  if (key === "__proto__") Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  else map[key] = value;
}
