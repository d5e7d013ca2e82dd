// The person overview's ways in: its view, the command with a picker, and a header action on person notes.
import { MarkdownView, Notice } from "obsidian";
import type { Host } from "../host";
import { personOfNote } from "../notes/active-person";
import { missingPeopleFolder } from "../notes/people-folder";
import type { ItemActions } from "./item-actions";
import { openPersonOverview, PersonOverviewPicker, PersonOverviewView, PERSON_VIEW_TYPE } from "./person-overview-view";
import type { FollowupSignal } from "./signal";

/** Registers the view, the command and the header action; returns what opens a person's overview (the dashboard's group headers use it). */
export function registerPersonOverview(host: Host, signal: FollowupSignal, actions: ItemActions): (person: string) => Promise<void> {
  const { plugin, app } = host;
  const overview = (person: string) => openPersonOverview(app, person);
  plugin.registerView(PERSON_VIEW_TYPE, (leaf) => new PersonOverviewView(leaf, host, signal, actions));
  plugin.addCommand({
    id: "open-person-overview",
    name: "Open person overview…",
    callback: async () => {
      await host.actions.whenReady();
      const directory = host.actions.directory();
      if (directory.all().length === 0) {
        const folder = host.settings.peopleFolder;
        return void new Notice(missingPeopleFolder(app, folder) ?? `No person notes in ${folder || "the vault"} yet.`);
      }
      const current = personOfNote(host, app.workspace.getActiveFile());
      new PersonOverviewPicker(app, directory, current?.name ?? "", (p) => void overview(p.name)).open();
    },
  });
  // A person note gets a header action that opens its overview; other notes lose it.
  const headerActions = new Map<MarkdownView, { path: string; el: HTMLElement }>();
  // Unloading the plugin takes its header actions away from the notes still open.
  plugin.register(() => {
    for (const a of headerActions.values()) a.el.remove();
    headerActions.clear();
  });
  const updateHeaderAction = () => {
    const open = new Set(app.workspace.getLeavesOfType("markdown").map((l) => l.view));
    for (const [view, a] of headerActions) {
      if (open.has(view)) continue;
      a.el.remove();
      headerActions.delete(view);
    }
    for (const leaf of app.workspace.getLeavesOfType("markdown")) {
      const view = leaf.view;
      if (!(view instanceof MarkdownView)) continue;
      const file = view.file;
      const person = file && host.actions.index.get(file.path)?.person ? personOfNote(host, file) : null;
      const had = headerActions.get(view);
      if (had && had.path === (file?.path ?? "") && person) continue;
      had?.el.remove();
      headerActions.delete(view);
      if (person && file) headerActions.set(view, { path: file.path, el: view.addAction("user", "Open person overview", () => void overview(person.name)) });
    }
  };
  plugin.registerEvent(app.workspace.on("file-open", updateHeaderAction));
  plugin.registerEvent(app.workspace.on("layout-change", updateHeaderAction));
  plugin.register(host.actions.onChange(updateHeaderAction));
  return overview;
}
