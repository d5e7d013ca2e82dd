// The agreed-action check: editor lint extension, commands and settings, wired through the host (apart from the feedback linter, so each can be measured and turned off alone).
import type { Host } from "../host";
import { registerSwitchableExtension } from "../switchable-extension";
import { registerActionCheckCommands } from "./commands";
import { actionLinter } from "./extension";
import { actionCheckConfig } from "./options";

export { actionCheckSettings } from "./settings-section";

export function registerActionCheck(host: Host): void {
  const config = actionCheckConfig(host);
  // Re-checked only when the check's own settings changed (on, everywhere, its rules' severities).
  registerSwitchableExtension(
    host,
    () => {
      const s = host.settings;
      return JSON.stringify([s.actionCheck, s.actionCheckEverywhere, Object.entries(s.ruleSeverity).filter(([id]) => id.startsWith("actions/"))]);
    },
    () => (host.settings.actionCheck ? actionLinter(config) : null),
  );
  registerActionCheckCommands(host, config);
}
