// The ActionIndex: one record per note, a revision bumped on every change, people and 1:1s kept incrementally.
import { isInFolder } from "../markdown/note-paths";
import { PersonDirectory, type Me, type Person } from "../people/directory";
import { OneOnOneHistory, type OneOnOneNote } from "../people/one-on-one-notes";
import { isOutOfScope, movedRecord, plainRecord, readNoteRecord, sameRecord, type ModelConfig, type NoteRecord } from "./note-record";
import { deepEqual } from "./deep-equal";

export class ActionIndex {
  private records = new Map<string, NoteRecord>();
  private people = new Map<string, Person>();
  private oneOnOnes = new Map<string, OneOnOneNote>();
  private rev = 0;
  private peopleRev = 0;
  private oneOnOneRev = 0;
  private items = 0;
  private sorted: { rev: number; records: NoteRecord[] } | null = null;
  private dir: { rev: number; me: string; directory: PersonDirectory } | null = null;
  private hist: { rev: number; directory: PersonDirectory; history: OneOnOneHistory } | null = null;
  /** What upper layers derive from this index (their caches), made once per key and dropped with the index. */
  private readonly slots = new Map<symbol, unknown>();

  constructor(private cfg: Readonly<ModelConfig>) {}

  /** How notes are read; changing it means building a new index. */
  get config(): Readonly<ModelConfig> {
    return this.cfg;
  }

  /** Bumped on every change that can alter a query result. */
  get revision(): number {
    return this.rev;
  }

  /** Number of notes with a record, and of action items in them. */
  get size(): { notes: number; items: number } {
    return { notes: this.records.size, items: this.items };
  }

  get(path: string): NoteRecord | undefined {
    return this.records.get(path);
  }

  has(path: string): boolean {
    return this.records.has(path);
  }

  /** Re-reads one note; returns true when the index changed. Costs only this note's parse. */
  update(path: string, text: string): boolean {
    return this.put(path, readNoteRecord(path, text, this.cfg));
  }

  remove(path: string): boolean {
    return this.put(path, null);
  }

  /**
   * Re-keys a renamed note without reading it. Returns false when the caller must `update(newPath, text)`
   * instead: the old path was unknown (e.g. it came from an excluded folder) or the note became a person note.
   */
  rename(oldPath: string, newPath: string): boolean {
    if (oldPath === newPath) return true;
    const old = this.records.get(oldPath);
    if (!old) return this.records.has(newPath) || isOutOfScope(newPath, this.cfg);
    const moved = movedRecord(old, newPath, this.cfg);
    if (moved === undefined) {
      this.put(oldPath, null);
      return false;
    }
    this.put(oldPath, null);
    this.put(newPath, moved);
    return true;
  }

  /** Re-keys every note below a renamed folder; returns the new paths that need `update` with their text. */
  renameFolder(oldFolder: string, newFolder: string): string[] {
    const needRead: string[] = [];
    for (const path of [...this.records.keys()]) {
      if (!isInFolder(path, oldFolder)) continue;
      const next = newFolder.replace(/\/+$/, "") + path.slice(oldFolder.replace(/\/+$/, "").length);
      if (!this.rename(path, next)) needRead.push(next);
    }
    return needRead;
  }

  removeFolder(folder: string): void {
    for (const path of [...this.records.keys()]) if (isInFolder(path, folder)) this.put(path, null);
  }

  /** Every record, sorted by path; valid until the next change (a re-read note is replaced in place). */
  all(): readonly NoteRecord[] {
    if (this.sorted?.rev !== this.rev) {
      const records = [...this.records.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      this.sorted = { rev: this.rev, records };
    }
    return this.sorted.records;
  }

  /** The person directory from the people folder's notes and the user's names (cached until people change). */
  directory(me: Me): PersonDirectory {
    const meKey = [me.name, ...me.aliases].join("\u0000");
    if (this.dir?.rev !== this.peopleRev || this.dir.me !== meKey) {
      this.dir = { rev: this.peopleRev, me: meKey, directory: new PersonDirectory([...this.people.values()], me) };
    }
    return this.dir.directory;
  }

  /** Dated 1:1 notes per person (cached until a 1:1 note's person or date changes, or people change). */
  history(directory: PersonDirectory): OneOnOneHistory {
    if (this.hist?.rev !== this.oneOnOneRev || this.hist.directory !== directory) {
      this.hist = { rev: this.oneOnOneRev, directory, history: new OneOnOneHistory(this.oneOnOnes.entries(), directory) };
    }
    return this.hist.history;
  }

  /**
   * The value kept under `key` for this index, made by `make` on first use. Layers above the index keep their
   * caches here (keyed inside by revision, day and settings), so the caches live and die with the index.
   */
  derived<T>(key: symbol, make: (index: ActionIndex) => T): T {
    if (!this.slots.has(key)) this.slots.set(key, make(this));
    return this.slots.get(key) as T;
  }

  /** Notes that name `one-on-one` in frontmatter that cannot be read (so they are no 1:1s), with why, by path. */
  unreadableOneOnOnes(): { path: string; error: string }[] {
    const out: { path: string; error: string }[] = [];
    for (const r of this.all()) if (r.frontmatterError) out.push({ path: r.path, error: r.frontmatterError });
    return out;
  }

  /** Every 1:1 note by path. */
  oneOnOneNotes(): ReadonlyMap<string, OneOnOneNote> {
    return this.oneOnOnes;
  }

  /** Takes over another index's records and config (a rebuild finished); counts as one change. */
  replaceWith(other: ActionIndex): void {
    this.cfg = other.cfg;
    this.records = new Map(other.records);
    this.people = new Map(other.people);
    this.oneOnOnes = new Map(other.oneOnOnes);
    this.items = other.items;
    const next = Math.max(this.rev, this.peopleRev, this.oneOnOneRev, other.rev, other.peopleRev, other.oneOnOneRev) + 1;
    this.rev = this.peopleRev = this.oneOnOneRev = next;
  }

  /** Plain data for comparing two indexes (tests, debugging). */
  snapshot(): NoteRecord[] {
    return this.all().map(plainRecord);
  }

  /** A note re-read in place keeps its position in the sorted list; anything else re-sorts on the next query. */
  private keepSorted(prev: NoteRecord | null, next: NoteRecord | null): void {
    if (!this.sorted) return;
    const list = this.sorted.records;
    if (prev !== null && next !== null && prev.path === next.path) {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].path < prev.path) lo = mid + 1;
        else hi = mid;
      }
      if (list[lo] === prev) {
        list[lo] = next;
        this.sorted.rev = this.rev + 1;
        return;
      }
    }
    this.sorted = null;
  }

  private put(path: string, next: NoteRecord | null): boolean {
    const prev = this.records.get(path) ?? null;
    if (prev === null && next === null) return false;
    if (prev !== null && next !== null && sameRecord(prev, next)) return false;
    if (next === null) this.records.delete(path);
    else this.records.set(path, next);
    this.keepSorted(prev, next);
    this.items += (next?.itemCount ?? 0) - (prev?.itemCount ?? 0);
    if (!deepEqual(prev?.person ?? null, next?.person ?? null)) {
      if (next?.person) this.people.set(path, next.person);
      else this.people.delete(path);
      this.peopleRev++;
    }
    if (!deepEqual(prev?.oneOnOne ?? null, next?.oneOnOne ?? null)) {
      if (next?.oneOnOne) this.oneOnOnes.set(path, next.oneOnOne);
      else this.oneOnOnes.delete(path);
      this.oneOnOneRev++;
    }
    this.rev++;
    return true;
  }
}
