// linkTarget as it was before it was tuned for speed: the oracle the tuned one must agree with.
import type { FrontmatterValue } from "../../../src/core/markdown/frontmatter";

/** `[[Name]]`, `[[Name|alias]]`, `[[folder/Name#h]]` or plain `Name` → "Name"; null when empty. */
export function referenceLinkTarget(v: FrontmatterValue | undefined): string | null {
  if (typeof v !== "string") return null;
  let s = v.trim();
  const m = /^\[\[([^\]]*)\]\]$/.exec(s);
  if (m) s = m[1];
  s = s.split("|")[0].split("#")[0].trim();
  const slash = s.lastIndexOf("/");
  if (slash !== -1) s = s.slice(slash + 1);
  if (s.toLowerCase().endsWith(".md")) s = s.slice(0, -3);
  return s === "" ? null : s;
}
