// The follow-up model of one index: its caches (keyed by revision, day and options) and every query over it.
import { nameKey, type PersonDirectory } from "../people/directory";
import type { OneOnOneHistory } from "../people/one-on-one-notes";
import type { ActionIndex } from "../vault/index-store";
import type { NoteRecord } from "../vault/note-record";
import { dayOf } from "./carried";
import { buildModel, type ActionsModel, type ItemQuery } from "./queries";
import { MemoDirectory, resolveNote, type ResolveContext } from "./resolve";
import { PersonIds, ResolvedTable } from "./resolved-table";
import type { FollowUpOptions, ResolveOptions, ResolvedItem } from "./types";

/** The resolved items under one directory, history, day and stale options. */
interface Resolution {
  directory: PersonDirectory;
  history: OneOnOneHistory;
  key: string;
  ctx: ResolveContext;
  perRecord: WeakMap<NoteRecord, readonly ResolvedItem[]>;
  /** The items under the previous directory, history, day or options, until every note is resolved anew. */
  previous: { perRecord: WeakMap<NoteRecord, readonly ResolvedItem[]>; samePeople: boolean } | null;
  /** Patched in place on every change: never handed out of this module. */
  table: ResolvedTable;
  flat: { revision: number; items: readonly ResolvedItem[] } | null;
}

const MODELS_KEPT = 16;
const KEY = Symbol("follow-ups");

/** The follow-up model the index keeps for itself (made on first use). */
export function followUpsOf(index: ActionIndex): FollowUps {
  return index.derived(KEY, (i) => new FollowUps(i));
}

export class FollowUps {
  private readonly ids = new PersonIds();
  private readonly memos = new WeakMap<PersonDirectory, MemoDirectory>();
  private resolution: Resolution | null = null;
  private models: { key: string; byQuery: Map<string, ActionsModel> } | null = null;

  constructor(private readonly index: ActionIndex) {}

  /** Every item resolved, in path then line order; a new array per revision, never changed after it is returned. */
  items(today: string, options: ResolveOptions): readonly ResolvedItem[] {
    const r = this.resolve(today, options);
    // The table changes in place; callers get a copy that stays as it was.
    if (r.flat?.revision !== r.table.revision) r.flat = { revision: r.table.revision, items: r.table.items.slice(0, r.table.size) };
    return r.flat.items;
  }

  /** The dashboard model; the same object while the revision, today, options and query stay the same. */
  query(today: string, options: FollowUpOptions, query: ItemQuery = {}): ActionsModel {
    const key = JSON.stringify([this.index.revision, today, options.myName, options.myAliases, options.staleCarried, options.staleDays, options.dueSoonDays]);
    // undefined (any person) and null (nobody) must not share a key.
    const queryKey = JSON.stringify([query.show ?? "open", query.person === undefined ? 0 : query.person, query.direction ?? 0, query.only ?? 0]);
    if (this.models?.key !== key) this.models = { key, byQuery: new Map() };
    const cache = this.models;
    const hit = cache.byQuery.get(queryKey);
    if (hit) return hit;
    const table = this.resolve(today, options).table;
    const person = typeof query.person === "string" ? this.personFilterName(query.person, options) : null;
    const model = buildModel(table, today, options, query, person);
    if (cache.byQuery.size >= MODELS_KEPT) cache.byQuery.clear();
    cache.byQuery.set(queryKey, model);
    return model;
  }

  /** The person directory for these options' "me". */
  directory(options: Pick<ResolveOptions, "myName" | "myAliases">): PersonDirectory {
    return this.index.directory({ name: options.myName, aliases: [...options.myAliases] });
  }

  /** The canonical name a person filter means: a known person's name, else the name as given. */
  personFilterName(name: string, options: Pick<ResolveOptions, "myName" | "myAliases">): string {
    return this.directory(options).get(name)?.name ?? name.trim();
  }

  /** Whether a name means someone: a person note (name or alias) or the person of some item. */
  isKnownPerson(name: string, today: string, options: ResolveOptions): boolean {
    if (this.directory(options).get(name)) return true;
    const key = nameKey(name);
    const table = this.resolve(today, options).table;
    for (let i = 0; i < table.size; i++) {
      const p = table.items[i].person;
      if (p !== null && nameKey(p) === key) return true;
    }
    return false;
  }

  /**
   * The resolution brought to the index's revision. After a change only the changed notes are resolved again
   * and patched in. A new day, directory, history or option re-resolves every note but keeps each item object
   * whose resolved fields did not change.
   */
  private resolve(today: string, options: ResolveOptions): Resolution {
    const directory = this.directory(options);
    const history = this.index.history(directory);
    const key = [today, options.staleCarried, options.staleDays].join("|");
    let r = this.resolution;
    if (!r || r.directory !== directory || r.history !== history || r.key !== key) {
      let names = this.memos.get(directory);
      if (!names) this.memos.set(directory, (names = new MemoDirectory(directory)));
      const ctx: ResolveContext = { directory, names, history, day: dayOf(today), options: { ...options, myAliases: [...options.myAliases] } };
      const previous = r ? { perRecord: r.perRecord, samePeople: r.directory === directory } : null;
      r = this.resolution = { directory, history, key, ctx, perRecord: new WeakMap(), previous, table: new ResolvedTable(this.ids), flat: null };
    }
    const res = r;
    if (res.table.revision === this.index.revision) return res;
    res.table.update(this.index.all(), (record) => {
      let items = res.perRecord.get(record);
      if (!items) {
        items = resolveNote(record, res.ctx, res.previous?.perRecord.get(record), res.previous?.samePeople ?? false);
        res.perRecord.set(record, items);
      }
      return items;
    }, this.index.revision);
    res.previous = null;
    return res;
  }
}

/** Every item of the index resolved, in path then line order (see FollowUps.items). */
export function resolvedItems(index: ActionIndex, today: string, options: ResolveOptions): readonly ResolvedItem[] {
  return followUpsOf(index).items(today, options);
}

/** The dashboard model of the index (see FollowUps.query). */
export function queryItems(index: ActionIndex, today: string, options: FollowUpOptions, query: ItemQuery = {}): ActionsModel {
  return followUpsOf(index).query(today, options, query);
}

export function personFilterName(index: ActionIndex, name: string, options: Pick<ResolveOptions, "myName" | "myAliases">): string {
  return followUpsOf(index).personFilterName(name, options);
}

export function isKnownPerson(index: ActionIndex, name: string, today: string, options: ResolveOptions): boolean {
  return followUpsOf(index).isKnownPerson(name, today, options);
}
