// The person directory: person notes (name = basename, aliases, cadence) and the user ("me").
import { parseFrontmatter, stringList } from "../markdown/frontmatter";
import { parseCadence, type Cadence } from "./cadence";
import { basename, hasMdExtension, isInFolder } from "../markdown/note-paths";

export interface Person {
  /** The person note's basename. */
  name: string;
  /** Vault path of the person note. */
  path: string;
  aliases: string[];
  cadence: Cadence | null;
  /** Problems found in the person note (bad cadence, broken frontmatter). */
  problems: string[];
}

export interface Me {
  name: string;
  aliases: string[];
}

/** Who a name refers to: a person, the user, or nobody known. */
export type Resolved = { kind: "person"; person: Person } | { kind: "me" } | null;

/** Reads a person from a note in the people folder; null when the path is not in that folder, or the note has no name (`.md`, ` .md`). */
export function personFromNote(path: string, text: string, peopleFolder: string): Person | null {
  if (!isInFolder(path, peopleFolder) || !hasMdExtension(path)) return null;
  const name = basename(path);
  if (name.trim() === "") return null;
  const fm = parseFrontmatter(text);
  const problems: string[] = [];
  if (fm.error) problems.push(`Broken frontmatter: ${fm.error}`);
  const cadence = parseCadence(fm.data.cadence);
  if (cadence === "invalid") problems.push(`Unknown cadence "${JSON.stringify(fm.data.cadence)}" (use weekly, biweekly, monthly or "every N days")`);
  const aliases = [...stringList(fm.data.aliases), ...stringList(fm.data.alias)].map((a) => a.trim()).filter((a) => a !== "");
  return { name, path, aliases, cadence: cadence === "invalid" ? null : cadence, problems };
}

/** Case- and space-insensitive key for matching names and aliases. */
export function nameKey(s: string): string {
  return s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** A name of several words after an `@`: who it is and how many characters after the first word it took. */
export interface FullNameMatch {
  resolved: Exclude<Resolved, null>;
  /** The whole name as the line spells it (`Ana Silva`). */
  name: string;
  /** Characters of `rest` the name's later words took (` Silva`). */
  length: number;
}

export class PersonDirectory {
  private readonly byKey = new Map<string, Person>();
  private readonly meKeys = new Set<string>();
  private readonly people: Person[];
  /** Names and aliases of several words by their first word's key, longest first, for `@Ana Silva`. */
  private multiWord: Map<string, string[][]> | null = null;

  constructor(people: readonly Person[], me: Me) {
    this.people = [...people].sort((a, b) => a.name.localeCompare(b.name));
    // Names win over aliases; the first person to claim an alias keeps it.
    for (const p of this.people) this.byKey.set(nameKey(p.name), p);
    for (const p of this.people) {
      for (const a of p.aliases) if (!this.byKey.has(nameKey(a))) this.byKey.set(nameKey(a), p);
    }
    this.meKeys.add("me");
    for (const n of [me.name, ...me.aliases]) if (n.trim()) this.meKeys.add(nameKey(n));
  }

  all(): readonly Person[] {
    return this.people;
  }

  /** Resolves a name, alias, `@me` or a link target to a person or the user. */
  resolve(name: string): Resolved {
    const key = nameKey(name.replace(/^@/, ""));
    if (this.meKeys.has(key)) return { kind: "me" };
    const p = this.byKey.get(key);
    return p ? { kind: "person", person: p } : null;
  }

  get(name: string): Person | null {
    const r = this.resolve(name);
    return r?.kind === "person" ? r.person : null;
  }

  /** Whether some known name or alias of several words starts with `word` (else fullNameAfter is null). */
  startsLongName(word: string): boolean {
    return this.multiWordNames().has(nameKey(word));
  }

  /**
   * `@Ana Silva …`: a bare mention reads one word ("Ana"); when that word and the words right after it
   * (`rest`, the line after the word) spell a known name or alias of several words, the longest such name.
   */
  fullNameAfter(word: string, rest: string): FullNameMatch | null {
    const candidates = this.multiWordNames().get(nameKey(word));
    if (!candidates) return null;
    for (const words of candidates) {
      let at = 0;
      let ok = true;
      for (const w of words.slice(1)) {
        const m = /^[ \t]+/.exec(rest.slice(at));
        if (!m || nameKey(rest.slice(at + m[0].length, at + m[0].length + w.length)) !== w) {
          ok = false;
          break;
        }
        at += m[0].length + w.length;
      }
      // The name must end at a word's end: `@Ana Silvana` is not Ana Silva.
      if (!ok || /^[\p{L}\p{N}_'’-]/u.test(rest.slice(at))) continue;
      const name = `${word}${rest.slice(0, at)}`;
      const resolved = this.resolve(name);
      if (resolved) return { resolved, name, length: at };
    }
    return null;
  }

  private multiWordNames(): Map<string, string[][]> {
    if (this.multiWord) return this.multiWord;
    const map = new Map<string, string[][]>();
    const keys = [...this.byKey.keys(), ...this.meKeys].filter((k) => k.includes(" "));
    for (const key of keys) {
      const words = key.split(" ");
      let list = map.get(words[0]);
      if (!list) map.set(words[0], (list = []));
      list.push(words);
    }
    for (const list of map.values()) list.sort((a, b) => b.length - a.length);
    return (this.multiWord = map);
  }

  /** Every name and alias with its person, for pickers and mention matching. */
  names(): { text: string; person: Person }[] {
    const seen = new Set<string>();
    const res: { text: string; person: Person }[] = [];
    for (const p of this.people) {
      for (const t of [p.name, ...p.aliases]) {
        const k = nameKey(t);
        if (!seen.has(k) && this.byKey.get(k) === p) {
          seen.add(k);
          res.push({ text: t, person: p });
        }
      }
    }
    return res;
  }
}
