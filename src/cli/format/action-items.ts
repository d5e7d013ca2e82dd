// Action items for the terminal: JSON objects with a stable shape, and a table grouped by person.
import type { ActionsModel, ItemCounts } from "../../core/followups/queries";
import type { ResolvedItem } from "../../core/followups/types";
import { clipToWidth, displayWidth, padToWidth } from "./display-width";

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
 * (a terminal's width) only the item text is cut to fit; owner and location are never cut, and a location
 * too long to sit beside the text (a Zettelkasten file name) goes on a line of its own rather than squeezing
 * every row. Without it (piped), nothing is cut. Widths are terminal columns (Chinese and emoji take two).
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
  const ownerWidth = Math.max(0, ...rows.map((r) => displayWidth(r.owner)));
  const longestText = Math.max(0, ...rows.map((r) => displayWidth(r.text)));
  const leadWidth = 2 + 4 + 10 + 11;
  const textStart = leadWidth + ownerWidth + 2;
  const layout = columnsFor(rows.map((r) => displayWidth(r.location)), longestText, textStart, columns);
  const out: string[] = [];
  /** Marks after the line when they fit on the terminal, else on a line of their own under the text. */
  const withMarks = (line: string, marks: string) => {
    if (marks === "") out.push(line);
    else if (columns === undefined || displayWidth(line) + 2 + displayWidth(marks) <= columns) out.push(`${line}  ${marks}`);
    else out.push(line, `${" ".repeat(textStart)}${marks}`);
  };
  for (const b of blocks) {
    out.push(b.title);
    for (const r of b.rows) {
      const head = `${r.lead}${padToWidth(r.owner, ownerWidth)}  `;
      const text = clipToWidth(r.text, layout.text);
      const locationWidth = displayWidth(r.location);
      if (locationWidth <= layout.beside) withMarks(`${head}${padToWidth(text, layout.text)}  ${r.location}`, r.marks);
      else {
        out.push(`${head}${text}`);
        withMarks(`    ${r.location}`, r.marks);
      }
    }
    out.push("");
  }
  if (model.groups.length === 0) out.push(all ? "No action items." : "No open action items.", "");
  out.push(countLine(model.counts, all));
  return out.join("\n");
}

/**
 * The text column's width, and the widest location that sits beside it. Piped: the longest text, every location beside.
 * On a terminal the text keeps at least a quarter of the room (never under MIN_TEXT); locations that would leave it less
 * go on their own line, and the rest decide how much the text gets.
 */
function columnsFor(locationWidths: readonly number[], longestText: number, textStart: number, columns: number | undefined): { text: number; beside: number } {
  if (columns === undefined) return { text: longestText, beside: Infinity };
  const room = Math.max(0, columns - textStart - 2);
  const floor = Math.min(longestText, Math.max(MIN_TEXT, Math.floor(room / 4)));
  const beside = Math.max(0, ...locationWidths.filter((w) => w <= room - floor));
  const text = Math.min(longestText, Math.max(MIN_TEXT, room - beside));
  return { text, beside };
}
