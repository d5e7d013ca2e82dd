// Pure line edits on a note's text: complete, uncomplete, cancel, reschedule, forward. Every other byte is kept.
import { joinText, splitText } from "../markdown/lines";
import { quotePrefix } from "../markdown/scanner";
import { isRealDate } from "./dates";
import { fieldLayout, type FieldLayout } from "./fields";
import { locateLine, type LineTarget } from "./locate";
import { parseActions } from "./parse";
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

/** `[x]` and a done date (unless one is there already), before a trailing block id. */
export function completeItem(fileText: string, target: LineTarget, today: string, options: EditOptions = {}): EditResult {
  return edit(fileText, target, [today], (t) => {
    let line = setStatus(t, "x");
    const form = options.doneDate ?? "emoji";
    if (form !== "none" && !t.layout.fields.some((f) => f.kind === "done")) {
      line = insertAt(line, shift(t, "x", t.layout.appendAt), form === "dataview" ? ` [completion:: ${today}]` : ` ✅ ${today}`);
    }
    return line;
  });
}

/** `[ ]`, and the done dates (either form) removed with the space before each. */
export function uncompleteItem(fileText: string, target: LineTarget, today: string, options: EditOptions = {}): EditResult {
  void today;
  void options;
  return edit(fileText, target, [], (t) => {
    let line = t.text;
    const done = t.layout.fields.filter((f) => f.kind === "done");
    for (let k = done.length - 1; k >= 0; k--) {
      const f = done[k];
      const start = f.start > 0 && isSpace(line.charCodeAt(f.start - 1)) ? f.start - 1 : f.start;
      line = line.slice(0, start) + line.slice(f.end);
    }
    return replaceStatus(line, t, " ");
  });
}

/** `[-]` and ` ❌ date` (unless one is there, or the option is off), before a trailing block id. */
export function cancelItem(fileText: string, target: LineTarget, today: string, options: EditOptions = {}): EditResult {
  return edit(fileText, target, [today], (t) => {
    let line = setStatus(t, "-");
    if (options.cancelledDate !== false && !t.layout.fields.some((f) => f.kind === "cancelled")) {
      line = insertAt(line, shift(t, "-", t.layout.appendAt), ` ❌ ${today}`);
    }
    return line;
  });
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
  return edit(fileText, target, [], (t) => setStatus(t, ">"));
}

function edit(fileText: string, target: LineTarget, dates: string[], change: (t: TaskLine) => string): EditResult {
  for (const d of dates) if (!isRealDate(d)) return { ok: false, reason: `"${d}" is not a date (YYYY-MM-DD).` };
  const split = splitText(fileText);
  const found = locateLine(split.lines, target);
  if (!found.ok) return found;
  const lineNo = found.index + 1;
  if (!parseActions("", fileText).some((i) => i.line === lineNo)) return { ok: false, reason: `Line ${lineNo} is not a task.` };
  const task = readTaskLine(split.lines[found.index]);
  if (!task) return { ok: false, reason: `Line ${lineNo} is not a task.` };
  split.lines[found.index] = change(task);
  return { ok: true, text: joinText(split), line: lineNo };
}

function readTaskLine(text: string): TaskLine | null {
  const prefix = newListPrefix();
  if (!readListPrefix(text, quotePrefix(text).start, text.length, prefix) || prefix.box === -1) return null;
  return { text, statusStart: prefix.box + 1, statusEnd: prefix.bodyStart - 1, layout: fieldLayout(text, prefix.bodyStart) };
}

function setStatus(t: TaskLine, status: string): string {
  return replaceStatus(t.text, t, status);
}

/** Replaces the status character; `line` may differ from t.text only after the status. */
function replaceStatus(line: string, t: TaskLine, status: string): string {
  return line.slice(0, t.statusStart) + status + line.slice(t.statusEnd);
}

/** Where offset `at` of t.text lands once the status is replaced by `status`. */
function shift(t: TaskLine, status: string, at: number): number {
  return at + status.length - (t.statusEnd - t.statusStart);
}

function insertAt(line: string, at: number, s: string): string {
  return line.slice(0, at) + s + line.slice(at);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}
