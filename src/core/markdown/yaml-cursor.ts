// A position in the text of one YAML value (its first line and continuation lines joined with "\n"), and the errors it throws.
import { isSpaceOrTab } from "./yaml-scalar";

export interface Cursor {
  s: string;
  /** The next character to read. */
  i: number;
  /** 1-based line of the note on which `s` starts. */
  line: number;
  /** Collections open around the cursor. */
  depth: number;
}

/** Deeper nesting is refused rather than read on the call stack until it overflows. */
export const MAX_DEPTH = 100;

/** Throws "line N: message", N being the note's line of `at`. */
export function fail(c: Cursor, message: string, at = c.i): never {
  let line = c.line;
  for (let k = c.s.indexOf("\n"); k !== -1 && k < at; k = c.s.indexOf("\n", k + 1)) line++;
  throw new Error(`line ${line}: ${message}`);
}

/** Skips spaces, tabs, line breaks and `#` comments (a `#` first on its line or after a space). */
export function skipSpace(c: Cursor): void {
  const s = c.s;
  let i = c.i;
  while (i < s.length) {
    const ch = s.charCodeAt(i);
    if (ch === 32 || ch === 9 || ch === 10) i++;
    else if (ch === 35 && (i === 0 || isSpaceOrTab(s.charCodeAt(i - 1)) || s.charCodeAt(i - 1) === 10)) {
      const eol = s.indexOf("\n", i);
      i = eol === -1 ? s.length : eol;
    } else break;
  }
  c.i = i;
}

/** Where the text goes on after the line break at `i`: the empty lines skipped and the first character of the next text. */
export function afterBreak(s: string, i: number): { empties: number; at: number } {
  let empties = 0;
  let at = i + 1;
  for (;;) {
    while (at < s.length && isSpaceOrTab(s.charCodeAt(at))) at++;
    if (s.charCodeAt(at) !== 10) return { empties, at };
    empties++;
    at++;
  }
}

/** YAML line folding inside a scalar: one break is a space, a break and n empty lines are n line feeds. */
export function folded(empties: number): string {
  return empties === 0 ? " " : "\n".repeat(empties);
}

/** `s.slice(from, to)` without the spaces and tabs that end it. */
export function trimmedSlice(s: string, from: number, to: number): string {
  while (to > from && isSpaceOrTab(s.charCodeAt(to - 1))) to--;
  return s.slice(from, to);
}
