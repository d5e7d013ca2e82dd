// 1:1 notes whose `person` names nobody in the people folder (a misspelt link makes a phantom person), with the nearest known name.
import { nameKey, type PersonDirectory } from "./directory";
import type { OneOnOneNote } from "./one-on-one-notes";

export interface UnknownPerson {
  /** The name as the note links it. */
  name: string;
  /** Every 1:1 note that links it, in path order. */
  paths: string[];
  /** The closest known name or alias, when one is close enough to be a likely typo. */
  suggestion: string | null;
}

/** Edit distance (insert, delete, substitute, swap of neighbours), stopping early once it passes `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** The known name closest to `name`: within a third of its length (at least 1, at most 3 edits), or a name it starts or ends. */
export function nearestName(name: string, known: readonly string[]): string | null {
  const key = nameKey(name);
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const k of known) {
    const other = nameKey(k);
    const d = other.startsWith(key + " ") || other.endsWith(" " + key) ? limit : editDistance(key, other, limit);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** The people 1:1 notes link who have no person note, each with its notes and the nearest known name. */
export function unknownPeople(notes: ReadonlyMap<string, OneOnOneNote>, directory: PersonDirectory): UnknownPerson[] {
  const byKey = new Map<string, UnknownPerson>();
  for (const [path, note] of notes) {
    if (note.person === null || directory.resolve(note.person) !== null) continue;
    const key = nameKey(note.person);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { name: note.person, paths: [], suggestion: null }));
    entry.paths.push(path);
  }
  const known = directory.names().map((n) => n.text);
  const out = [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const u of out) {
    u.paths.sort();
    u.suggestion = nearestName(u.name, known);
  }
  return out;
}

/** One line for a notice or the terminal. */
export function unknownPersonMessage(u: UnknownPerson): string {
  const where = u.paths.length === 1 ? u.paths[0] : `${u.paths[0]} and ${u.paths.length - 1} more`;
  const hint = u.suggestion ? ` Did you mean "${u.suggestion}"?` : " Create a person note for them, or fix the link.";
  return `No person note for "${u.name}" (person: in ${where}).${hint}`;
}
