// One line scanner for every reader: which lines are frontmatter, code, comments, quotes, headings.
import { BacktickRuns } from "./code-spans";
import { Finder } from "./finder";
import { splitText } from "./lines";
import { isWhitespace } from "./whitespace";
import { readCallout, readHeading } from "./headings";

export { calloutTypeAt, headingTextAt, readHeading } from "./headings";

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

const QUOTE = 62; // >
const SPACE = 32;
const TAB = 9;
const BACKTICK = 96;
const TILDE = 126;

/** Scans a note once; never throws. */
export function scanNote(text: string): ScannedNote {
  const { bom, lines: raw, eols } = splitText(text);
  const lines: MarkdownLine[] = new Array<MarkdownLine>(raw.length);
  const scanner = new LineScanner(text);
  let offset = bom ? 1 : 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const context = scanner.next(offset, offset + t.length);
    const start = scanner.contentStart - offset;
    const line: MarkdownLine = { index: i, text: t, context, quoteDepth: scanner.quoteDepth, contentStart: start, heading: null, callout: null };
    if (context === "text") {
      line.heading = readHeading(t, start);
      if (scanner.quoteDepth > 0) line.callout = readCallout(t, start);
    }
    lines[i] = line;
    offset += t.length + eols[i].length;
  }
  return { bom, lines, eols, frontmatterEnd: scanner.frontmatterEnd };
}

/**
 * Classifies the lines of one text in order, without allocating per line: readers that only
 * need a few lines (the action parser) slice just those. `scanNote` is built on it.
 */
export class LineScanner {
  /** Line index of the closing `---` of the frontmatter, or -1. */
  readonly frontmatterEnd: number;
  /** Of the last line given to next(): `>` levels before the content. */
  quoteDepth = 0;
  /** Of the last line given to next(): offset in the text where the content starts, after the quote prefix. */
  contentStart = 0;
  private lineIndex = -1;
  private fenceChar = 0;
  private fenceLength = 0;
  private fenceDepth = 0;
  private inPercent = false;
  private inHtml = false;
  private readonly percent: Finder;
  private readonly htmlEnd: Finder;
  private readonly tick: Finder;
  private readonly runs = new BacktickRuns();

  constructor(private readonly text: string) {
    this.frontmatterEnd = findFrontmatterEnd(text);
    this.percent = new Finder(text, "%%");
    this.htmlEnd = new Finder(text, "-->");
    this.tick = new Finder(text, "`");
  }

  /** Classifies the next line, text[start, end) without its ending; lines must come in order. */
  next(start: number, end: number): LineContext {
    const t = this.text;
    this.lineIndex++;
    if (this.lineIndex <= this.frontmatterEnd) {
      this.quoteDepth = 0;
      this.contentStart = start;
      return "frontmatter";
    }
    if (this.fenceChar === 0 && !this.inHtml && !this.inPercent) {
      // Fast path: an empty line, or one starting with a letter, cannot open or hold anything; only a %% in it matters.
      const c0 = start < end ? t.charCodeAt(start) : 65;
      if (c0 >= 65 && c0 !== 96 && c0 !== 126 && this.percent.at(start) + 2 > end) {
        this.quoteDepth = 0;
        this.contentStart = start;
        return "text";
      }
    }
    const cs = this.readQuotePrefix(start, end);
    const depth = this.quoteDepth;
    if (this.fenceChar !== 0) {
      if (depth < this.fenceDepth) this.fenceChar = 0; // the quote holding the fence ended
      else {
        if (this.closesFence(cs, end)) this.fenceChar = 0;
        return "code";
      }
    }
    if (this.inHtml) {
      if (this.htmlEnd.at(start) + 3 <= end) this.inHtml = false;
      return "comment";
    }
    const lead = skipSpaces(t, cs, end);
    if (this.inPercent) {
      this.inPercent = this.percentOpenAfter(start, end, true);
      return "comment";
    }
    if (this.opensFence(lead, end, depth)) return "code";
    const c = lead < end ? t.charCodeAt(lead) : -1;
    if (c === 60 && t.startsWith("<!--", lead) && lead + 4 <= end) {
      // <
      if (this.htmlEnd.at(lead + 4) + 3 > end) this.inHtml = true;
      return "comment";
    }
    // An inline comment opened mid-line and left open hides the lines after it.
    this.inPercent = this.percentOpenAfter(start, end, false);
    return c === 37 && lead + 1 < end && t.charCodeAt(lead + 1) === 37 ? "comment" : "text"; // %%
  }

