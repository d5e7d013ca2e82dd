// The check's settings for the editor and the commands: severities, scope, today (the action index's clock) and the people.
import { isOutOfScope, modelConfigFrom } from "../../core/vault/note-record";
import { actionCheckOptions, modelSettings } from "../../settings";
import type { Host } from "../host";
import type { ActionCheckConfig } from "./extension";

/** Read at every use, so settings changes and new person notes apply at once. */
export const actionCheckConfig = (host: Host): ActionCheckConfig => ({
  options: () => actionCheckOptions(host.settings, host.actions.today(), host.actions.directory()),
  outOfScope: (path) => isOutOfScope(path, modelConfigFrom(modelSettings(host.settings))),
});
