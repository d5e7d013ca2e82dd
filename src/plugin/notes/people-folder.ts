// Why no person is known: the people folder as set, and whether it exists (the usual case in a vault that never had one).
import { normalizePath, type App } from "obsidian";

/** The people folder setting without leading or trailing slashes ("" = the whole vault). */
export function peopleFolderOf(setting: string): string {
  return setting.trim().replace(/^\/+|\/+$/g, "");
}

/** Null when the people folder exists (or is the whole vault), else what is wrong and where to set it. */
export function missingPeopleFolder(app: App, setting: string): string | null {
  const folder = peopleFolderOf(setting);
  if (folder === "" || app.vault.getFolderByPath(normalizePath(folder)) !== null) return null;
  return `The people folder “${folder}” does not exist in this vault: set it under People in the plugin settings, or add a person with “New 1:1…”.`;
}

/** What to say when a name has no person note: where it was looked for, and why nothing is there when the folder is missing. */
export function noPersonNote(app: App, setting: string, name: string): string {
  const folder = peopleFolderOf(setting);
  const missing = missingPeopleFolder(app, setting);
  return missing ? `No person note for “${name}”. ${missing}` : `No person note for “${name}” in ${folder ? `“${folder}”` : "the vault"}.`;
}
