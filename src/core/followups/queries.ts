// Dashboard queries over the resolved table: open items by person and direction, overdue, due soon, stale, with counts.
import { addDays } from "../markdown/iso-day";
import { nameKey } from "../people/directory";
import { dayValue, DIRECTIONS, type ResolvedTable } from "./resolved-table";
import { BY_DIRECTION, DUE_SOON, OPEN_N, OVERDUE, PICKED, select, STALE_N, TOTAL, WIDTH, type Selection } from "./select";
import { stableOrder } from "./stable-order";
import type { Direction, FollowUpOptions, ResolvedItem } from "./types";

export interface ItemQuery {
  /** "open" (default): open and in-progress items; "all": every item. */
  show?: "open" | "all";
  /** Only items about this person (name or alias); null: only items about nobody. */
  person?: string | null;
  direction?: Direction;
  /** Keep only overdue, due-soon or stale items (the counts still cover the wider selection). */
  only?: "overdue" | "due-soon" | "stale";
}

export interface ItemCounts {
  total: number;
  open: number;
  overdue: number;
  dueSoon: number;
  stale: number;
  iOwe: number;
  theyOwe: number;
  unassigned: number;
}

export interface PersonGroup {
  /** The person's name, or null for items about nobody. */
  readonly person: string | null;
  readonly items: readonly ResolvedItem[];
  readonly counts: Readonly<ItemCounts>;
}

/** A query's answer: read-only, and never changed after it is returned (a later change builds a new one). */
export interface ActionsModel {
  readonly revision: number;
  readonly today: string;
  /** The selected items in `compareItems` order. */
  readonly items: readonly ResolvedItem[];
  /** Counts over the selection before `only`. */
  readonly counts: Readonly<ItemCounts>;
  /** The items grouped by person: people in name order, items about nobody last. */
  readonly groups: readonly PersonGroup[];
}

/** A group while its items are being added. */
interface GroupDraft {
  person: string | null;
  items: ResolvedItem[];
  counts: ItemCounts;
}

export function isOverdue(item: ResolvedItem, today: string): boolean {
  return item.isOpen && item.due !== null && item.due < today;
}

/** Open, due today or within the next `days` days. */
export function isDueSoon(item: ResolvedItem, today: string, days: number): boolean {
  if (!item.isOpen || item.due === null || item.due < today) return false;
  const until = addDays(today, days);
  return until !== null && item.due <= until;
}

export function emptyCounts(): ItemCounts {
  return { total: 0, open: 0, overdue: 0, dueSoon: 0, stale: 0, iOwe: 0, theyOwe: 0, unassigned: 0 };
}

/**
 * Builds the dashboard model from the resolved table; `person` is the canonical name the query's person means.
 * The model shares no array with the table, so it stays as it is when the table is patched later.
 */
export function buildModel(table: ResolvedTable, today: string, options: Pick<FollowUpOptions, "dueSoonDays">, query: ItemQuery, person: string | null): ActionsModel {
  const people = table.people;
  const nobody = people.length;
  let keepPerson: Uint8Array | null = null;
  if (query.person !== undefined) {
    keepPerson = new Uint8Array(nobody + 1);
    if (query.person === null) keepPerson[nobody] = 1;
    else {
      const key = nameKey(person ?? query.person);
      for (let id = 0; id < nobody; id++) if (nameKey(people[id]) === key) keepPerson[id] = 1;
    }
  }
  const sel = select(table, {
    onlyOpen: query.show !== "all",
    keepPerson,
    nobody,
    direction: query.direction === undefined ? -1 : DIRECTIONS.indexOf(query.direction),
    only: query.only,
    today: dayValue(today),
    soonUntil: dayValue(addDays(today, options.dueSoonDays) ?? today),
  });
  const counts = emptyCounts();
  const groupOf = new Array<GroupDraft | null>(nobody + 1).fill(null);
  for (let slot = 0; slot <= nobody; slot++) {
    const at = slot * WIDTH;
    if (sel.tally[at + TOTAL] === 0) continue;
    const c = countsAt(sel.tally, at);
    addCounts(counts, c);
    if (sel.tally[at + PICKED] > 0) groupOf[slot] = { person: slot === nobody ? null : people[slot], items: [], counts: c };
  }
  const items = inOrder(sel, groupOf);
  const groups = groupOf
    .filter((g): g is GroupDraft => g !== null)
    .sort((a, b) => (a.person === null ? 1 : b.person === null ? -1 : a.person.localeCompare(b.person)));
  return { revision: table.revision, today, items, counts, groups };
}

/** The selected items sorted (ties keep vault order), each also added to its person's group. */
function inOrder(sel: Selection, groupOf: readonly (GroupDraft | null)[]): ResolvedItem[] {
  const order = stableOrder(sel.keys, sel.size);
  const items = new Array<ResolvedItem>(sel.size);
  for (let j = 0; j < sel.size; j++) {
    const at = order[j];
    const it = sel.items[at];
    items[j] = it;
    groupOf[sel.slots[at]]!.items.push(it);
  }
  return items;
}

function countsAt(tally: Int32Array, at: number): ItemCounts {
  return {
    total: tally[at + TOTAL],
    open: tally[at + OPEN_N],
    overdue: tally[at + OVERDUE],
    dueSoon: tally[at + DUE_SOON],
    stale: tally[at + STALE_N],
    iOwe: tally[at + BY_DIRECTION],
    theyOwe: tally[at + BY_DIRECTION + 1],
    unassigned: tally[at + BY_DIRECTION + 2],
  };
}

function addCounts(sum: ItemCounts, c: ItemCounts): void {
  sum.total += c.total;
  sum.open += c.open;
  sum.overdue += c.overdue;
  sum.dueSoon += c.dueSoon;
  sum.stale += c.stale;
  sum.iOwe += c.iOwe;
  sum.theyOwe += c.theyOwe;
  sum.unassigned += c.unassigned;
}
