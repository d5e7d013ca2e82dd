// From request to follow-up: requests with a deadline become `- [ ] <request> 📅 <date>` in the action items section.
import { findBlocks } from "./blocks";
import { sectionEnd } from "../markdown/headings";
import { resolveDue, type CalendarParser } from "./due";
import { frontmatterDate } from "../markdown/frontmatter";
import { appendBlock } from "../markdown/append-block";
import type { Fix } from "./types";

export interface TrackOptions {
  /** Fallback when the note has no frontmatter `date` (usually today). */
  noteDate?: string;
  /** Days until the next 1:1, for "next 1:1"; default 7. */
  cadenceDays?: number;
  /** Resolves calendar phrases ("by Friday"); see src/plugin/feedback/calendar.ts. */
  calendar?: CalendarParser;
}

export interface TrackableRequest {
  block: string;
  /** 1-based line of the request. */
  line: number;
  /** The request sentence or list item in the note. */
  from: number;
  to: number;
  /** The deadline phrase in the note. */
  phraseFrom: number;
  phraseTo: number;
  /** What the task line will say. */
  request: string;
  due: string;
}

const TASK = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[.\]\s/;
const ACTION_HEADING = /^(?:action items?|actions?|next steps|follow[- ]?ups?|to[- ]?dos?|tasks)$/i;

/** Requests of every feedback block that name a deadline and are not tracked yet. */
export function findTrackableRequests(text: string, options: TrackOptions = {}): TrackableRequest[] {
  const note = findBlocks(text);
  const noteDate = note.settings.date ?? frontmatterDate(options.noteDate);
  if (note.settings.off || !noteDate) return [];
  const tasks = note.scan.lines.filter((l) => l.context === "text" && TASK.test(l.text)).map((l) => squash(l.text));
  const out: TrackableRequest[] = [];
  for (const block of note.blocks) {
    for (const part of block.parts) {
      if (part.name !== "request") continue;
      for (const { text: unit, line, from, to } of part.units) {
        const due = resolveDue(unit, noteDate, options);
        const request = requestText(unit);
        if (!due || !request || tasks.some((t) => t.includes(squash(request)))) continue;
        const phraseFrom = from + due.index;
        out.push({ block: block.title, line, from, to, phraseFrom, phraseTo: phraseFrom + due.length, request, due: due.date });
      }
    }
  }
  return out;
}

function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The sentence as a task: one line, no date markers, no closing period. */
function requestText(unitText: string): string {
  return unitText
    .replace(/(?:📅|📆|🗓|⏳)\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu, "")
    .replace(/[[(]due::[^\])]*[\])]/gi, "")
    .replace(/\s+/g, " ")
    .replace(/ ([?!.,;:])/g, "$1")
    .trim()
    .replace(/[.;,]+$/, "")
    .trim();
}

/** The edit that appends the task to the note's first action items section outside feedback blocks (created at the end when missing). */
export function trackEdit(text: string, request: TrackableRequest): Fix {
  const { scan, blocks, lineStarts, eol } = findBlocks(text);
  const { lines } = scan;
  const task = `- [ ] ${request.request} 📅 ${request.due}`;
  const inBlock = (n: number) => blocks.some((b) => n >= b.line && n < b.endLine);
  const i = lines.findIndex((l, n) => l.heading && !l.quoteDepth && !inBlock(n) && ACTION_HEADING.test(l.heading.text.replace(/[*_:]/g, "").trim()));
  let at = text.length;
  let insert: string;
  if (i < 0) insert = appendBlock(text, ["## Action items", "", task]).slice(at);
  else {
    // After the section's last non-blank line, or under its heading after a blank line.
    let last = sectionEnd(lines, i) - 1;
    while (last > i && !lines[last].text.trim()) last--;
    at = lineStarts[last] + lines[last].text.length;
    insert = (last > i ? eol : eol + eol) + task;
  }
  return { title: "Track as action item", edits: [{ from: at, to: at, insert }] };
}
