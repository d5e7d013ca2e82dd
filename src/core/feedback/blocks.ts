// Finding feedback blocks in a note: `## Feedback…` sections and `> [!feedback]` callouts, with their parts.
import { scanNote, type MarkdownLine, type ScannedNote } from "../markdown/scan-note";
import { dominantEol } from "../markdown/lines";
import { sectionEnd } from "../markdown/headings";
import { headingPart, isFeedbackTitle, isReceivedTitle, readLabel } from "./parts";
import { directivesOn, noteSettings, suppressions, type Directive, type NoteSettings, type Suppression } from "./suppress";
import { splitUnits, isEmptyPart } from "./units";
import { lineStartsOf } from "./positions";
import type { FeedbackBlock, FeedbackPart, PartName, Segment } from "./types";

export interface NoteBlocks {
  blocks: FeedbackBlock[];
  /** Rule ids disabled by comments outside every block and never re-enabled (they apply to the whole note). */
  noteDisabled: Set<string>;
  /** Line ranges where a rule is off: disable-next-line, and disable … enable pairs. */
  suppressed: Suppression[];
  settings: NoteSettings;
  scan: ScannedNote;
  /** Offset where each line starts. */
  lineStarts: number[];
  /** Line ending to use for inserted lines. */
  eol: string;
}

const HAS_DIRECTIVE = /feedback-lint-/i;
/** The word every block opens with (a heading's "Feedback…" once `*_\`` are dropped, a `[!feedback]` callout), in any case; `u` folds the Kelvin sign to k as toLowerCase does. */
const FEEDBACK_WORD = /f[*_`]*e[*_`]*e[*_`]*d[*_`]*b[*_`]*a[*_`]*c[*_`]*k/iu;

/** False only when the note cannot hold a feedback block: one search spares the line scan of the many notes that never say "feedback". */
export function mayHoldBlocks(text: string): boolean {
  return FEEDBACK_WORD.test(text);
}

/** Finds every feedback block of a note; never throws. */
export function findBlocks(text: string): NoteBlocks {
  const scan = scanNote(text);
  const { lines } = scan;
  const lineStarts = lineStartsOf(scan);
  const settings = noteSettings(lines.map((l) => l.text));
  const blocks: FeedbackBlock[] = [];
  const skipped: [number, number][] = [];
  const directives: Directive[] = [];
  // One search of the note spares a regular expression per line in the many notes that hold no suppression comment.
  if (HAS_DIRECTIVE.test(text)) for (let i = scan.frontmatterEnd + 1; i < lines.length; i++) directives.push(...directivesOn(lines[i].text, i));
  for (let i = scan.frontmatterEnd + 1; i < lines.length; ) {
    const line = lines[i];
    const end = blockEnd(lines, i);
    if (end < 0) {
      i++;
      continue;
    }
    const title = line.heading?.text ?? (line.callout?.title || "Feedback");
    const block = isReceivedTitle(title) ? null : buildBlock(text, lines, lineStarts, i, end, title);
    // Outside 1:1 notes a "## Feedback" section of prose only (no sub-heading, no part label) is ordinary text: a README's "open an issue".
    if (block && (block.form === "callout" || settings.oneOnOne || block.parts.length || block.unknownHeadings.length)) blocks.push(block);
    else skipped.push([i, end]);
    i = end;
  }
  const { ranges, open } = suppressions(directives);
  const noteDisabled = new Set<string>();
  for (const [id, line] of open) {
    const block = blocks.find((b) => line >= b.line && line < b.endLine);
    // A disable inside received feedback stays there.
    if (block) block.disabled.add(id);
    else if (!skipped.some(([a, b]) => line >= a && line < b)) noteDisabled.add(id);
  }
  const eol = dominantEol({ ...scan, lines: [] });
  return { blocks, noteDisabled, suppressed: ranges, settings, scan, lineStarts, eol };
}

/** The end line (exclusive) of a block opening at line i, or -1 when none opens there (only text lines have headings and callouts). */
function blockEnd(lines: readonly MarkdownLine[], i: number): number {
  const { heading, callout, quoteDepth } = lines[i];
  if (callout?.type === "feedback") {
    let j = i + 1;
    while (j < lines.length && lines[j].quoteDepth >= quoteDepth) j++;
    return j;
  }
  return heading && !quoteDepth && isFeedbackTitle(heading.text) ? sectionEnd(lines, i) : -1;
}

function buildBlock(text: string, lines: MarkdownLine[], starts: number[], first: number, end: number, title: string): FeedbackBlock {
  const open = lines[first];
  const block: FeedbackBlock = {
    title,
    form: open.callout ? "callout" : "heading",
    line: first,
    endLine: end,
    titleFrom: starts[first] + open.contentStart,
    titleTo: starts[first] + open.text.length,
    headingLevel: open.heading?.level ?? 0,
    // Heading blocks are unquoted, so their prefix is "".
    quotePrefix: open.text.slice(0, open.contentStart),
    parts: [],
    looseText: false,
    unknownHeadings: [],
    disabled: new Set(),
  };
  let part = null as FeedbackPart | null;
  let inUnknown = false;
  const loose: Segment[] = [];
  /** Ends the current part at line j; `next` becomes current (null: an unknown heading's text, or the block's end). */
  const openPart = (j: number, next: FeedbackPart | null) => {
    if (part) part.endLine = j;
    if (next) block.parts.push(next);
    part = next;
    inUnknown = !next;
  };
  for (let j = first + 1; j < end; j++) {
    const { text: t, heading: h, contentStart } = lines[j];
    if (lines[j].context !== "text") continue;
    const from = starts[j] + contentStart;
    const to = starts[j] + t.length;
    if (h) {
      const name = headingPart(h.text);
      // A deeper heading that names no part stays inside the heading part above it.
      if (!name && part?.form === "heading" && h.level > part.headingLevel) continue;
      openPart(j, name && newPart(name, "heading", j, from, to, h.level, ""));
      if (!name) block.unknownHeadings.push({ text: h.text, line: j, from, to });
      continue;
    }
    if (inUnknown) {
      // An unknown section's words count as written, so a block holding only unknown sections is not taken for an unfilled template.
      loose.push({ line: j, from, to });
      continue;
    }
    const label = part?.form !== "heading" ? readLabel(t, contentStart) : null;
    if (label) {
      const p = newPart(label.part, "label", j, starts[j] + label.start, starts[j] + label.end, 0, label.template);
      openPart(j, p);
      p.segments.push({ line: j, from: p.labelTo, to });
    } else (part?.segments ?? loose).push({ line: j, from, to });
  }
  openPart(end, null);
  block.looseText = !isEmptyPart(splitUnits(text, loose, starts));
  for (const p of block.parts) {
    p.units = splitUnits(text, p.segments, starts);
    p.empty = isEmptyPart(p.units);
  }
  return block;
}

function newPart(name: PartName, form: "heading" | "label", line: number, from: number, to: number, level: number, template: string): FeedbackPart {
  return { name, form, line, labelFrom: from, labelTo: to, headingLevel: level, labelTemplate: template, endLine: line + 1, segments: [], units: [], empty: true };
}
