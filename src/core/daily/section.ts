// The `## 1:1s today` section of a daily note: built from due 1:1s and due actions, replaced in place so running twice leaves one.
import { compareItems } from "../followups/compare";
import type { ResolvedItem } from "../followups/types";
import { dominantEol, joinText, splitText } from "../markdown/lines";
import { sectionEnd } from "../markdown/headings";
import { scanNote } from "../markdown/scan-note";
import type { PersonDue } from "../people/history";
import { itemLine } from "../templates/followups";
import { pathLink } from "../templates/paths";
import { appendBlock } from "../markdown/append-block";

export const DAILY_HEADING = "1:1s today";

/** Open items due today or earlier, in `compareItems` order (overdue oldest first, then today's). */
export function actionsDue(items: readonly ResolvedItem[], today: string): ResolvedItem[] {
  return items.filter((i) => i.isOpen && i.due !== null && i.due <= today).sort((a, b) => compareItems(a, b, today));
}

function dueLine(d: PersonDue, today: string): string {
  const when = d.next === today ? "due today" : d.overdueDays === 1 ? "1 day overdue" : `${d.overdueDays} days overdue`;
  const last = d.last ? `last ${pathLink(d.last.path, d.last.date)}` : "no 1:1 yet";
  return `- ${pathLink(d.personPath, d.person)}: ${when} (${d.cadence}, ${last})`;
}

/** The section's lines (heading first): plain lists with links, no checkboxes, so no action item is duplicated. */
export function dailySectionLines(due: readonly PersonDue[], items: readonly ResolvedItem[], today: string, myName: string): string[] {
  const people = due.filter((d) => d.next <= today);
  const actions = actionsDue(items, today);
  return [
    `## ${DAILY_HEADING}`,
    ...(people.length ? people.map((d) => dueLine(d, today)) : ["- No 1:1 is due."]),
    "",
    "Actions due today or overdue:",
    ...(actions.length ? actions.map((i) => itemLine(i, today, myName)) : ["- Nothing is due."]),
  ];
}

/**
 * Writes the section into a daily note: replaces an existing `1:1s today` section (up to the next heading
 * of the same or a higher level, its trailing blank lines kept), else appends it. Idempotent.
 */
export function upsertDailySection(text: string, sectionLines: readonly string[]): string {
  const note = scanNote(text);
  const split = splitText(text);
  const eol = dominantEol(split);
  const lines = note.lines;
  let start = -1;
  let level = 0;
  for (const l of lines) {
    if (l.context === "text" && l.quoteDepth === 0 && l.heading && l.heading.text.toLowerCase() === DAILY_HEADING.toLowerCase()) {
      start = l.index;
      level = l.heading.level;
      break;
    }
  }
  if (start !== -1) {
    let end = sectionEnd(lines, start);
    while (end > start + 1 && lines[end - 1].text.trim() === "") end--;
    const lastEol = split.eols[end - 1];
    const replaced = [...sectionLines];
    replaced[0] = `${"#".repeat(level)} ${DAILY_HEADING}`;
    split.lines.splice(start, end - start, ...replaced);
    split.eols.splice(start, end - start, ...replaced.map((_, i) => (i === replaced.length - 1 ? lastEol : eol)));
    return joinText(split);
  }
  return appendBlock(text, sectionLines);
}
