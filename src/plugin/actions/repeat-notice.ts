// A completed 🔁 task: the Tasks plugin would add its next occurrence; this plugin does not, so it says so instead of letting the series end unseen.
import { Notice } from "obsidian";
import type { ActionItem } from "../../core/actions/types";

export function repeatNotice(item: Pick<ActionItem, "recurrence">): string | null {
  if (item.recurrence === null) return null;
  return `Completed. This task repeats (🔁 ${item.recurrence}), but One-on-one does not add the next one: add it by hand, or complete repeating tasks with the Tasks plugin.`;
}

/** After a completion was written: tells the user when the item repeats. */
export function noticeIfRepeating(item: Pick<ActionItem, "recurrence">): void {
  const text = repeatNotice(item);
  if (text) new Notice(text, 10000);
}
