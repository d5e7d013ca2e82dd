// "Copy agenda for sharing": a 1:1 note's agenda and topics plus open follow-ups as Markdown, private callouts (and items in them) left out.
import type { ResolvedItem } from "../followups/types";
import { replaceInlineComments } from "../markdown/inline-comments";
import { scanNote, type MarkdownLine } from "../markdown/scan-note";
import { openItemsFor, ownerLabel } from "../templates/followups";

/** Headings whose sections are shared (case-insensitive, by the start of the heading text). */
export const SHARED_SECTIONS = ["agenda", "topics"];

export interface ShareInput {
  text: string;
  /** The 1:1's person, or null when the note has none. */
  person: string | null;
  date: string | null;
  items: readonly ResolvedItem[];
  today: string;
  myName: string;
}

/** `[[a/b|Label]]` → Label, `[[a/b#h]]` → b: links into a vault mean nothing to the reader. */
export function plainLinks(s: string): string {
  return s.replace(/!?\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g, (_: string, target: string, label: string | undefined) => {
    if (label !== undefined && label.trim() !== "") return label.trim();
    const t = target.split("#")[0];
    return t.slice(t.lastIndexOf("/") + 1) || target;
  });
}

/** Drops `%%…%%` and `<!-- … -->` written inside a line. */
function stripInlineComments(s: string): string {
  return replaceInlineComments(s, () => "");
}

/** Lines that are not shared: frontmatter, comments, `one-on-one` blocks and `> [!private]` callouts (with everything nested in them). */
function sharedLines(lines: readonly MarkdownLine[]): boolean[] {
  const keep = lines.map(() => true);
  let privateDepth = 0;
  let liveBlock = false;
  for (const l of lines) {
    if (privateDepth > 0 && (l.quoteDepth < privateDepth || (l.quoteDepth === 0 && l.text.trim() === ""))) privateDepth = 0;
    if (l.callout?.type === PRIVATE_CALLOUT) privateDepth = l.quoteDepth;
    if (l.context !== "code") liveBlock = false;
    else if (/^\s*(`{3,}|~{3,})\s*one-on-one\s*$/.test(l.text.slice(l.contentStart))) liveBlock = true;
    if (privateDepth > 0 || liveBlock || l.context === "frontmatter" || l.context === "comment") keep[l.index] = false;
  }
  return keep;
}

function sectionOf(lines: readonly MarkdownLine[], keep: readonly boolean[], name: string): string[] | null {
  const i = lines.findIndex((l) => l.context === "text" && l.quoteDepth === 0 && l.heading && l.heading.text.toLowerCase().startsWith(name));
  if (i === -1) return null;
  const level = lines[i].heading!.level;
  const out: string[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l.context === "text" && l.quoteDepth === 0 && l.heading && l.heading.level <= level) break;
    if (!keep[j]) continue;
    const text = plainLinks(stripInlineComments(l.text)).trimEnd();
    if (text.trim() === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(text);
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return [`## ${lines[i].heading!.text}`, ...(out.length ? out : ["- (nothing yet)"])];
}

/** The callout type whose content is never shared, nor any follow-up written inside it. */
export const PRIVATE_CALLOUT = "private";

/** The Markdown put on the clipboard. */
export function agendaForSharing(input: ShareInput): string {
  const note = scanNote(input.text);
  const keep = sharedLines(note.lines);
  const title = `# 1:1${input.person ? ` with ${input.person}` : ""}${input.date ? `, ${input.date}` : ""}`;
  const parts: string[][] = [[title]];
  for (const name of SHARED_SECTIONS) {
    const s = sectionOf(note.lines, keep, name);
    if (s) parts.push(s);
  }
  if (input.person) {
    const open = openItemsFor(input.items, input.person, input.today).filter((i) => !i.callouts.includes(PRIVATE_CALLOUT));
    const lines = open.map((i) => {
      const due = i.due ? (i.due < input.today ? ` (overdue since ${i.due})` : ` (due ${i.due})`) : "";
      return `- ${ownerLabel(i, input.myName)}: ${plainLinks(i.text)}${due}`;
    });
    parts.push(["## Open follow-ups", ...(lines.length ? lines : ["- Nothing open."])]);
  }
  return parts.map((p) => p.join("\n")).join("\n\n") + "\n";
}
