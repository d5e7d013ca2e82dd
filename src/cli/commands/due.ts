// `due <vault>`: people with a cadence, their last 1:1, the next date and how many days it is overdue.
import moment from "moment";
import { daysBetween } from "../../core/markdown/iso-day";
import { dueList, type PersonDue } from "../../core/people/history";
import { notesModel } from "../../core/followups/notes-model";
import { parseArgs, todayFrom } from "../args";
import { displayWidth, padToWidth } from "../format/display-width";
import type { CliCommand } from "../io";
import { readVault, requireVaultFolder } from "../vault-fs";
import { loadVaultSettings } from "../vault-settings";
import { inScopeOf } from "../vault-index";
import { PEOPLE_OPTIONS, applyPeopleFolder, missingPeopleFolder, warnUnknownPeople, warnUnreadableOneOnOnes } from "../people-checks";

/** The JSON shape of one person (documented; fields may be added, none removed). */
export function dueJson(d: PersonDue) {
  return { person: d.person, cadence: d.cadence, last: d.last?.date ?? null, next: d.next, overdueDays: d.overdueDays };
}

function status(d: PersonDue, today: string): string {
  if (d.overdueDays > 0) return d.overdueDays === 1 ? "1 day overdue" : `${d.overdueDays} days overdue`;
  if (d.next === today) return "due today";
  const days = daysBetween(today, d.next) ?? 0;
  return `${d.scheduled ? "scheduled" : "due"} in ${days} day${days === 1 ? "" : "s"}`;
}

export function dueTable(list: readonly PersonDue[], today: string): string {
  if (list.length === 0) return "No person note has a cadence (add `cadence: weekly` to a person note's frontmatter).";
  const rows = [["Person", "Cadence", "Last 1:1", "Next", "Status"], ...list.map((d) => [d.person, d.cadence, d.last?.date ?? "never", d.next, status(d, today)])];
  // Terminal columns, not string length: a name in Chinese takes two per character.
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]))));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : padToWidth(cell, widths[c]))).join("  ")).join("\n");
}

export const dueCommand: CliCommand = {
  name: "due",
  summary: "List people with a cadence: last 1:1, next date, days overdue",
  usage: "one-on-one due <vault> [--json] [--people-folder FOLDER] [--today YYYY-MM-DD]",
  async run(argv, io) {
    const args = parseArgs(argv, { values: PEOPLE_OPTIONS, maxPositionals: 1 });
    const root = requireVaultFolder(args.positionals[0]);
    const today = todayFrom(args);
    const settings = await loadVaultSettings(root, io);
    applyPeopleFolder(settings, args);
    const missing = missingPeopleFolder(root, settings);
    if (missing) {
      io.err(`one-on-one due: ${missing}`);
      return { exitCode: 2 };
    }
    const model = notesModel(await readVault(root, io, inScopeOf(settings)), settings, today, moment);
    warnUnknownPeople("due", model.index.oneOnOneNotes(), model.directory, io);
    warnUnreadableOneOnOnes("due", model.index.unreadableOneOnOnes(), io);
    const list = dueList(model.directory, model.history, today);
    io.out(args.flags.has("json") ? JSON.stringify(list.map(dueJson), null, 2) : dueTable(list, today));
    return { exitCode: 0 };
  },
};
