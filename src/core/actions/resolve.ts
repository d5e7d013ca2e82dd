// Items resolved against people and 1:1 history (owner, person, direction, carried, stale), cached per note.
import type { OneOnOneSettings } from "../../settings";
import { carriedCount, isStale } from "../people/carried";
import type { Person, PersonDirectory, Resolved } from "../people/directory";
import type { OneOnOneHistory } from "../people/one-on-one-notes";
import { peopleOfItem, textWithoutNameTail, type NameResolver } from "../people/person-of-item";
import type { NoteRecord } from "../vault-model";
import type { ActionIndex } from "./index-store";
import { PersonIds, ResolvedTable } from "./resolved-table";
import type { ActionItem, ResolvedItem } from "./types";

export type ResolveSettings = Pick<OneOnOneSettings, "myName" | "myAliases" | "staleCarried" | "staleDays">;

export interface ResolveContext {
  directory: PersonDirectory;
  history: OneOnOneHistory;
  today: string;
  settings: ResolveSettings;
}

/** The directory's answers remembered per name: thousands of items name the same few people. */
class MemoDirectory implements NameResolver {
  private readonly answers = new Map<string, Resolved>();
  constructor(private readonly directory: PersonDirectory) {}

  resolve(name: string): Resolved {
    let r = this.answers.get(name);
    if (r === undefined) this.answers.set(name, (r = this.directory.resolve(name)));
    return r;
  }

  get(name: string): Person | null {
    const r = this.resolve(name);
    return r?.kind === "person" ? r.person : null;
  }

  fullNameAfter(word: string, rest: string): ReturnType<PersonDirectory["fullNameAfter"]> {
    return this.directory.fullNameAfter(word, rest);
  }
}

const memos = new WeakMap<PersonDirectory, MemoDirectory>();

function memo(directory: PersonDirectory): MemoDirectory {
  let m = memos.get(directory);
  if (!m) memos.set(directory, (m = new MemoDirectory(directory)));
  return m;
}

/** Resolves the items of one note. */
export function resolveRecord(record: NoteRecord, ctx: ResolveContext): ResolvedItem[] {
  return [...resolveNote(record, ctx, undefined, false)];
}

/** Built field by field: one object shape for every item keeps 50k-item queries fast (a spread does not). */
function resolved(it: ActionItem, text: string, owner: string | null, person: string | null, direction: ResolvedItem["direction"], carried: number, stale: boolean): ResolvedItem {
  return {
    path: it.path,
    line: it.line,
    original: it.original,
    status: it.status,
    state: it.state,
    isOpen: it.isOpen,
    text,
    due: it.due,
    scheduled: it.scheduled,
    start: it.start,
    created: it.created,
    done: it.done,
    cancelled: it.cancelled,
    priority: it.priority,
    recurrence: it.recurrence,
    tags: it.tags,
    blockId: it.blockId,
    ownerRaw: it.ownerRaw,
    mentions: it.mentions,
    heading: it.heading,
    parentLine: it.parentLine,
    quoteDepth: it.quoteDepth,
    callouts: it.callouts,
    problems: it.problems,
    owner,
    person,
    direction,
    carried,
    stale,
  };
}

/**
 * Resolves one note. `prev` is the same record's items under an earlier directory, history, day or settings:
 * when `samePeople` (same directory) their owners and persons still hold, and items whose every resolved
 * field comes out equal are reused, so a new day re-creates only the items that changed.
 */
