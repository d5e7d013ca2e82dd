// Follow-ups by reference, never by copy: the live block, and a plain snapshot list without checkboxes.
import { compareItems } from "../followups/compare";
import type { ResolvedItem } from "../followups/types";
import { nameKey } from "../people/directory";
import { pathLink } from "./paths";

/** The live code block the plugin renders for a person's open items (DESIGN.md). */
export function followupsBlock(person: string): string {
  return ["```one-on-one", `person: [[${person}]]`, "show: open", "```"].join("\n");
}

/** Open items about a person, in `compareItems` order. */
export function openItemsFor(items: readonly ResolvedItem[], person: string, today: string): ResolvedItem[] {
  const key = nameKey(person);
  return items.filter((i) => i.isOpen && i.person !== null && nameKey(i.person) === key).sort((a, b) => compareItems(a, b, today));
}

/** Who acts, as a label: the owner's name, the user's name, or "Unassigned". */
export function ownerLabel(item: ResolvedItem, myName: string): string {
  if (item.owner === "me" || item.direction === "i-owe") return myName.trim() || "Me";
  if (item.owner) return item.owner;
  return "Unassigned";
}

/** One plain list line for an item: owner first (so the line can never read as a task), then text, due date and a link to the source. */
export function itemLine(item: ResolvedItem, today: string, myName: string): string {
  const parts = [`${ownerLabel(item, myName)}: ${item.text.replace(/\s+/g, " ").trim()}`];
  if (item.due) parts.push(item.due < today ? `overdue since ${item.due}` : item.due === today ? "due today" : `due ${item.due}`);
  if (item.carried > 0) parts.push(`carried ${item.carried}×`);
  parts.push(pathLink(item.path, undefined, item.blockId ? `#^${item.blockId}` : ""));
  return `- ${parts.join(" · ")}`;
}

/** What is open with a person now, as a plain list (no checkboxes: toggling happens in the source note or the live block). */
export function followupsSnapshot(items: readonly ResolvedItem[], person: string, today: string, myName: string): string {
  const open = openItemsFor(items, person, today);
  if (open.length === 0) return "- Nothing open.";
  return open.map((i) => itemLine(i, today, myName)).join("\n");
}

/** The empty four-part feedback block (DESIGN.md "Feedback blocks"), with the handbook's prompt for each step as a comment. */
export function feedbackBlock(): string {
  return [
    "## Feedback",
    "",
    "### Facts",
    "%% A concrete situation: when and where, what was said or done. %%",
    "",
    "### Feelings",
    "%% Own your feelings and thoughts; critique the behaviour, not the person. %%",
    "",
    "### Options",
    "%% Ask for their suggestions: it is their scenario to resolve. %%",
    "",
    "### Request",
    "%% Concrete actions, by when, and when you will talk again. %%",
  ].join("\n");
}
