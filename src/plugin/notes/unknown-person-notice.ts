// Opening a 1:1 note whose `person` has no person note (a misspelt link makes a phantom person) says so, with the nearest known name.
import { Notice, type TFile } from "obsidian";
import { unknownPeople, unknownPersonMessage } from "../../core/people/unknown-people";
import type { Host } from "../host";

export function registerUnknownPersonNotice(host: Host): void {
  const { app, plugin } = host;
  // Once per name and session: the note stays wrong until fixed, and a notice on every open would nag.
  const told = new Set<string>();
  const check = (file: TFile | null) => {
    if (!file || !host.actions.ready) return;
    const note = host.actions.index.get(file.path)?.oneOnOne;
    if (!note) return;
    for (const u of unknownPeople(new Map([[file.path, note]]), host.actions.directory())) {
      if (told.has(u.name)) continue;
      told.add(u.name);
      new Notice(`One-on-one: ${unknownPersonMessage(u)}`);
    }
  };
  app.workspace.onLayoutReady(() => plugin.registerEvent(app.workspace.on("file-open", check)));
}
