// Dashboard queries over the index: open items by person and direction, overdue, due soon, stale, with counts.
import type { OneOnOneSettings } from "../../settings";
import { addDays } from "../iso-day";
import { nameKey } from "../people/directory";
import type { Direction } from "../people/person-of-item";
import type { ActionIndex } from "./index-store";
import { DIRECTION_SHIFT, DIRECTIONS, OPEN, STALE, dayValue, resolution, resolveContext, type ResolveSettings } from "./resolve";
import { stableOrder } from "./stable-order";
import type { ResolvedItem } from "./types";

export type QuerySettings = ResolveSettings & Pick<OneOnOneSettings, "dueSoonDays">;

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
  person: string | null;
  items: ResolvedItem[];
  counts: ItemCounts;
}

export interface ActionsModel {
  revision: number;
  today: string;
  /** The selected items: overdue first, then by due date, then by note and line. */
  items: ResolvedItem[];
  /** Counts over the selection before `only`. */
  counts: ItemCounts;
  /** The items grouped by person: people in name order, items about nobody last. */
  groups: PersonGroup[];
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

/** The canonical name a person filter means: a known person's name, else the name as given. */
export function personFilterName(index: ActionIndex, name: string, settings: ResolveSettings): string {
  const dir = index.directory({ name: settings.myName, aliases: settings.myAliases });
  return dir.get(name)?.name ?? name.trim();
}

/** Whether a name means someone: a person note (name or alias) or the person of some item. */
export function isKnownPerson(index: ActionIndex, name: string, today: string, settings: ResolveSettings): boolean {
  const ctx = resolveContext(index, today, settings);
  if (ctx.directory.get(name)) return true;
  const key = nameKey(name);
  return resolution(index, today, settings).notes.some((note) => note.items.some((it) => it.person !== null && nameKey(it.person) === key));
}

const models = new WeakMap<ActionIndex, { key: string; byQuery: Map<string, ActionsModel> }>();
const MODELS_KEPT = 16;

/** Builds the dashboard model; cached while the index revision, today, settings and query stay the same. */
export function queryItems(index: ActionIndex, today: string, settings: QuerySettings, query: ItemQuery = {}): ActionsModel {
  const key = JSON.stringify([index.revision, today, settings.myName, settings.myAliases, settings.staleCarried, settings.staleDays, settings.dueSoonDays]);
  // undefined (any person) and null (nobody) must not share a key.
  const queryKey = JSON.stringify([query.show ?? "open", query.person === undefined ? 0 : query.person, query.direction ?? 0, query.only ?? 0]);
  let cache = models.get(index);
  if (cache?.key !== key) models.set(index, (cache = { key, byQuery: new Map() }));
  const hit = cache.byQuery.get(queryKey);
  if (hit) return hit;
  const model = buildModel(index, today, settings, query);
  if (cache.byQuery.size >= MODELS_KEPT) cache.byQuery.clear();
  cache.byQuery.set(queryKey, model);
  return model;
}

/** Per person slot, in a flat Int32Array: the ItemCounts fields in this order, then the number of selected items. */
const TOTAL = 0;
const OPEN_N = 1;
const OVERDUE = 2;
const DUE_SOON = 3;
const STALE_N = 4;
const BY_DIRECTION = 5; // i-owe, they-owe, unassigned
const PICKED = 8;
const WIDTH = 9;

function buildModel(index: ActionIndex, today: string, settings: QuerySettings, query: ItemQuery): ActionsModel {
  const soonUntil = addDays(today, settings.dueSoonDays) ?? today;
  const todayN = dayValue(today);
  const soonN = dayValue(soonUntil);
  const res = resolution(index, today, settings);
  const people = res.people;
  // Person slots: an id into res.people, or people.length for items about nobody.
  const nobody = people.length;
  let keepPerson: Uint8Array | null = null;
  if (query.person !== undefined) {
    keepPerson = new Uint8Array(nobody + 1);
    if (query.person === null) keepPerson[nobody] = 1;
    else {
      const key = nameKey(personFilterName(index, query.person, settings));
      for (let id = 0; id < nobody; id++) if (nameKey(people[id]) === key) keepPerson[id] = 1;
    }
  }
  const direction = query.direction === undefined ? -1 : DIRECTIONS.indexOf(query.direction);
  const onlyOpen = query.show !== "all";
  const only = query.only;
  const tally = new Int32Array((nobody + 1) * WIDTH);
  const selected: ResolvedItem[] = [];
  const slots = new Int32Array(res.size);
  const keys = new Int32Array(res.size);
  let m = 0;
  for (const note of res.notes) {
    const { items, due, flags, person } = note;
    for (let k = 0; k < items.length; k++) {
      const f = flags[k];
      const open = (f & OPEN) !== 0;
      if (onlyOpen && !open) continue;
      const id = person[k];
      const slot = id === -1 ? nobody : id;
      if (keepPerson !== null && keepPerson[slot] === 0) continue;
      const dir = f >> DIRECTION_SHIFT;
      if (direction !== -1 && dir !== direction) continue;
      const d = due[k];
      const overdue = open && d !== 0 && d < todayN;
      const soon = open && d >= todayN && d <= soonN;
      const stale = (f & STALE) !== 0;
      const at = slot * WIDTH;
      tally[at + TOTAL]++;
      tally[at + BY_DIRECTION + dir]++;
      if (open) {
        tally[at + OPEN_N]++;
        if (overdue) tally[at + OVERDUE]++;
        else if (soon) tally[at + DUE_SOON]++;
        if (stale) tally[at + STALE_N]++;
      }
      if (only === "overdue" ? !overdue : only === "due-soon" ? !soon : only === "stale" && !stale) continue;
      tally[at + PICKED]++;
      // Overdue (by due date), then dated, then undated; ties in vault order, which the selection is in.
      keys[m] = d === 0 ? 300000000 : overdue ? d : 100000000 + d;
      slots[m++] = slot;
      selected.push(items[k]);
    }
  }
  const counts = emptyCounts();
  const groupOf = new Array<PersonGroup | null>(nobody + 1).fill(null);
  const filled = new Int32Array(nobody + 1);
  for (let slot = 0; slot <= nobody; slot++) {
    const at = slot * WIDTH;
    if (tally[at + TOTAL] === 0) continue;
    const c = countsAt(tally, at);
    addCounts(counts, c);
    if (tally[at + PICKED] > 0) groupOf[slot] = { person: slot === nobody ? null : people[slot], items: new Array<ResolvedItem>(tally[at + PICKED]), counts: c };
  }
  const order = stableOrder(keys, m);
  const items = new Array<ResolvedItem>(m);
  for (let j = 0; j < m; j++) {
    const at = order[j];
    const slot = slots[at];
    items[j] = selected[at];
    groupOf[slot]!.items[filled[slot]++] = selected[at];
  }
  const groups = groupOf
    .filter((g): g is PersonGroup => g !== null)
    .sort((a, b) => (a.person === null ? 1 : b.person === null ? -1 : a.person.localeCompare(b.person)));
  return { revision: index.revision, today, items, counts, groups };
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


/** Overdue first, then by due date (undated last), then by path and line. */
export function compareItems(a: ResolvedItem, b: ResolvedItem, today: string): number {
  const ao = a.isOpen && a.due !== null && a.due < today;
  const bo = b.isOpen && b.due !== null && b.due < today;
  if (ao !== bo) return ao ? -1 : 1;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line;
}
