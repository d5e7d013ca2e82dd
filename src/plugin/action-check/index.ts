// The agreed-action check: editor lint extension, commands and settings, wired through the host (apart from the feedback linter, so each can be measured and turned off alone).
import type { Extension } from "@codemirror/state";
import type { Host } from "../host";
import { registerActionCheckCommands } from "./commands";
import { actionLinter } from "./extension";
import { actionCheckConfig } from "./options";

export { actionCheckSettings } from "./settings-section";

export function registerActionCheck(host: Host): void {
  const config = actionCheckConfig(host);
  // Obsidian keeps this array: mutating it and calling updateOptions() reconfigures open editors.
  const extensions: Extension[] = [];
  host.plugin.registerEditorExtension(extensions);
  let applied = "";
  const reconfigure = () => {
    // Other features save settings too (while the user types); editors are re-checked only when the check's own settings changed.
    const s = host.settings;
    const wanted = JSON.stringify([s.actionCheck, s.actionCheckEverywhere, Object.entries(s.ruleSeverity).filter(([id]) => id.startsWith("actions/"))]);
    if (wanted === applied) return;
    applied = wanted;
    extensions.length = 0;
    if (host.settings.actionCheck) extensions.push(actionLinter(config));
    host.app.workspace.updateOptions();
  };
  reconfigure();
  host.onSettingsChange(reconfigure);
  registerActionCheckCommands(host, config);
}
