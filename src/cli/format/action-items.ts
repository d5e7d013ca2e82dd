// Action items for the terminal: JSON objects with a stable shape, and a table grouped by person.
import type { ActionsModel, ItemCounts } from "../../core/followups/queries";
import type { ResolvedItem } from "../../core/followups/types";

/** The JSON shape of one item (documented in the README; extra fields may be added, none removed). */
export function itemJson(item: ResolvedItem, today: string, dueSoonUntil: string) {
  return {
    path: item.path,
    line: item.line,
    status: item.status,
    state: item.state,
    text: item.text,
    due: item.due,
    scheduled: item.scheduled,
    start: item.start,
    created: item.created,
    done: item.done,
    cancelled: item.cancelled,
    owner: item.owner,
    person: item.person,
    direction: item.direction,
    carried: item.carried,
    stale: item.stale,
    overdue: item.isOpen && item.due !== null && item.due < today,
    dueSoon: item.isOpen && item.due !== null && item.due >= today && item.due <= dueSoonUntil,
    priority: item.priority,
    recurrence: item.recurrence,
    tags: item.tags,
    blockId: item.blockId,
    heading: item.heading,
    parentLine: item.parentLine,
    original: item.original,
    problems: item.problems,
  };
}

/** The narrowest the item text is cut to, however narrow the terminal. */
const MIN_TEXT = 12;

function clip(s: string, width: number): string {
  return s.length <= width ? s : s.slice(0, width - 1) + "…";
}

function countLine(c: ItemCounts, all: boolean): string {
  const parts = [`${c.overdue} overdue`, `${c.dueSoon} due soon`, `${c.stale} stale`, `${c.iOwe} I owe`, `${c.theyOwe} they owe`, `${c.unassigned} unassigned`];
  const head = all ? `${c.total} item${c.total === 1 ? "" : "s"} (${c.open} open)` : `${c.open} open item${c.open === 1 ? "" : "s"}`;
  return `${head}: ${parts.join(", ")}`;
}

function flag(item: ResolvedItem, today: string, dueSoonUntil: string): string {
  if (!item.isOpen) return item.state;
  if (item.due !== null && item.due < today) return "OVERDUE";
  if (item.due !== null && item.due <= dueSoonUntil) return "due soon";
  return "";
}

function who(item: ResolvedItem): string {
  if (item.direction === "i-owe") return "me";
  return item.owner ?? "-";
}

interface Row {
  lead: string;
  owner: string;
  text: string;
  location: string;
  /** "(carried 2; stale)" or "". */
  marks: string;
}

/**
 * A readable table: one block per person (overdue first inside each), then a count line. With `columns`
 * (a terminal's width) only the item text is cut to fit; owner and location are never cut. Without it
 * (piped), nothing is cut.
 */
export function itemsTable(model: ActionsModel, dueSoonUntil: string, all: boolean, columns?: number): string {
  const blocks: { title: string; rows: Row[] }[] = [];
  for (const g of model.groups) {
    const c = g.counts;
    const extra = [c.overdue ? `${c.overdue} overdue` : "", c.stale ? `${c.stale} stale` : ""].filter((s) => s !== "");
    const rows = g.items.map((it) => {
      const marks = [it.carried > 0 ? `carried ${it.carried}` : "", it.stale ? "stale" : "", ...it.problems.map((p) => `problem: ${p}`)].filter((s) => s !== "");
      return {
        lead: ["  ", `[${it.status}]`.padEnd(4), flag(it, model.today, dueSoonUntil).padEnd(10), (it.due ?? "").padEnd(11)].join(""),
        owner: who(it),
        text: it.text,
        location: `${it.path}:${it.line}`,
        marks: marks.length ? `(${marks.join("; ")})` : "",
      };
    });
    blocks.push({ title: `${g.person ?? "No person"} (${g.items.length}${extra.length ? ", " + extra.join(", ") : ""})`, rows });
  }
  const rows = blocks.flatMap((b) => b.rows);
  const ownerWidth = Math.max(0, ...rows.map((r) => r.owner.length));
  const longestText = Math.max(0, ...rows.map((r) => r.text.length));
  const leadWidth = 2 + 4 + 10 + 11;
  const locationWidth = Math.max(0, ...rows.map((r) => r.location.length));
  const textStart = leadWidth + ownerWidth + 2;
  const textWidth = columns === undefined ? longestText : Math.min(longestText, Math.max(MIN_TEXT, columns - textStart - 2 - locationWidth));
  const out: string[] = [];
  for (const b of blocks) {
    out.push(b.title);
    for (const r of b.rows) {
      const line = `${r.lead}${r.owner.padEnd(ownerWidth)}  ${clip(r.text, textWidth).padEnd(textWidth)}  ${r.location}`;
      // On a terminal, marks that would run past its edge go on a line of their own under the text.
      if (r.marks === "") out.push(line);
      else if (columns === undefined || line.length + 2 + r.marks.length <= columns) out.push(`${line}  ${r.marks}`);
      else out.push(line, `${" ".repeat(textStart)}${r.marks}`);
    }
    out.push("");
  }
  if (model.groups.length === 0) out.push(all ? "No action items." : "No open action items.", "");
  out.push(countLine(model.counts, all));
  return out.join("\n");
}
