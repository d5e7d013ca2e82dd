// The 1:1-notes commands: new 1:1 (picker or this person), default templates, topics, daily note, copy agenda.
import { Notice } from "obsidian";
import type { Host } from "../host";
import { isOneOnOneNote, personOfNote } from "./active-person";
import { addPlanToDailyNote } from "./daily-note";
import { createDefaultTemplates } from "./default-templates";
import { newOneOnOne } from "./new-note";
import { pickPerson } from "./person-picker";
import { copyAgendaForSharing } from "./share-agenda";
import { addTopicForNextOneOnOne } from "./topics";
import { registerUnknownPersonNotice } from "./unknown-person-notice";

/** Runs a command's work, telling the user instead of failing silently. */
function run(task: () => Promise<unknown>): Promise<void> {
  return task().then(
    () => undefined,
    (e: unknown) => {
      new Notice(`One-on-one: ${e instanceof Error ? e.message : String(e)}`);
    },
  );
}

export function registerNoteCommands(host: Host): void {
  const { plugin, app } = host;
  registerUnknownPersonNotice(host);
  plugin.addCommand({
    id: "new-1-1",
    name: "New 1:1…",
    callback: () =>
      run(async () => {
        // The picker lists people from the index: wait for the first build so a known alias is never offered as new.
        await host.actions.whenReady();
        const person = await pickPerson(app, host.actions.directory(), host.settings.peopleFolder, "Who is the 1:1 with?");
        if (person) await newOneOnOne(host, person);
      }),
  });
  plugin.addCommand({
    id: "new-1-1-with-this-person",
    name: "New 1:1 with this person",
    checkCallback: (checking) => {
      const person = personOfNote(host, app.workspace.getActiveFile());
      if (!person) return false;
      if (!checking) void run(() => newOneOnOne(host, person));
      return true;
    },
  });
  plugin.addCommand({
    id: "create-default-templates",
    name: "Create default templates",
    callback: () => run(() => createDefaultTemplates(host)),
  });
  plugin.addCommand({
    id: "add-topic-for-next-1-1",
    name: "Add topic for next 1:1…",
    callback: () => run(() => addTopicForNextOneOnOne(host)),
  });
  plugin.addCommand({
    id: "add-plan-to-daily-note",
    name: "Add today's 1:1 plan to daily note",
    callback: () => run(() => addPlanToDailyNote(host)),
  });
  plugin.addCommand({
    id: "copy-agenda-for-sharing",
    name: "Copy agenda for sharing",
    checkCallback: (checking) => {
      const file = app.workspace.getActiveFile();
      if (!file || !isOneOnOneNote(host, file)) return false;
      if (!checking) void run(() => copyAgendaForSharing(host, file));
      return true;
    },
  });
}
