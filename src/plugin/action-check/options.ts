// The check's settings for the editor and the commands: severities, scope, today (the action index's clock) and the people.
import { actionCheckOptions } from "../../settings";
import { checkScope } from "../check-commands";
import type { Host } from "../host";
import type { ActionCheckConfig } from "./extension";

/** Read at every use, so settings changes and new person notes apply at once. */
export const actionCheckConfig = (host: Host): ActionCheckConfig => ({
  options: () => actionCheckOptions(host.settings, host.actions.today(), host.actions.directory()),
  outOfScope: () => {
    const inScope = checkScope(host.settings);
    return (path) => !inScope(path);
  },
});