  /** Reads `>`, `> >`, `>>` prefixes (each may be preceded by up to 3 spaces and followed by one space). */
  private readQuotePrefix(start: number, end: number): number {
    const t = this.text;
    let depth = 0;
    let i = start;
    for (;;) {
      let j = i;
      while (j < end && j - i < 3 && t.charCodeAt(j) === SPACE) j++;
      if (j >= end || t.charCodeAt(j) !== QUOTE) break;
      depth++;
      i = j + 1;
      const c = i < end ? t.charCodeAt(i) : -1;
      if (c === SPACE || c === TAB) i++;
    }
    this.quoteDepth = depth;
    this.contentStart = i;
    return i;
  }

  private opensFence(lead: number, end: number, depth: number): boolean {
    const t = this.text;
    const ch = lead < end ? t.charCodeAt(lead) : -1;
    if (ch !== BACKTICK && ch !== TILDE) return false;
    const length = runLength(t, lead, end, ch);
    if (length < 3) return false;
    if (ch === BACKTICK) {
      // Backtick fences take no backtick in the info string.
      for (let i = lead + length; i < end; i++) if (t.charCodeAt(i) === BACKTICK) return false;
    }
    this.fenceChar = ch;
    this.fenceLength = length;
    this.fenceDepth = depth;
    return true;
  }

  private closesFence(cs: number, end: number): boolean {
    const t = this.text;
    const lead = skipSpaces(t, cs, end);
    const length = runLength(t, lead, end, this.fenceChar);
    if (length < this.fenceLength) return false;
    for (let i = lead + length; i < end; i++) if (!isBlank(t.charCodeAt(i))) return false;
    return true;
  }

  /**
   * Whether a `%%` comment is open at the end of text[start, end), given whether one was open at its start.
   * Outside a comment a code span hides `%%` (as Obsidian renders `` `%%` ``); inside one only `%%` counts.
   * Every step moves past a `%%`, a backtick string or a code span: linear in the line length.
   */
  private percentOpenAfter(start: number, end: number, open: boolean): boolean {
    let inside = open;
    let i = start;
    let runsReady = false;
    for (;;) {
      const p = this.percent.at(i);
      if (p + 2 > end) return inside;
      if (!inside) {
        const b = this.tick.at(i);
        if (b < p) {
          if (!runsReady) {
            this.runs.reset(this.text, b, end);
            runsReady = true;
          }
          const n = this.runs.runLength(b);
          const close = this.runs.closerEnd(b, n);
          i = close === -1 ? b + n : close;
          continue;
        }
      }
      inside = !inside;
      i = p + 2;
    }
  }
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

function findFrontmatterEnd(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith("---", start)) return -1;
  let line = 0;
  let pos = start;
  for (;;) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    for (let i = pos; i < end; i++) {
      if (text.charCodeAt(i) === 13) {
        end = i; // a CR ends the line first
        break;
      }
    }
    if (isFrontmatterFence(text, pos, end)) {
      if (line > 0) return line;
    } else if (line === 0) return -1;
    if (end === text.length) return -1;
    pos = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    line++;
  }
}

/** `---` followed only by whitespace (what `trimEnd() === "---"` means) in t[start, end). */
export function isFrontmatterFence(t: string, start: number, end: number): boolean {
  if (end - start < 3 || !t.startsWith("---", start)) return false;
  for (let i = start + 3; i < end; i++) if (!isWhitespace(t.charCodeAt(i))) return false;
  return true;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || isWhitespace(c);
}

function skipSpaces(t: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const c = t.charCodeAt(i);
    if (c !== SPACE && c !== TAB) break;
    i++;
  }
  return i;
}

function runLength(t: string, from: number, end: number, ch: number): number {
  let i = from;
  while (i < end && t.charCodeAt(i) === ch) i++;
  return i - from;
}
