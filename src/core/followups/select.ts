// The dashboard's pass over every resolved item: filter, count per person and key for sorting, on typed arrays only.
import { DIRECTION_SHIFT, OPEN, STALE, type ResolvedTable } from "./resolved-table";
import type { ResolvedItem } from "./types";

/** What a query keeps, as numbers. */
export interface Filter {
  onlyOpen: boolean;
  /** Per person slot (see Selection.slots): 1 to keep, 0 to drop; null keeps everyone. */
  keepPerson: Uint8Array | null;
  /** The slot of items about nobody (one past the last person id). */
  nobody: number;
  /** Index in DIRECTIONS, or -1 for any. */
  direction: number;
  only: "overdue" | "due-soon" | "stale" | undefined;
  /** Today and the last due-soon day as YYYYMMDD numbers. */
  today: number;
  soonUntil: number;
}

/** Per person slot, `WIDTH` numbers in Selection.tally: the ItemCounts fields in this order, then how many were selected. */
export const TOTAL = 0;
export const OPEN_N = 1;
export const OVERDUE = 2;
export const DUE_SOON = 3;
export const STALE_N = 4;
export const BY_DIRECTION = 5; // i-owe, they-owe, unassigned
export const PICKED = 8;
export const WIDTH = 9;

/** The selected items in vault order: each one's sort key and person slot, and per-slot counts. */
export class Selection {
  size = 0;
  /** Overdue by due date, then dated, then undated. */
  readonly keys: Int32Array;
  readonly slots: Int32Array;
  readonly items: ResolvedItem[] = [];
  readonly tally: Int32Array;

  constructor(rows: number, slots: number) {
    this.keys = new Int32Array(rows);
    this.slots = new Int32Array(rows);
    this.tally = new Int32Array(slots * WIDTH);
  }
}

/** Selects from the table what the filter keeps. */
export function select(table: ResolvedTable, f: Filter): Selection {
  const sel = new Selection(table.size, f.nobody + 1);
  const only = f.only === "overdue" ? 1 : f.only === "due-soon" ? 2 : f.only === "stale" ? 3 : 0;
  sel.size = scan(table, f.onlyOpen, f.keepPerson, f.nobody, f.direction, only, f.today, f.soonUntil, sel.keys, sel.slots, sel.items, sel.tally);
  return sel;
}

/**
 * One pass down the table's typed columns (item objects only passed along); returns how many were selected.
 * Nothing but the loop, so V8's optimised loop never meets code it has no type feedback for.
 */
function scan(
  table: ResolvedTable, onlyOpen: boolean, keepPerson: Uint8Array | null, nobody: number, direction: number, only: number,
  today: number, soonUntil: number, keys: Int32Array, slots: Int32Array, items: ResolvedItem[], tally: Int32Array,
): number {
  const { due, flags, person, items: all, size } = table;
  let m = 0;
  for (let i = 0; i < size; i++) {
    const bits = flags[i];
    const open = (bits & OPEN) !== 0;
    if (onlyOpen && !open) continue;
    const id = person[i];
    const slot = id === -1 ? nobody : id;
    if (keepPerson !== null && keepPerson[slot] === 0) continue;
    const dir = bits >> DIRECTION_SHIFT;
    if (direction !== -1 && dir !== direction) continue;
    const d = due[i];
    const overdue = open && d !== 0 && d < today;
    const soon = open && d >= today && d <= soonUntil;
    const stale = (bits & STALE) !== 0;
    const at = slot * WIDTH;
    tally[at + TOTAL]++;
    tally[at + BY_DIRECTION + dir]++;
    if (open) {
      tally[at + OPEN_N]++;
      if (overdue) tally[at + OVERDUE]++;
      else if (soon) tally[at + DUE_SOON]++;
      if (stale) tally[at + STALE_N]++;
    }
    if (only === 1 ? !overdue : only === 2 ? !soon : only === 3 && !stale) continue;
    tally[at + PICKED]++;
    keys[m] = d === 0 ? 300000000 : overdue ? d : 100000000 + d;
    slots[m++] = slot;
    items.push(all[i]);
  }
  return m;
}
