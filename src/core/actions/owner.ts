// An item's owner as written (`@Name`, `@[[Full Name]]`, `[owner:: …]`): the name inside it, and how to write one.
import { linkTarget } from "../markdown/frontmatter";
import { mentionEnd } from "./mentions";

/** The name inside an owner as written: `@Alex` → "Alex", `@[[Alex Kim]]` and `[owner:: [[Alex Kim|Alex]]]` → "Alex Kim". */
export function ownerName(raw: string): string {
  let s = raw.trim();
  const field = /^[[(]\s*owner\s*::\s*(.*?)\s*[\])]$/i.exec(s);
  if (field) s = field[1];
  if (s.startsWith("@")) s = s.slice(1).trim();
  if (s.startsWith("[[")) return linkTarget(s) ?? s;
  return s;
}

/** Characters no owner name may hold: they would end the link or field it is written in, or point inside a note. */
const UNWRITABLE = "[]|#^()/";

/** Whether `name` can be written as an owner and read back as exactly itself (the edit checks by parsing, too). */
export function isWritableOwner(name: string): boolean {
  if (name === "" || name !== name.trim() || name.startsWith("@") || /\s{2}/.test(name)) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 32 || c === 127 || UNWRITABLE.includes(name[i])) return false;
  }
  return true;
}

/** An owner mention for a name: `@Name` when the name is one bare word, else `@[[Full Name]]`. */
export function ownerMention(name: string): string {
  const at = `@${name}`;
  return mentionEnd(at, 0, at.length) === at.length ? at : `@[[${name}]]`;
}
