// Commands: check the action items of this note, or of the vault.
import { registerCheckCommands } from "../check-commands";
import type { Host } from "../host";
import type { ActionCheckConfig } from "./extension";
import { showActionReport } from "./report-modal";

export function registerActionCheckCommands(host: Host, config: ActionCheckConfig): void {
  registerCheckCommands(host, {
    note: { id: "check-action-items-in-note", name: "Check action items in this note", title: (file) => `Action items in ${file.basename}` },
    vault: { id: "check-action-items-across-vault", name: "Check action items across vault", title: "Action items across the vault" },
    show: (title, files, one) => showActionReport(host, config, title, files, one),
  });
}
