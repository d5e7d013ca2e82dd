// A leading "Name to …" ("Sam to add the check", "Sam O'Brien to send…") names the owner when Name is a known person, alias or the user.
import { linkTarget } from "../markdown/frontmatter";
import type { NameResolver } from "./person-of-item";

/** At most this many words before " to ": a longer prefix is a sentence, not a name. */
const MAX_NAME_WORDS = 4;
const MAX_NAME_LENGTH = 60;

/** Emphasis or a link around the name is markup, not part of it: `**Sam** to`, `[[Sam O'Brien]] to`. */
function bareName(prefix: string): string {
  let s = prefix.trim().replace(/^([*_]{1,2})(.+)\1$/, "$2").trim();
  if (s.startsWith("[[") && s.endsWith("]]")) s = linkTarget(s) ?? s;
  return s;
}

/**
 * The name written before a " to " that is a known person, an alias or the user, and the words after that " to ";
 * null otherwise. Every " to " within a name's reach is tried, so the longest known name wins ("Sam O'Brien to…").
 */
export function leadingOwner(text: string, names: NameResolver): { name: string; rest: string } | null {
  let found: { name: string; rest: string } | null = null;
  let at = text.indexOf(" to ");
  while (at > 0 && at <= MAX_NAME_LENGTH) {
    const prefix = text.slice(0, at);
    if (prefix.trim().split(/\s+/).length > MAX_NAME_WORDS) break;
    const name = bareName(prefix);
    if (name !== "" && names.resolve(name) !== null) found = { name, rest: text.slice(at + 4).trim() };
    at = text.indexOf(" to ", at + 1);
  }
  return found;
}

/** The owner's name from a leading "Name to …", or null. */
export function leadingOwnerName(text: string, names: NameResolver): string | null {
  return leadingOwner(text, names)?.name ?? null;
}
