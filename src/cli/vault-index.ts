// The whole vault read into the plugin's index, with the vault's settings: what every command that reads items and people shares.
import moment from "moment";
import { ActionIndex } from "../core/vault/index-store";
import { isOutOfScope, modelConfigFrom } from "../core/vault/note-record";
import { modelSettings, type OneOnOneSettings } from "../settings";
import type { ParsedArgs } from "./args";
import type { CliIo } from "./io";
import { applyPeopleFolder, missingPeopleFolder } from "./people-checks";
import { readVault, requireVaultFolder, type DiskNote } from "./vault-fs";
import { loadVaultSettings } from "./vault-settings";

export interface VaultIndex {
  root: string;
  settings: OneOnOneSettings;
  index: ActionIndex;
  notes: DiskNote[];
}

/** Reads the vault into an index with its settings, `--me` and `--people-folder` applied; a missing people folder is explained on stderr. */
export async function loadIndex(args: ParsedArgs, io: CliIo): Promise<VaultIndex> {
  const root = requireVaultFolder(args.positionals[0]);
  const settings = await loadVaultSettings(root, io);
  const me = args.values.get("me");
  if (me !== undefined) settings.myName = me.trim();
  applyPeopleFolder(settings, args);
  const missing = missingPeopleFolder(root, settings);
  if (missing) io.err(`one-on-one: ${missing}`);
  // The same moment parsing as the plugin, so daily notes named in a custom format carry their date.
  const index = new ActionIndex(modelConfigFrom(modelSettings(settings), moment));
  const notes = await readVault(root, io, inScopeOf(settings));
  for (const note of notes) index.update(note.path, note.text);
  return { root, settings, index, notes };
}

/** The notes the index reads (no excluded folders, no template notes): a link to a note outside them still counts. */
export function inScopeOf(settings: OneOnOneSettings): (path: string) => boolean {
  const config = modelConfigFrom(modelSettings(settings));
  return (path) => !isOutOfScope(path, config);
}
