// `complete` and `cancel <vault> <path>:<line>`: one item, through the same pure edit the plugin uses (completing a repeating task adds its next occurrence above it).
import { cancelItem, completeItem, type EditOptions, type EditResult, type LineTarget } from "../../core/actions/edits";
import { parseActions } from "../../core/actions/parse";
import { splitText } from "../../core/markdown/lines";
import { modelConfigFrom } from "../../core/vault/note-record";
import { UsageError, parseArgs, todayFrom } from "../args";
import type { CliCommand } from "../io";
import { NoteError, processNote, readForEdit, requireVaultFolder, resolveInVault } from "../vault-fs";
import { editOptions, modelSettings } from "../../settings";
import { loadVaultSettings } from "../vault-settings";

type LineEdit = (fileText: string, target: LineTarget, today: string, options: EditOptions) => EditResult;

/** `People/Alex Kim.md:12` → path and 1-based line; a usage error otherwise. */
export function parseLocation(arg: string | undefined): { path: string; line: number } {
  if (!arg) throw new UsageError("missing <path>:<line>");
  const colon = arg.lastIndexOf(":");
  const lineText = colon === -1 ? "" : arg.slice(colon + 1);
  if (colon <= 0 || !/^[1-9]\d*$/.test(lineText)) throw new UsageError(`expected <path>:<line> with a line number from 1, got "${arg}"`);
  const path = arg.slice(0, colon).replace(/\\/g, "/").replace(/^\.\//, "");
  return { path, line: Number(lineText) };
}

function lineEditCommand(name: string, verb: string, done: string, edit: LineEdit): CliCommand {
  return {
    name,
    summary: `${verb} the action item on a line (follows the --expect line if it moved; refuses if it is gone or repeated)`,
    usage: `one-on-one ${name} <vault> <path>:<line> [--expect "<exact line>"] [--json] [--today YYYY-MM-DD]`,
    async run(argv, io) {
      const args = parseArgs(argv, { values: ["expect"] });
      const root = requireVaultFolder(args.positionals[0]);
      if (args.positionals.length > 2) throw new UsageError(`unexpected argument "${args.positionals[2]}"`);
      const { path, line } = parseLocation(args.positionals[1]);
      resolveInVault(root, path);
      const today = todayFrom(args);
      const settings = await loadVaultSettings(root, io);
      const fail = (message: string) => {
        if (args.flags.has("json")) io.out(JSON.stringify({ path, line, result: "refused", reason: message }, null, 2));
        io.err(`one-on-one ${name}: ${message}`);
        return { exitCode: 1 };
      };
      let before: string;
      try {
        // Read as the write will: a note that cannot be edited safely is refused before anything else.
        before = await readForEdit(root, path);
      } catch (e) {
        if (!(e instanceof NoteError)) throw e;
        if (e.kind === "missing") throw new UsageError(`no such note in the vault: ${path}`);
        return fail(e.message);
      }
      const lines = splitText(before).lines;
      const expect = args.values.get("expect");
      if (expect === undefined && line > lines.length) throw new UsageError(`${path} has ${lines.length} lines, not ${line}`);
      const current = line <= lines.length ? lines[line - 1] : null;
      // Without --expect the caller means line N as it is now, which must be a task; with it, the line they saw, wherever it went.
      if (expect === undefined && !parseActions(path, before, modelConfigFrom(modelSettings(settings)).parse).some((i) => i.line === line)) {
        return fail(`${path}:${line} is not a task line: ${current ?? ""}`);
      }
      const original = expect ?? current ?? "";
      const options: EditOptions = editOptions(settings);
      let reason = "";
      let found = line;
      let edited = line;
      let was = original;
      let after = original;
      // What completing a repeating task did besides: the next occurrence it added, or why it added none.
      const repeat: { next: { line: number; text: string } | null; skipped: { rule: string; reason: string } | null } = { next: null, skipped: null };
      let result: Awaited<ReturnType<typeof processNote>>;
      try {
        result = await processNote(root, path, (text) => {
          const r = edit(text, { line, original }, today, options);
          if (!r.ok) {
            reason = r.reason;
            return null;
          }
          // A completed repeating task's next occurrence goes in above it: the line was found one above where it is now.
          found = r.next ? r.line - 1 : r.line;
          edited = r.line;
          was = splitText(text).lines[found - 1];
          after = splitText(r.text).lines[r.line - 1];
          repeat.next = r.next ?? null;
          repeat.skipped = r.repeatSkipped ?? null;
          return r.text;
        });
      } catch (e) {
        if (e instanceof NoteError) return fail(e.message);
        throw e;
      }
      if (result === "refused") {
        const cause = reason || `${path} changed while it was being edited; nothing was changed.`;
        if (expect === undefined || current === expect) return fail(cause);
        // Nothing changed under us: the caller's --expect matches neither line N nor (once) any other line.
        const elsewhere = splitText(before).lines.filter((l) => l === expect).length;
        const label = `line ${line}:`;
        const why = elsewhere > 1 ? `and it appears ${elsewhere} times elsewhere in the note, so none was edited` : "and no other line of the note is";
        return fail(`${path}:${line} differs from the line you expected, ${why}; nothing was changed.\n  ${"expected:".padEnd(label.length)} ${expect}\n  ${label.padEnd(9)} ${current ?? "(past the end of the note)"}`);
      }
      const status = result === "written" ? done : `already ${done.toLowerCase()}; nothing written`;
      const where = found === line ? "" : ` (the line moved from ${line})`;
      const { next: added, skipped } = repeat;
      if (args.flags.has("json")) {
        const fields = name === "complete" ? { next: added, ...(skipped ? { repeatSkipped: skipped } : {}) } : {};
        io.out(JSON.stringify({ path, line: edited, requestedLine: line, result, before: was, after, ...fields }, null, 2));
      } else {
        io.out(`${status}: ${path}:${edited}${where}\n  ${after}` + (added ? `\nNext occurrence: ${path}:${added.line}\n  ${added.text}` : ""));
      }
      if (skipped) io.err(`one-on-one ${name}: this task repeats (🔁 ${skipped.rule}), but no next occurrence was added: ${skipped.reason}. Add the next one by hand.`);
      return { exitCode: 0 };
    },
  };
}

export const completeCommand = lineEditCommand("complete", "Complete", "Completed", completeItem);
export const cancelCommand = lineEditCommand("cancel", "Cancel", "Cancelled", cancelItem);
