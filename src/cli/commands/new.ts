// `new <vault> --person NAME`: creates the 1:1 note exactly as the plugin command does (same planner); never overwrites.
import { existsSync } from "node:fs";
import moment from "moment";
import { removeTopics } from "../../core/people/topics";
import { DEFAULT_ONE_ON_ONE_TEMPLATE, DEFAULT_QUESTION_BANK } from "../../core/templates/defaults";
import { notesModel } from "../../core/followups/notes-model";
import { settingNotePath } from "../../core/markdown/note-paths";
import { pastNotesOf, planOneOnOne } from "../../core/templates/plan";
import { UsageError, isIsoDate, parseArgs, todayFrom } from "../args";
import type { CliCommand, CliIo } from "../io";
import { createNote, NoteError, processNote, readVault, requireVaultFolder, resolveInVault } from "../vault-fs";
import { loadVaultSettings } from "../vault-settings";
import { inScopeOf } from "../vault-index";
import { PEOPLE_OPTIONS, applyPeopleFolder, missingPeopleFolder, warnUnknownPeople, warnUnreadableOneOnOnes } from "../people-checks";

/** The text of a note named by a setting, else the built-in default (with a warning when the note is missing). */
export function noteOrDefault(notes: ReadonlyMap<string, string>, setting: string, fallback: string, what: string, io: CliIo): string {
  const path = settingNotePath(setting);
  if (path === null) return fallback;
  const text = notes.get(path);
  if (text !== undefined) return text;
  io.err(`one-on-one new: ${what} "${path}" not found; using the built-in default.`);
  return fallback;
}

function localTime(now: Date): string {
  return `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
}

export const newCommand: CliCommand = {
  name: "new",
  summary: "Create today's 1:1 note with a person from the template (opens nothing, never overwrites)",
  usage: "one-on-one new <vault> --person NAME [--date YYYY-MM-DD] [--people-folder FOLDER] [--json] [--today YYYY-MM-DD]",
  async run(argv, io) {
    const args = parseArgs(argv, { values: ["person", "date", ...PEOPLE_OPTIONS], maxPositionals: 1 });
    const root = requireVaultFolder(args.positionals[0]);
    const name = args.values.get("person")?.trim();
    if (!name) throw new UsageError("--person NAME is required");
    const today = todayFrom(args);
    const date = args.values.get("date") ?? today;
    if (!isIsoDate(date)) throw new UsageError(`--date must be a real date as YYYY-MM-DD, got "${date}"`);

    const settings = await loadVaultSettings(root, io);
    applyPeopleFolder(settings, args);
    const missing = missingPeopleFolder(root, settings);
    if (missing) throw new UsageError(missing);
    const notes = await readVault(root, io, inScopeOf(settings));
    const texts = new Map(notes.map((n) => [n.path, n.text]));
    const model = notesModel(notes, settings, today, moment);
    warnUnknownPeople("new", model.index.oneOnOneNotes(), model.directory, io);
    warnUnreadableOneOnOnes("new", model.index.unreadableOneOnOnes(), io);
    const resolved = model.directory.resolve(name);
    if (resolved?.kind === "me") throw new UsageError(`"${name}" is you; name the person the 1:1 is with`);
    if (resolved === null) {
      const known = model.directory.all().map((p) => p.name);
      throw new UsageError(
        `no person note for "${name}" in ${settings.peopleFolder || "the vault"}/.${known.length ? ` Known: ${known.join(", ")}.` : ""} Create the person note first.`,
      );
    }
    const person = resolved.person;
    const plan = planOneOnOne({
      person,
      date,
      now: localTime(new Date()),
      notes: pastNotesOf(model.history.notesWith(person.name), (p) => texts.get(p)),
      personNoteText: texts.get(person.path) ?? null,
      template: noteOrDefault(texts, settings.noteTemplate, DEFAULT_ONE_ON_ONE_TEMPLATE, "template", io),
      bank: noteOrDefault(texts, settings.questionBank, DEFAULT_QUESTION_BANK, "question bank", io),
      items: model.items,
      settings,
      exists: (p) => texts.has(p) || existsSync(resolveInVault(root, p)),
      moment,
    });
    if (plan.unknownVariables.length) io.err(`one-on-one new: unknown template variables left as written: ${plan.unknownVariables.join(", ")}`);

    let created = false;
    let exitCode = 0;
    /** The topics taken out of the person note's "## Next 1:1" into the new note. */
    let moved: string[] = [];
    if (plan.kind === "create") {
      if (plan.frontmatterError !== null) io.err(`one-on-one new: the template's frontmatter cannot be read (${plan.frontmatterError}), so the new note is not found as a 1:1; fix the template's frontmatter.`);
      created = (await createNote(root, plan.path, plan.content)) === "created";
      if (created && plan.personNoteEdit) {
        const edit = plan.personNoteEdit;
        let problem = "";
        try {
          if ((await processNote(root, edit.path, (text) => removeTopics(text, edit.topics))) === "refused") problem = `${edit.path} changed while the note was created`;
        } catch (e) {
          if (!(e instanceof NoteError)) throw e;
          problem = e.message.replace(/; nothing was changed\.?.*$/, "");
        }
        if (problem) {
          io.err(`one-on-one new: ${problem}; its topics under "## Next 1:1" were copied but not removed.`);
          exitCode = 1;
        } else moved = edit.topics.map((t) => t.text);
      }
    }
    const from = plan.kind === "create" ? plan.personNoteEdit?.path : undefined;
    if (args.flags.has("json")) io.out(JSON.stringify({ path: plan.path, created, moved }));
    else if (!created) io.out(`Exists, left as it is: ${plan.path}`);
    else {
      const topics = moved.length === 1 ? "1 topic" : `${moved.length} topics`;
      io.out([`Created ${plan.path}`, ...(moved.length ? [`Moved ${topics} from "## Next 1:1" in ${from}:`, ...moved.map((t) => `  - ${t}`)] : [])].join("\n"));
    }
    return { exitCode };
  },
};
