// The quick fixes for one item, as whole-line replacements made by the same pure edits the dashboard writes with.
import { delegateItem, rescheduleItem, type EditResult } from "../actions/edits";
import type { ActionItem } from "../actions/types";
import { addDays, daysBetween } from "../markdown/iso-day";
import type { Fix, ItemFixes } from "./types";

export interface FixInputs {
  today: string;
  /** The 1:1 note's person (resolved name), or null outside a 1:1 note. */
  person: string | null;
  /** The person's cadence in days, or null. */
  cadenceDays: number | null;
  /** The note's date, or null. */
  noteDate: string | null;
}

/** The next 1:1 by cadence: the note's date plus whole cadences, the first such day from today on (today plus one cadence without a note date). */
export function nextOneOnOne(today: string, noteDate: string | null, days: number): string | null {
  const since = noteDate === null ? null : daysBetween(noteDate, today);
  if (since === null || since < 0) return addDays(today, days);
  return addDays(noteDate ?? today, Math.max(1, Math.ceil(since / days)) * days);
}

/** Edits one line (offsets [from, to) in the note), or null when the edit refuses. */
function lineFix(title: string, item: ActionItem, from: number, edit: (line: string) => EditResult): Fix | null {
  const r = edit(item.original);
  return r.ok ? { title, edits: [{ from, to: from + item.original.length, insert: r.text }] } : null;
}

export function itemFixes(item: ActionItem, lineFrom: number, inputs: FixInputs): ItemFixes {
  const { today, person, cadenceDays, noteDate } = inputs;
  const target = { line: 1, original: item.original };
  const due = (date: string | null) => (line: string): EditResult => (date === null ? { ok: false, reason: "" } : rescheduleItem(line, target, today, date));
  const owner = (name: string) => (line: string) => delegateItem(line, target, today, name);
  const week = addDays(today, 7) ?? today;
  return {
    // `@me` always reads back as the user, so this edit never refuses.
    mine: lineFix("Mine", item, lineFrom, owner("me")) as Fix,
    theirs: person === null ? null : lineFix("Theirs", item, lineFrom, owner(person)),
    nextOneOnOne: cadenceDays === null ? null : lineFix("By next 1:1", item, lineFrom, due(nextOneOnOne(today, noteDate, cadenceDays))),
    inAWeek: lineFix("In a week", item, lineFrom, due(week)) as Fix,
  };
}
