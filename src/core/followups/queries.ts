// Dashboard queries over the index: open items by person and direction, overdue, due soon, stale, with counts.
import type { OneOnOneSettings } from "../../settings";
import { addDays } from "../markdown/iso-day";
import { nameKey } from "../people/directory";
import type { Direction } from "./person-of-item";
import type { ActionIndex } from "../vault/index-store";
import { resolveContext, resolvedTable, type ResolveSettings } from "./resolve";
import { dayValue, DIRECTIONS } from "./resolved-table";
import { BY_DIRECTION, DUE_SOON, OPEN_N, OVERDUE, PICKED, select, STALE_N, TOTAL, WIDTH, type Selection } from "./select";
import { stableOrder } from "./stable-order";
import type { ResolvedItem } from "../actions/types";

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
  const table = resolvedTable(index, today, settings);
  for (let i = 0; i < table.size; i++) {
    const p = table.items[i].person;
    if (p !== null && nameKey(p) === key) return true;
  }
  return false;
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

function buildModel(index: ActionIndex, today: string, settings: QuerySettings, query: ItemQuery): ActionsModel {
  const table = resolvedTable(index, today, settings);
  const people = table.people;
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
  const sel = select(table, {
    onlyOpen: query.show !== "all",
    keepPerson,
    nobody,
    direction: query.direction === undefined ? -1 : DIRECTIONS.indexOf(query.direction),
    only: query.only,
    today: dayValue(today),
    soonUntil: dayValue(addDays(today, settings.dueSoonDays) ?? today),
  });
  const counts = emptyCounts();
  const groupOf = new Array<PersonGroup | null>(nobody + 1).fill(null);
  for (let slot = 0; slot <= nobody; slot++) {
    const at = slot * WIDTH;
    if (sel.tally[at + TOTAL] === 0) continue;
    const c = countsAt(sel.tally, at);
    addCounts(counts, c);
    if (sel.tally[at + PICKED] > 0) groupOf[slot] = { person: slot === nobody ? null : people[slot], items: [], counts: c };
  }
  const items = inOrder(sel, groupOf);
  const groups = groupOf
    .filter((g): g is PersonGroup => g !== null)
    .sort((a, b) => (a.person === null ? 1 : b.person === null ? -1 : a.person.localeCompare(b.person)));
  return { revision: index.revision, today, items, counts, groups };
}

/** The selected items sorted (ties keep vault order), each also added to its person's group. */
function inOrder(sel: Selection, groupOf: readonly (PersonGroup | null)[]): ResolvedItem[] {
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
