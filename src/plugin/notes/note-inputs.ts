// What planning a 1:1 reads from the vault: the person's 1:1 notes, their person note, the template and the bank.
import { Notice, type App } from "obsidian";
import type { Person } from "../../core/people/directory";
import { DEFAULT_ONE_ON_ONE_TEMPLATE, DEFAULT_QUESTION_BANK } from "../../core/templates/defaults";
import { settingNotePath } from "../../core/markdown/note-paths";
import type { PastNote } from "../../core/templates/variables";
import type { Host } from "../host";
import { readPath } from "./vault-io";

/** The text of the note a setting names, else the built-in default (telling the user when the note is missing). */
export async function noteOrDefault(app: App, setting: string, fallback: string, what: string): Promise<string> {
  const path = settingNotePath(setting);
  if (path === null) return fallback;
  const text = await readPath(app, path);
  if (text !== null) return text;
  new Notice(`One-on-one: the ${what} "${path}" was not found; the built-in default was used.`);
  return fallback;
}

export interface PlanReads {
  notes: PastNote[];
  personNoteText: string | null;
  template: string;
  bank: string;
}

/** Reads everything a plan needs for one person (a few notes, read on demand). */
export async function readPlanInputs(host: Host, person: Person): Promise<PlanReads> {
  const { app, settings } = host;
  const directory = host.actions.directory();
  const refs = host.actions.index.history(directory).notesWith(person.name);
  const notes: PastNote[] = [];
  for (const r of refs) {
    const text = await readPath(app, r.path);
    if (text !== null) notes.push({ path: r.path, date: r.date, text });
  }
  return {
    notes,
    personNoteText: await readPath(app, person.path),
    template: await noteOrDefault(app, settings.noteTemplate, DEFAULT_ONE_ON_ONE_TEMPLATE, "1:1 template"),
    bank: await noteOrDefault(app, settings.questionBank, DEFAULT_QUESTION_BANK, "question bank"),
  };
}
