// Items resolved against people and 1:1 history (owner, person, direction, carried, stale), cached per note.
import type { OneOnOneSettings } from "../../settings";
import { carriedCount, isStale } from "../people/carried";
import type { Person, PersonDirectory, Resolved } from "../people/directory";
import type { OneOnOneHistory } from "../people/one-on-one-notes";
import { peopleOfItem, type NameResolver } from "../people/person-of-item";
import type { NoteRecord } from "../vault-model";
import type { ActionIndex } from "./index-store";
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
}

const memos = new WeakMap<PersonDirectory, MemoDirectory>();

function memo(directory: PersonDirectory): MemoDirectory {
  let m = memos.get(directory);
  if (!m) memos.set(directory, (m = new MemoDirectory(directory)));
  return m;
}

/** Resolves the items of one note. */
export function resolveRecord(record: NoteRecord, ctx: ResolveContext): ResolvedItem[] {
  return [...resolveNote(record, ctx, undefined, false, new PersonIds()).items];
}

/** Built field by field: one object shape for every item keeps 50k-item queries fast (a spread does not). */
function resolved(it: ActionItem, owner: string | null, person: string | null, direction: ResolvedItem["direction"], carried: number, stale: boolean): ResolvedItem {
  return {
    path: it.path,
    line: it.line,
    original: it.original,
    status: it.status,
    state: it.state,
    isOpen: it.isOpen,
    text: it.text,
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

/** Bits of ResolvedNote.flags. */
export const OPEN = 1;
export const STALE = 2;
/** Direction codes, stored in flags >> DIRECTION_SHIFT. */
export const DIRECTIONS: readonly ResolvedItem["direction"][] = ["i-owe", "they-owe", "unassigned"];
export const DIRECTION_SHIFT = 2;

/** One note's resolved items with, side by side, what queries test on every item (read without touching the objects). */
export interface ResolvedNote {
  items: readonly ResolvedItem[];
  /** Due date as the number YYYYMMDD, 0 when none. */
  due: Int32Array;
  /** OPEN | STALE | direction code << DIRECTION_SHIFT. */
  flags: Uint8Array;
  /** The item's person as an id into Resolution.people, -1 for none. */
  person: Int32Array;
}

/** Every note's resolved items, in path order, as the index is now. */
export interface Resolution {
  revision: number;
  notes: readonly ResolvedNote[];
  /** Number of items over all notes. */
  size: number;
  /** Person names by id (ids are stable for the index's lifetime). */
  people: readonly string[];
}

/** Small integer ids for person names, so queries compare numbers. */
class PersonIds {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  id(name: string | null): number {
    if (name === null) return -1;
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }
}

/**
 * Resolves one note. `prev` is the same record's resolution under an earlier directory, history, day or
 * settings: when `samePeople` (same directory) its owners and persons still hold, and items whose every
 * resolved field comes out equal are reused, so a new day re-creates only the items that changed.
 */
function resolveNote(record: NoteRecord, ctx: ResolveContext, prev: ResolvedNote | undefined, samePeople: boolean, ids: PersonIds): ResolvedNote {
  const names = memo(ctx.directory);
  const linked = record.oneOnOne?.person ?? null;
  const notePerson = linked === null ? null : (names.get(linked)?.name ?? linked);
  const n = record.items.length;
  const items = new Array<ResolvedItem>(n);
  const due = new Int32Array(n);
  const flags = new Uint8Array(n);
  const person = new Int32Array(n);
  let allReused = prev !== undefined;
  for (let k = 0; k < n; k++) {
    const item = record.items[k];
    const p = prev?.items[k];
    let owner: string | null;
    let who: string | null;
    let direction: ResolvedItem["direction"];
    if (p !== undefined && samePeople) {
      owner = p.owner;
      who = p.person;
      direction = p.direction;
    } else {
      const people = peopleOfItem(item, names, notePerson);
      owner = people.owner;
      who = people.person;
      direction = people.direction;
    }
    const carried = carriedCount(item, who, record.date, ctx.history, ctx.today);
    const stale = isStale(item, carried, record.date, ctx.today, ctx.settings);
    const same = p !== undefined && p.owner === owner && p.person === who && p.direction === direction && p.carried === carried && p.stale === stale;
    const it = same ? p : resolved(item, owner, who, direction, carried, stale);
    if (!same) allReused = false;
    items[k] = it;
    due[k] = it.due === null ? 0 : dayValue(it.due);
    flags[k] = (it.isOpen ? OPEN : 0) | (stale ? STALE : 0) | (DIRECTIONS.indexOf(direction) << DIRECTION_SHIFT);
    person[k] = ids.id(who);
  }
  return allReused && prev !== undefined ? prev : { items, due, flags, person };
}

interface Cache {
  directory: PersonDirectory;
  history: OneOnOneHistory;
  key: string;
  perRecord: WeakMap<NoteRecord, ResolvedNote>;
  /** The resolutions under the previous directory, history, day or settings, until every note is resolved anew. */
  previous: { perRecord: WeakMap<NoteRecord, ResolvedNote>; samePeople: boolean } | null;
  resolution: Resolution | null;
  flat: { revision: number; items: ResolvedItem[] } | null;
}

const caches = new WeakMap<ActionIndex, Cache>();
const personIds = new WeakMap<ActionIndex, PersonIds>();

/** The resolution context for an index as it is now. */
export function resolveContext(index: ActionIndex, today: string, settings: ResolveSettings): ResolveContext {
  const directory = index.directory({ name: settings.myName, aliases: settings.myAliases });
  return { directory, history: index.history(directory), today, settings };
}

/**
 * Every note's items resolved, in path order. Cached per index revision; after a change only the changed
 * notes are resolved again. A new day, directory, history or setting re-resolves every note but keeps
 * each item object whose resolved fields did not change.
 */
export function resolution(index: ActionIndex, today: string, settings: ResolveSettings): Resolution {
  const ctx = resolveContext(index, today, settings);
  const key = [today, settings.staleCarried, settings.staleDays].join("|");
  let cache = caches.get(index);
  if (!cache || cache.directory !== ctx.directory || cache.history !== ctx.history || cache.key !== key) {
    const previous = cache ? { perRecord: cache.perRecord, samePeople: cache.directory === ctx.directory } : null;
    cache = { directory: ctx.directory, history: ctx.history, key, perRecord: new WeakMap(), previous, resolution: null, flat: null };
    caches.set(index, cache);
  }
  if (cache.resolution?.revision === index.revision) return cache.resolution;
  let ids = personIds.get(index);
  if (!ids) personIds.set(index, (ids = new PersonIds()));
  const records = index.all();
  const notes = new Array<ResolvedNote>(records.length);
  let size = 0;
  for (let r = 0; r < records.length; r++) {
    const record = records[r];
    let note = cache.perRecord.get(record);
    if (!note) {
      const prev = cache.previous?.perRecord.get(record);
      note = resolveNote(record, ctx, prev, cache.previous?.samePeople ?? false, ids);
      cache.perRecord.set(record, note);
    }
    notes[r] = note;
    size += note.items.length;
  }
  cache.previous = null;
  cache.resolution = { revision: index.revision, notes, size, people: ids.names };
  return cache.resolution;
}

/** Every item of the index resolved, in path then line order (see `resolution` for the caching). */
export function resolvedItems(index: ActionIndex, today: string, settings: ResolveSettings): readonly ResolvedItem[] {
  const res = resolution(index, today, settings);
  const cache = caches.get(index)!;
  if (cache.flat?.revision !== res.revision) {
    const items = new Array<ResolvedItem>(res.size);
    let i = 0;
    for (const note of res.notes) for (const it of note.items) items[i++] = it;
    cache.flat = { revision: res.revision, items };
  }
  return cache.flat.items;
}

/** YYYYMMDD as a number, read from the characters (cheaper than a date parse for every item). */
export function dayValue(iso: string): number {
  let n = 0;
  for (let i = 0; i < 10; i++) {
    const c = iso.charCodeAt(i);
    if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
  }
  return n;
}
