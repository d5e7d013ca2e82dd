// Frontmatter as Obsidian reads it (the CLI has no metadata cache): the YAML of notes (block and flow collections, quoted,
// plain and block scalars, YAML 1.2 core types), unquoted wikilinks as text, or JSON; what it cannot read is refused with why.
// Maps hold own keys only (`__proto__` included), as JSON.parse and the yaml package make them.
import { isFrontmatterFence } from "./scanner";
import { isIsoDay } from "./iso-day";
import { parseBlock } from "./yaml-block";
import { parseFlowDocument } from "./yaml-flow";

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
    return { data: isJsonBody(lines) ? parseBraces(lines) : parseBlock(lines), error: null, end };
  } catch (e) {
    return { data: {}, error: e instanceof Error ? e.message : String(e), end };
  }
}

/** Obsidian also reads frontmatter written as one JSON object (Properties, "JSON properties"). */
function isJsonBody(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim() !== "");
  return first !== undefined && first.trimStart().startsWith("{");
}

/** Frontmatter in braces: JSON, or (JSON being YAML) one YAML flow map, whose entries may span lines. */
function parseBraces(lines: readonly string[]): Record<string, FrontmatterValue> {
  return parseFlowDocument(lines.join("\n"), 2);
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
