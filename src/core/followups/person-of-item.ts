// Who an item is about: the owner if a person, else the first person linked or mentioned, else the 1:1's person.
import { ownerName } from "../actions/owner";
import type { ActionItem } from "../actions/types";
import type { Direction } from "./types";
import { linkTarget } from "../markdown/frontmatter";
import type { PersonDirectory } from "../people/directory";
import { leadingOwnerName } from "./leading-owner";


/** What resolving needs from the directory (a memoising wrapper fits too). */
export type NameResolver = Pick<PersonDirectory, "resolve" | "get" | "fullNameAfter" | "startsLongName">;

export interface ItemPeople {
  /** "me", a person's name, an unknown owner as written, or null. */
  owner: string | null;
  person: string | null;
  direction: Direction;
  /** `@Ana Silva` read as one owner: the later words (" Silva") the parser left in the item's text; absent otherwise. */
  nameTail?: string;
}

/** Where a bare `@word` owner sits in the line: at a mention boundary, followed by a non-word character. */
function ownerIndex(line: string, raw: string): number {
  for (let i = line.indexOf(raw); i !== -1; i = line.indexOf(raw, i + 1)) {
    const before = i === 0 ? " " : line[i - 1];
    const after = line.slice(i + raw.length, i + raw.length + 1);
    if (/[\s([{"'*_~,;\u201c\u2018]/.test(before) && !/^[\p{L}\p{N}_]/u.test(after)) return i;
  }
  return -1;
}

/** The item text without the later words of an `@First Last` owner (the first time they appear as whole words). */
export function textWithoutNameTail(text: string, tail: string): string {
  const words = tail.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // A captured boundary, not a lookbehind: Safari before 16.4 (older iPhones) cannot compile one.
  const m = new RegExp(`(^|[^\\p{L}\\p{N}_])(${words.join("\\s+")})(?![\\p{L}\\p{N}_])`, "iu").exec(text);
  if (!m) return text;
  const at = m.index + m[1].length;
  return `${text.slice(0, at).trimEnd()} ${text.slice(at + m[2].length).trimStart()}`.trim();
}

/**
 * Resolves owner, person and direction of an item.
 * `notePerson` is the person of the 1:1 note the item sits in (already resolved), or null.
 */
export function peopleOfItem(item: Pick<ActionItem, "ownerRaw" | "mentions" | "text"> & Partial<Pick<ActionItem, "original">>, directory: NameResolver, notePerson: string | null): ItemPeople {
  let owner: string | null = null;
  let ownerPerson: string | null = null;
  let direction: Direction = "unassigned";
  let nameTail: string | undefined;
  const raw = item.ownerRaw?.trim() ?? "";
  let r = undefined as ReturnType<NameResolver["resolve"]> | undefined;
  // A bare `@Ana` followed by "Silva": the longest known name of several words wins over the one word.
  if (raw.startsWith("@") && !raw.startsWith("@[[") && item.original !== undefined && directory.startsLongName(raw.slice(1))) {
    const at = ownerIndex(item.original, raw);
    const full = at === -1 ? null : directory.fullNameAfter(raw.slice(1), item.original.slice(at + raw.length));
    if (full) {
      r = full.resolved;
      nameTail = item.original.slice(at + raw.length, at + raw.length + full.length);
    }
  }
  // No owner written: a leading "Name to …" with a known name is one (DESIGN.md "owner").
  const name = raw !== "" ? ownerName(raw) : leadingOwnerName(item.text, directory);
  if (name !== null) {
    r ??= directory.resolve(name);
    if (r?.kind === "me") {
      owner = "me";
      direction = "i-owe";
    } else if (r?.kind === "person") {
      owner = ownerPerson = r.person.name;
      direction = "they-owe";
    } else {
      // Someone without a person note still owes it: `@x` stays as written, a link or a field gives its name.
      owner = raw.startsWith("@") && !raw.startsWith("@[[") ? raw : name;
      direction = "they-owe";
    }
  }
  const person = ownerPerson ?? firstMentioned(item.mentions, directory) ?? notePerson;
  return nameTail === undefined ? { owner, person, direction } : { owner, person, direction, nameTail };
}

function firstMentioned(mentions: readonly string[], directory: NameResolver): string | null {
  for (const m of mentions) {
    const p = directory.get(m.startsWith("[[") ? (linkTarget(m) ?? m) : m);
    if (p) return p.name;
  }
  return null;
}
