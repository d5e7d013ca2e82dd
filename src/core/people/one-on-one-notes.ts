// 1:1 notes: recognised by frontmatter (type: one-on-one, person, date), never by folder or file name.
import { frontmatterDate, linkTarget, stringList, type FrontmatterValue } from "../markdown/frontmatter";
import { isIsoDay } from "../markdown/iso-day";
import { nameKey, type PersonDirectory } from "./directory";

export interface OneOnOneNote {
  /** The person as the frontmatter links it (`[[Alex Kim]]` → "Alex Kim"); null when missing. */
  person: string | null;
  /** The meeting day (YYYY-MM-DD), or null when missing or not a real date. */
  date: string | null;
  problems: string[];
}

/** A dated 1:1 note as the history lists it. */
export interface OneOnOneRef {
  path: string;
  date: string;
}

const TYPE = "one-on-one";

/** Reads 1:1 note info from frontmatter data; null when the note is not a 1:1 note. */
export function oneOnOneFromFrontmatter(data: Readonly<Record<string, FrontmatterValue>>): OneOnOneNote | null {
  if (!stringList(data.type).some((t) => t.trim().toLowerCase() === TYPE)) return null;
  const problems: string[] = [];
  const person = linkTarget(Array.isArray(data.person) ? data.person[0] : data.person);
  if (person === null) problems.push('A one-on-one note needs `person: "[[Name]]"` in its frontmatter');
  const date = frontmatterDate(data.date);
  if (date === null) {
    problems.push(data.date === undefined || data.date === null ? "A one-on-one note needs `date: YYYY-MM-DD` in its frontmatter" : `The date ${JSON.stringify(data.date)} is not a real YYYY-MM-DD day`);
  }
  return { person, date, problems };
}

/** A daily note's date from its file name (`2024-05-01.md`); null for other names. */
export function isoDateFromName(basename: string): string | null {
  return basename.length === 10 && isIsoDay(basename) ? basename : null;
}

/** Every dated 1:1 note per person, resolved through the directory (aliases count as the same person). */
export class OneOnOneHistory {
  private readonly byPerson = new Map<string, OneOnOneRef[]>();
  /** Lists by the name as asked (queries ask about the same few names for thousands of items). */
  private readonly asked = new Map<string, readonly OneOnOneRef[]>();

  constructor(notes: Iterable<readonly [path: string, note: OneOnOneNote]>, directory: PersonDirectory) {
    for (const [path, note] of notes) {
      if (note.person === null || note.date === null) continue;
      const key = nameKey(personName(note.person, directory));
      let list = this.byPerson.get(key);
      if (!list) this.byPerson.set(key, (list = []));
      list.push({ path, date: note.date });
    }
    for (const list of this.byPerson.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Dated 1:1 notes with a person (name as the directory resolves it), oldest first. */
  notesWith(person: string): readonly OneOnOneRef[] {
    let list = this.asked.get(person);
    if (list === undefined) this.asked.set(person, (list = this.byPerson.get(nameKey(person)) ?? []));
    return list;
  }

  /** How many 1:1s with the person are dated strictly after `after` and strictly before `before`. */
  countBetween(person: string, after: string, before: string): number {
    const list = this.notesWith(person);
    if (list.length === 0 || before <= after) return 0;
    return firstAtOrAfter(list, before) - firstAfter(list, after);
  }

  /** The latest 1:1 with the person on or before `day`, or null. */
  lastOnOrBefore(person: string, day: string): OneOnOneRef | null {
    const list = this.notesWith(person);
    const i = firstAfter(list, day) - 1;
    return i >= 0 ? list[i] : null;
  }
}

/** The display name of a linked person: the person note's name when known, else the link as written. */
export function personName(linked: string, directory: PersonDirectory): string {
  return directory.get(linked)?.name ?? linked;
}

function firstAfter(list: readonly OneOnOneRef[], day: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].date <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstAtOrAfter(list: readonly OneOnOneRef[], day: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].date < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
