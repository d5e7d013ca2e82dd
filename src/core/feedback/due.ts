// Resolving a request's deadline phrase to a date, relative to the note's date (chrono-node for calendar phrases).
import { casual } from "chrono-node/en";
import { addDays, isRealDate } from "./dates";
import { NEXT_ONE_ON_ONE } from "./rules/request/deadline";

export interface Due {
  /** YYYY-MM-DD */
  date: string;
  /** Where the phrase sits in the sentence. */
  index: number;
  length: number;
}

const EMOJI_DUE = /(?:📅|📆|🗓)\uFE0F?\s*(\d{4}-\d{2}-\d{2})/u;
const FIELD_DUE = /[[(]due::\s*(\d{4}-\d{2}-\d{2})\s*[\])]/i;
const NOT_A_DEADLINE = /^(?:now|right now|today's|currently)$/i;

/** The due date a sentence names, or null; "next 1:1" is noteDate + cadenceDays. */
export function resolveDue(sentence: string, noteDate: string, cadenceDays = 7): Due | null {
  if (!isRealDate(noteDate)) return null;
  for (const re of [EMOJI_DUE, FIELD_DUE]) {
    const m = re.exec(sentence);
    if (m && isRealDate(m[1])) return { date: m[1], index: m.index, length: m[0].length };
  }
  const calendar = chronoDue(sentence, noteDate);
  if (calendar) return calendar;
  const next = NEXT_ONE_ON_ONE.exec(sentence);
  if (next) {
    const date = addDays(noteDate, Math.max(1, Math.round(cadenceDays)));
    if (date) return { date, index: next.index, length: next[0].length };
  }
  return null;
}

function chronoDue(sentence: string, noteDate: string): Due | null {
  const [y, m, d] = noteDate.split("-").map(Number);
  // Noon on the note's day, in local time, so that no time zone moves the reference to another day.
  // eslint-disable-next-line no-restricted-globals -- a fixed instant built from the note's date, not the clock
  const instant = new Date(y, m - 1, d, 12);
  let results;
  try {
    results = casual.parse(sentence, { instant }, { forwardDate: true });
  } catch {
    return null;
  }
  for (const r of results) {
    if (NOT_A_DEADLINE.test(r.text.trim())) continue;
    const s = r.start;
    if (!s.isCertain("day") && !s.isCertain("weekday") && !s.isCertain("month")) continue;
    const year = s.get("year");
    const month = s.get("month");
    const day = s.get("day");
    if (year === null || month === null || day === null) continue;
    const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (isRealDate(date)) return { date, index: r.index, length: r.text.length };
  }
  return null;
}
