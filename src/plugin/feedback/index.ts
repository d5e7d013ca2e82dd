// The feedback feature: editor lint extension, commands and settings, wired through the host.
import type { Extension } from "@codemirror/state";
import type { Host } from "../host";
import { registerFeedbackCommands } from "./commands";
import { feedbackLinter } from "./extension";
import { lintOptions, trackOptions } from "./options";

export { feedbackSettings } from "./settings-section";

export function registerFeedback(host: Host): void {
  // Obsidian keeps this array: mutating it and calling updateOptions() reconfigures open editors.
  const extensions: Extension[] = [];
  host.plugin.registerEditorExtension(extensions);
  const reconfigure = () => {
    extensions.length = 0;
    if (host.settings.feedbackLint) extensions.push(feedbackLinter({ lint: () => lintOptions(host.settings), track: trackOptions }));
    host.app.workspace.updateOptions();
  };
  reconfigure();
  host.onSettingsChange(reconfigure);
  registerFeedbackCommands(host);
}
