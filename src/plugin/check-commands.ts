// The two palette commands every checker has: check the active note, and check every note in scope.
import type { TFile } from "obsidian";
import { isOutOfScope, modelConfigFrom } from "../core/vault/note-record";
import { modelSettings, type OneOnOneSettings } from "../settings";
import type { Host } from "./host";

export interface CheckCommands {
  note: { id: string; name: string; title: (file: TFile) => string };
  vault: { id: string; name: string; title: string };
  show(title: string, files: TFile[], one?: boolean): Promise<void>;
}

export function registerCheckCommands(host: Host, c: CheckCommands): void {
  const { plugin, app } = host;
  plugin.addCommand({
    id: c.note.id,
    name: c.note.name,
    checkCallback: (checking) => {
      const file = app.workspace.getActiveFile();
      if (file?.extension !== "md") return false;
      if (!checking) void c.show(c.note.title(file), [file], true);
      return true;
    },
  });
  plugin.addCommand({
    id: c.vault.id,
    name: c.vault.name,
    callback: () => {
      const inScope = checkScope(host.settings);
      const files = app.vault.getMarkdownFiles().filter((f) => inScope(f.path));
      void c.show(c.vault.title, files.sort((a, b) => a.path.localeCompare(b.path)));
    },
  });
}

/** The notes both checks read, as the action index does (no excluded folders, no template notes), settings read once. */
export function checkScope(settings: OneOnOneSettings): (path: string) => boolean {
  const config = modelConfigFrom(modelSettings(settings));
  return (path) => !isOutOfScope(path, config);
}
