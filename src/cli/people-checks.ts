// What every command that reads people shares: --people-folder, a missing people folder explained, phantom people warned about.
import { statSync } from "node:fs";
import * as path from "node:path";
import type { PersonDirectory } from "../core/people/directory";
import type { OneOnOneNote } from "../core/people/one-on-one-notes";
import { unknownPeople, unknownPersonMessage } from "../core/people/unknown-people";
import type { OneOnOneSettings } from "../settings";
import type { ParsedArgs } from "./args";
import type { CliIo } from "./io";
import { SETTINGS_FILE } from "./vault-settings";

/** The valued options these checks read; commands add them to their parseArgs spec. */
export const PEOPLE_OPTIONS = ["people-folder"];

/** `--people-folder` over data.json's `peopleFolder`. */
export function applyPeopleFolder(settings: OneOnOneSettings, args: ParsedArgs): void {
  const folder = args.values.get("people-folder");
  if (folder !== undefined) settings.peopleFolder = folder.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
}

/** Null when the people folder exists, else what is wrong and how to set it. */
export function missingPeopleFolder(root: string, settings: OneOnOneSettings): string | null {
  const folder = settings.peopleFolder.replace(/^\/+|\/+$/g, "");
  if (folder === "") return null;
  try {
    if (statSync(path.join(root, ...folder.split("/"))).isDirectory()) return null;
  } catch {
    // missing: explained below
  }
  return (
    `The people folder "${folder}/" does not exist in this vault, so no person is known. ` +
    `Pass --people-folder FOLDER, or set "peopleFolder" in ${SETTINGS_FILE} (the plugin's People setting).`
  );
}

/** Warns on stderr about 1:1 notes whose `person` has no person note, with the nearest known name. */
export function warnUnknownPeople(command: string, notes: ReadonlyMap<string, OneOnOneNote>, directory: PersonDirectory, io: CliIo): void {
  for (const u of unknownPeople(notes, directory)) io.err(`one-on-one ${command}: ${unknownPersonMessage(u)}`);
}

/** Warns on stderr about notes meant as 1:1s whose frontmatter cannot be read (Obsidian shows no properties for them either). */
export function warnUnreadableOneOnOnes(command: string, broken: readonly { path: string; error: string }[], io: CliIo): void {
  for (const b of broken) io.err(`one-on-one ${command}: ${b.path} is not counted as a 1:1 note, because its frontmatter cannot be read (Obsidian shows no properties for it either): ${b.error}`);
}
