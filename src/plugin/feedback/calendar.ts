// The calendar-phrase parser for "Track as action item", built on chrono-node's English parser.
import { casual } from "chrono-node/en";
import type { CalendarParser } from "../../core/feedback/due";

const NOT_A_DEADLINE = /^(?:now|right now|currently)$/i;

/** "by Friday", "in two weeks", "March 20" relative to the note's date; time-only phrases do not count. */
export const chronoCalendar: CalendarParser = (sentence, noteDate) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(noteDate);
  if (!m) return null;
  // Noon on the note's day in local time, so no time zone moves the reference to another day.
  const instant = new Date(+m[1], +m[2] - 1, +m[3], 12);
  let results: ReturnType<typeof casual.parse>;
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
    return { date, index: r.index, length: r.text.length };
  }
  return null;
};
