// Items resolved against people and 1:1 history (owner, person, direction, carried, stale), cached per note.
import type { OneOnOneSettings } from "../../settings";
import { carriedCount, isStale } from "../people/carried";
import type { PersonDirectory } from "../people/directory";
import { personName, type OneOnOneHistory } from "../people/one-on-one-notes";
import { peopleOfItem } from "../people/person-of-item";
import type { NoteRecord } from "../vault-model";
import type { ActionIndex } from "./index-store";
import type { ResolvedItem } from "./types";

export type ResolveSettings = Pick<OneOnOneSettings, "myName" | "myAliases" | "staleCarried" | "staleDays">;

export interface ResolveContext {
  directory: PersonDirectory;
  history: OneOnOneHistory;
  today: string;
  settings: ResolveSettings;
}

/** Resolves the items of one note. */
export function resolveRecord(record: NoteRecord, ctx: ResolveContext): ResolvedItem[] {
  const linked = record.oneOnOne?.person ?? null;
  const notePerson = linked === null ? null : personName(linked, ctx.directory);
  return record.items.map((item) => {
    const people = peopleOfItem(item, ctx.directory, notePerson);
    const carried = carriedCount(item, people.person, record.date, ctx.history, ctx.today);
    const stale = isStale(item, carried, record.date, ctx.today, ctx.settings);
    return { ...item, ...people, carried, stale };
  });
}

interface Cache {
  directory: PersonDirectory;
  history: OneOnOneHistory;
  key: string;
  perRecord: WeakMap<NoteRecord, ResolvedItem[]>;
  revision: number;
  all: ResolvedItem[];
}

const caches = new WeakMap<ActionIndex, Cache>();

/** The resolution context for an index as it is now. */
export function resolveContext(index: ActionIndex, today: string, settings: ResolveSettings): ResolveContext {
  const directory = index.directory({ name: settings.myName, aliases: settings.myAliases });
  return { directory, history: index.history(directory), today, settings };
}

/**
 * Every item of the index resolved, in path then line order. Cached per revision; after a change only
 * the changed notes are resolved again, unless people, 1:1 notes, settings or today changed.
 */
export function resolvedItems(index: ActionIndex, today: string, settings: ResolveSettings): readonly ResolvedItem[] {
  const ctx = resolveContext(index, today, settings);
  const key = [today, settings.staleCarried, settings.staleDays].join("|");
  let cache = caches.get(index);
  if (!cache || cache.directory !== ctx.directory || cache.history !== ctx.history || cache.key !== key) {
    cache = { directory: ctx.directory, history: ctx.history, key, perRecord: new WeakMap(), revision: -1, all: [] };
    caches.set(index, cache);
  }
  if (cache.revision === index.revision) return cache.all;
  const all: ResolvedItem[] = [];
  for (const record of index.all()) {
    let items = cache.perRecord.get(record);
    if (!items) {
      items = resolveRecord(record, ctx);
      cache.perRecord.set(record, items);
    }
    for (const it of items) all.push(it);
  }
  cache.all = all;
  cache.revision = index.revision;
  return all;
}
