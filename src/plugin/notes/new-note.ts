// Creating a 1:1 note from the plugin: the same pure planner as the CLI, then safe writes, then open at the agenda.
import { MarkdownView, Notice, normalizePath } from "obsidian";
import { agendaCursor } from "../../core/agenda/cursor";
import type { Person } from "../../core/people/directory";
import { removeTopics } from "../../core/people/topics";
import { planOneOnOne } from "../../core/templates/plan";
import type { Host } from "../host";
import { readPlanInputs } from "./note-inputs";
import { createIfAbsent, fileAt, momentFn, nowTime, openNote } from "./vault-io";

export interface NewNoteResult {
  path: string;
  created: boolean;
}

/** Creates (or opens) the 1:1 note with a person for a day; never overwrites; moves queued topics with vault.process. */
export async function newOneOnOne(host: Host, person: Person, date = host.actions.today()): Promise<NewNoteResult> {
  const { app } = host;
  await host.actions.whenReady();
  const reads = await readPlanInputs(host, person);
  const plan = planOneOnOne({
    person,
    date,
    now: nowTime(),
    ...reads,
    items: host.actions.resolved(),
    settings: host.settings,
    exists: (p) => app.vault.getAbstractFileByPath(normalizePath(p)) !== null,
    moment: momentFn,
  });
  if (plan.unknownVariables.length) new Notice(`One-on-one: unknown template variables were left as written: ${plan.unknownVariables.join(", ")}`);

  if (plan.kind === "exists") {
    const file = fileAt(app, plan.path);
    if (file) await openNote(app, file);
    new Notice(`The 1:1 note with ${person.name} for ${date} exists; opened it.`);
    return { path: plan.path, created: false };
  }

  if (plan.frontmatterError !== null) new Notice(`One-on-one: the template's properties cannot be read (${plan.frontmatterError}), so the new note is not found as a 1:1. Fix the template's frontmatter.`);
  const { file, created } = await createIfAbsent(app, plan.path, plan.content);
  if (created && plan.personNoteEdit) {
    const edit = plan.personNoteEdit;
    const personFile = fileAt(app, edit.path);
    let refused = personFile === null;
    if (personFile) {
      await app.vault.process(personFile, (text) => {
        const next = removeTopics(text, edit.topics);
        if (next === null) {
          refused = true;
          return text;
        }
        return next;
      });
    }
    if (refused) new Notice(`${edit.path} changed meanwhile: its topics for the next 1:1 were copied into the note but left in place.`);
  }
  const leaf = await openNote(app, file);
  if (created && leaf.view instanceof MarkdownView) {
    const cursor = agendaCursor(plan.content);
    if (cursor) leaf.view.editor.setCursor(cursor);
  }
  if (!created) new Notice(`A note already exists at ${file.path}; opened it.`);
  return { path: file.path, created };
}
