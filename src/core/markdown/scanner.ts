// One line scanner for every reader: which lines are frontmatter, code, comments, quotes, headings.
import { splitText } from "./lines";

/** Where a line sits: only "text" lines can hold tasks, headings or feedback. */
export type LineContext = "text" | "frontmatter" | "code" | "comment";

export interface MarkdownLine {
  /** 0-based line number. */
  index: number;
  /** The line without its ending (and without the BOM on line 0). */
  text: string;
  context: LineContext;
  /** Number of `>` blockquote/callout levels before the content. */
  quoteDepth: number;
  /** Column where the content starts, after the quote prefix. */
  contentStart: number;
  /** Set on ATX heading lines. */
  heading: { level: number; text: string } | null;
  /** Set on the first line of a callout (`> [!type] title`). */
  callout: { type: string; title: string; fold: string } | null;
}

export interface ScannedNote {
  bom: boolean;
  lines: MarkdownLine[];
  eols: string[];
  /** Line index of the closing `---` of the frontmatter, or -1 when there is none. */
  frontmatterEnd: number;
}

interface Fence {
  char: number;
  length: number;
  quoteDepth: number;
}

const QUOTE = 62; // >
const SPACE = 32;
const TAB = 9;

/** Scans a note once; never throws. */
export function scanNote(text: string): ScannedNote {
  const { bom, lines: raw, eols } = splitText(text);
  const lines: MarkdownLine[] = new Array<MarkdownLine>(raw.length);
  const frontmatterEnd = findFrontmatterEnd(raw);
  let fence: Fence | null = null;
  let inPercent = false;
  let inHtml = false;

  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    if (i <= frontmatterEnd) {
      lines[i] = plain(i, t, "frontmatter", 0, 0);
      continue;
    }
    const { depth, start } = quotePrefix(t);
    if (fence) {
      if (depth < fence.quoteDepth) fence = null; // the quote holding the fence ended
      else {
        if (closesFence(t, start, fence)) fence = null;
        lines[i] = plain(i, t, "code", depth, start);
        continue;
      }
    }
    if (inHtml) {
      if (t.includes("-->")) inHtml = false;
      lines[i] = plain(i, t, "comment", depth, start);
      continue;
    }
    const lead = skipSpaces(t, start);
    if (inPercent) {
      if (countPercent(t) % 2 === 1) inPercent = false;
      lines[i] = plain(i, t, "comment", depth, start);
      continue;
    }
    const opened = opensFence(t, lead, depth);
    if (opened) {
      fence = opened;
      lines[i] = plain(i, t, "code", depth, start);
      continue;
    }
    if (t.startsWith("<!--", lead)) {
      if (!t.includes("-->", lead + 4)) inHtml = true;
      lines[i] = plain(i, t, "comment", depth, start);
      continue;
    }
    const percents = countPercent(t);
    if (t.startsWith("%%", lead)) {
      if (percents % 2 === 1) inPercent = true;
      lines[i] = plain(i, t, "comment", depth, start);
      continue;
    }
    // An inline comment opened mid-line and left open hides the lines after it.
    if (percents % 2 === 1) inPercent = true;
    const line = plain(i, t, "text", depth, start);
    line.heading = readHeading(t, start);
    if (depth > 0) line.callout = readCallout(t, start);
    lines[i] = line;
  }
  return { bom, lines, eols, frontmatterEnd };
}

function plain(index: number, text: string, context: LineContext, quoteDepth: number, contentStart: number): MarkdownLine {
  return { index, text, context, quoteDepth, contentStart, heading: null, callout: null };
}

function findFrontmatterEnd(lines: string[]): number {
  if (lines.length < 2 || lines[0].trimEnd() !== "---") return -1;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trimEnd() === "---") return i;
  }
  return -1;
}

/** Reads `>`, `> >`, `>>` prefixes (each may be preceded by up to 3 spaces and followed by one space). */
export function quotePrefix(t: string): { depth: number; start: number } {
  let depth = 0;
  let i = 0;
  for (;;) {
    let j = i;
    while (j < t.length && j - i < 3 && t.charCodeAt(j) === SPACE) j++;
    if (t.charCodeAt(j) !== QUOTE) break;
    depth++;
    i = j + 1;
    const c = t.charCodeAt(i);
    if (c === SPACE || c === TAB) i++;
  }
  return { depth, start: i };
}

function skipSpaces(t: string, from: number): number {
  let i = from;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c !== SPACE && c !== TAB) break;
    i++;
  }
  return i;
}

function runLength(t: string, from: number, ch: number): number {
  let i = from;
  while (t.charCodeAt(i) === ch) i++;
  return i - from;
}

function opensFence(t: string, lead: number, depth: number): Fence | null {
  const ch = t.charCodeAt(lead);
  if (ch !== 96 && ch !== 126) return null; // ` or ~
  const length = runLength(t, lead, ch);
  if (length < 3) return null;
  if (ch === 96 && t.indexOf("`", lead + length) !== -1) return null; // backtick fences take no backtick in the info string
  return { char: ch, length, quoteDepth: depth };
}

function closesFence(t: string, start: number, fence: Fence): boolean {
  const lead = skipSpaces(t, start);
  const length = runLength(t, lead, fence.char);
  return length >= fence.length && t.slice(lead + length).trim() === "";
}

function countPercent(t: string): number {
  let n = 0;
  let i = t.indexOf("%%");
  while (i !== -1) {
    n++;
    i = t.indexOf("%%", i + 2);
  }
  return n;
}

function readHeading(t: string, start: number): MarkdownLine["heading"] {
  let i = start;
  while (i < t.length && i - start < 3 && t.charCodeAt(i) === SPACE) i++;
  const level = runLength(t, i, 35); // #
  if (level < 1 || level > 6) return null;
  const after = t.charCodeAt(i + level);
  if (i + level < t.length && after !== SPACE && after !== TAB) return null;
  const text = t
    .slice(i + level)
    .replace(/\s#+\s*$/, "")
    .trim();
  return { level, text };
}

const CALLOUT = /^\s*\[!([^\]\s]+)\]([+-]?)\s*(.*)$/;

function readCallout(t: string, start: number): MarkdownLine["callout"] {
  const m = CALLOUT.exec(t.slice(start));
  if (!m) return null;
  return { type: m[1].toLowerCase(), fold: m[2], title: m[3].trim() };
}
