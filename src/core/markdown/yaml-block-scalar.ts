// YAML block scalars (`|`, `>-`, `|+2`…): the header, the indented lines below it, folding and chomping.
import { isSpaceOrTab } from "./yaml-scalar";

export interface BlockScalarHeader {
  folded: boolean;
  chomp: "clip" | "strip" | "keep";
  /** Explicit indentation indicator, or 0 to take the first content line's. */
  indent: number;
}

/** `|`, `>-`, `|+`, `>2`, `|-2`, `|2-`: the header of a YAML block scalar, or null. */
export function blockScalarHeader(v: string): BlockScalarHeader | null {
  const m = /^([|>])(?:([1-9])?([+-])?|([+-])([1-9]))$/.exec(v);
  if (!m) return null;
  const chomp = m[3] ?? m[4];
  return { folded: m[1] === ">", chomp: chomp === "-" ? "strip" : chomp === "+" ? "keep" : "clip", indent: Number(m[2] ?? m[5] ?? 0) };
}

/** Spaces and tabs only (a tab after the indentation is blank too). */
function isBlankLine(l: string, from: number): boolean {
  for (let k = from; k < l.length; k++) if (!isSpaceOrTab(l.charCodeAt(k))) return false;
  return true;
}

/** Leading U+0020 spaces: YAML indents with spaces only. */
function spacesBefore(l: string): number {
  let n = 0;
  while (n < l.length && l.charCodeAt(n) === 32) n++;
  return n;
}

/**
 * Reads the block scalar whose header ends line `from - 1`, in a collection whose column is `parent`: the lines after it
 * that are blank or more indented than `parent` (`#` lines included: inside the scalar they are text).
 * Returns its text and the index of the first line after it.
 */
export function readBlockScalar(lines: readonly string[], from: number, header: BlockScalarHeader, parent: number): { text: string; next: number } {
  let i = from;
  let indent = header.indent === 0 ? 0 : parent + header.indent;
  const content: string[] = [];
  let leading = 0; // the most spaces on an empty line before the first text line
  for (; i < lines.length; i++) {
    const l = lines[i];
    const spaces = spacesBefore(l);
    const blank = isBlankLine(l, spaces);
    if (!blank && spaces <= parent) break;
    if (indent === 0 && blank) leading = Math.max(leading, spaces);
    if (indent === 0 && !blank) {
      if (leading > spaces) throw new Error(`line ${i + 2}: an empty line above is more indented than the block scalar's first line`);
      indent = spaces;
    }
    // Past the indentation a blank line's spaces are text; a tab is text wherever it stands (as the yaml package reads it).
    if (blank) content.push(indent > 0 ? l.slice(Math.min(spaces, indent)) : "");
    else if (spaces >= indent) content.push(l.slice(indent));
    // A less indented `#` line ends the scalar and is a comment; any other less indented line is an error.
    else if (l.charCodeAt(spaces) === 35) break;
    else throw new Error(`line ${i + 2}: less indented than the block scalar above it`);
  }
  let trailing = 0;
  while (trailing < content.length && content[content.length - 1 - trailing] === "") trailing++;
  const body = content.slice(0, content.length - trailing);
  const text = header.folded ? fold(body) : body.join("\n");
  if (header.chomp === "strip" || (body.length === 0 && header.chomp === "clip")) return { text, next: i };
  return { text: text + "\n".repeat(header.chomp === "keep" ? trailing + (body.length ? 1 : 0) : 1), next: i };
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
    const more = isSpaceOrTab(l.charCodeAt(0));
    if (prev === "none") out += "\n".repeat(empties);
    else if (prev === "plain" && !more) out += empties > 0 ? "\n".repeat(empties) : " ";
    else out += "\n".repeat(empties + 1);
    out += l;
    prev = more ? "more" : "plain";
    empties = 0;
  }
  return out;
}
