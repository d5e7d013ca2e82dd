// Resolving a request's deadline to a date relative to the note's date; calendar phrases come from an injected parser.
import { addDays, isIsoDay } from "../markdown/iso-day";
import { NEXT_ONE_ON_ONE } from "./rules/request/deadline";

export interface Due {
  /** YYYY-MM-DD */
  date: string;
  /** Where the phrase sits in the sentence. */
  index: number;
  length: number;
}

/** Finds a calendar phrase ("by Friday", "in two weeks") in a sentence, relative to a YYYY-MM-DD date. */
export type CalendarParser = (sentence: string, noteDate: string) => Due | null;

export interface DueOptions {
  /** Days until the next 1:1, for "next 1:1"; default 7. */
  cadenceDays?: number;
  /** The plugin passes one built on chrono-node; without it only explicit dates and "next 1:1" resolve. */
  calendar?: CalendarParser;
}

const EMOJI_DUE = /(?:📅|📆|🗓)\uFE0F?\s*(\d{4}-\d{2}-\d{2})/u;
const FIELD_DUE = /[[(]due::\s*(\d{4}-\d{2}-\d{2})\s*[\])]/i;

/** The due date a sentence names, or null: an explicit 📅/due:: date, a calendar phrase, then "next 1:1". */
export function resolveDue(sentence: string, noteDate: string, options: DueOptions = {}): Due | null {
  for (const re of [EMOJI_DUE, FIELD_DUE]) {
    const m = re.exec(sentence);
    if (m && isIsoDay(m[1])) return { date: m[1], index: m.index, length: m[0].length };
  }
  const calendar = options.calendar?.(sentence, noteDate);
  if (calendar && isIsoDay(calendar.date)) return calendar;
  const next = NEXT_ONE_ON_ONE.exec(sentence);
  if (!next) return null;
  // Cadences are whole days above zero (core/people/cadence.ts).
  const date = addDays(noteDate, options.cadenceDays ?? 7);
  return date ? { date, index: next.index, length: next[0].length } : null;
}
