// From request to follow-up: requests with a deadline become `- [ ] <request> 📅 <date>` in the action items section.
import { findBlocks, type NoteBlocks } from "./blocks";
import { validDate } from "./suppress";
import { resolveDue, type CalendarParser } from "./due";
import { dominantEol } from "../markdown/lines";
import { appendBlock } from "../templates/append-block";
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
  if (note.settings.off) return [];
  const noteDate = note.settings.date ?? validDate(options.noteDate);
  if (noteDate === null) return [];
  const tasks = note.scan.lines.filter((l) => l.context === "text" && TASK.test(l.text)).map((l) => squash(l.text));
  const out: TrackableRequest[] = [];
  for (const block of note.blocks) {
    for (const part of block.parts) {
      if (part.name !== "request" || part.empty) continue;
      for (const unit of part.units) {
        const due = resolveDue(unit.text, noteDate, options);
        if (!due) continue;
        const request = requestText(unit.text);
        if (!request || tasks.some((t) => t.includes(squash(request)))) continue;
        out.push({
          block: block.title,
          line: unit.line,
          from: unit.from,
          to: unit.to,
          phraseFrom: unit.from + due.index,
          phraseTo: unit.from + due.index + due.length,
          request,
          due: due.date,
        });
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

/** The edit that appends the task to the note's action items section (created at the end when missing). */
export function trackEdit(text: string, request: TrackableRequest): Fix {
  const note = findBlocks(text);
  const task = `- [ ] ${request.request} 📅 ${request.due}`;
  const section = actionSection(note);
  const eol = dominantEol({ bom: note.scan.bom, lines: [], eols: note.scan.eols });
  const at = section ? (section.lastContent ?? section.headingEnd) : text.length;
  const insert = !section ? appendBlock(text, ["## Action items", "", task]).slice(text.length) : section.lastContent === null ? eol + eol + task : eol + task;
  return { title: "Track as action item", edits: [{ from: at, to: at, insert }] };
}
/** The first action items heading outside feedback blocks: where its heading line ends and its last content ends. */
function actionSection(note: NoteBlocks): { headingEnd: number; lastContent: number | null } | null {
  const { lines } = note.scan;
  const inBlock = (i: number) => note.blocks.some((b) => i >= b.line && i < b.endLine);
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i].heading;
    if (!h || lines[i].context !== "text" || lines[i].quoteDepth > 0 || inBlock(i)) continue;
    if (!ACTION_HEADING.test(h.text.replace(/[*_:]/g, "").trim())) continue;
    let lastContent: number | null = null;
    for (let j = i + 1; j < lines.length; j++) {
      const hj = lines[j].heading;
      if (hj && lines[j].context === "text" && lines[j].quoteDepth === 0 && hj.level <= h.level) break;
      if (lines[j].text.trim() !== "") lastContent = note.lineStarts[j] + lines[j].text.length;
    }
    return { headingEnd: note.lineStarts[i] + lines[i].text.length, lastContent };
  }
  return null;
}
