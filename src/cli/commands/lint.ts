// `lint <file-or-vault>`: the feedback linter and the agreed-action check over one note or every note of a folder.
import { statSync } from "node:fs";
import * as path from "node:path";
import { checkActions, type ActionCheckOptions } from "../../core/action-check/check";
import type { ActionDiagnostic } from "../../core/action-check/types";
import { lint, type LintOptions } from "../../core/feedback/lint";
import type { Diagnostic } from "../../core/feedback/types";
import { PersonDirectory, personFromNote, type Person } from "../../core/people/directory";
import { isOutOfScope, modelConfigFrom } from "../../core/vault/note-record";
import { actionCheckOptions, DEFAULT_SETTINGS, modelSettings, type OneOnOneSettings } from "../../settings";
import { UsageError, parseArgs, todayFrom } from "../args";
import type { CliCommand, CliIo, CommandResult } from "../io";
import { readNote, readVault, type DiskNote } from "../vault-fs";
import { loadVaultSettings } from "../vault-settings";
import { inScopeOf } from "../vault-index";

/** One diagnostic as JSON (documented; fields may be added, none removed). */
export interface LintJson {
  path: string;
  line: number;
  ruleId: string;
  severity: string;
  block: string;
  part: string | null;
  message: string;
}

export function lintJson(notePath: string, d: Diagnostic | ActionDiagnostic): LintJson {
  return { path: notePath, line: d.line, ruleId: d.ruleId, severity: d.severity, block: d.block, part: d.part, message: d.message };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function lintReport(rows: readonly LintJson[], notesChecked: number): string {
  if (rows.length === 0) return `No feedback or action-item problems in ${plural(notesChecked, "note")}.`;
  const out: string[] = [];
  const byNote = new Map<string, LintJson[]>();
  for (const r of rows) byNote.set(r.path, [...(byNote.get(r.path) ?? []), r]);
  const lineWidth = Math.max(...rows.map((r) => String(r.line).length));
  const sevWidth = Math.max(...rows.map((r) => r.severity.length));
  const idWidth = Math.max(...rows.map((r) => r.ruleId.length));
  for (const [note, list] of byNote) {
    out.push(note);
    for (const r of list) {
      const where = r.part ? `${r.block} › ${r.part[0].toUpperCase()}${r.part.slice(1)}` : r.block;
      out.push(`  ${String(r.line).padStart(lineWidth)}  ${r.severity.padEnd(sevWidth)}  ${r.ruleId.padEnd(idWidth)}  ${where}: ${r.message}`);
    }
    out.push("");
  }
  const count = (s: string) => rows.filter((r) => r.severity === s).length;
  const kinds = ["error", "warning", "info", "hint"].filter((s) => count(s) > 0).map((s) => plural(count(s), s));
  out.push(`${plural(rows.length, "problem")} (${kinds.join(", ")}) in ${byNote.size} of ${plural(notesChecked, "note")}.`);
  return out.join("\n");
}

export const lintCommand: CliCommand = {
  name: "lint",
  summary: "Check feedback blocks (facts, feelings, options, request) and agreed action items (owner, due date)",
  usage: "one-on-one lint <file.md | vault> [--json] [--today YYYY-MM-DD]",
  async run(argv, io) {
    const args = parseArgs(argv, { maxPositionals: 1 });
    const target = args.positionals[0];
    if (!target) throw new UsageError("missing the note or vault folder to check");
    const today = todayFrom(args);
    let stat;
    try {
      stat = statSync(target);
    } catch {
      throw new UsageError(`not found: ${target}`);
    }
    const json = args.flags.has("json");
    if (stat.isDirectory()) {
      const root = path.resolve(target);
      const settings = await loadVaultSettings(root, io);
      // The notes the plugin's vault-wide checks read: no excluded folder, no template note.
      const inScope = inScopeOf(settings);
      const all = await readVault(root, io, inScope);
      const notes = all.filter((n) => inScope(n.path));
      return report(notes, { noteDate: today, severities: settings.ruleSeverity }, actionCheckOptions(settings, today, directoryOf(all, settings)), json, io);
    }
    if (!stat.isFile() || !target.toLowerCase().endsWith(".md")) throw new UsageError(`not a Markdown note or a folder: ${target}`);
    const name = path.basename(target);
    const note = { path: name, text: await readNote(path.dirname(path.resolve(target)), name) };
    // One note alone: no vault around it, so no person notes; a leading "Name to …" is read only in a vault.
    const alone = { ...DEFAULT_SETTINGS, myAliases: [], excludedFolders: [], ruleSeverity: {} };
    return report([note], { noteDate: today }, actionCheckOptions(alone, today, directoryOf([], alone)), json, io);
  },
};

/** The person notes of the vault (excluded folders and templates aside, as the index reads them) and the user. */
function directoryOf(notes: readonly DiskNote[], settings: OneOnOneSettings): PersonDirectory {
  const config = modelConfigFrom(modelSettings(settings));
  const people = notes.filter((n) => !isOutOfScope(n.path, config)).map((n) => personFromNote(n.path, n.text, config.peopleFolder)).filter((p): p is Person => p !== null);
  return new PersonDirectory(people, { name: settings.myName, aliases: settings.myAliases });
}

function report(notes: readonly DiskNote[], options: LintOptions, actions: ActionCheckOptions, json: boolean, io: CliIo): CommandResult {
  const rows = notes.flatMap((n) => [...lint(n.text, options), ...checkActions(n.path, n.text, actions)].sort((a, b) => a.from - b.from).map((d) => lintJson(n.path, d)));
  io.out(json ? JSON.stringify(rows, null, 2) : lintReport(rows, notes.length));
  return { exitCode: rows.some((r) => r.severity === "error") ? 1 : 0 };
}
