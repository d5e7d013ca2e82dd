// Dashboard queries over the index: open items by person and direction, overdue, due soon, stale, with counts.
import type { OneOnOneSettings } from "../../settings";
import { addDays } from "../iso-day";
import { nameKey } from "../people/directory";
import type { Direction } from "../people/person-of-item";
import type { ActionIndex } from "./index-store";
import { dayValue, resolveContext, resolvedItems, resolvedView, type ResolveSettings } from "./resolve";
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

function count(c: ItemCounts, it: ResolvedItem, overdue: boolean, soon: boolean): void {
  c.total++;
  if (it.direction === "i-owe") c.iOwe++;
  else if (it.direction === "they-owe") c.theyOwe++;
  else c.unassigned++;
  if (!it.isOpen) return;
  c.open++;
  if (overdue) c.overdue++;
  else if (soon) c.dueSoon++;
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
  const soonUntil = addDays(today, settings.dueSoonDays) ?? today;
  const todayN = dayValue(today);
  const soonN = dayValue(soonUntil);
  const personKey = query.person === undefined || query.person === null ? query.person : nameKey(personFilterName(index, query.person, settings));
  const keyOf = new Map<string, string>();
  const counts = emptyCounts();
  const byPerson = new Map<string | null, PersonGroup>();
  const { items: all, due, open } = resolvedView(index, today, settings);
  const keys = new Float64Array(all.length);
  const groupAt: PersonGroup[] = new Array<PersonGroup>(all.length);
  let m = 0;
  for (let i = 0; i < all.length; i++) {
    if (query.show !== "all" && open[i] === 0) continue;
    const it = all[i];
    if (personKey !== undefined) {
      if (personKey === null ? it.person !== null : it.person === null) continue;
      if (it.person !== null) {
        let k = keyOf.get(it.person);
        if (k === undefined) keyOf.set(it.person, (k = nameKey(it.person)));
        if (k !== personKey) continue;
      }
    }
    if (query.direction !== undefined && it.direction !== query.direction) continue;
    const d = due[i];
    const overdue = open[i] === 1 && d !== 0 && d < todayN;
    const soon = open[i] === 1 && d >= todayN && d <= soonN;
    count(counts, it, overdue, soon);
    let group = byPerson.get(it.person);
    if (!group) byPerson.set(it.person, (group = { person: it.person, items: [], counts: emptyCounts() }));
    count(group.counts, it, overdue, soon);
    if (query.only === "overdue" && !overdue) continue;
    if (query.only === "due-soon" && !soon) continue;
    if (query.only === "stale" && !it.stale) continue;
    // Overdue (by due date), then dated, then undated; ties in vault order, which `all` already has.
    keys[m++] = (d === 0 ? 300000000 : overdue ? d : 100000000 + d) * ORDINALS + i;
    groupAt[i] = group;
  }
  const sorted = keys.subarray(0, m).sort();
  const items = new Array<ResolvedItem>(m);
  for (let j = 0; j < m; j++) {
    const i = sorted[j] % ORDINALS;
    items[j] = all[i];
    groupAt[i].items.push(all[i]);
  }
  const groups = [...byPerson.values()]
    .filter((g) => g.items.length > 0)
    .sort((a, b) => (a.person === null ? 1 : b.person === null ? -1 : a.person.localeCompare(b.person)));
  return { revision: index.revision, today, items, counts, groups };
}

/** Room for item ordinals in a sort key (2^21 items; keys stay exact below 2^53). */
const ORDINALS = 2097152;

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
