// Follow-up pressure on an item: how many 1:1s it was carried through, and whether it went stale.
import type { ActionItem } from "../actions/types";
import { addDays, isoDayNumber } from "../markdown/iso-day";
import type { OneOnOneHistory } from "../people/one-on-one-notes";

export interface StaleSettings {
  /** Stale once carried through this many 1:1s. */
  staleCarried: number;
  /** Stale once older than this many days (by created date, else the note's date). */
  staleDays: number;
}

/**
 * Later 1:1s with the item's person that passed while it stayed open: dated after the note's date,
 * up to today while open, before the done/cancelled day once closed. 0 without a person or a note date.
 */
export function carriedCount(
  item: Pick<ActionItem, "isOpen" | "done" | "cancelled">,
  person: string | null,
  noteDate: string | null,
  history: Pick<OneOnOneHistory, "countBetween">,
  today: string,
): number {
  if (person === null || noteDate === null) return 0;
  let before: string | null;
  if (item.isOpen) before = dayAfter(today);
  else {
    const closed = item.done ?? item.cancelled;
    before = closed === null ? null : closed < today ? closed : dayAfter(today);
  }
  return before === null ? 0 : history.countBetween(person, noteDate, before);
}

// Every item of a query asks about the same today: remember the last answers.
let memoToday = "";
let memoTomorrow: string | null = null;
let memoTodayNumber: number | null = null;

function dayAfter(today: string): string | null {
  if (today !== memoToday) remember(today);
  return memoTomorrow;
}

function todayNumber(today: string): number | null {
  if (today !== memoToday) remember(today);
  return memoTodayNumber;
}

function remember(today: string): void {
  memoToday = today;
  memoTomorrow = addDays(today, 1);
  memoTodayNumber = isoDayNumber(today);
}

/** Open and carried too often, or older than the day limit (created date, else note date). */
export function isStale(item: Pick<ActionItem, "isOpen" | "created">, carried: number, noteDate: string | null, today: string, settings: StaleSettings): boolean {
  if (!item.isOpen) return false;
  if (carried >= settings.staleCarried) return true;
  const since = item.created ?? noteDate;
  if (since === null) return false;
  const from = isoDayNumber(since);
  const to = todayNumber(today);
  return from !== null && to !== null && to - from > settings.staleDays;
}
