// The calendar-phrase parser for "Track as action item", built on chrono-node's English parser.
import { casual } from "chrono-node/en";
import type { CalendarParser } from "../../core/feedback/due";
import { isIsoDay } from "../../core/markdown/iso-day";

const NOT_A_DEADLINE = /^(?:now|right now|currently)$/i;
const pad = (n: number | null) => String(n).padStart(2, "0");

/** "by Friday", "in two weeks", "March 20" relative to the note's date; time-only phrases do not count. */
export const chronoCalendar: CalendarParser = (sentence, noteDate) => {
  if (!isIsoDay(noteDate)) return null;
  // Noon on the note's day in local time (no offset in the string), so no time zone moves the reference to another day.
  const r = casual
    .parse(sentence, { instant: new Date(`${noteDate}T12:00`) }, { forwardDate: true })
    .find((r) => !NOT_A_DEADLINE.test(r.text.trim()) && (["day", "weekday", "month"] as const).some((c) => r.start.isCertain(c)));
  const s = r?.start;
  return s ? { date: `${s.get("year")}-${pad(s.get("month"))}-${pad(s.get("day"))}`, index: r.index, length: r.text.length } : null;
};
