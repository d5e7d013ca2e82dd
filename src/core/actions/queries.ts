// Dashboard queries over the index: open items by person and direction, overdue, due soon, stale, with counts.
import type { OneOnOneSettings } from "../../settings";
import { addDays } from "../iso-day";
import { nameKey } from "../people/directory";
import type { Direction } from "../people/person-of-item";
import type { ActionIndex } from "./index-store";
import { resolveContext, resolvedItems, type ResolveSettings } from "./resolve";
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

function count(c: ItemCounts, it: ResolvedItem, today: string, soonUntil: string): void {
  c.total++;
  if (it.direction === "i-owe") c.iOwe++;
  else if (it.direction === "they-owe") c.theyOwe++;
  else c.unassigned++;
  if (!it.isOpen) return;
  c.open++;
  if (it.due !== null) {
    if (it.due < today) c.overdue++;
    else if (it.due <= soonUntil) c.dueSoon++;
  }
  if (it.stale) c.stale++;
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
  return resolvedItems(index, today, settings).some((it) => it.person !== null && nameKey(it.person) === key);
}

const models = new WeakMap<ActionIndex, { key: string; model: ActionsModel }>();

/** Builds the dashboard model; cached while the index revision, today, settings and query stay the same. */
export function queryItems(index: ActionIndex, today: string, settings: QuerySettings, query: ItemQuery = {}): ActionsModel {
  const key = JSON.stringify([index.revision, today, settings.myName, settings.myAliases, settings.staleCarried, settings.staleDays, settings.dueSoonDays, query]);
  const hit = models.get(index);
  if (hit?.key === key) return hit.model;
  const soonUntil = addDays(today, settings.dueSoonDays) ?? today;
  const personKey = query.person === undefined || query.person === null ? query.person : nameKey(personFilterName(index, query.person, settings));
  const counts = emptyCounts();
  const byPerson = new Map<string | null, PersonGroup>();
  const selected: ResolvedItem[] = [];
  for (const it of resolvedItems(index, today, settings)) {
    if (query.show !== "all" && !it.isOpen) continue;
    if (personKey !== undefined && (personKey === null ? it.person !== null : it.person === null || nameKey(it.person) !== personKey)) continue;
    if (query.direction !== undefined && it.direction !== query.direction) continue;
    count(counts, it, today, soonUntil);
    let group = byPerson.get(it.person);
    if (!group) byPerson.set(it.person, (group = { person: it.person, items: [], counts: emptyCounts() }));
    count(group.counts, it, today, soonUntil);
    if (query.only === "overdue" && !isOverdue(it, today)) continue;
    if (query.only === "due-soon" && !isDueSoon(it, today, settings.dueSoonDays)) continue;
    if (query.only === "stale" && !it.stale) continue;
    selected.push(it);
    group.items.push(it);
  }
  const order = (a: ResolvedItem, b: ResolvedItem) => compareItems(a, b, today);
  selected.sort(order);
  const groups = [...byPerson.values()]
    .filter((g) => g.items.length > 0)
    .sort((a, b) => (a.person === null ? 1 : b.person === null ? -1 : a.person.localeCompare(b.person)));
  for (const g of groups) g.items.sort(order);
  const model: ActionsModel = { revision: index.revision, today, items: selected, counts, groups };
  models.set(index, { key, model });
  return model;
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
