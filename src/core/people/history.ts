// Whose 1:1 is due: last 1:1, next date and overdue days per person, from 1:1 notes' frontmatter dates and cadence.
import { addDays, daysBetween } from "../markdown/iso-day";
import type { Person, PersonDirectory } from "./directory";
import type { OneOnOneHistory, OneOnOneRef } from "./one-on-one-notes";

export interface PersonDue {
  person: string;
  /** Path of the person note. */
  personPath: string;
  /** The cadence as written (lower case), e.g. "weekly". */
  cadence: string;
  cadenceDays: number;
  /** The latest 1:1 on or before today, or null when there was none. */
  last: OneOnOneRef | null;
  /** The next 1:1: the earliest note dated after today, else last + cadence, else today (never met). */
  next: string;
  /** Days past `next` (0 when due today or not yet due). */
  overdueDays: number;
  /** True when a note dated after today already exists for the next 1:1. */
  scheduled: boolean;
}

/** The due state of one person; null without a cadence. */
export function personDue(person: Person, history: OneOnOneHistory, today: string): PersonDue | null {
  if (!person.cadence) return null;
  const last = history.lastOnOrBefore(person.name, today);
  const upcoming = history.notesWith(person.name).find((n) => n.date > today) ?? null;
  const next = upcoming ? upcoming.date : last ? (addDays(last.date, person.cadence.days) ?? today) : today;
  const overdue = daysBetween(next, today) ?? 0;
  return {
    person: person.name,
    personPath: person.path,
    cadence: person.cadence.label,
    cadenceDays: person.cadence.days,
    last,
    next,
    overdueDays: Math.max(0, overdue),
    scheduled: upcoming !== null,
  };
}

/** Everyone with a cadence, most overdue first, then by next date and name. */
export function dueList(directory: PersonDirectory, history: OneOnOneHistory, today: string): PersonDue[] {
  const out: PersonDue[] = [];
  for (const p of directory.all()) {
    const d = personDue(p, history, today);
    if (d) out.push(d);
  }
  return out.sort((a, b) => (a.next !== b.next ? (a.next < b.next ? -1 : 1) : a.person.localeCompare(b.person)));
}

/** People whose 1:1 is due today or overdue (and not already scheduled for later). */
export function dueOnOrBefore(list: readonly PersonDue[], today: string): PersonDue[] {
  return list.filter((d) => d.next <= today);
}
