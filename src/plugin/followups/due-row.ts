// A "1:1s due" row: the person (opens their note), cadence, last 1:1 and how late, and "Start 1:1" (the New 1:1 command's work).
import type { PersonDue } from "../../core/people/history";
import type { Host } from "../host";
import { newOneOnOne } from "../notes/new-note";
import type { KeyedRow } from "./keyed-list";

const P = "one-on-one-dash";

export function createDueRow(d: PersonDue, host: Host): KeyedRow {
  const el = createDiv({ cls: `${P}-due-row` });
  const name = el.createDiv({ cls: `${P}-due-person`, text: d.person });
  name.addEventListener("click", () => {
    const file = host.app.vault.getFileByPath(d.personPath);
    if (file) void host.app.workspace.getLeaf(false).openFile(file);
  });
  const last = d.last ? `last ${d.last.date}` : "no 1:1 yet";
  const late = d.overdueDays > 0 ? ` · ${d.overdueDays} day${d.overdueDays === 1 ? "" : "s"} overdue` : " · due today";
  el.createDiv({ cls: `${P}-due-meta${d.overdueDays > 0 ? " mod-overdue" : ""}`, text: `${d.cadence} · ${last}${late}` });
  const start = el.createEl("button", { cls: `mod-cta ${P}-start`, text: "Start 1:1" });
  start.addEventListener("click", () => {
    const person = host.actions.directory().get(d.person);
    if (person) void newOneOnOne(host, person);
  });
  return { el, dispose: () => {} };
}
