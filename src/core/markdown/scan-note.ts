// A whole note's lines at once, each with its context, quote depth, heading and callout, for readers that look around.
import { readCallout, readHeading } from "./headings";
import { splitText } from "./lines";
import { LineScanner, type LineContext } from "./scanner";

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
