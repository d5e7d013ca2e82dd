// Pure line edits on a note's text: complete, uncomplete, cancel, reschedule, forward, delegate. Every other byte is kept.
import { joinText, splitText } from "../markdown/lines";
import { quotePrefix } from "../markdown/scanner";
import { isRealDate } from "./dates";
import { fieldLayout, type FieldLayout, type FieldSpan } from "./fields";
import { locateLine, type LineTarget } from "./locate";
import { isWritableOwner, ownerMention, ownerName } from "./owner";
import { parseActions } from "./parse";
import type { ActionItem } from "./types";
import { newListPrefix, readListPrefix } from "./task-line";

export type { LineTarget } from "./locate";

export type EditResult = { ok: true; text: string; line: number } | { ok: false; reason: string };

/** How completing stamps the date: ` ✅ YYYY-MM-DD`, ` [completion:: YYYY-MM-DD]`, or not at all. */
export type DoneDateFormat = "emoji" | "dataview" | "none";

export interface EditOptions {
  /** How completing stamps the date: ` ✅ YYYY-MM-DD` (default), ` [completion:: YYYY-MM-DD]`, or not at all. */
  doneDate?: DoneDateFormat;
  /** Whether cancelling appends ` ❌ YYYY-MM-DD` (default true). */
  cancelledDate?: boolean;
}

/** A task line taken apart just enough to edit it. */
interface TaskLine {
  text: string;
  /** Offset of the status character and of the `]` after it. */
  statusStart: number;
  statusEnd: number;
  layout: FieldLayout;
}

/**
 * `[x]`, any cancelled date removed, and exactly one done date, today's: the first one already there gets
 * today's date in place (its form kept), any other is removed, and with none ` ✅ today` (or the Dataview form)
 * goes before a trailing block id. The `none` form adds no date (an existing one still becomes today's).
 * An item already done with a done date keeps its status and that first date (completing it twice is a no-op).
 */
export function completeItem(fileText: string, target: LineTarget, today: string, options: EditOptions = {}): EditResult {
  return edit(fileText, target, [today], (t, item) => {
    const form = options.doneDate ?? "emoji";
    const already = item.state === "done" && item.done !== null;
    const out: Splice[] = [...(already ? [] : [status(t, "x")]), ...removed(t, "cancelled")];
    const done = t.layout.fields.filter((f) => f.kind === "done");
    if (done.length > 0) {
      if (!already) out.push({ start: done[0].valueStart, end: done[0].valueEnd, text: today });
      out.push(...done.slice(1).map((f) => removal(t.text, f)));
    } else if (form !== "none") {
      out.push({ start: t.layout.appendAt, end: t.layout.appendAt, text: form === "dataview" ? ` [completion:: ${today}]` : ` ✅ ${today}` });
    }
    return apply(t.text, out);
  });
}

/** `[ ]`, and the done and cancelled dates (either form) removed with the space before each: an open item has neither. */
export function uncompleteItem(fileText: string, target: LineTarget, today: string, options: EditOptions = {}): EditResult {
  void today;
  void options;
  return edit(fileText, target, [], (t) => apply(t.text, [status(t, " "), ...removed(t, "done"), ...removed(t, "cancelled")]));
}

/** `[-]`, any done date removed, and ` ❌ date` (unless a cancelled date is there, or the option is off) before a trailing block id. */
export function cancelItem(fileText: string, target: LineTarget, today: string, options: EditOptions = {}): EditResult {
  return edit(fileText, target, [today], (t) => {
    const out: Splice[] = [status(t, "-"), ...removed(t, "done")];
    if (options.cancelledDate !== false && !t.layout.fields.some((f) => f.kind === "cancelled")) {
      out.push({ start: t.layout.appendAt, end: t.layout.appendAt, text: ` ❌ ${today}` });
    }
    return apply(t.text, out);
  });
}

/**
 * Sets the owner to `owner` (a name, `me`, or an owner as written: `@Name`, `@[[Full Name]]`, `[owner:: …]`).
 * The owner already there is replaced where it is written, in its form (`@…` or the field's value); else
 * ` @Name` (` @[[Full Name]]` for a name that is not one word) goes before a trailing block id.
 * Refuses a name that would not read back as itself.
 */
