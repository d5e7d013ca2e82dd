// A completed 🔁 task whose rule or dates could not be read: the line is completed, but no next occurrence is added, so the user is told which rule, instead of the series ending unseen.
import { Notice } from "obsidian";
import type { EditResult } from "../../core/actions/edits";

export function repeatNotice(result: EditResult): string | null {
  if (!result.ok || !result.repeatSkipped) return null;
  const { rule, reason } = result.repeatSkipped;
  return `Completed. This task repeats (🔁 ${rule}), but no next occurrence was added: ${reason}. Add the next one by hand.`;
}

/** After a completion was written: tells the user when a repeating task got no next occurrence. */
export function noticeIfNotRepeated(result: EditResult): void {
  const text = repeatNotice(result);
  if (text) new Notice(text, 10000);
}
