// Planning a new 1:1 note: one pure function used by the plugin command and the CLI, so both create the same note.
import type { ResolvedItem } from "../followups/types";
import type { Person } from "../people/directory";
import { readTopics, type Topic } from "../people/topics";
import { ensureOneOnOneFrontmatter } from "./frontmatter";
import { freePath, notePath } from "./paths";
import { parseQuestionBank } from "./questions";
import { render, type MomentFn } from "./render";
import { oneOnOneVariables, type PastNote } from "./variables";

export interface PlanSettings {
  /** Path pattern of a new 1:1 note, template variables allowed. */
  notePathPattern: string;
  /** Allow a second 1:1 note with the same person on the same day (suffix " (2)"). */
  allowSameDayNote: boolean;
  questionCount: number;
  myName: string;
}

export interface PlanInput {
  person: Person;
  /** The 1:1 day, YYYY-MM-DD. */
  date: string;
  /** Local time HH:mm for `{{time}}`. */
  now?: string;
  /** This person's 1:1 notes (found by frontmatter), with their text for question rotation. */
  notes: readonly PastNote[];
  /** The person note's text, or null when it could not be read. */
  personNoteText: string | null;
  /** Template text (the user's or the built-in default). */
  template: string;
  /** Question bank note text. */
  bank: string;
  /** Resolved items of the vault (only this person's open ones are used). */
  items: readonly ResolvedItem[];
  settings: PlanSettings;
  /** Whether a vault path is taken. */
  exists: (path: string) => boolean;
  moment: MomentFn;
}

export interface PersonNoteEdit {
  path: string;
  /** Topics to take out of `## Next 1:1`; apply with removeTopics(), which refuses when they changed. */
  topics: Topic[];
}

export type NotePlan =
  | {
      kind: "create";
      path: string;
      content: string;
      /** Null when there is nothing to move (no topics, or the template has no `{{agenda}}`). */
      personNoteEdit: PersonNoteEdit | null;
      unknownVariables: string[];
      /** Set when the template's frontmatter cannot be read: the note is written as the template made it, and is not found as a 1:1. */
      frontmatterError: string | null;
    }
  /** The note for that person and day exists (by frontmatter or at the path): open it, write nothing. */
  | { kind: "exists"; path: string; unknownVariables: string[] };

export function planOneOnOne(input: PlanInput): NotePlan {
  const { person, date, settings } = input;
  const target = notePath(settings.notePathPattern, person.name, date, input.moment, settings.myName);
  if (!settings.allowSameDayNote) {
    const sameDay = input.notes.find((n) => n.date === date);
    if (sameDay) return { kind: "exists", path: sameDay.path, unknownVariables: target.unknownVariables };
  }
  const path = freePath(target.path, input.exists, settings.allowSameDayNote);
  if (path === null) return { kind: "exists", path: target.path, unknownVariables: target.unknownVariables };

  const previous = [...input.notes].filter((n) => n.date <= date).sort((a, b) => (a.date === b.date ? (a.path < b.path ? -1 : 1) : a.date < b.date ? -1 : 1)).pop() ?? null;
  const topics = input.personNoteText === null ? [] : readTopics(input.personNoteText);
  const { vars, agendaUsed } = oneOnOneVariables({
    person: person.name,
    title: path.slice(path.lastIndexOf("/") + 1, -3),
    myName: settings.myName,
    date,
    previous,
    items: input.items,
    topics,
    bank: parseQuestionBank(input.bank),
    pastNotes: input.notes,
    questionCount: settings.questionCount,
  });
  const rendered = render(input.template, vars, { today: date, now: input.now, moment: input.moment });
  const { text: content, error: frontmatterError } = ensureOneOnOneFrontmatter(rendered.text, person.name, date);
  const unknownVariables = [...target.unknownVariables, ...rendered.unknownVariables.filter((u) => !target.unknownVariables.includes(u))];
  const personNoteEdit = agendaUsed() && topics.length > 0 ? { path: person.path, topics } : null;
  return { kind: "create", path, content, personNoteEdit, unknownVariables, frontmatterError };
}

/** A person's 1:1 notes with their text, oldest first; notes that cannot be read are skipped. */
export function pastNotesOf(refs: readonly { path: string; date: string }[], read: (path: string) => string | null | undefined): PastNote[] {
  const out: PastNote[] = [];
  for (const r of refs) {
    const text = read(r.path);
    if (typeof text === "string") out.push({ path: r.path, date: r.date, text });
  }
  return out;
}