function resolveNote(record: NoteRecord, ctx: ResolveContext, prev: readonly ResolvedItem[] | undefined, samePeople: boolean): readonly ResolvedItem[] {
  const names = memo(ctx.directory);
  const linked = record.oneOnOne?.person ?? null;
  const notePerson = linked === null ? null : (names.get(linked)?.name ?? linked);
  const n = record.items.length;
  const items = new Array<ResolvedItem>(n);
  let allReused = prev !== undefined;
  for (let k = 0; k < n; k++) {
    const item = record.items[k];
    const p = prev?.[k];
    let owner: string | null;
    let who: string | null;
    let direction: ResolvedItem["direction"];
    let text = item.text;
    if (p !== undefined && samePeople) {
      owner = p.owner;
      who = p.person;
      direction = p.direction;
      text = p.text;
    } else {
      const people = peopleOfItem(item, names, notePerson);
      owner = people.owner;
      who = people.person;
      direction = people.direction;
      if (people.nameTail !== undefined) text = textWithoutNameTail(item.text, people.nameTail);
    }
    const carried = carriedCount(item, who, record.date, ctx.history, ctx.today);
    const stale = isStale(item, carried, record.date, ctx.today, ctx.settings);
    if (p !== undefined && p.text === text && p.owner === owner && p.person === who && p.direction === direction && p.carried === carried && p.stale === stale) items[k] = p;
    else {
      items[k] = resolved(item, text, owner, who, direction, carried, stale);
      allReused = false;
    }
  }
  return allReused && prev !== undefined ? prev : items;
}

interface Cache {
  directory: PersonDirectory;
  history: OneOnOneHistory;
  key: string;
  perRecord: WeakMap<NoteRecord, readonly ResolvedItem[]>;
  /** The items under the previous directory, history, day or settings, until every note is resolved anew. */
  previous: { perRecord: WeakMap<NoteRecord, readonly ResolvedItem[]>; samePeople: boolean } | null;
  table: ResolvedTable;
  flat: { revision: number; items: readonly ResolvedItem[] } | null;
}

const caches = new WeakMap<ActionIndex, Cache>();
const personIds = new WeakMap<ActionIndex, PersonIds>();

/** The resolution context for an index as it is now. */
export function resolveContext(index: ActionIndex, today: string, settings: ResolveSettings): ResolveContext {
  const directory = index.directory({ name: settings.myName, aliases: settings.myAliases });
  return { directory, history: index.history(directory), today, settings };
}

/**
 * Every item of the index resolved, as one table in path then line order; valid until the next call.
 * After a change only the changed notes are resolved again and patched in. A new day, directory, history
 * or setting re-resolves every note but keeps each item object whose resolved fields did not change.
 */
export function resolvedTable(index: ActionIndex, today: string, settings: ResolveSettings): ResolvedTable {
  const ctx = resolveContext(index, today, settings);
  const key = [today, settings.staleCarried, settings.staleDays].join("|");
  let cache = caches.get(index);
  if (!cache || cache.directory !== ctx.directory || cache.history !== ctx.history || cache.key !== key) {
    let ids = personIds.get(index);
    if (!ids) personIds.set(index, (ids = new PersonIds()));
    const previous = cache ? { perRecord: cache.perRecord, samePeople: cache.directory === ctx.directory } : null;
    cache = { directory: ctx.directory, history: ctx.history, key, perRecord: new WeakMap(), previous, table: new ResolvedTable(ids), flat: null };
    caches.set(index, cache);
  }
  const c = cache;
  if (c.table.revision === index.revision) return c.table;
  c.table.update(index.all(), (record) => {
    let items = c.perRecord.get(record);
    if (!items) {
      items = resolveNote(record, ctx, c.previous?.perRecord.get(record), c.previous?.samePeople ?? false);
      c.perRecord.set(record, items);
    }
    return items;
  }, index.revision);
  c.previous = null;
  return c.table;
}

/** Every item of the index resolved, in path then line order (see `resolvedTable` for the caching). */
export function resolvedItems(index: ActionIndex, today: string, settings: ResolveSettings): readonly ResolvedItem[] {
  const table = resolvedTable(index, today, settings);
  const cache = caches.get(index)!;
  // The table changes in place; callers get a copy that stays as it was.
  if (cache.flat?.revision !== table.revision) cache.flat = { revision: table.revision, items: table.items.slice(0, table.size) };
  return cache.flat.items;
}