export function delegateItem(fileText: string, target: LineTarget, today: string, owner: string, options: EditOptions = {}): EditResult {
  void today;
  void options;
  const name = ownerName(owner);
  if (!isWritableOwner(name)) return { ok: false, reason: name === "" ? "An owner needs a name." : `"${name}" cannot be written as an owner.` };
  const r = edit(fileText, target, [], (t) => {
    const at = t.layout.owner;
    if (at === null) return apply(t.text, [{ start: t.layout.appendAt, end: t.layout.appendAt, text: ` ${ownerMention(name)}` }]);
    const field = t.layout.fields.find((f) => f.kind === "owner" && f.start === at.start);
    if (!field) return apply(t.text, [{ start: at.start, end: at.end, text: ownerMention(name) }]);
    const old = t.text.slice(field.valueStart, field.valueEnd);
    const value = old.startsWith("@") ? ownerMention(name) : old.startsWith("[[") ? `[[${name}]]` : name;
    return apply(t.text, [{ start: field.valueStart, end: field.valueEnd, text: value }]);
  });
  if (!r.ok) return r;
  // The parser has the last word: the owner it reads back must be the name asked for.
  const back = parseActions("", r.text).find((i) => i.line === r.line);
  if (back?.ownerRaw == null || ownerName(back.ownerRaw) !== name) return { ok: false, reason: `"${name}" cannot be written as this item's owner.` };
  return r;
}

/** Sets the due date: the leftmost due field's date is replaced in place (same form), else ` 📅 date` is appended. */
export function rescheduleItem(fileText: string, target: LineTarget, today: string, newDue: string, options: EditOptions = {}): EditResult {
  void today;
  void options;
  return edit(fileText, target, [newDue], (t) => {
    const due = t.layout.fields.find((f) => f.kind === "due");
    if (!due) return insertAt(t.text, t.layout.appendAt, ` 📅 ${newDue}`);
    const end = due.dataview && due.valueEnd - due.valueStart > 10 && /^\d{4}-\d\d-\d\d[T ]/.test(t.text.slice(due.valueStart)) ? due.valueStart + 10 : due.valueEnd;
    return t.text.slice(0, due.valueStart) + newDue + t.text.slice(end);
  });
}

/** `[>]`: moved elsewhere; the rest of the line is kept. */
export function forwardItem(fileText: string, target: LineTarget, today: string, options: EditOptions = {}): EditResult {
  void today;
  void options;
  return edit(fileText, target, [], (t) => apply(t.text, [status(t, ">")]));
}

function edit(fileText: string, target: LineTarget, dates: string[], change: (t: TaskLine, item: ActionItem) => string): EditResult {
  for (const d of dates) if (!isRealDate(d)) return { ok: false, reason: `"${d}" is not a date (YYYY-MM-DD).` };
  const split = splitText(fileText);
  const found = locateLine(split.lines, target);
  if (!found.ok) return found;
  const lineNo = found.index + 1;
  const item = parseActions("", fileText).find((i) => i.line === lineNo);
  const task = item ? readTaskLine(split.lines[found.index]) : null;
  if (!item || !task) return { ok: false, reason: `Line ${lineNo} is not a task.` };
  split.lines[found.index] = change(task, item);
  return { ok: true, text: joinText(split), line: lineNo };
}

function readTaskLine(text: string): TaskLine | null {
  const prefix = newListPrefix();
  if (!readListPrefix(text, quotePrefix(text).start, text.length, prefix) || prefix.box === -1) return null;
  return { text, statusStart: prefix.box + 1, statusEnd: prefix.bodyStart - 1, layout: fieldLayout(text, prefix.bodyStart) };
}

/** Text to put in place of t.text[start, end). */
interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies splices given in the line's own offsets (none overlapping), right to left so none moves another. */
function apply(line: string, splices: Splice[]): string {
  let out = line;
  for (const s of [...splices].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

function status(t: TaskLine, status: string): Splice {
  return { start: t.statusStart, end: t.statusEnd, text: status };
}

/** A field removed with the space before it. */
function removal(line: string, f: FieldSpan): Splice {
  return { start: f.start > 0 && isSpace(line.charCodeAt(f.start - 1)) ? f.start - 1 : f.start, end: f.end, text: "" };
}

function removed(t: TaskLine, kind: FieldSpan["kind"]): Splice[] {
  return t.layout.fields.filter((f) => f.kind === kind).map((f) => removal(t.text, f));
}

function insertAt(line: string, at: number, s: string): string {
  return line.slice(0, at) + s + line.slice(at);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}
