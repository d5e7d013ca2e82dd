// The line a completed repeating (🔁) task adds for its next occurrence, as the Tasks plugin writes it: the same task, open, its dates moved.
import { addDays } from "../markdown/iso-day";
import { quotePrefix } from "../markdown/scanner";
import { isRealDate } from "./dates";
import { fieldLayout, readFields } from "./fields";
import { isWhitespace } from "../markdown/whitespace";
import { blockIdAt, codeSpanEnd, commentEnd, inlineFieldAt, tagEnd } from "./inline";
import { nextOccurrence, type OccurrenceDates } from "./recurrence";
import { applySplices, overlaps, removal, type Splice } from "./splices";
import { newListPrefix, readListPrefix } from "./task-line";

export type NextLine = { ok: true; text: string; dates: OccurrenceDates } | { ok: false; rule: string; reason: string };

const MOVING = ["due", "scheduled", "start"] as const;

/**
 * The next occurrence of the repeating task on `line` (the line as it was before it was completed), or null when
 * the line is not a repeating task. Kept: indentation, quote prefix, list marker, description and every field,
 * byte for byte. Changed: status ` `; due, scheduled and start moved by the same number of days; a created date
 * becomes `today` (the day this occurrence was made). Removed, each with the space before it: done and cancelled
 * dates, the block id, and Tasks' `🆔`/`⛔` ids, all of which must stay unique to the completed line.
 */
export function nextOccurrenceLine(line: string, today: string): NextLine | null {
  const prefix = newListPrefix();
  if (!readListPrefix(line, quotePrefix(line).start, line.length, prefix) || prefix.box === -1) return null;
  const fields = readFields(line, prefix.bodyStart);
  const rule = fields.recurrence;
  if (rule === null) return null;
  const refuse = (reason: string): NextLine => ({ ok: false, rule, reason });
  if (!isRealDate(today)) return refuse(`${today} is not a date (YYYY-MM-DD)`);
  const layout = fieldLayout(line, prefix.bodyStart);
  for (const kind of MOVING) {
    // The leftmost field of a kind counts: when it holds no real day, the parser left that date empty.
    const f = layout.fields.find((x) => x.kind === kind);
    if (f && fields[kind] === null) return refuse(`its ${kind} date "${line.slice(f.valueStart, f.valueEnd)}" is not a real day`);
  }
  const next = nextOccurrence(rule, { due: fields.due, scheduled: fields.scheduled, start: fields.start }, today);
  if (!next.ok) return refuse(next.reason);
  const splices: Splice[] = [{ start: prefix.box + 1, end: prefix.bodyStart - 1, text: " " }];
  for (const f of layout.fields) {
    const day = line.slice(f.valueStart, f.valueStart + 10);
    if (f.kind === "due" || f.kind === "scheduled" || f.kind === "start") {
      const moved = isRealDate(day) ? addDays(day, next.shift) : null;
      if (moved !== null) splices.push({ start: f.valueStart, end: f.valueStart + 10, text: moved });
    } else if (f.kind === "created") {
      if (/^\d{4}-\d\d-\d\d$/.test(day)) splices.push({ start: f.valueStart, end: f.valueStart + 10, text: today });
    } else if (f.kind === "done" || f.kind === "cancelled") splices.push(removal(line, f));
  }
  const caret = blockIdAt(line, prefix.bodyStart, line.length);
  if (caret !== -1) splices.push({ start: layout.appendAt, end: line.length, text: "" });
  for (const s of dependencyFields(line, prefix.bodyStart, caret === -1 ? line.length : layout.appendAt, layout.fields)) if (!overlaps(splices, s)) splices.push(s);
  const text = applySplices(line, splices);
  return readsBack(text, next.dates, rule) ? { ok: true, text, dates: next.dates } : refuse("the next occurrence could not be written without changing other text");
}

/**
 * Tasks' task dependency fields as removals: `[id:: abc]` and `[dependsOn:: abc]` anywhere outside code spans and
 * comments; `🆔 abc` and `⛔ abc,def` only among the fields that end the line, where Tasks reads them (it reads fields
 * from the end): written in the description (`⛔ Don't merge`) they are text, kept.
 */
function dependencyFields(line: string, from: number, to: number, fields: readonly Span[]): Splice[] {
  const out: Splice[] = [];
  const emoji: Span[] = [];
  const other: Span[] = [...fields];
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c === 96 || c === 60) {
      const end = c === 96 ? codeSpanEnd(line, i, to) : commentEnd(line, i, to);
      if (end !== -1) i = end - 1;
    } else if (c === 91 || c === 40) {
      const f = inlineFieldAt(line, i, to);
      if (f && (f.key === "id" || f.key === "dependson")) out.push(removal(line, { start: i, end: f.end }));
      if (f) other.push({ start: i, end: f.end });
      if (f) i = f.end - 1;
    } else if (c === 0x26d4 || (c === 0xd83c && (line.charCodeAt(i + 1) === 0xdd94 || line.charCodeAt(i + 1) === 0xdfc1))) {
      // ⛔ (U+26D4) takes a list of ids, 🆔 (U+1F194) one, 🏁 (U+1F3C1, what to do on completion) a word.
      const width = c === 0x26d4 ? 1 : 2;
      const idsAt = i + width + (line.charCodeAt(i + width) === 0xfe0f ? 1 : 0);
      const m = (c === 0x26d4 ? /^ *[\w-]+( *, *[\w-]+)*/ : /^ *[\w-]+/).exec(line.slice(idsAt, to));
      if (m && m[0].trim() !== "") {
        (line.charCodeAt(i + 1) === 0xdfc1 ? other : emoji).push({ start: i, end: idsAt + m[0].length });
        i = idsAt + m[0].length - 1;
      }
    }
  }
  const tail = trailingFieldsStart(line, from, to, [...other, ...emoji]);
  for (const f of emoji) if (f.start >= tail) out.push(removal(line, f));
  return out;
}

type Span = { start: number; end: number };

/** Where the run of fields that ends the line starts (spaces, fields and #tags, read from the end as Tasks reads them). */
function trailingFieldsStart(line: string, from: number, to: number, spans: readonly Span[]): number {
  let at = to;
  for (;;) {
    while (at > from && isWhitespace(line.charCodeAt(at - 1))) at--;
    let start = -1;
    for (const s of spans) if (s.end === at && s.start < at && (start === -1 || s.start < start)) start = s.start;
    if (start === -1) {
      let t = at;
      while (t > from && !isWhitespace(line.charCodeAt(t - 1))) t--;
      if (t < at && line.charCodeAt(t) === 35 && tagEnd(line, t, at) === at) start = t;
    }
    if (start === -1) return at;
    at = start;
  }
}

/** The parser's last word: the new line is an open task with the moved dates, the same rule, and no closing date or block id. */
function readsBack(text: string, dates: OccurrenceDates, rule: string): boolean {
  const prefix = newListPrefix();
  if (!readListPrefix(text, quotePrefix(text).start, text.length, prefix) || prefix.box === -1 || prefix.status !== " ") return false;
  const f = readFields(text, prefix.bodyStart);
  return f.recurrence === rule && f.due === dates.due && f.scheduled === dates.scheduled && f.start === dates.start && f.done === null && f.cancelled === null && f.blockId === null;
}
