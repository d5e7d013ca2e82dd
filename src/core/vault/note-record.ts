// What one note contributes to the vault model: its action items, 1:1 note info and person info.
import type { ActionItem } from "../actions/types";
import { scanTaskLines, type ParseOptions } from "../actions/parse";
import { readTaskItems, sameTaskLines, type TaskLines } from "../actions/task-lines";
import { frontmatterDate, parseFrontmatter, type FrontmatterValue } from "../markdown/frontmatter";
import { isFrontmatterFence } from "../markdown/scanner";
import { topLevelKey } from "../markdown/yaml-block";
import { basename, hasMdExtension, isInFolder, settingNotePath, trimSlashes } from "../markdown/note-paths";
import { deepEqual } from "./deep-equal";
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
  /** items.length, known without reading the items. */
  itemCount: number;
  /** Set when the frontmatter says `type: one-on-one`. */
  oneOnOne: OneOnOneNote | null;
  /** Set for notes in the people folder. */
  person: Person | null;
  /** The `date` in frontmatter (a real day), kept so a rename can recompute `date` without reading. */
  frontmatterDate: string | null;
  /** The note's own day: frontmatter `date`, else a daily-note file name; null when neither. */
  date: string | null;
  /** Why the frontmatter of a note that names `one-on-one` in it cannot be read (the note is then no 1:1); else null. */
  frontmatterError?: string | null;
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
  const tasks = scanTaskLines(text);
  const fmText = frontmatterText(text);
  // Only `type` and `date` are read here: frontmatter naming neither need not be parsed (people notes parse their own).
  const fm = fmText === null || !(fmText.includes("type") || fmText.includes("date")) ? null : parseFrontmatter(fmText);
  const data: Record<string, FrontmatterValue> = fm?.data ?? {};
  // A note meant as a 1:1 whose frontmatter YAML (and so Obsidian) cannot read: said, not silently left out.
  const fmError = fm?.error && typeSaysOneOnOne(fmText ?? "") ? fm.error : null;
  const oneOnOne = oneOnOneFromFrontmatter(data);
  const person = isInFolder(path, config.peopleFolder) ? personFromNote(path, fmText ?? "", config.peopleFolder) : null;
  if (tasks.count === 0 && oneOnOne === null && person === null && fmError === null) return null;
  const fmDate = frontmatterDate(data.date);
  return new ReadNote(path, text, tasks, config.parse, oneOnOne, person, fmDate, fmDate ?? nameDate(path, config), fmError);
}

/**
 * Whether frontmatter that cannot be parsed still shows `type: one-on-one`, as text: a top-level `type` key whose value,
 * with the lines that continue it (indented, or list items), says so. A tag or a title that says "one-on-one" does not.
 */
function typeSaysOneOnOne(fmText: string): boolean {
  const lines = fmText.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const k = topLevelKey(lines[i]);
    if (k?.key !== "type") continue;
    let value = lines[i].slice(k.valueAt);
    while (i + 1 < lines.length && /^[ \t-]/.test(lines[i + 1])) value += "\n" + lines[++i];
    if (/one-on-one/i.test(value)) return true;
  }
  return false;
}

/**
 * A note as read: its task lines are found, but their fields are read on the first look at `items` (then kept).
 * Building an index costs the structural pass; the fields are read by the first reader (the plugin reads them in its
 * time-sliced build, the CLI when a command lists items). Two unread versions of a note compare line by line.
 */
class ReadNote implements NoteRecord {
  private read: readonly ActionItem[] | null = null;
  /** Where the task lines are, until the items are read (then only the items are kept). */
  private tasks: TaskLines | null;
  private text: string;
  readonly itemCount: number;

  constructor(
    readonly path: string,
    text: string,
    tasks: TaskLines,
    private readonly parse: ParseOptions | undefined,
    readonly oneOnOne: OneOnOneNote | null,
    readonly person: Person | null,
    readonly frontmatterDate: string | null,
    readonly date: string | null,
    readonly frontmatterError: string | null,
  ) {
    this.text = text;
    this.tasks = tasks;
    this.itemCount = tasks.count;
  }

  get items(): readonly ActionItem[] {
    if (this.read === null) {
      this.read = readTaskItems(this.path, this.text, this.tasks!, this.parse?.statuses);
      this.tasks = null;
      this.text = "";
    }
    return this.read;
  }

  /** Same items as `other`'s, decided without reading either while both are unread (and read under the same statuses: they decide isOpen). */
  sameItems(other: NoteRecord): boolean {
    if (other instanceof ReadNote && this.tasks !== null && other.tasks !== null && this.parse?.statuses?.closed === other.parse?.statuses?.closed) {
      return this.path === other.path && sameTaskLines(this.tasks, this.text, other.tasks, other.text);
    }
    return deepEqual(this.items, other.items);
  }
}

/** Two records with equal content (items compared without reading them where possible). */
export function sameRecord(a: NoteRecord, b: NoteRecord): boolean {
  if (a === b) return true;
  if (a.path !== b.path || a.frontmatterDate !== b.frontmatterDate || a.date !== b.date || a.itemCount !== b.itemCount) return false;
  if ((a.frontmatterError ?? null) !== (b.frontmatterError ?? null)) return false;
  if (!deepEqual(a.oneOnOne, b.oneOnOne) || !deepEqual(a.person, b.person)) return false;
  if (a instanceof ReadNote) return a.sameItems(b);
  if (b instanceof ReadNote) return b.sameItems(a);
  return deepEqual(a.items, b.items);
}

/** A record as plain data (items read), for comparing indexes in tests and for debugging. */
export function plainRecord(r: NoteRecord): NoteRecord {
  return { path: r.path, items: r.items, itemCount: r.itemCount, oneOnOne: r.oneOnOne, person: r.person, frontmatterDate: r.frontmatterDate, date: r.date, frontmatterError: r.frontmatterError ?? null };
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
  const frontmatterError = record.frontmatterError ?? null;
  if (record.itemCount === 0 && record.oneOnOne === null && person === null && frontmatterError === null) return null;
  const items = record.items.map((it) => ({ ...it, path: newPath }));
  const date = record.frontmatterDate ?? nameDate(newPath, config);
  return { path: newPath, items, itemCount: items.length, oneOnOne: record.oneOnOne, person, frontmatterDate: record.frontmatterDate, date, frontmatterError };
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
