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
  const names = memo(ctx.directory);
  const linked = record.oneOnOne?.person ?? null;
  const notePerson = linked === null ? null : (names.get(linked)?.name ?? linked);
  return record.items.map((item) => {
    const people = peopleOfItem(item, names, notePerson);
    const carried = carriedCount(item, people.person, record.date, ctx.history, ctx.today);
    const stale = isStale(item, carried, record.date, ctx.today, ctx.settings);
    return resolved(item, people.owner, people.person, people.direction, carried, stale);
  });
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

/** Every resolved item with, side by side, what queries test on every item (read without touching the objects). */
export interface ResolvedView {
  /** Path then line order. */
  items: ResolvedItem[];
  /** Due date as the number YYYYMMDD, 0 when none. */
  due: Int32Array;
  /** 1 for open items. */
  open: Uint8Array;
}

/** One note's resolved items with their due days and open flags, kept until the note changes. */
interface ResolvedNote {
  items: ResolvedItem[];
  due: Int32Array;
  open: Uint8Array;
}

function resolveNote(record: NoteRecord, ctx: ResolveContext): ResolvedNote {
  const items = resolveRecord(record, ctx);
  const due = new Int32Array(items.length);
  const open = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const d = items[i].due;
    due[i] = d === null ? 0 : dayValue(d);
    open[i] = items[i].isOpen ? 1 : 0;
  }
  return { items, due, open };
}

interface Cache {
  directory: PersonDirectory;
  history: OneOnOneHistory;
  key: string;
  perRecord: WeakMap<NoteRecord, ResolvedNote>;
  revision: number;
  view: ResolvedView;
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
  return resolvedView(index, today, settings).items;
}

export function resolvedView(index: ActionIndex, today: string, settings: ResolveSettings): ResolvedView {
  const ctx = resolveContext(index, today, settings);
  const key = [today, settings.staleCarried, settings.staleDays].join("|");
  let cache = caches.get(index);
  if (!cache || cache.directory !== ctx.directory || cache.history !== ctx.history || cache.key !== key) {
    cache = { directory: ctx.directory, history: ctx.history, key, perRecord: new WeakMap(), revision: -1, view: { items: [], due: new Int32Array(0), open: new Uint8Array(0) } };
    caches.set(index, cache);
  }
  if (cache.revision === index.revision) return cache.view;
  const n = index.size.items;
  const items = new Array<ResolvedItem>(n);
  const due = new Int32Array(n);
  const open = new Uint8Array(n);
  let i = 0;
  for (const record of index.all()) {
    let note = cache.perRecord.get(record);
    if (!note) {
      note = resolveNote(record, ctx);
      cache.perRecord.set(record, note);
    }
    due.set(note.due, i);
    open.set(note.open, i);
    for (const it of note.items) items[i++] = it;
  }
  cache.view = { items, due, open };
  cache.revision = index.revision;
  return cache.view;
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
