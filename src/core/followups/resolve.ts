// Items resolved against people and 1:1 history (owner, person, direction, carried, stale), one note at a time.
import { carriedCount, isStale, type Day } from "./carried";
import type { Person, PersonDirectory, Resolved } from "../people/directory";
import type { OneOnOneHistory } from "../people/one-on-one-notes";
import { peopleOfItem, textWithoutNameTail, type NameResolver } from "./person-of-item";
import type { NoteRecord } from "../vault/note-record";
import type { ActionItem } from "../actions/types";
import type { ResolveOptions, ResolvedItem } from "./types";

export interface ResolveContext {
  directory: PersonDirectory;
  /** The directory's answers remembered per name (one per directory). */
  names: NameResolver;
  history: OneOnOneHistory;
  day: Day;
  options: ResolveOptions;
}

/** The directory's answers remembered per name: thousands of items name the same few people. */
export class MemoDirectory implements NameResolver {
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

  private readonly long = new Map<string, boolean>();

  startsLongName(word: string): boolean {
    let r = this.long.get(word);
    if (r === undefined) this.long.set(word, (r = this.directory.startsLongName(word)));
    return r;
  }

  fullNameAfter(word: string, rest: string): ReturnType<PersonDirectory["fullNameAfter"]> {
    return this.directory.fullNameAfter(word, rest);
  }
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
export function resolveNote(record: NoteRecord, ctx: ResolveContext, prev: readonly ResolvedItem[] | undefined, samePeople: boolean): readonly ResolvedItem[] {
  const names = ctx.names;
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
    const carried = carriedCount(item, who, record.date, ctx.history, ctx.day);
    const stale = isStale(item, carried, record.date, ctx.day, ctx.options);
    if (p !== undefined && p.text === text && p.owner === owner && p.person === who && p.direction === direction && p.carried === carried && p.stale === stale) items[k] = p;
    else {
      items[k] = resolved(item, text, owner, who, direction, carried, stale);
      allReused = false;
    }
  }
  return allReused && prev !== undefined ? prev : items;
}
