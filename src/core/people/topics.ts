// Topics queued for the next 1:1 under `## Next 1:1` in a person note: read, append, move out; every other byte kept.
import { dominantEol, joinText, type SplitText } from "../markdown/lines";
import { sectionEnd } from "../markdown/headings";
import { scanNote, type ScannedNote } from "../markdown/scan-note";
import { appendBlock } from "../markdown/append-block";

export const TOPICS_HEADING = "Next 1:1";

export interface Topic {
  /** The topic's lines as written (a list item with its continuation lines), without line endings. */
  lines: string[];
  /** The first line without list marker or checkbox, for pickers and notices. */
  text: string;
}

interface Section {
  /** Line of the heading. */
  heading: number;
  /** First line after the heading. */
  start: number;
  /** Line after the section's last line. */
  end: number;
}

/** The `## Next 1:1` section (any heading level, case-insensitive); it ends at the next heading of the same or a higher level. */
function findSection(note: ScannedNote): Section | null {
  const lines = note.lines;
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i].heading;
    if (!h || lines[i].context !== "text" || lines[i].quoteDepth > 0 || h.text.toLowerCase() !== TOPICS_HEADING.toLowerCase()) continue;
    return { heading: i, start: i + 1, end: sectionEnd(lines, i) };
  }
  return null;
}

const LIST_START = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;

/** Groups a section's lines into topics: a list item with its indented or lazy continuation lines, or a paragraph line. */
function topicBlocks(note: ScannedNote, section: Section): { from: number; to: number }[] {
  const blocks: { from: number; to: number }[] = [];
  let current: { from: number; to: number } | null = null;
  for (let i = section.start; i < section.end; i++) {
    const line = note.lines[i];
    const blank = line.text.trim() === "";
    if (blank || line.context === "comment") {
      current = null;
      continue;
    }
    if (line.context === "code" && current === null) continue; // a code block belongs to the topic above it, never starts one
    const startsTopic = line.context === "text" && (LIST_START.test(line.text) || (current === null && !/^\s/.test(line.text)));
    if (startsTopic || current === null) {
      current = { from: i, to: i + 1 };
      blocks.push(current);
    } else current.to = i + 1;
  }
  return blocks;
}

function topicText(first: string): string {
  return first.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s*(?:\[.\]\s+)?/, "").trim();
}

/** The topics queued in a person note, in order; empty when there is no `## Next 1:1` section. */
export function readTopics(text: string): Topic[] {
  const note = scanNote(text);
  const section = findSection(note);
  if (!section) return [];
  return topicBlocks(note, section).map((b) => {
    const lines = note.lines.slice(b.from, b.to).map((l) => l.text);
    return { lines, text: topicText(lines[0]) };
  });
}

/** Removes lines [from, to) keeping the final-newline state of the text. */
function removeLines(split: SplitText, from: number, to: number): void {
  const wasLast = to === split.lines.length;
  split.lines.splice(from, to - from);
  split.eols.splice(from, to - from);
  if (wasLast && split.lines.length > 0) split.eols[split.eols.length - 1] = "";
}

/** Inserts lines before `at`, with the file's line ending; keeps a missing final newline missing. */
function insertLines(split: SplitText, at: number, lines: string[]): void {
  const eol = dominantEol(split);
  if (at === split.lines.length) {
    const last = split.lines.length - 1;
    const lastEol = split.eols[last];
    split.eols[last] = eol;
    split.lines.push(...lines);
    split.eols.push(...lines.map((_, i) => (i === lines.length - 1 ? lastEol : eol)));
    return;
  }
  split.lines.splice(at, 0, ...lines);
  split.eols.splice(at, 0, ...lines.map(() => eol));
}

/**
 * Removes the given topics from the `## Next 1:1` section; null when one of them is no longer there
 * exactly as read (the note changed), so the caller refuses instead of guessing.
 */
export function removeTopics(text: string, topics: readonly Topic[]): string | null {
  if (topics.length === 0) return text;
  const note = scanNote(text);
  const section = findSection(note);
  if (!section) return null;
  const split: SplitText = { bom: note.bom, lines: note.lines.map((l) => l.text), eols: [...note.eols] };
  const blocks = topicBlocks(note, section);
  const remove: { from: number; to: number }[] = [];
  let next = 0;
  for (const topic of topics) {
    let found = -1;
    for (let b = next; b < blocks.length; b++) {
      const blk = blocks[b];
      if (blk.to - blk.from === topic.lines.length && topic.lines.every((l, k) => split.lines[blk.from + k] === l)) {
        found = b;
        break;
      }
    }
    if (found === -1) return null;
    remove.push(blocks[found]);
    next = found + 1;
  }
  for (const r of remove.reverse()) removeLines(split, r.from, r.to);
  return joinText(split);
}

/** The list line for a new topic: one line, a list item unless it already is one. */
export function topicLine(topic: string): string {
  const one = topic.replace(/\s*[\r\n]+\s*/g, " ").trim();
  return LIST_START.test(one) ? one : `- ${one}`;
}

/** Appends a topic at the end of `## Next 1:1` (before its trailing blank lines), creating the section at the end of the note if missing. */
export function appendTopic(text: string, topic: string): string {
  const line = topicLine(topic);
  const note = scanNote(text);
  const section = findSection(note);
  if (!section) return appendBlock(text, [`## ${TOPICS_HEADING}`, line]);
  const split: SplitText = { bom: note.bom, lines: note.lines.map((l) => l.text), eols: [...note.eols] };
  let at = section.end;
  while (at > section.start && split.lines[at - 1].trim() === "") at--;
  insertLines(split, at, [line]);
  const out = joinText(split);
  if (scanNote(out).lines[at].context === "text") return out;
  // The queue ends in an unclosed code block or comment: the topic goes first in the queue instead.
  const top: SplitText = { bom: note.bom, lines: note.lines.map((l) => l.text), eols: [...note.eols] };
  insertLines(top, section.start, top.lines[section.start]?.trim() ? [line, ""] : [line]);
  return joinText(top);
}
