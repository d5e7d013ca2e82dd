// The fields a task line can carry, how they are written (emoji, Dataview keys), and the shape they are read into.
import { NO_STRINGS } from "./intern";
import type { ActionItem, Priority } from "./types";

export type DateKind = "due" | "scheduled" | "start" | "created" | "done" | "cancelled";
export type FieldKind = DateKind | "priority" | "recurrence" | "owner";

/** What reading a line's fields yields: the ActionItem fields that come from the line's text alone. */
export type LineFields = Pick<
  ActionItem,
  "text" | "due" | "scheduled" | "start" | "created" | "done" | "cancelled" | "priority" | "recurrence" | "tags" | "blockId" | "ownerRaw" | "mentions" | "problems"
>;

/** Where a recognised field sits in the line: the whole field and its value. */
export interface FieldSpan {
  kind: FieldKind;
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
  /** True for the `[key:: value]` / `(key:: value)` form. */
  dataview: boolean;
}

export interface FieldLayout {
  /** Every recognised field, left to right (duplicates included). */
  fields: FieldSpan[];
  /** Where a field appended by the plugin goes: after the last non-space character before the block id. */
  appendAt: number;
  /** The owner that counts (the leftmost owner field, else the first `@mention`), as [start, end); null when none. */
  owner: { start: number; end: number } | null;
}

// Kinds by index: the first six are dates. Fields are kept in flat arrays so a line allocates little.
export const KINDS: readonly FieldKind[] = ["due", "scheduled", "start", "created", "done", "cancelled", "priority", "recurrence", "owner"];
export const PRIORITY = 6;
export const RECURRENCE = 7;
export const OWNER = 8;
export const PRIORITIES: readonly Priority[] = ["highest", "high", "medium", "low", "lowest"];
export const KEYS: ReadonlyMap<string, number> = new Map([["due", 0], ["scheduled", 1], ["start", 2], ["created", 3], ["completion", 4], ["cancelled", 5], ["priority", 6], ["repeat", 7], ["owner", 8]]);

/** Field emoji → kind index (0–5 dates, 7 recurrence) or 10 + priority index; -1 for other code points. */
export function emojiCode(cp: number): number {
  switch (cp) {
    case 0x1f4c5: case 0x1f4c6: case 0x1f5d3: return 0; // 📅 📆 🗓
    case 0x23f3: case 0x231b: return 1; // ⏳ ⌛
    case 0x1f6eb: return 2; // 🛫
    case 0x2795: return 3; // ➕
    case 0x2705: return 4; // ✅
    case 0x274c: return 5; // ❌
    case 0x1f501: return RECURRENCE; // 🔁
    case 0x1f53a: return 10; // 🔺
    case 0x23eb: return 11; // ⏫
    case 0x1f53c: return 12; // 🔼
    case 0x1f53d: return 13; // 🔽
    case 0x23ec: return 14; // ⏬
    default: return -1;
  }
}

export function emptyFields(): LineFields {
  return {
    text: "", due: null, scheduled: null, start: null, created: null, done: null, cancelled: null,
    priority: null, recurrence: null, tags: NO_STRINGS, blockId: null, ownerRaw: null, mentions: NO_STRINGS, problems: NO_STRINGS,
  };
}

/** An owner field's value or an @mention, for telling whether two owners differ. */
export function ownerValue(raw: string | null): string | null {
  if (raw === null) return null;
  const sep = raw.indexOf("::");
  return (sep === -1 ? raw : raw.slice(sep + 2, -1)).trim();
}

export function label(kind: number): string {
  return kind === 4 ? "done date" : kind === 5 ? "cancelled date" : kind < PRIORITY ? `${KINDS[kind]} date` : KINDS[kind];
}

export function setField(out: LineFields, kind: number, value: string | null): void {
  switch (kind) {
    case 0: out.due = value; break;
    case 1: out.scheduled = value; break;
    case 2: out.start = value; break;
    case 3: out.created = value; break;
    case 4: out.done = value; break;
    case 5: out.cancelled = value; break;
    case PRIORITY: out.priority = value as Priority | null; break;
    case RECURRENCE: out.recurrence = value; break;
    default: out.ownerRaw = value;
  }
}

export function getField(out: LineFields, kind: number): string | null {
  switch (kind) {
    case 0: return out.due;
    case 1: return out.scheduled;
    case 2: return out.start;
    case 3: return out.created;
    case 4: return out.done;
    case 5: return out.cancelled;
    case PRIORITY: return out.priority;
    case RECURRENCE: return out.recurrence;
    default: return out.ownerRaw;
  }
}
