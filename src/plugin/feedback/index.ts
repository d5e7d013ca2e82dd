// The feedback feature: editor lint extension, commands and settings, wired through the host.
import type { Host } from "../host";
import { registerSwitchableExtension } from "../switchable-extension";
import { registerFeedbackCommands } from "./commands";
import { feedbackLinter } from "./extension";
import { feedbackConfig } from "./options";
import { setFeedbackStatusReader } from "../feedback-status";
import { findBlocks } from "../../core/feedback/blocks";
import { lint } from "../../core/feedback/lint";

export { feedbackSettings } from "./settings-section";

export function registerFeedback(host: Host): void {
  const config = feedbackConfig(host);
  registerSwitchableExtension(
    host,
    () => JSON.stringify([host.settings.feedbackLint, host.settings.ruleSeverity]),
    () => (host.settings.feedbackLint ? feedbackLinter(config) : null),
  );
  registerFeedbackCommands(host, config);
  // The person overview shows each 1:1's feedback blocks with their status.
  setFeedbackStatusReader((text, noteDate) => {
    const ds = lint(text, { ...config.lint(), noteDate });
    return findBlocks(text).blocks.map((b) => ({ title: b.title, line: b.line + 1, findings: ds.filter((d) => d.line > b.line && d.line <= b.endLine).length }));
  });
  host.plugin.register(() => setFeedbackStatusReader(null));
}
