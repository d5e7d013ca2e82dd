// The next occurrence of a repeating task, as the Tasks plugin computes it (rrule's date rules, Tasks' month-end rule); `today` is passed in.
import { civilFromDayNumber, daysFromCivil, daysInMonth, isoDayNumber, isoFromDayNumber, weekdayOfDayNumber } from "../markdown/iso-day";
import { readRecurrence, type RecurrenceRule } from "./recurrence-rule";

export { readRecurrence, type RecurrenceRule } from "./recurrence-rule";

/** The dates that move with a repeating task; null where the task has none. */
export interface OccurrenceDates {
  due: string | null;
  scheduled: string | null;
  start: string | null;
}

export type NextOccurrence = { ok: true; dates: OccurrenceDates; shift: number } | { ok: false; reason: string };

/** How far ahead a rule is searched: far enough for `every February on the 29th`, bounded for a rule that never matches. */
const SEARCH_DAYS = 366 * 100;

/**
 * The dates of the occurrence after this one. The reference date is due, else scheduled, else start; the next
 * one is the rule's first day after it (after `today` for `when done`), and every date moves by as many days
 * as the reference did, so "starts two days before it is due" holds in every occurrence. A task without any of
 * those dates repeats without dates (as in Tasks). `shift` is that number of days.
 */
export function nextOccurrence(ruleText: string, dates: OccurrenceDates, today: string): NextOccurrence {
  const read = readRecurrence(ruleText);
  if (!read.ok) return read;
  const reference = dates.due ?? dates.scheduled ?? dates.start;
  if (reference === null) return { ok: true, dates: { due: null, scheduled: null, start: null }, shift: 0 };
  const ref = isoDayNumber(reference);
  const now = isoDayNumber(today);
  if (ref === null) return { ok: false, reason: `${reference} is not a real day` };
  if (now === null) return { ok: false, reason: `${today} is not a real day` };
  const next = nextDay(read.rule, read.rule.whenDone ? now : ref);
  if (next === null) return { ok: false, reason: `"${ruleText.trim()}" has no date after ${read.rule.whenDone ? today : reference}` };
  const shift = next - ref;
  const move = (d: string | null): string | null => {
    const n = d === null ? null : isoDayNumber(d);
    return n === null ? d : isoFromDayNumber(n + shift);
  };
  const moved = { due: move(dates.due), scheduled: move(dates.scheduled), start: move(dates.start) };
  if ([moved.due, moved.scheduled, moved.start].some((d) => d !== null && !/^\d{4}-/.test(d))) return { ok: false, reason: "the next occurrence falls after the year 9999" };
  return { ok: true, dates: moved, shift };
}

/**
 * The rule's first day after `from` (a day number), counting its periods from `from` as rrule does with
 * dtstart = from. `every month` and `every year` keep the day of the month and move it earlier when the target
 * month is shorter (Jan 31 → Feb 28), as Tasks does; a rule naming its days (`on the 31st`) skips instead.
 */
export function nextDay(rule: RecurrenceRule, from: number): number | null {
  const start = civilFromDayNumber(from);
  const plain = rule.weekdays.length === 0 && rule.monthDays.length === 0 && rule.months.length === 0;
  if (rule.freq === "day") return from + rule.interval;
  if (plain && rule.freq === "month") {
    const index = start.y * 12 + (start.m - 1) + rule.interval;
    return clamped(Math.floor(index / 12), (index % 12) + 1, start.d);
  }
  if (plain && rule.freq === "year") return clamped(start.y + rule.interval, start.m, start.d);
  // rrule's defaults: a rule naming no days repeats on the start's own weekday, day of the month, or day of the year.
  const filled = rule.weekdays.length === 0 && rule.monthDays.length === 0;
  const months = filled && rule.freq === "year" && rule.months.length === 0 ? [start.m] : rule.months;
  const monthDays = filled && (rule.freq === "month" || rule.freq === "year") ? [start.d] : rule.monthDays;
  const weekdays = filled && rule.freq === "week" ? [{ day: weekdayOfDayNumber(from), nth: 0 }] : rule.weekdays;
  for (let n = from + 1; n <= from + SEARCH_DAYS; n++) {
    const c = civilFromDayNumber(n);
    if (!inPeriod(rule, from, start, n, c)) continue;
    if (months.length > 0 && !months.includes(c.m)) continue;
    if (monthDays.length > 0 && !monthDays.some((d) => d === c.d || d === c.d - daysInMonth(c.y, c.m) - 1)) continue;
    if (weekdays.length > 0 && !weekdays.some((w) => w.day === weekdayOfDayNumber(n) && (w.nth === 0 || rule.freq === "week" || nthMatches(w.nth, c, rule.freq === "year" && months.length === 0)))) continue;
    return n;
  }
  return null;
}

/** The day `d` of a month, or the month's last day when it is shorter; null past the year 9999. */
function clamped(y: number, m: number, d: number): number | null {
  return y > 9999 ? null : daysFromCivil(y, m, Math.min(d, daysInMonth(y, m)));
}

/** Whether day n falls in one of the rule's periods: every interval-th day, week (weeks start on Monday), month or year from the start's. */
function inPeriod(rule: RecurrenceRule, from: number, start: { y: number; m: number }, n: number, c: { y: number; m: number }): boolean {
  if (rule.interval === 1) return true;
  switch (rule.freq) {
    case "day":
      return (n - from) % rule.interval === 0;
    case "week":
      return ((n - weekdayOfDayNumber(n) - (from - weekdayOfDayNumber(from))) / 7) % rule.interval === 0;
    case "month":
      return (c.y * 12 + c.m - (start.y * 12 + start.m)) % rule.interval === 0;
    case "year":
      return (c.y - start.y) % rule.interval === 0;
  }
}

/** Whether the day is the nth of its weekday in its month (or year): 2 = second, -1 = last. */
function nthMatches(nth: number, c: { y: number; m: number; d: number }, inYear: boolean): boolean {
  if (!inYear) return nth > 0 ? Math.ceil(c.d / 7) === nth : Math.floor((daysInMonth(c.y, c.m) - c.d) / 7) + 1 === -nth;
  const dayOfYear = daysFromCivil(c.y, c.m, c.d) - daysFromCivil(c.y, 1, 1) + 1;
  const yearLength = daysFromCivil(c.y + 1, 1, 1) - daysFromCivil(c.y, 1, 1);
  return nth > 0 ? Math.ceil(dayOfYear / 7) === nth : Math.floor((yearLength - dayOfYear) / 7) + 1 === -nth;
}
