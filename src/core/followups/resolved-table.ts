// Every resolved item of the vault in one table, in path then line order, with what queries test on each item in
// typed columns read front to back (cache-friendly); a changed note is patched in place instead of copying 50k rows.
import type { NoteRecord } from "../vault/note-record";
import type { ResolvedItem } from "./types";

/** Bits of ResolvedTable.flags. */
export const OPEN = 1;
export const STALE = 2;
/** Direction codes, stored in flags >> DIRECTION_SHIFT. */
export const DIRECTIONS: readonly ResolvedItem["direction"][] = ["i-owe", "they-owe", "unassigned"];
export const DIRECTION_SHIFT = 2;

/** Small integer ids for person names, so queries compare numbers. */
export class PersonIds {
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

/** A note's resolved items, for a record. */
export type ResolveNote = (record: NoteRecord) => readonly ResolvedItem[];

/** More changed notes than this in one revision: rebuilding is as cheap as patching. */
const PATCH_LIMIT = 64;
/** A note with more items than this is not spliced in (spread arguments have a limit): the table is rebuilt. */
const SPLICE_LIMIT = 4096;

export class ResolvedTable {
  /** The index revision the table shows. */
  revision = -1;
  /** Number of rows; the columns may be longer. */
  size = 0;
  /** Row i's item; exactly `size` long. */
  items: ResolvedItem[] = [];
  /** Due date as the number YYYYMMDD, 0 when none. */
  due = new Int32Array(0);
  /** OPEN | STALE | direction code << DIRECTION_SHIFT. */
  flags = new Uint8Array(0);
  /** Person id (see `people`), -1 for none. */
  person = new Int32Array(0);
  private records: NoteRecord[] = [];
  private notes: (readonly ResolvedItem[])[] = [];
  /** First row of each note, and `size` at the end. */
  private start = new Int32Array(1);

  constructor(private readonly ids: PersonIds) {}

  /** Person names by id (ids stay stable for the index's lifetime). */
  get people(): readonly string[] {
    return this.ids.names;
  }

  /** Brings the table to `records` (sorted by path). Costs the changed notes only when the same paths are there. */
  update(records: readonly NoteRecord[], resolve: ResolveNote, revision: number): void {
    if (!this.patch(records, resolve)) this.rebuild(records, resolve);
    this.revision = revision;
  }

  private patch(records: readonly NoteRecord[], resolve: ResolveNote): boolean {
    if (records.length !== this.records.length) return false;
    const changed: number[] = [];
    for (let i = 0; i < records.length; i++) {
      if (records[i] === this.records[i]) continue;
      if (records[i].path !== this.records[i].path || changed.length === PATCH_LIMIT) return false;
      changed.push(i);
    }
    const fresh = changed.map((i) => resolve(records[i]));
    if (fresh.some((items) => items.length > SPLICE_LIMIT)) return false;
    changed.forEach((i, j) => this.replace(i, records[i], fresh[j]));
    return true;
  }

  private rebuild(records: readonly NoteRecord[], resolve: ResolveNote): void {
    const notes = records.map(resolve);
    let size = 0;
    for (const items of notes) size += items.length;
    this.records = records.slice();
    this.notes = notes;
    this.start = new Int32Array(records.length + 1);
    this.items = new Array<ResolvedItem>(size);
    this.due = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.person = new Int32Array(size);
    let at = 0;
    for (let i = 0; i < notes.length; i++) {
      this.start[i] = at;
      for (const it of notes[i]) this.fill(at++, it);
    }
    this.start[notes.length] = at;
    this.size = size;
  }

  /** Puts note i's new items in place of its old ones, shifting the rows after it when the count changed. */
  private replace(i: number, record: NoteRecord, items: readonly ResolvedItem[]): void {
    const at = this.start[i];
    const old = this.notes[i].length;
    const delta = items.length - old;
    if (delta !== 0) {
      this.reserve(this.size + delta);
      this.due.copyWithin(at + items.length, at + old, this.size);
      this.flags.copyWithin(at + items.length, at + old, this.size);
      this.person.copyWithin(at + items.length, at + old, this.size);
      this.items.splice(at, old, ...items);
      for (let j = i + 1; j < this.start.length; j++) this.start[j] += delta;
      this.size += delta;
    }
    for (let k = 0; k < items.length; k++) this.fill(at + k, items[k]);
    this.records[i] = record;
    this.notes[i] = items;
  }

  private fill(row: number, it: ResolvedItem): void {
    this.items[row] = it;
    this.due[row] = it.due === null ? 0 : dayValue(it.due);
    this.flags[row] = (it.isOpen ? OPEN : 0) | (it.stale ? STALE : 0) | (DIRECTIONS.indexOf(it.direction) << DIRECTION_SHIFT);
    this.person[row] = this.ids.id(it.person);
  }

  /** Room for `rows` rows in the typed columns (grown by half again, so repeated growth stays linear). */
  private reserve(rows: number): void {
    if (rows <= this.due.length) return;
    const capacity = Math.max(rows, Math.ceil(this.due.length * 1.5));
    const due = new Int32Array(capacity);
    const flags = new Uint8Array(capacity);
    const person = new Int32Array(capacity);
    due.set(this.due.subarray(0, this.size));
    flags.set(this.flags.subarray(0, this.size));
    person.set(this.person.subarray(0, this.size));
    this.due = due;
    this.flags = flags;
    this.person = person;
  }
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
