// Follow-up pressure on an item: how many 1:1s it was carried through, and whether it went stale.
import type { ActionItem } from "../actions/types";
import { addDays, isoDayNumber } from "../markdown/iso-day";
import type { OneOnOneHistory } from "../people/one-on-one-notes";
import type { ResolveOptions } from "./types";

/** Stale once carried through `staleCarried` 1:1s, or older than `staleDays` days. */
export type StaleSettings = Pick<ResolveOptions, "staleCarried" | "staleDays">;

/** Today as every item of a query asks about it, worked out once per query instead of once per item. */
export interface Day {
  today: string;
  /** The day after today, or null when today is not a real day. */
  tomorrow: string | null;
  /** isoDayNumber(today). */
  number: number | null;
}

export function dayOf(today: string): Day {
  return { today, tomorrow: addDays(today, 1), number: isoDayNumber(today) };
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
  day: Day,
): number {
  if (person === null || noteDate === null) return 0;
  let before: string | null;
  if (item.isOpen) before = day.tomorrow;
  else {
    const closed = item.done ?? item.cancelled;
    before = closed === null ? null : closed < day.today ? closed : day.tomorrow;
  }
  return before === null ? 0 : history.countBetween(person, noteDate, before);
}

/** Open and carried too often, or older than the day limit (created date, else note date). */
export function isStale(item: Pick<ActionItem, "isOpen" | "created">, carried: number, noteDate: string | null, day: Day, settings: StaleSettings): boolean {
  if (!item.isOpen) return false;
  if (carried >= settings.staleCarried) return true;
  const since = item.created ?? noteDate;
  if (since === null) return false;
  const from = isoDayNumber(since);
  return from !== null && day.number !== null && day.number - from > settings.staleDays;
}
