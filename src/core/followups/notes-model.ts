// People, 1:1 history and resolved items from a set of note texts: what the CLI (and tests) plan a 1:1 from.
import { ActionIndex } from "../vault/index-store";
import { resolvedItems } from "./follow-ups";
import type { ResolveOptions, ResolvedItem } from "./types";
import type { PersonDirectory } from "../people/directory";
import type { OneOnOneHistory } from "../people/one-on-one-notes";
import { modelConfigFrom, type ModelSettings, type MomentParse } from "../vault/note-record";

export interface NotesModel {
  index: ActionIndex;
  directory: PersonDirectory;
  history: OneOnOneHistory;
  items: readonly ResolvedItem[];
}

/** Indexes every note once; the plugin gets the same from its live index service. */
export function notesModel(notes: Iterable<{ path: string; text: string }>, settings: ModelSettings & ResolveOptions, today: string, moment?: MomentParse): NotesModel {
  const index = new ActionIndex(modelConfigFrom(settings, moment));
  for (const n of notes) index.update(n.path, n.text);
  const directory = index.directory({ name: settings.myName, aliases: [...settings.myAliases] });
  return { index, directory, history: index.history(directory), items: resolvedItems(index, today, settings) };
}
