// Finding feedback blocks in a note: `## Feedback…` sections and `> [!feedback]` callouts, with their parts.
import { scanNote, type MarkdownLine, type ScannedNote } from "../markdown/scanner";
import { headingPart, isFeedbackTitle, isReceivedTitle, readLabel } from "./parts";
import { disabledOn, noteSettings, type NoteSettings } from "./suppress";
import { splitUnits, isEmptyPart } from "./units";
import { lineStartsOf } from "./positions";
import type { FeedbackBlock, FeedbackPart, PartName, Segment } from "./types";

export interface NoteBlocks {
  blocks: FeedbackBlock[];
  /** Rule ids disabled by comments outside every block (they apply to the whole note). */
  noteDisabled: Set<string>;
  settings: NoteSettings;
  scan: ScannedNote;
  /** Offset where each line starts. */
  lineStarts: number[];
}

/** Finds every feedback block of a note; never throws. */
export function findBlocks(text: string): NoteBlocks {
  const scan = scanNote(text);
  const lines = scan.lines;
  const lineStarts = lineStartsOf(scan);
  const settings = noteSettings(lines.map((l) => l.text));
  const blocks: FeedbackBlock[] = [];
  const noteDisabled = new Set<string>();
  let i = scan.frontmatterEnd + 1;
  while (i < lines.length) {
    const line = lines[i];
    const end = line.context === "text" ? blockEnd(lines, i) : -1;
    if (end === -1) {
      for (const id of disabledOn(line.text)) noteDisabled.add(id);
      i++;
      continue;
    }
    const title = blockTitle(line);
    if (!isReceivedTitle(title)) blocks.push(buildBlock(text, lines, lineStarts, i, end, title));
    i = end;
  }
  return { blocks, noteDisabled, settings, scan, lineStarts };
}

/** The end line (exclusive) of a block opening at line i, or -1 when no block opens there. */
function blockEnd(lines: MarkdownLine[], i: number): number {
  const line = lines[i];
  if (line.heading && line.quoteDepth === 0 && isFeedbackTitle(line.heading.text)) {
    const level = line.heading.level;
    let j = i + 1;
    while (j < lines.length) {
      const h = lines[j].heading;
      if (h && lines[j].context === "text" && lines[j].quoteDepth === 0 && h.level <= level) break;
      j++;
    }
    return j;
  }
  if (line.callout && line.callout.type === "feedback") {
    let j = i + 1;
    while (j < lines.length && lines[j].quoteDepth >= line.quoteDepth && lines[j].context !== "frontmatter") j++;
    return j;
  }
  return -1;
}

function blockTitle(line: MarkdownLine): string {
  if (line.heading && !line.callout) return line.heading.text;
  return line.callout?.title || "Feedback";
}

function buildBlock(text: string, lines: MarkdownLine[], starts: number[], first: number, end: number, title: string): FeedbackBlock {
  const open = lines[first];
  const isHeading = open.heading !== null && open.callout === null;
  const block: FeedbackBlock = {
    title,
    form: isHeading ? "heading" : "callout",
    line: first,
    endLine: end,
    titleFrom: starts[first] + open.contentStart,
    titleTo: starts[first] + open.text.length,
    headingLevel: isHeading && open.heading ? open.heading.level : 0,
    quotePrefix: isHeading ? "" : open.text.slice(0, open.contentStart),
    parts: [],
    looseText: false,
    unknownHeadings: [],
    disabled: new Set(disabledOn(open.text)),
  };
  let part: FeedbackPart | null = null;
  let inUnknown = false;
  const loose: Segment[] = [];
  const close = (at: number) => {
    if (part) {
      part.endLine = at;
      block.parts.push(part);
    }
    part = null;
  };
  for (let j = first + 1; j < end; j++) {
    const line = lines[j];
    for (const id of disabledOn(line.text)) block.disabled.add(id);
    if (line.context !== "text") continue;
    const lineFrom = starts[j];
    const h = line.heading;
    if (h) {
      const name = headingPart(h.text);
      if (name) {
        close(j);
        inUnknown = false;
        part = newPart(name, "heading", j, lineFrom + line.contentStart, lineFrom + line.text.length, h.level, "");
        continue;
      }
      const current = part;
      if (current && current.form === "heading" && h.level > current.headingLevel) continue;
      close(j);
      inUnknown = true;
      block.unknownHeadings.push({ text: h.text, line: j, from: lineFrom + line.contentStart, to: lineFrom + line.text.length });
      continue;
    }
    if (inUnknown) continue;
    const current = part;
    if (!current || current.form === "label") {
      const label = readLabel(line.text, line.contentStart);
      if (label) {
        close(j);
        const p = newPart(label.part, "label", j, lineFrom + label.start, lineFrom + label.end, 0, label.template);
        p.segments.push({ line: j, from: lineFrom + label.end, to: lineFrom + line.text.length });
        part = p;
        continue;
      }
    }
    (current ? current.segments : loose).push({ line: j, from: lineFrom + line.contentStart, to: lineFrom + line.text.length });
  }
  close(end);
  block.looseText = !isEmptyPart(splitUnits(text, loose, starts));
  for (const p of block.parts) {
    p.units = splitUnits(text, p.segments, starts);
    p.empty = isEmptyPart(p.units);
  }
  return block;
}

function newPart(name: PartName, form: "heading" | "label", line: number, from: number, to: number, level: number, template: string): FeedbackPart {
  return { name, form, line, labelFrom: from, labelTo: to, headingLevel: level, labelTemplate: template, startLine: line, endLine: line + 1, segments: [], units: [], empty: true };
}
