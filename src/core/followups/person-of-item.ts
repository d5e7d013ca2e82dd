// Who an item is about: the owner if a person, else the first person linked or mentioned, else the 1:1's person.
import { ownerName } from "../actions/owner";
import type { ActionItem } from "../actions/types";
import type { Direction } from "./types";
import { linkTarget } from "../markdown/frontmatter";
import type { PersonDirectory } from "../people/directory";
import { leadingOwnerName } from "./leading-owner";


/** What resolving needs from the directory (a memoising wrapper fits too). */
export type NameResolver = Pick<PersonDirectory, "resolve" | "get">;

export interface ItemPeople {
  /** "me", a person's name, an unknown owner as written, or null. */
  owner: string | null;
  person: string | null;
  direction: Direction;
}

/**
 * Resolves owner, person and direction of an item.
 * `notePerson` is the person of the 1:1 note the item sits in (already resolved), or null.
 */
export function peopleOfItem(item: Pick<ActionItem, "ownerRaw" | "mentions" | "text">, directory: NameResolver, notePerson: string | null): ItemPeople {
  let owner: string | null = null;
  let ownerPerson: string | null = null;
  let direction: Direction = "unassigned";
  const raw = item.ownerRaw?.trim() ?? "";
  // No owner written: a leading "Name to …" with a known name is one (DESIGN.md "owner").
  const name = raw !== "" ? ownerName(raw) : leadingOwnerName(item.text, directory);
  if (name !== null) {
    const r = directory.resolve(name);
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
  return { owner, person: ownerPerson ?? firstMentioned(item.mentions, directory) ?? notePerson, direction };
}

function firstMentioned(mentions: readonly string[], directory: NameResolver): string | null {
  for (const m of mentions) {
    const p = directory.get(m.startsWith("[[") ? (linkTarget(m) ?? m) : m);
    if (p) return p.name;
  }
  return null;
}
