// Pure line edits on a note's text: complete, uncomplete, cancel, reschedule, forward, delegate. Every other byte is kept.
import { dominantEol, joinText, splitText, type SplitText } from "../markdown/lines";
import { quotePrefix } from "../markdown/scanner";
import { isRealDate } from "./dates";
import { fieldLayout, type FieldLayout, type FieldSpan } from "./fields";
import { locateLine, type LineTarget } from "./locate";
import { nextOccurrenceLine } from "./next-occurrence";
import { isWritableOwner, ownerMention, ownerName } from "./owner";
import { parseActions } from "./parse";
import type { ActionItem } from "./types";
import { newListPrefix, readListPrefix } from "./task-line";
import { applySplices as apply, removal, type Splice } from "./splices";

export type { LineTarget } from "./locate";

export type EditResult =
  | {
      ok: true;
      text: string;
      /** The edited line's number in `text` (one more than where it was found when a line went in above it). */
      line: number;
      /** Completing a repeating task: the next occurrence, inserted just above the completed line. */
      next?: { line: number; text: string };
      /** Completing a repeating task whose rule or dates could not be read: the rule, and why no next occurrence was added. */
      repeatSkipped?: { rule: string; reason: string };
    }
  | { ok: false; reason: string };

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
 * A repeating (🔁) task that was not done gets its next occurrence on a new line just above it, as the Tasks
 * plugin does (next-occurrence.ts); when its rule cannot be read the line is still completed, and the result says why.
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
    const line = apply(t.text, out);
    // As in Tasks, only a task becoming done repeats: not one done already, not a cancelled one (cancelItem).
    const next = item.state === "done" ? null : nextOccurrenceLine(t.text, today);
    if (next === null) return line;
    return next.ok ? { line, above: next.text } : { line, skipped: { rule: next.rule, reason: next.reason } };
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

/** What a change makes of the item's line: the new line, and maybe a line to insert above it, or why none was. */
type Change = string | { line: string; above?: string; skipped?: { rule: string; reason: string } };

function edit(fileText: string, target: LineTarget, dates: string[], change: (t: TaskLine, item: ActionItem) => Change): EditResult {
  for (const d of dates) if (!isRealDate(d)) return { ok: false, reason: `"${d}" is not a date (YYYY-MM-DD).` };
  const split = splitText(fileText);
  const found = locateLine(split.lines, target);
  if (!found.ok) return found;
  const lineNo = found.index + 1;
  const item = parseActions("", fileText).find((i) => i.line === lineNo);
  const task = item ? readTaskLine(split.lines[found.index]) : null;
  if (!item || !task) return { ok: false, reason: `Line ${lineNo} is not a task.` };
  const out = change(task, item);
  if (typeof out === "string") {
    split.lines[found.index] = out;
    return { ok: true, text: joinText(split), line: lineNo };
  }
  split.lines[found.index] = out.line;
  const skipped = out.skipped ? { repeatSkipped: out.skipped } : {};
  if (out.above === undefined) return { ok: true, text: joinText(split), line: lineNo, ...skipped };
  split.eols.splice(found.index, 0, eolAt(split, found.index));
  split.lines.splice(found.index, 0, out.above);
  return { ok: true, text: joinText(split), line: lineNo + 1, next: { line: lineNo, text: out.above } };
}

/** The line ending a line inserted before line `index` gets: that line's own, else (the last line, without one) the one before it. */
function eolAt(split: SplitText, index: number): string {
  return split.eols[index] || (index > 0 ? split.eols[index - 1] : "") || dominantEol(split);
}

function readTaskLine(text: string): TaskLine | null {
  const prefix = newListPrefix();
  if (!readListPrefix(text, quotePrefix(text).start, text.length, prefix) || prefix.box === -1) return null;
  return { text, statusStart: prefix.box + 1, statusEnd: prefix.bodyStart - 1, layout: fieldLayout(text, prefix.bodyStart) };
}

function status(t: TaskLine, status: string): Splice {
  return { start: t.statusStart, end: t.statusEnd, text: status };
}

function removed(t: TaskLine, kind: FieldSpan["kind"]): Splice[] {
  return t.layout.fields.filter((f) => f.kind === kind).map((f) => removal(t.text, f));
}

function insertAt(line: string, at: number, s: string): string {
  return line.slice(0, at) + s + line.slice(at);
}
