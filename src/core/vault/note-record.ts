// What one note contributes to the vault model: its action items, 1:1 note info and person info.
import type { ActionItem } from "../actions/types";
import { parseActions, type ParseOptions } from "../actions/parse";
import { frontmatterDate, parseFrontmatter, type FrontmatterValue } from "../markdown/frontmatter";
import { isFrontmatterFence } from "../markdown/scanner";
import { basename, hasMdExtension, isInFolder, settingNotePath, trimSlashes } from "../markdown/note-paths";
import { personFromNote, type Person } from "../people/directory";
import { isoDateFromName, oneOnOneFromFrontmatter, type OneOnOneNote } from "../people/one-on-one-notes";

/** How notes are read into records; a change here means a full re-index. */
export interface ModelConfig {
  peopleFolder: string;
  /** Folders whose notes contribute nothing (no items, no 1:1s, no people). */
  excludedFolders: readonly string[];
  /** Notes that contribute nothing either: the configured templates and question bank, whose placeholder tasks are not work. */
  excludedFiles?: readonly string[];
  /** Passed to the task-line parser. */
  parse?: ParseOptions;
  /** A daily note's date from its basename; default: the basename is YYYY-MM-DD. */
  dateFromName?: (basename: string) => string | null;
}

export interface NoteRecord {
  path: string;
  items: readonly ActionItem[];
  /** Set when the frontmatter says `type: one-on-one`. */
  oneOnOne: OneOnOneNote | null;
  /** Set for notes in the people folder. */
  person: Person | null;
  /** The `date` in frontmatter (a real day), kept so a rename can recompute `date` without reading. */
  frontmatterDate: string | null;
  /** The note's own day: frontmatter `date`, else a daily-note file name; null when neither. */
  date: string | null;
}

/** A moment-like parser, passed in because the core never imports moment. */
export type MomentParse = (input: string, format: string, strict: boolean) => { isValid(): boolean; format(f: string): string };

/** The settings that decide how notes are read. */
export interface ModelSettings {
  peopleFolder: string;
  excludedFolders: readonly string[];
  /** Status characters beyond space/x/X/-/> that count as closed. */
  closedStatuses: string;
  /** The daily-note file name format (moment), for daily notes' dates. */
  dailyFormat: string;
  /** The template and question-bank notes as set (with or without `.md`; empty for none). */
  noteTemplate: string;
  dailyTemplate: string;
  questionBank: string;
}

/** The configured template and question-bank notes, as vault paths. */
function templateFiles(settings: ModelSettings): string[] {
  return [settings.noteTemplate, settings.dailyTemplate, settings.questionBank].map(settingNotePath).filter((p): p is string => p !== null);
}

/** The model config from settings; `moment` lets daily-note names in a custom format carry their date. */
export function modelConfigFrom(settings: ModelSettings, moment?: MomentParse): ModelConfig {
  const format = settings.dailyFormat;
  const custom = moment !== undefined && format !== "YYYY-MM-DD";
  return {
    peopleFolder: settings.peopleFolder.replace(/^\/+|\/+$/g, ""),
    excludedFolders: settings.excludedFolders.map((f) => f.replace(/^\/+|\/+$/g, "")).filter((f) => f !== ""),
    excludedFiles: templateFiles(settings),
    parse: { statuses: { closed: settings.closedStatuses } },
    dateFromName: custom ? (name) => isoDateFromName(name) ?? dailyDate(moment, name, format) : undefined,
  };
}

/** A key that changes exactly when notes must be read again under new settings. */
export function modelConfigKey(settings: ModelSettings): string {
  return JSON.stringify([settings.peopleFolder, settings.excludedFolders, settings.closedStatuses, settings.dailyFormat, templateFiles(settings)]);
}

function dailyDate(moment: MomentParse, name: string, format: string): string | null {
  const m = moment(name, format, true);
  return m.isValid() ? m.format("YYYY-MM-DD") : null;
}

/** True when no record is kept for a path (excluded folders, template notes, non-Markdown files). */
export function isOutOfScope(path: string, config: ModelConfig): boolean {
  if (!hasMdExtension(path) || config.excludedFiles?.includes(path)) return true;
  for (const f of config.excludedFolders) {
    const folder = trimSlashes(f);
    if (folder !== "" && isInFolder(path, folder)) return true;
  }
  return false;
}

/** Reads a note into a record; null when the note contributes nothing (no items, not a 1:1, not a person). */
export function readNoteRecord(path: string, text: string, config: ModelConfig): NoteRecord | null {
  if (isOutOfScope(path, config)) return null;
  const items = parseActions(path, text, config.parse);
  const fmText = frontmatterText(text);
  // Only `type` and `date` are read here: frontmatter naming neither need not be parsed (people notes parse their own).
  const data: Record<string, FrontmatterValue> = fmText === null || !(fmText.includes("type") || fmText.includes("date")) ? {} : parseFrontmatter(fmText).data;
  const oneOnOne = oneOnOneFromFrontmatter(data);
  const person = isInFolder(path, config.peopleFolder) ? personFromNote(path, fmText ?? "", config.peopleFolder) : null;
  if (items.length === 0 && oneOnOne === null && person === null) return null;
  const fmDate = frontmatterDate(data.date);
  return { path, items, oneOnOne, person, frontmatterDate: fmDate, date: fmDate ?? nameDate(path, config) };
}

/**
 * The record of a renamed note, derived without reading it; undefined when it cannot be derived
 * (a note moved into the people folder needs its frontmatter read).
 */
export function movedRecord(record: NoteRecord, newPath: string, config: ModelConfig): NoteRecord | null | undefined {
  if (isOutOfScope(newPath, config)) return null;
  let person: Person | null = null;
  if (isInFolder(newPath, config.peopleFolder)) {
    if (record.person === null) return undefined;
    person = { ...record.person, name: basename(newPath), path: newPath };
  }
  if (record.items.length === 0 && record.oneOnOne === null && person === null) return null;
  const items = record.items.map((it) => ({ ...it, path: newPath }));
  return { ...record, path: newPath, items, person, date: record.frontmatterDate ?? nameDate(newPath, config) };
}

function nameDate(path: string, config: ModelConfig): string | null {
  const name = basename(path);
  return config.dateFromName ? config.dateFromName(name) : isoDateFromName(name);
}

/** The frontmatter block (both `---` lines included) without splitting the whole note; null when none. */
export function frontmatterText(text: string): string | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith("---", start)) return null;
  let i = start;
  for (let lineNo = 0; ; lineNo++) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
    const isFence = isFrontmatterFence(text, i, j);
    if (lineNo === 0 && !isFence) return null;
    if (lineNo > 0 && isFence) return text.slice(start, j);
    if (j >= text.length) return null;
    i = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
  }
}
