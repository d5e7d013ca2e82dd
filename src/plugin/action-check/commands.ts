// Commands: check the action items of this note, or of the vault.
import type { Host } from "../host";
import type { ActionCheckConfig } from "./extension";
import { showActionReport } from "./report-modal";

export function registerActionCheckCommands(host: Host, config: ActionCheckConfig): void {
  const { plugin, app } = host;
  plugin.addCommand({
    id: "check-action-items-in-note",
    name: "Check action items in this note",
    checkCallback: (checking) => {
      const file = app.workspace.getActiveFile();
      if (file?.extension !== "md") return false;
      if (!checking) void showActionReport(host, config, `Action items in ${file.basename}`, [file], true);
      return true;
    },
  });
  plugin.addCommand({
    id: "check-action-items-across-vault",
    name: "Check action items across vault",
    callback: () => {
      const files = app.vault.getMarkdownFiles().filter((f) => !config.outOfScope(f.path));
      void showActionReport(host, config, "Action items across the vault", files.sort((a, b) => a.path.localeCompare(b.path)));
    },
  });
}
