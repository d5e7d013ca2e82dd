// The feedback feature: editor lint extension, commands and settings, wired through the host.
import type { Extension } from "@codemirror/state";
import type { Host } from "../host";
import { registerFeedbackCommands } from "./commands";
import { feedbackLinter } from "./extension";
import { feedbackConfig } from "./options";
import { setFeedbackStatusReader } from "../feedback-status";
import { findBlocks } from "../../core/feedback/blocks";
import { lint } from "../../core/feedback/lint";

export { feedbackSettings } from "./settings-section";

export function registerFeedback(host: Host): void {
  const config = feedbackConfig(host);
  // Obsidian keeps this array: mutating it and calling updateOptions() reconfigures open editors.
  const extensions: Extension[] = [];
  host.plugin.registerEditorExtension(extensions);
  let applied = "";
  const reconfigure = () => {
    // Other features save settings too (while the user types); editors are reconfigured only when ours changed.
    const wanted = JSON.stringify([host.settings.feedbackLint, host.settings.ruleSeverity]);
    if (wanted === applied) return;
    applied = wanted;
    extensions.length = 0;
    if (host.settings.feedbackLint) extensions.push(feedbackLinter(config));
    host.app.workspace.updateOptions();
  };
  reconfigure();
  host.onSettingsChange(reconfigure);
  registerFeedbackCommands(host, config);
  // The person overview shows each 1:1's feedback blocks with their status.
  setFeedbackStatusReader((text, noteDate) => {
    const ds = lint(text, { ...config.lint(), noteDate });
    return findBlocks(text).blocks.map((b) => ({ title: b.title, line: b.line + 1, findings: ds.filter((d) => d.line > b.line && d.line <= b.endLine).length }));
  });
  host.plugin.register(() => setFeedbackStatusReader(null));
}
