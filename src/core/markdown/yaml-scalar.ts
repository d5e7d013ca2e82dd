// YAML plain scalars as the YAML 1.2 core schema reads them (what the `yaml` package and Obsidian give), and the keys of maps.
import type { FrontmatterValue } from "./frontmatter";

/** A plain (unquoted) scalar, already cut of comments and surrounding space: null, a boolean, a number, or text. */
export function resolvePlain(v: string): string | number | boolean | null {
  if (v.length === 0) return null;
  const c = v.charCodeAt(0);
  // Only these first characters can start a non-text value: most values (names, links, dates' tails) skip every test.
  if (isDigit(c) || c === 43 || c === 45 || c === 46) return numberValue(v); // + - .
  if (c === 116 || c === 84 || c === 102 || c === 70) return v === "true" || v === "True" || v === "TRUE" ? true : v === "false" || v === "False" || v === "FALSE" ? false : v;
  if (c === 110 || c === 78 || c === 126) return v === "~" || v === "null" || v === "Null" || v === "NULL" ? null : v;
  return v;
}

/** `[-+]?[0-9]+`, `0o17`, `0x1F`, `[-+]?(.5|1.|1.5)([eE][-+]?[0-9]+)?`, `.inf`, `.nan` as numbers; anything else as text. */
function numberValue(v: string): string | number {
  const n = v.length;
  if (n > 2 && v.charCodeAt(0) === 48) {
    const radix = v.charCodeAt(1) === 111 ? 8 : v.charCodeAt(1) === 120 ? 16 : 0; // 0o, 0x
    if (radix !== 0) return allDigits(v, 2, radix) ? parseInt(v.slice(2), radix) : v;
  }
  let i = v.charCodeAt(0) === 43 || v.charCodeAt(0) === 45 ? 1 : 0;
  if (i < n && v.charCodeAt(i) === 46 && n - i === 4) {
    const word = v.slice(i + 1);
    if (word === "inf" || word === "Inf" || word === "INF") return v.charCodeAt(0) === 45 ? -Infinity : Infinity;
    if (i === 0 && (word === "nan" || word === "NaN" || word === "NAN")) return NaN;
  }
  const intFrom = i;
  while (i < n && isDigit(v.charCodeAt(i))) i++;
  const intDigits = i - intFrom;
  if (i === n) return intDigits > 0 ? parseInt(v, 10) : v;
  let fracDigits = 0;
  const dot = v.charCodeAt(i) === 46;
  if (dot) {
    const fracFrom = ++i;
    while (i < n && isDigit(v.charCodeAt(i))) i++;
    fracDigits = i - fracFrom;
  }
  if (intDigits + fracDigits === 0) return v;
  if (i === n) return dot ? parseFloat(v) : v;
  if ((v.charCodeAt(i) | 32) !== 101) return v; // e or E
  i++;
  if (i < n && (v.charCodeAt(i) === 43 || v.charCodeAt(i) === 45)) i++;
  return i < n && allDigits(v, i, 10) ? parseFloat(v) : v;
}

function allDigits(v: string, from: number, radix: number): boolean {
  for (let i = from; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const d = isDigit(c) ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : 99;
    if (d >= radix) return false;
  }
  return v.length > from;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A scalar as a map key, as the yaml package makes it: a null key is "", a number its decimal text. */
export function keyText(k: string | number | boolean | null): string {
  return k === null ? "" : String(k);
}

/**
 * Sets an own key; false when the map has it already (YAML, and so Obsidian, refuses a mapping that repeats a key).
 * Assigning `__proto__` would instead replace the map's prototype and lend it keys it does not have.
 */
export function setKey(map: Record<string, FrontmatterValue>, key: string, value: FrontmatterValue): boolean {
  if (Object.prototype.hasOwnProperty.call(map, key)) return false;
  if (key === "__proto__") Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  else map[key] = value;
  return true;
}

/** The problem to report for a repeated key. */
export function duplicateKey(key: string): string {
  return `duplicate key ${JSON.stringify(key)} (YAML, and so Obsidian, reads no frontmatter that repeats a key)`;
}

/** YAML's whitespace inside a line: a space or a tab (a non-breaking space is text). */
export function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}
