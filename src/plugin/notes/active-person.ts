// The person a note is about: the person note itself, or the person in a 1:1 note's frontmatter.
import type { App, TFile } from "obsidian";
import { linkTarget } from "../../core/markdown/frontmatter";
import { isInFolder } from "../../core/markdown/note-paths";
import { personFromNote, type Person } from "../../core/people/directory";
import type { Host } from "../host";

/** The 1:1 person (as linked) of a note from the metadata cache, for notes the index has not read yet. */
function linkedPerson(app: App, file: TFile): string | null {
  const fm: Record<string, unknown> | undefined = app.metadataCache.getFileCache(file)?.frontmatter;
  if (!fm) return null;
  const types = Array.isArray(fm.type) ? (fm.type as unknown[]) : [fm.type];
  if (!types.some((t) => typeof t === "string" && t.trim().toLowerCase() === "one-on-one")) return null;
  const person: unknown = Array.isArray(fm.person) ? (fm.person as unknown[])[0] : fm.person;
  return typeof person === "string" ? linkTarget(person) : null;
}

/** The person of a person note or of a 1:1 note; null for any other note. */
export function personOfNote(host: Host, file: TFile | null): Person | null {
  if (!file || file.extension !== "md") return null;
  const directory = host.actions.directory();
  const record = host.actions.index.get(file.path);
  if (record?.person) return directory.get(record.person.name) ?? record.person;
  const folder = host.settings.peopleFolder.replace(/^\/+|\/+$/g, "");
  if (!record && isInFolder(file.path, folder)) return directory.get(file.basename) ?? personFromNote(file.path, "", folder);
  const linked = record?.oneOnOne?.person ?? linkedPerson(host.app, file);
  return linked === null ? null : directory.get(linked);
}

/** True when the note is a 1:1 note (by frontmatter). */
export function isOneOnOneNote(host: Host, file: TFile | null): boolean {
  if (!file) return false;
  return host.actions.index.get(file.path)?.oneOnOne != null || linkedPerson(host.app, file) !== null;
}
