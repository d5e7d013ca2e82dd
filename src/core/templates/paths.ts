// Note paths from the pattern, and file names that can never escape a folder or be invalid.
import { render, type MomentFn } from "./render";

/** Characters that break a path, a file name on some system, or a wikilink. */
const FORBIDDEN = /[/\\:*?"<>|#^[\]]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A person's name made safe as one path segment: forbidden characters become spaces, no leading dots, never empty. */
export function safeName(name: string): string {
  let s = withoutControls(name.normalize("NFC")).replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  s = s.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  if (s === "") return "Unnamed";
  return RESERVED.test(s) ? `${s}_` : s;
}

/** Control characters (tabs, newlines, NUL…) become spaces. */
function withoutControls(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 32 || c === 127 ? " " : s[i];
  }
  return out;
}

/** Cleans every segment of a vault path: no `.`/`..`, no empty or hidden segments, no forbidden characters. */
export function safePath(path: string): string {
  const segments = path
    .split(/[/\\]+/)
    .map((seg) => withoutControls(seg).replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim().replace(/^[.\s]+/, "").replace(/[.\s]+$/, ""))
    .filter((seg) => seg !== "");
  return segments.map((seg) => (RESERVED.test(seg) ? `${seg}_` : seg)).join("/");
}

/** Ensures the `.md` extension and a non-empty file name. */
export function withMarkdownExtension(path: string): string {
  const p = path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
  const cleaned = safePath(p);
  const slash = cleaned.lastIndexOf("/");
  const base = cleaned.slice(slash + 1);
  return `${slash === -1 ? "" : cleaned.slice(0, slash + 1)}${base === "" ? "Untitled" : base}.md`;
}

export interface NotePathResult {
  path: string;
  unknownVariables: string[];
}

/** The path of a 1:1 note from the pattern: `{{person}}` is the safe name; slashes from date formats stay folders. */
export function notePath(pattern: string, person: string, date: string, moment: MomentFn, me = ""): NotePathResult {
  const safe = safeName(person);
  const { text, unknownVariables } = render(pattern, { person: safe, title: safe, me: me ? safeName(me) : "me" }, { today: date, moment });
  return { path: withMarkdownExtension(text), unknownVariables };
}

/** `a/b.md` → `a/b (n).md`. */
export function withSuffix(path: string, n: number): string {
  return `${path.slice(0, -3)} (${n}).md`;
}

/** The first free path: the path itself, else with a suffix; null when taken and a same-day note is not allowed. */
export function freePath(path: string, exists: (p: string) => boolean, allowSuffix: boolean): string | null {
  if (!exists(path)) return path;
  if (!allowSuffix) return null;
  for (let n = 2; n < 1000; n++) {
    const p = withSuffix(path, n);
    if (!exists(p)) return p;
  }
  return null;
}

/** A wikilink to a note by its full path (1:1 notes share basenames across people), shown as `label`. */
export function pathLink(path: string, label?: string, subpath = ""): string {
  const target = path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
  const shown = label ?? target.slice(target.lastIndexOf("/") + 1);
  return `[[${target}${subpath}|${shown}]]`;
}
